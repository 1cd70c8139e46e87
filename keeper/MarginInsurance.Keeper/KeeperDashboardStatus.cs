using MarginInsurance.Dashboard;
using Nethereum.Web3.Accounts;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Keeper;

/// <summary>Fills the dashboard's keeper panel from the running engine, its metrics and its state store.</summary>
public sealed class KeeperDashboardStatus(EngineHolder holder, KeeperMetrics metrics, Account account) : IKeeperStatusProvider
{
    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;

    public ValueTask<KeeperStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var engine = holder.Engine;
        var head = (long)metrics.LastBlock.Value;
        var processed = engine?.LastScannedBlock ?? -1;
        var inFlight = 0;
        long raised = (long)metrics.MarginCallsRaised.Value, resolved = 0;
        IReadOnlyList<OpenKeeperMarginCall> open = [];
        if (engine is not null)
        {
            inFlight = engine.Store.OpenTxs(engine.Address).Count;
            var calls = engine.Store.MarginCalls();
            raised = calls.Count;
            resolved = calls.Count(c => c.ResolvedBlock is not null);
            open = calls.Where(c => c.ResolvedBlock is null).Select(c => new OpenKeeperMarginCall(c.Owner, c.SubId, c.Reason, c.Health, c.RaisedBlock)).ToList();
        }

        var healthy = holder.Healthy;
        var extra = new Dictionary<string, string>
        {
            ["accounts watched"] = metrics.AccountsWatched.Value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
            ["liquidatable at last scan"] = metrics.Liquidatable.Value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
            ["skipped unprofitable"] = metrics.SkippedUnprofitable.Value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
            ["base inventory"] = engine?.Funds.Inventory is { } inventory ? engine.Funds.Base(inventory) + (metrics.InventoryLow.Value > 0 ? " (LOW)" : string.Empty) : "-",
            ["gas balance"] = engine?.Funds.GasBalance is { } gas ? KeeperFunds.Ether(gas) + (metrics.GasLow.Value > 0 ? " (LOW)" : string.Empty) : "-",
            ["skipped: no inventory"] = metrics.SkippedNoInventory.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            ["gas spent"] = KeeperFunds.Ether(new System.Numerics.BigInteger(metrics.GasSpentWei.Value)),
            ["est. profit"] = engine is not null ? engine.Funds.Base(engine.Store.Counter("profit_base_units")) : "-",
            ["add-ons posted"] = metrics.AddOnsPosted.Value.ToString("F0", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (engine is not null && engine.Store.Provider != "sqlite")
        {
            extra["instance"] = engine.Coordinator.InstanceId;
            extra["shard / live instances"] = $"{metrics.ShardAccounts.Value:F0} accounts / {engine.Coordinator.LiveInstances.Count}";
        }

        if (holder.LastError is { } e) extra["last error"] = e;
        return ValueTask.FromResult(new KeeperStatus(
            account.Address, Math.Max(processed, 0), Math.Max(head, processed), healthy, (long)metrics.RpcErrors.Value, inFlight,
            (long)metrics.LiquidationsWon.Value, (long)metrics.LiquidationsLost.Value, raised, resolved, _startedAt, extra, open));
    }
}
