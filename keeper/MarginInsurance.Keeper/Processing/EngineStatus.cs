using System.Globalization;
using System.Numerics;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Keeper.Processing;

/// <summary>The typed /status record of a running engine, from its last tick, its store and its gauges.</summary>
internal static class EngineStatus
{
    /// <summary>What <paramref name="engine"/> sees after the tick <paramref name="last"/> (null before the first).</summary>
    public static KeeperEngineStatus Of(KeeperEngine engine, TickReport? last)
    {
        var store = engine.Store;
        var metrics = engine.Metrics;
        var funds = engine.Funds;
        var calls = store.MarginCalls();
        return new KeeperEngineStatus(
            Keeper: engine.Address,
            InstanceId: engine.Coordinator.InstanceId,
            StateProvider: store.Provider,
            LiveInstances: engine.Coordinator.LiveInstances,
            ShardSize: (long)metrics.ShardAccounts.Value,
            Vault: engine.Deployment.MarginVault,
            LastIndexedBlock: store.LastBlock?.ToString(CultureInfo.InvariantCulture),
            LastScannedBlock: last?.Block.ToString(CultureInfo.InvariantCulture),
            AccountsWatched: store.Accounts().Count,
            Liquidatable: last?.Confirmed ?? 0,
            ScanRpcCalls: last?.ScanRpcCalls ?? 0,
            NextNonce: engine.Transactions.NextNonce,
            Lowest: last?.Scan.Where(a => a.Snapshot is { Debt.IsZero: false }).OrderBy(a => a.Snapshot!.Health).Take(20)
                .Select(a => new KeeperLowestAccount(a.Account.ToString(), new Wad(a.Snapshot!.Health).ToString(), funds.Base(a.Snapshot.Debt))).ToList(),
            MarginCalls: store.MarginCalls(openOnly: true),
            Transactions: store.TxCounts(),
            Won: store.Counter("won").ToString(CultureInfo.InvariantCulture),
            Lost: store.Counter("lost").ToString(CultureInfo.InvariantCulture),
            ProfitBaseUnits: store.Counter("profit_base_units").ToString(CultureInfo.InvariantCulture),
            Profit: funds.Base(store.Counter("profit_base_units")),
            MarginCallsRaised: calls.Count,
            MarginCallsResolved: calls.Count(c => c.ResolvedBlock is not null),
            InFlight: store.OpenTxs(engine.Address).Count,
            GasSpentWei: metrics.GasSpentWei.Value.ToString("F0", CultureInfo.InvariantCulture),
            GasSpent: KeeperFunds.Ether(new BigInteger(metrics.GasSpentWei.Value)),
            Inventory: funds.Inventory is { } inv ? funds.Base(inv) : null,
            GasBalance: funds.GasBalance is { } gas ? KeeperFunds.Ether(gas) : null,
            LiquidationsSkippedForInventory: (long)metrics.SkippedNoInventory.Value,
            BlockLag: (long)metrics.BlockLag.Value,
            AddOnsPosted: (long)metrics.AddOnsPosted.Value);
    }
}
