using System.Globalization;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Uniswap;
using Microsoft.Extensions.Options;
using Nethereum.Web3;

namespace MarginInsurance.Dashboard;

/// <summary>Depth of one Uniswap v3 pool beside the vault.</summary>
/// <param name="Collateral">Collateral symbol.</param>
/// <param name="Pool">Pool address.</param>
/// <param name="FeePct">Fee tier, percent.</param>
/// <param name="Price">Pool price, base per collateral.</param>
/// <param name="BidDepth">Base the pool pays for collateral sold until the price is 2 % lower.</param>
/// <param name="AskDepth">Base worth of collateral the pool sells until the price is 2 % higher.</param>
public sealed record PoolDepthDto(string Collateral, string Pool, double FeePct, string Price, string BidDepth, string AskDepth);

/// <summary>The pools' depth at ±2 % (QuoterV2 by eth_call), read on request and kept for five seconds.</summary>
public sealed class PoolDepthReader(IOptions<MarginDashboardOptions> options)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTime At, IReadOnlyList<PoolDepthDto> Pools)? _cached;

    /// <summary>Each pool's depth at ±2 %; empty when the deployment has no Uniswap market.</summary>
    public async Task<IReadOnlyList<PoolDepthDto>> ReadAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_cached is { } c && DateTime.UtcNow - c.At < MaxAge) return c.Pools;
            var deployment = options.Value.ResolveDeployment();
            if (deployment.Uniswap is not { } uni) return [];
            var market = new UniswapMarket(new Web3(options.Value.RpcUrl), deployment);
            var pools = new List<PoolDepthDto>();
            foreach (var pool in uni.Pools)
            {
                var price = await market.PriceAsync(pool.Collateral).ConfigureAwait(false);
                var bid = await market.DepthAsync(pool.Collateral, 0.02).ConfigureAwait(false);
                var ask = await market.AskDepthAsync(pool.Collateral, 0.02).ConfigureAwait(false);
                pools.Add(new PoolDepthDto(pool.Collateral, pool.Address, pool.Fee / 10_000.0, price.ToString("N2", CultureInfo.InvariantCulture),
                    $"{Whole(new TokenAmount(bid, deployment.BaseDecimals))} {deployment.BaseSymbol}",
                    $"{Whole(new TokenAmount(ask, deployment.BaseDecimals))} {deployment.BaseSymbol}"));
            }

            _cached = (DateTime.UtcNow, pools);
            return pools;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string Whole(TokenAmount amount) =>
        decimal.Parse(amount.ToString(), CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);
}
