using Prometheus;

namespace MarginInsurance.Keeper;

/// <summary>Prometheus metrics of one keeper (own registry, so several keepers can run in one process).</summary>
public sealed class KeeperMetrics
{
    public KeeperMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var f = Metrics.WithCustomRegistry(Registry);
        AccountsWatched = f.CreateGauge("keeper_accounts_watched", "Accounts known from the vault's events.");
        AtRisk = f.CreateGauge("keeper_accounts_at_risk", "Accounts below the margin-call warning level.");
        Liquidatable = f.CreateGauge("keeper_accounts_liquidatable", "Accounts with health below 1 at the last scan.");
        OpenMarginCalls = f.CreateGauge("keeper_margin_calls_open", "Open margin calls.");
        LiquidationsSent = f.CreateCounter("keeper_liquidations_sent_total", "Liquidation transactions broadcast (replacements excluded).");
        BackRunLiquidationsSent = f.CreateCounter("keeper_backrun_liquidations_sent_total", "Liquidations sent behind a pending price update (Keeper:BackRunOracleUpdates).");
        SwapLiquidationsSent = f.CreateCounter("keeper_swap_liquidations_sent_total", "Liquidations sent in swap mode (settled through the Uniswap pool).");
        LiquidationsWon = f.CreateCounter("keeper_liquidations_won_total", "Liquidations mined successfully.");
        LiquidationsLost = f.CreateCounter("keeper_liquidations_lost_total", "Liquidations that reverted because another liquidator was first.");
        LiquidationsFailed = f.CreateCounter("keeper_liquidations_failed_total", "Liquidations that reverted for another reason.");
        SkippedUnprofitable = f.CreateCounter("keeper_liquidations_skipped_unprofitable_total", "Liquidatable accounts skipped as unprofitable.");
        Replacements = f.CreateCounter("keeper_tx_replacements_total", "Transactions replaced with a bumped fee.");
        Rebroadcasts = f.CreateCounter("keeper_tx_rebroadcasts_total", "Signed transactions broadcast again (node forgot them, or a restart found them unsent).");
        ReorgedTransactions = f.CreateCounter("keeper_tx_reorged_total", "Mined keeper transactions whose block a reorganisation removed (re-opened and rebroadcast).");
        Reorgs = f.CreateCounter("keeper_reorgs_total", "Times the chain head went below the last indexed block.");
        GasSpentWei = f.CreateCounter("keeper_gas_spent_wei_total", "Gas spent by mined keeper transactions, wei.");
        ProfitBase = f.CreateCounter("keeper_profit_base_total", "Estimated profit of won liquidations, whole base tokens.");
        BlockLag = f.CreateGauge("keeper_block_lag", "Head block minus the last block the keeper processed; while no node answers, at least 1 and growing with the silence (estimated from the observed block time).");
        LastBlock = f.CreateGauge("keeper_last_block", "Last block processed.");
        RpcCalls = f.CreateCounter("keeper_rpc_calls_total", "JSON-RPC requests.", new CounterConfiguration { LabelNames = ["method"] });
        RpcErrors = f.CreateCounter("keeper_rpc_errors_total", "JSON-RPC requests that failed (transport or node error, not reverts).", new CounterConfiguration { LabelNames = ["method"] });
        RpcLatency = f.CreateHistogram("keeper_rpc_latency_seconds", "JSON-RPC latency.",
            new HistogramConfiguration { LabelNames = ["method"], Buckets = Histogram.ExponentialBuckets(0.001, 2, 14) });
        RpcRetries = f.CreateCounter("keeper_rpc_retries_total", "JSON-RPC requests retried after a transport fault.", new CounterConfiguration { LabelNames = ["method"] });
        RpcFaults = f.CreateCounter("keeper_rpc_faults_total", "Transport faults by kind: timeout, http, malformed, dropped, stall, circuit_open.", new CounterConfiguration { LabelNames = ["kind"] });
        RpcFailovers = f.CreateCounter("keeper_rpc_failovers_total", "Switches to another RPC endpoint, by reason (faults, stall).", new CounterConfiguration { LabelNames = ["reason"] });
        RpcActiveEndpoint = f.CreateGauge("keeper_rpc_active_endpoint", "Index of the RPC endpoint in use: 0 = Keeper:RpcUrl, 1.. = Keeper:FallbackRpcUrls.");
        ScanRpcCalls = f.CreateGauge("keeper_scan_rpc_calls", "JSON-RPC requests of the last per-block scan.");
        MarginCallsRaised = f.CreateCounter("keeper_margin_calls_raised_total", "Margin calls raised.");
        AddOnsPosted = f.CreateCounter("keeper_addons_posted_total", "setAddOn transactions sent by the risk loop.");
        Perps = new Perpetuals.PerpMetrics(f);
        ShardAccounts = f.CreateGauge("keeper_shard_accounts", "Accounts this instance scans and liquidates (all of them on SQLite).");
        LiveInstances = f.CreateGauge("keeper_live_instances", "Keeper instances with a fresh lease (1 on SQLite).");
        OrphansSettled = f.CreateCounter("keeper_orphaned_liquidations_settled_total", "In-flight liquidations of dead instances settled from the chain.");
        InventoryLow = f.CreateGauge("keeper_inventory_low", "1 when the base-asset inventory is below Keeper:LowInventoryWarning.");
        Inventory = f.CreateGauge("keeper_inventory_base", "The keeper's base-asset balance (what liquidations repay with), whole base tokens.");
        GasBalance = f.CreateGauge("keeper_gas_balance_eth", "The keeper's balance of the chain's native token (what gas is paid with), whole ether.");
        GasLow = f.CreateGauge("keeper_gas_low", "1 when the gas balance is below Keeper:LowGasWarning.");
        SkippedNoInventory = f.CreateCounter("keeper_liquidations_skipped_inventory_total", "Liquidatable accounts skipped because the base-asset inventory could not pay the repayment.");
        HeadAge = f.CreateGauge("keeper_head_age_seconds", "Seconds since a node last answered the keeper's head request (0 while it answers).");
    }

    public CollectorRegistry Registry { get; }

    /// <summary>Perpetual futures: open interest, funding, liquidity-vault assets, positions liquidated and deleveraged.</summary>
    public Perpetuals.PerpMetrics Perps { get; }

    public Gauge AccountsWatched { get; }
    public Gauge AtRisk { get; }
    public Gauge Liquidatable { get; }
    public Gauge OpenMarginCalls { get; }
    public Counter LiquidationsSent { get; }

    /// <summary>Liquidations sent behind a pending price update, to land in its block (also counted in <see cref="LiquidationsSent"/>).</summary>
    public Counter BackRunLiquidationsSent { get; }

    /// <summary>Liquidations sent in swap mode.</summary>
    public Counter SwapLiquidationsSent { get; }
    public Counter LiquidationsWon { get; }
    public Counter LiquidationsLost { get; }
    public Counter LiquidationsFailed { get; }
    public Counter SkippedUnprofitable { get; }
    public Counter Replacements { get; }
    public Counter Rebroadcasts { get; }
    public Counter ReorgedTransactions { get; }
    public Counter Reorgs { get; }
    public Counter GasSpentWei { get; }
    public Counter ProfitBase { get; }
    public Gauge BlockLag { get; }
    public Gauge LastBlock { get; }
    public Counter RpcCalls { get; }
    public Counter RpcErrors { get; }
    public Histogram RpcLatency { get; }
    public Counter RpcRetries { get; }
    public Counter RpcFaults { get; }
    public Counter RpcFailovers { get; }
    public Gauge RpcActiveEndpoint { get; }
    public Gauge ScanRpcCalls { get; }
    public Counter MarginCallsRaised { get; }
    public Counter AddOnsPosted { get; }
    public Gauge InventoryLow { get; }
    public Gauge Inventory { get; }
    public Gauge GasBalance { get; }
    public Gauge GasLow { get; }
    public Counter SkippedNoInventory { get; }
    public Gauge HeadAge { get; }
    public Gauge ShardAccounts { get; }
    public Gauge LiveInstances { get; }
    public Counter OrphansSettled { get; }

    /// <summary>Prometheus text exposition.</summary>
    public async Task<string> ExportAsync(CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        await Registry.CollectAndExportAsTextAsync(stream, cancellationToken).ConfigureAwait(false);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
