using MarginInsurance.LocalChain;
using MarginInsurance.LocalMocks;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Uniswap;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>
/// Liquidation cost from depth on a node: the slippage of a liquidation-sized WETH sale is measured in the local pool with
/// QuoterV2, drives the margin recommendation, and when LPs add depth the measured slippage and the recommendation change.
/// </summary>
public sealed class PoolDepthRecommendationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Margin_recommendation_changes_when_pool_depth_changes()
    {
        await using var protocol = await LocalProtocol.StartAsync();
        var admin = protocol.Admin;
        var market = new UniswapMarket(admin.Web3, protocol.Deployment);
        var weth = protocol.Deployment.Collateral("WETH");
        var priceWad = await admin.Oracle.GetPriceQueryAsync(weth.Token);
        const double sale = 2_000_000; // USDC worth of WETH, a large liquidation
        var inputs = new AssetMarginInputs("WETH", 8500, 0, 1.0, 500, 50);
        var policy = new MarginPolicy();
        var bounds = new AddOnBounds(3000, 3000);

        async Task<(DepthCurve Curve, MarginRecommendation Rec)> MeasureAsync()
        {
            var points = await market.ImpactCurveAsync("WETH", priceWad, [10_000, 250_000, 1_000_000, 5_000_000]);
            var curve = new DepthCurve("WETH", points.Select(p => new DepthPoint(p.SaleValue, p.ImpactBps)).ToArray());
            return (curve, MarginRecommender.FromEs(0.12, 0.04, inputs.WithDepth(curve, sale), policy, bounds));
        }

        var (before, recBefore) = await MeasureAsync();
        // The smallest sale pays the pool fee (5 bps) and almost no impact; impact grows with size.
        Assert.InRange(before.Points[0].ImpactBps, 5, 6);
        Assert.True(before.Points[^1].ImpactBps > before.Points[1].ImpactBps);

        // LPs add the same bands twice more around the price: the pool is three times as deep near the price.
        var uniswap = DeployConfig.Load(Path.Combine(RepositoryRoot.Find(), "deploy", "local.json")).Config.Uniswap!;
        var pool = protocol.Deployment.Uniswap!.PoolFor("WETH")!;
        var bands = uniswap.Pools.Single(p => p.Collateral == "WETH");
        var deployer = new UniswapDeployer(admin.Web3, NullLogger.Instance, new MockTokenLiquidity(admin.Web3));
        for (var i = 0; i < 2; i++)
        {
            await deployer.LayRangesAsync(bands, pool.Address, protocol.Deployment.Uniswap.PositionManager!, 10, weth, protocol.Deployment.BaseDecimals);
        }

        var (after, recAfter) = await MeasureAsync();
        output.WriteLine($"slippage selling {sale:N0} USDC of WETH: {recBefore.Inputs.SlippageBps:F1} bps → {recAfter.Inputs.SlippageBps:F1} bps; safe LT {recBefore.MaxSafeLiquidationThresholdBps} → {recAfter.MaxSafeLiquidationThresholdBps} bps; add-on {recBefore.RecommendedAddOnBps} → {recAfter.RecommendedAddOnBps} bps");
        Assert.True(recAfter.Inputs.SlippageBps < recBefore.Inputs.SlippageBps);
        Assert.True(recAfter.MaxSafeLiquidationThresholdBps > recBefore.MaxSafeLiquidationThresholdBps);
        Assert.NotEqual(recBefore.RecommendedAddOnBps, recAfter.RecommendedAddOnBps);

        // The liquidity stress (depth down 80 %) costs more than today's depth.
        var stress = LiquidationCost.Stress(0.12, 0.04, inputs, after, sale, policy, bounds);
        Assert.True(stress.Stressed.Inputs.SlippageBps > stress.Measured.Inputs.SlippageBps);
        foreach (var p in before.Points.Zip(after.Points))
        {
            output.WriteLine($"  sale {p.First.SaleValue,12:N0} USDC: {p.First.ImpactBps,8:F1} bps → {p.Second.ImpactBps,8:F1} bps");
        }
    }
}
