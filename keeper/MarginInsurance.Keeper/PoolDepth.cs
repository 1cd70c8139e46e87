using System.Numerics;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Uniswap;
using Nethereum.Web3;

namespace MarginInsurance.Keeper;

/// <summary>
/// Liquidation cost from depth for the risk loop: the depth curve of a collateral measured from its Uniswap v3 pool
/// (QuoterV2 quotes by eth_call at sale sizes from 10,000 to 5,000,000 base units) or, with no pool for it, given in
/// the Keeper:Risk:DepthCurves file; and the liquidation-sized sale it is read at: the close-factor share of a
/// position at the collateral's first size tier (tierBreak1).
/// </summary>
internal sealed class PoolDepth(IWeb3 web3, DeploymentFile deployment, string? depthCurvesFile)
{
    /// <summary>The setting of the depth-curve file.</summary>
    public const string Setting = "Keeper:Risk:DepthCurves";

    private readonly IReadOnlyDictionary<string, DepthCurve>? _given = depthCurvesFile is { Length: > 0 } file ? DepthCurveFile.Read(file, Setting) : null;

    /// <summary>Sale sizes the curve is measured at, whole base units.</summary>
    public static readonly IReadOnlyList<double> Sizes = [10_000, 50_000, 250_000, 1_000_000, 5_000_000];

    private readonly UniswapMarket? _market = deployment.Uniswap is null ? null : new UniswapMarket(web3, deployment);

    /// <summary>The curve measured in the collateral's pool, else the one given in the file, else null; with where it comes from.</summary>
    public async Task<(DepthCurve Curve, string Source)?> CurveAsync(DeployedCollateral collateral, BigInteger oraclePriceWad)
    {
        if (_market is not null && deployment.Uniswap?.PoolFor(collateral.Symbol) is not null)
        {
            var points = await _market.ImpactCurveAsync(collateral.Symbol, oraclePriceWad, Sizes).ConfigureAwait(false);
            return (new DepthCurve(collateral.Symbol, points.Select(p => new DepthPoint(p.SaleValue, p.ImpactBps)).ToArray()), "measured in the pool");
        }

        return _given is not null && DepthCurveFile.For(_given, collateral.Symbol) is { } given
            ? (given, $"from the {given.Asset} curve of {Setting} ({Path.GetFileName(depthCurvesFile)})")
            : null;
    }

    /// <summary>The liquidation-sized sale: closeFactor × tierBreak1, whole base units.</summary>
    public double LiquidationSize(BigInteger tierBreak1, int closeFactorBps) =>
        (double)tierBreak1 / Math.Pow(10, deployment.BaseDecimals) * closeFactorBps / 10_000;
}
