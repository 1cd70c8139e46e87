using System.Globalization;
using MarginInsurance.Contracts.UniswapV3Factory;
using MarginInsurance.LocalChain;
using MarginInsurance.LocalMocks;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Uniswap;
using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;

namespace MarginInsurance.DevTools.Demo;

/// <summary>
/// The Uniswap v3 pools during the demo: moved to the scenario's first close with liquidity laid around it, then traded
/// to each day's oracle price by an arbitrage step, so liquidators in swap mode face a falling, thinning market.
/// </summary>
public sealed class DemoMarket(MarginClient admin)
{
    /// <summary>The LP re-lays its bands when the pool has moved more than this from where they were laid.</summary>
    public const double RecenterMove = 0.10;

    private readonly UniswapMarket _market = new(admin.Web3, admin.Deployment);
    private readonly MockArbitrage _arbitrage = new(admin.Web3, admin.Deployment);
    private readonly Dictionary<string, double> _centers = new(StringComparer.OrdinalIgnoreCase);
    private UniswapConfig? _config;

    /// <summary>True when the deployment has pools.</summary>
    public bool Enabled => admin.Deployment.Uniswap is { Pools.Count: > 0 };

    /// <summary>Moves each pool to the first close and lays the configured liquidity bands (deploy/local.json) around it.</summary>
    public async Task CenterAsync(DemoScenario scenario)
    {
        if (!Enabled) return;
        var uni = admin.Deployment.Uniswap!;
        _config = DeployConfig.Load(Path.Combine(RepositoryRoot.Find(), "deploy", "local.json")).Config.Uniswap;
        foreach (var pool in uni.Pools)
        {
            var price = scenario.Prices[pool.Collateral][0];
            await _arbitrage.ArbitrageToAsync(pool.Collateral, price).ConfigureAwait(false);
            await LayBandsAsync(pool, price).ConfigureAwait(false);
        }

        var described = await Task.WhenAll(uni.Pools.Select(DescribeAsync)).ConfigureAwait(false);
        AnsiConsole.MarkupLine($"uniswap: {Markup.Escape(string.Join(", ", described))}");
    }

    /// <summary>
    /// The arbitrage step: trades each pool back to the day's oracle price (after the oracle moved, or after liquidations
    /// sold into it). When the price has left the bands' centre by more than <see cref="RecenterMove"/>, the LP lays its
    /// concentrated bands again around it (the old ones stay, out of range), as LPs of the mainnet pools rebalance.
    /// </summary>
    public async Task ArbitrageAsync(DemoScenario scenario, int day)
    {
        if (!Enabled) return;
        foreach (var pool in admin.Deployment.Uniswap!.Pools)
        {
            var price = scenario.Prices[pool.Collateral][day];
            await _arbitrage.ArbitrageToAsync(pool.Collateral, price).ConfigureAwait(false);
            if (_centers.TryGetValue(pool.Collateral, out var center) && Math.Abs((price / center) - 1) > RecenterMove)
            {
                await LayBandsAsync(pool, price).ConfigureAwait(false);
            }
        }
    }

    private async Task LayBandsAsync(Sdk.Deployments.DeployedPool pool, double price)
    {
        var uni = admin.Deployment.Uniswap!;
        if (_config?.Pools.FirstOrDefault(p => p.Collateral.Equals(pool.Collateral, StringComparison.OrdinalIgnoreCase)) is not { } bands || uni.PositionManager is not { } manager) return;
        var concentrated = bands with { Ranges = bands.Ranges.Where(r => !r.Width.Equals("full", StringComparison.OrdinalIgnoreCase)).ToArray() };
        var spacing = await new UniswapV3FactoryService(admin.Web3, uni.Factory).FeeAmountTickSpacingQueryAsync(pool.Fee).ConfigureAwait(false);
        await new UniswapDeployer(admin.Web3, NullLogger.Instance, new MockTokenLiquidity(admin.Web3))
            .LayRangesAsync(_centers.ContainsKey(pool.Collateral) ? concentrated : bands, pool.Address, manager, spacing, admin.Deployment.Collateral(pool.Collateral), admin.Deployment.BaseDecimals)
            .ConfigureAwait(false);
        _centers[pool.Collateral] = price;
    }

    /// <summary>Liquidations settled through the pools from <paramref name="fromBlock"/> (<see cref="PoolSaleStats.ReadAsync"/>).</summary>
    public Task<IReadOnlyList<PoolSale>> PoolLiquidationsAsync(long fromBlock) => PoolSaleStats.ReadAsync(admin.Web3, admin.Deployment, fromBlock);

    private async Task<string> DescribeAsync(Sdk.Deployments.DeployedPool pool)
    {
        var price = await _market.PriceAsync(pool.Collateral).ConfigureAwait(false);
        var depth = await _market.DepthAsync(pool.Collateral, 0.02).ConfigureAwait(false);
        var usd = (decimal)depth / (decimal)Math.Pow(10, admin.Deployment.BaseDecimals);
        return $"{pool.Collateral}/{admin.Deployment.BaseSymbol} at {price.ToString("N2", CultureInfo.InvariantCulture)} (−2 % depth {usd.ToString("N0", CultureInfo.InvariantCulture)} {admin.Deployment.BaseSymbol})";
    }
}
