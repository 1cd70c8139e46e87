using System.Numerics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// Inventory and gas in plain sight: a keeper with no base-asset inventory and little ether says so at start (warning,
/// gauges), counts the liquidations it has to skip for lack of inventory, and shows the same figures in /status and the
/// dashboard's keeper panel, in token units with symbols.
/// </summary>
public sealed class InventoryTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact]
    public async Task AnUnfundedKeeperWarnsAtStartCountsSkippedLiquidationsAndShowsItsBalances()
    {
        var (_, risky) = await Fixture.OpenAsync("WETH", "10", "15000");
        var key = Fixture.NewKey();
        await Fixture.Chain.SetBalanceAsync(key.Address, BigInteger.Pow(10, 17) * 5); // 0.5 ETH, no USDC
        var logs = new CapturingLogger(Logger);
        var options = Options(o =>
        {
            o.MinProfit = "0";
            o.LowGasWarning = "1";
            o.SwapMode = false; // inventory only: with swap mode the pool settles it (Dashboard.Tests ZeroInventoryDemoTests)
        });
        using var keeper = await KeeperEngine.StartAsync(options, Fixture.Deployment, key, logs);

        Assert.Contains(logs.Warnings, w => w.Contains("low inventory", StringComparison.Ordinal) && w.Contains("0.00 USDC < Keeper:LowInventoryWarning 1,000.00 USDC", StringComparison.Ordinal));
        Assert.Contains(logs.Warnings, w => w.Contains("low gas", StringComparison.Ordinal) && w.Contains("< Keeper:LowGasWarning 1.0000 ETH", StringComparison.Ordinal));
        Assert.Equal(0, keeper.Metrics.Inventory.Value);
        Assert.Equal(1, keeper.Metrics.InventoryLow.Value);
        Assert.Equal(1, keeper.Metrics.GasLow.Value);
        Assert.InRange(keeper.Metrics.GasBalance.Value, 0.49, 0.5);

        await Fixture.SetPriceAsync("WETH", 1700m);
        var report = await keeper.TickAsync(force: true);
        Assert.Equal(1, report!.Confirmed);
        Assert.Equal(0, report.Sent);
        Assert.Equal(1, keeper.Metrics.SkippedNoInventory.Value);
        Assert.Contains(logs.Warnings, w => w.Contains($"skip {risky}", StringComparison.Ordinal) && w.Contains("inventory 0.00 USDC cannot pay", StringComparison.Ordinal));
        Assert.Empty(await Fixture.LiquidationsAsync());

        var status = keeper.Status(); // the typed /status record (Sdk.Keeper.KeeperEngineStatus)
        Output.WriteLine(JsonSerializer.Serialize(status, JsonSerializerOptions.Web));
        Assert.Equal("0.00 USDC", status.Inventory);
        Assert.StartsWith("0.4", status.GasBalance, StringComparison.Ordinal);
        Assert.Equal(1, status.LiquidationsSkippedForInventory);

        var panel = await new KeeperDashboardStatus(new EngineHolder { Engine = keeper }, keeper.Metrics, key).GetStatusAsync(CancellationToken.None);
        Assert.NotNull(panel.Extra);
        Assert.Equal("0.00 USDC (LOW)", panel.Extra["base inventory"]);
        Assert.Matches(@"^0\.4\d{3} ETH \(LOW\)$", panel.Extra["gas balance"]);
        Assert.Equal("1", panel.Extra["skipped: no inventory"]);
        // The keeper's margin call reaches the dashboard's accounts table.
        var call = Assert.Single(panel.OpenMarginCalls!);
        Assert.Equal((risky.Owner.ToLowerInvariant(), "0", "liquidatable"), (call.Owner.ToLowerInvariant(), call.SubId, call.Reason));

        // Funded, the same account is liquidated and the gauge follows the inventory.
        await Fixture.MintAsync(key.Address, "USDC", Fixture.ParseAmount("USDC", "1000000"));
        await Fixture.Chain.MineAsync();
        var funded = await keeper.TickAsync(force: true);
        Assert.Equal(1, funded!.Sent);
        Assert.Equal(0, keeper.Metrics.InventoryLow.Value);
        Assert.InRange(keeper.Metrics.Inventory.Value, 900_000, 1_000_000);
    }

    /// <summary>Forwards to the test output and keeps the warnings.</summary>
    private sealed class CapturingLogger(ILogger inner) : ILogger
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
                lock (Warnings) Warnings.Add(formatter(state, exception));
            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
