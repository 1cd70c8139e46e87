using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.Liquidation;
using MarginInsurance.Keeper.MarginCalls;
using MarginInsurance.Keeper.Processing;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Keeper;
using MarginInsurance.Sdk.OffChain;
using MarginInsurance.Sdk.Risk;
using Microsoft.Extensions.Logging;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Keeper;

/// <summary>
/// The keeper, as a small per-block orchestrator over one part per job (in the spirit of Nethereum's
/// BlockchainProcessing: processing here, storage in <see cref="IKeeperStore"/>): <see cref="VaultIndexer"/> indexes the
/// vault's events; <see cref="TransactionManager"/> tracks what was sent and <see cref="OutcomeRecorder"/> books it;
/// <see cref="OffChainMarginReader"/> reads every account at one pinned block; <see cref="CandidateConfirmer"/> confirms
/// those below 1 with healthBatch; <see cref="MarginCallMonitor"/> raises and resolves margin calls; and
/// <see cref="LiquidationRound"/> simulates, plans and sends the liquidations. One instance per key; on PostgreSQL several
/// instances share the accounts (<see cref="IKeeperCoordinator"/>), each scanning and liquidating its own shard.
/// </summary>
public sealed class KeeperEngine : IDisposable
{
    private readonly KeeperOptions _options;
    private readonly ILogger _logger;
    private readonly OffChainMarginReader _reader;
    private readonly HeadWatch _heads;
    private readonly VaultIndexer _indexer;
    private readonly CandidateConfirmer _confirmer;
    private readonly OutcomeRecorder _outcomes;
    private readonly MarginCallMonitor _marginCalls;
    private readonly LiquidationRound _liquidations;
    private readonly LiquidationReplacer _replacer;
    private readonly OrphanedLiquidationSettler _orphans;
    private readonly Perpetuals.PerpKeeper _perps;
    private readonly PendingOracleWatch? _pending;
    private readonly HashSet<string> _backRun = new(StringComparer.OrdinalIgnoreCase);
    private OffChainReadResult? _lastRead;
    private BigInteger _lastScanned = -1;
    private TickReport? _lastReport;
    private OffChainMarket? _lastMarket;
    private List<Candidate> _backlog = [];
    private string _lastLive = string.Empty;

    private KeeperEngine(KeeperOptions options, DeploymentFile deployment, Account account, ILogger logger, KeeperMetrics metrics, IHttpClientFactory httpClients)
    {
        _options = options;
        _logger = logger;
        Deployment = deployment;
        Metrics = metrics;
        Rpc = new CountingInterceptor(metrics);
        RpcClient = new ResilientRpcClient([options.RpcUrl, .. options.FallbackRpcUrls], RpcResilienceSettings.From(options), metrics, logger);
        var web3 = new Web3(account, RpcClient);
        web3.Client.OverridingRequestInterceptor = Rpc;
        Web3 = web3;
        Store = KeeperStores.Open(options, account.Address);
        Coordinator = KeeperStores.Coordinator(Store, options, account.Address, logger);
        Transactions = new TransactionManager(web3, account, deployment.ChainId, Store, options, logger);
        var swap = new SwapLiquidationPlanner(web3, deployment, account.Address, logger, options.SwapMode);
        Funds = new KeeperFunds(web3, deployment, account.Address, options, metrics, logger) { SwapSettles = swap.Liquidator is not null };
        _reader = new OffChainMarginReader(web3, deployment) { PageSize = options.ScanPageSize };
        _heads = new HeadWatch(web3, metrics, options);
        _indexer = new VaultIndexer(web3, deployment, Store, options, metrics, _heads, logger);
        _confirmer = new CandidateConfirmer(new MarginVaultService(web3, deployment.MarginVault), logger);
        _outcomes = new OutcomeRecorder(Store, metrics, deployment, logger);
        _marginCalls = new MarginCallMonitor(Store, options, metrics, new MarginCallWebhook(httpClients, options.WebhookUrl, web3, deployment, logger), logger);
        var simulator = new LiquidationSimulator(web3, deployment, account.Address, logger);
        var planner = new LiquidationPlanner(deployment, options, swap, Funds, metrics, logger);
        _liquidations = new LiquidationRound(web3, deployment, options, Store, Coordinator, Transactions, simulator, planner, Funds, metrics, logger);
        _perps = new Perpetuals.PerpKeeper(web3, deployment, options, Store, Coordinator, Transactions, metrics, Funds, logger);
        _replacer = new LiquidationReplacer(deployment, simulator, swap, metrics, account.Address, _perps);
        _orphans = new OrphanedLiquidationSettler(web3, Store, Coordinator, metrics, logger);
        if (options.BackRunOracleUpdates && !options.DryRun) _pending = new PendingOracleWatch(web3, deployment, logger);
    }

    public IWeb3 Web3 { get; }

    public DeploymentFile Deployment { get; }

    public KeeperMetrics Metrics { get; }

    public CountingInterceptor Rpc { get; }

    /// <summary>The JSON-RPC client: retries, circuit breakers, failover to <c>Keeper:FallbackRpcUrls</c>, stall detection.</summary>
    public ResilientRpcClient RpcClient { get; }

    public IKeeperStore Store { get; }

    /// <summary>Leases, shards and claims (one instance owns everything on SQLite).</summary>
    public IKeeperCoordinator Coordinator { get; }

    public TransactionManager Transactions { get; }

    /// <summary>The keeper's base-asset inventory and gas balance (gauges, warnings), and amounts for people.</summary>
    public KeeperFunds Funds { get; }

    /// <summary>The keeper's address.</summary>
    public string Address => Transactions.Address;

    /// <summary>The perp pass of the last scan (null before the first).</summary>
    public Perpetuals.PerpTick? LastPerpTick { get; private set; }

    /// <summary>Block of the last completed scan (-1 before the first).</summary>
    public long LastScannedBlock => _lastReport is { } r ? (long)r.Block : -1;

    /// <summary>
    /// Connects (checking the chain id), opens the state, reconciles the nonce and approves the base asset once. The
    /// margin-call webhook posts through <paramref name="httpClients"/> (the host's factory; a private one when null).
    /// </summary>
    public static async Task<KeeperEngine> StartAsync(
        KeeperOptions options, DeploymentFile deployment, Account account, ILogger logger, KeeperMetrics? metrics = null, IHttpClientFactory? httpClients = null,
        CancellationToken cancellationToken = default)
    {
        var engine = new KeeperEngine(options, deployment, account, logger, metrics ?? new KeeperMetrics(), httpClients ?? MarginCallWebhook.DefaultFactory);
        try
        {
            var chainId = (long)(await engine.Web3.Eth.ChainId.SendRequestAsync().ConfigureAwait(false)).Value;
            if (chainId != deployment.ChainId)
                throw new KeeperFatalException($"Keeper:RpcUrl serves chain {chainId} but deployment '{deployment.Network}' is on chain {deployment.ChainId}; point Keeper:RpcUrl at the right node or pick the right Keeper:Network");
            FaultDrill.Arm(options.FaultInjection, engine.Transactions, logger);
            await engine.Transactions.SyncAsync(cancellationToken).ConfigureAwait(false);
            if (!options.DryRun)
            {
                await BaseAssetApproval.EnsureAsync(engine.Web3, deployment, engine.Transactions, engine.Store, logger, cancellationToken).ConfigureAwait(false);
                await engine.Funds.RefreshAsync(atStart: true).ConfigureAwait(false);
                if (engine._pending is { } watch) await watch.StartAsync().ConfigureAwait(false);
            }

            logger.LogInformation("keeper {Address} on chain {Chain}, vault {Vault}, state {State} (schema v{Schema}, last block {Last})",
                engine.Address, chainId, deployment.MarginVault, engine.Store.Provider == "sqlite" ? options.StatePath : $"postgres, instance {engine.Coordinator.InstanceId}", engine.Store.SchemaVersion, engine.Store.LastBlock?.ToString(CultureInfo.InvariantCulture) ?? "none");
            return engine;
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>Indexes new events up to the head (re-reading the last Keeper:ReorgDepth blocks). Returns the head.</summary>
    public async Task<BigInteger> IndexAsync(CancellationToken cancellationToken)
    {
        var head = await _heads.ReadAsync().ConfigureAwait(false);
        await IndexToAsync(head, cancellationToken).ConfigureAwait(false);
        return head;
    }

    /// <summary>A tick failed (node gone, or every endpoint failing): the lag gauges say so at once (<see cref="HeadWatch.OnTickFailed"/>).</summary>
    public void OnTickFailed() => _heads.OnTickFailed();

    /// <summary>
    /// One pass. On an unchanged head it costs one eth_blockNumber and nothing else (no eth_getLogs, no
    /// eth_getTransactionCount: nothing can have changed on chain). On a new block: index, track transactions, then
    /// scan, liquidate and call margins — or, while the last scan's candidates are still being sent (more than
    /// Keeper:MaxLiquidationsPerBlock of them) and no price moved, liquidate the rest without a rescan.
    /// </summary>
    public async Task<TickReport?> TickAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        var rpcStart = Rpc.Count;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var head = await _heads.ReadAsync().ConfigureAwait(false);
        var live = string.Join(",", Coordinator.Refresh());
        var rebalanced = live != _lastLive;
        _lastLive = live;
        if (!force && head == _heads.IndexedHead && head == _lastScanned && !_indexer.OracleUpdated && !rebalanced) return null;
        await IndexToAsync(head, cancellationToken).ConfigureAwait(false);
        var indexed = clock.ElapsedMilliseconds;
        var outcomes = await TrackAsync(head, cancellationToken).ConfigureAwait(false);
        var tracked = clock.ElapsedMilliseconds;
        BigInteger? inventory = null; // the base balance, read once per tick: refreshed after outcomes, reused by the liquidations
        if (!_options.DryRun && (outcomes.Count > 0 || Funds.Stale))
        {
            await Funds.RefreshAsync(atStart: false).ConfigureAwait(false);
            inventory = Funds.Inventory;
        }

        var rescan = _indexer.TakeOracleUpdate() || rebalanced || force || _backlog.Count == 0 || _lastReport is null || _lastMarket is null;
        await _orphans.SettleAsync(cancellationToken).ConfigureAwait(false);
        var report = rescan
            ? await ScanAndLiquidateAsync(head, inventory, outcomes, rpcStart, cancellationToken).ConfigureAwait(false)
            : await LiquidateBacklogAsync(head, inventory, outcomes, rpcStart, cancellationToken).ConfigureAwait(false);
        _lastScanned = head;
        _lastReport = report;
        _logger.LogDebug("tick at block {Block}: indexed in {Index} ms, tracked {Outcomes} outcomes in {Track} ms, {Mode} in {Rest} ms",
            head, indexed, outcomes.Count, tracked - indexed, rescan ? "scan + liquidations + margin calls" : "backlog liquidations", clock.ElapsedMilliseconds - tracked);
        if (report.Confirmed > 0 || report.Sent > 0)
            _logger.LogInformation("block {Block}: {Accounts} accounts, {Below} below 1, {Confirmed} confirmed, {Sent} liquidations sent, {Skipped} unprofitable; {Rpc} RPC calls for the scan",
                head, report.Accounts, report.BelowOne, report.Confirmed, report.Sent, report.SkippedUnprofitable, report.ScanRpcCalls);
        return report;
    }

    private async Task<TickReport> ScanAndLiquidateAsync(BigInteger head, BigInteger? inventory, IReadOnlyList<TxOutcome> outcomes, long rpcStart, CancellationToken cancellationToken)
    {
        var scanStart = Rpc.Count;
        var scanClock = System.Diagnostics.Stopwatch.StartNew();
        var accounts = Coordinator.ShardOf(Store.Accounts());
        Metrics.ShardAccounts.Set(accounts.Count);
        Metrics.LiveInstances.Set(Coordinator.LiveInstances.Count);
        var read = await _reader.ReadAsync(accounts, head, cancellationToken).ConfigureAwait(false);
        _lastRead = read;
        // accounts with perps are judged on unified health (§13.6): open positions by the perp pass, the rest here (§13.8)
        var (withPerps, open) = PerpAccounts();
        var (book, perpSpot) = await _perps.ReadAsync(read, cancellationToken).ConfigureAwait(false);
        var below = CandidateConfirmer.Below(read, withPerps);
        below = [.. below, .. CandidateConfirmer.PerpBelow(read, book)];
        // liquidating: each candidate's simulation at the latest block confirms it on chain; dry run: healthBatch does
        var confirmed = _options.DryRun ? await _confirmer.ConfirmAsync(below, head, cancellationToken).ConfigureAwait(false) : CandidateConfirmer.Unconfirmed(below, book);
        var settled = read.Accounts.Where(a => withPerps.Contains(a.Account) && !open.Contains(a.Account)).ToList();
        if (settled.Count > 0)
        {
            var perpBelow = await _confirmer.PerpCandidatesAsync(settled, head, cancellationToken).ConfigureAwait(false);
            var perpSet = perpBelow.Select(c => c.Account).ToHashSet();
            below = [.. below, .. settled.Where(a => perpSet.Contains(a.Account))];
            confirmed = [.. confirmed, .. perpBelow];
        }

        var scanCalls = (int)(Rpc.Count - scanStart);
        Metrics.ScanRpcCalls.Set(scanCalls);
        Metrics.Liquidatable.Set(confirmed.Count);
        foreach (var a in read.Accounts.Where(a => a.Problem is not null)) _logger.LogWarning("account {Account} not evaluated: {Problem}", a.Account, a.Problem);
        _logger.LogDebug("block {Block}: scanned {Accounts} accounts and confirmed {Confirmed} in {Ms} ms", head, accounts.Count, confirmed.Count, scanClock.ElapsedMilliseconds);

        // liquidations first (they race), then the margin calls (one store batch)
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var round = _options.DryRun ? new RoundResult(0, 0, []) : await _liquidations.RunAsync(confirmed, read.Market, head, inventory, ignoreProfit: false, cancellationToken).ConfigureAwait(false);
        _backlog = round.NotReached;
        _lastMarket = read.Market;
        var perp = await _perps.RunAsync(book, perpSpot, accounts, head, _options.DryRun, ignoreProfit: false, cancellationToken).ConfigureAwait(false);
        LastPerpTick = perp;
        var liquidated = clock.ElapsedMilliseconds;
        Store.InBatch(() => _marginCalls.Update(read, head, perp.Health));
        _logger.LogDebug("block {Block}: {Sent} liquidations sent in {Liquidate} ms, margin calls in {Calls} ms ({Rpc} RPC calls for the scan)",
            head, round.Sent, liquidated, clock.ElapsedMilliseconds - liquidated, scanCalls);
        return new TickReport(head, accounts.Count, below.Count, confirmed.Count, round.Sent, round.Skipped, (int)(Rpc.Count - rpcStart), scanCalls, outcomes, read.Accounts);
    }

    /// <summary>Accounts that have had a perp position (they may hold perp cash), and those with one that may be open.</summary>
    private (HashSet<AccountId> WithPerps, HashSet<AccountId> Open) PerpAccounts()
    {
        var all = Store.PerpPositions(openOnly: false);
        return (all.Select(p => p.Account).ToHashSet(), Store.PerpPositions().Select(p => p.Account).ToHashSet());
    }

    /// <summary>The planned burst is still landing: the rest of the last scan's candidates, re-simulated at this block, without a rescan.</summary>
    private async Task<TickReport> LiquidateBacklogAsync(BigInteger head, BigInteger? inventory, IReadOnlyList<TxOutcome> outcomes, long rpcStart, CancellationToken cancellationToken)
    {
        var round = _options.DryRun ? new RoundResult(0, 0, []) : await _liquidations.RunAsync(_backlog, _lastMarket!, head, inventory, ignoreProfit: false, cancellationToken).ConfigureAwait(false);
        var last = _lastReport!;
        var report = last with { Block = head, Confirmed = _backlog.Count, Sent = round.Sent, SkippedUnprofitable = round.Skipped, RpcCalls = (int)(Rpc.Count - rpcStart), ScanRpcCalls = 0, Outcomes = outcomes };
        _backlog = round.NotReached;
        return report;
    }

    /// <summary>
    /// Waits <paramref name="milliseconds"/> before the next tick. With Keeper:BackRunOracleUpdates it polls the pending
    /// pool meanwhile (every Keeper:PendingPollMilliseconds) and back-runs each price update it sees.
    /// </summary>
    public async Task IdleAsync(int milliseconds, CancellationToken cancellationToken)
    {
        if (_pending is not { Available: true })
        {
            await Task.Delay(milliseconds, cancellationToken).ConfigureAwait(false);
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            try
            {
                await BackRunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not KeeperFatalException)
            {
                _logger.LogWarning("back-running pending price updates failed ({Error}); the next tick answers them once mined", ex.Message);
            }

            var left = milliseconds - (int)clock.ElapsedMilliseconds;
            if (left > 0) await Task.Delay(Math.Min(left, _options.PendingPollMilliseconds), cancellationToken).ConfigureAwait(false);
        }
        while (clock.ElapsedMilliseconds < milliseconds);
    }

    /// <summary>
    /// Same-block defence: the price updates now pending, each answered at once — the last scan's accounts repriced
    /// off-chain (<see cref="OffChainMarginReader.Reprice"/>), those it puts below 1 simulated as mined right after the
    /// update and sent to land in its block. Returns the liquidations sent.
    /// </summary>
    public async Task<int> BackRunAsync(CancellationToken cancellationToken)
    {
        if (_pending is not { Available: true } watch || _lastRead is not { } read) return 0;
        var sent = 0;
        HashSet<AccountId>? withPerps = null; // read from the store once per poll, and only when an update came
        foreach (var update in await watch.PollAsync().ConfigureAwait(false))
        {
            if (!_backRun.Add(update.Transaction.TransactionHash)) continue;
            var repriced = OffChainMarginReader.Reprice(read, update.Asset, update.PriceWad);
            withPerps ??= PerpAccounts().WithPerps;
            var below = CandidateConfirmer.Below(repriced, withPerps);
            if (below.Count == 0) continue;
            var head = await _heads.ReadAsync().ConfigureAwait(false);
            var round = await _liquidations.RunAsync(CandidateConfirmer.Unconfirmed(below), repriced.Market, head, inventory: null, ignoreProfit: false, cancellationToken, after: update).ConfigureAwait(false);
            Metrics.BackRunLiquidationsSent.Inc(round.Sent);
            _logger.LogInformation("pending price update {Hash} ({Asset} at {Price}): {Below} accounts would fall below 1, {Sent} liquidations sent behind it",
                update.Transaction.TransactionHash, update.Asset, new Wad(update.PriceWad), below.Count, round.Sent);
            sent += round.Sent;
        }

        return sent;
    }

    /// <summary>Liquidates one account now if the chain confirms it below 1 (simulated first; Keeper:MinProfit ignored) and waits for the outcome.</summary>
    public async Task<string> LiquidateOneAsync(AccountId target, CancellationToken cancellationToken)
    {
        var head = await IndexAsync(cancellationToken).ConfigureAwait(false);
        var read = await _reader.ReadAsync([target], head, cancellationToken).ConfigureAwait(false);
        var a = read.Accounts[0];
        if (a.Snapshot is not { } s) return $"not evaluated: {a.Problem}";
        var (withPerps, _) = PerpAccounts();
        if (!withPerps.Contains(target) && (s.Debt.IsZero || s.Health >= WadMath.WAD)) return $"not liquidatable: health {(s.Debt.IsZero ? "∞ (no debt)" : new Wad(s.Health).ToString())}";
        if (s.Collateral.Count == 0) return "not liquidatable through collateral: the account has none (its positions are the perp pass's)";
        var confirmed = await _confirmer.ConfirmAsync([a], head, cancellationToken).ConfigureAwait(false);
        if (confirmed.Count == 0) return "not liquidatable according to healthBatch";
        var round = await _liquidations.RunAsync(confirmed, read.Market, head, inventory: null, ignoreProfit: true, cancellationToken).ConfigureAwait(false);
        if (round.Sent == 0) return "not sent (in flight already, simulation reverted or inventory short; see log)";
        for (var i = 0; i < 600; i++)
        {
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
            var now = (await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
            var outcomes = await TrackAsync(now, cancellationToken).ConfigureAwait(false);
            if (outcomes.FirstOrDefault(o => o.Tx.Kind == TxKind.Liquidate && o.Status is TxOutcomeKind.Won or TxOutcomeKind.Lost or TxOutcomeKind.Failed) is { } done)
                return $"{done.Status.ToString().ToLowerInvariant()}: {done.Tx.Hash} in block {done.Receipt?.BlockNumber.Value} ({done.Tx.Detail}){(done.Error is { } e ? " — " + e.Message : string.Empty)}";
        }

        return "sent; not mined within 2 minutes (the running keeper will track it from the state file)";
    }

    /// <summary>The margin calls this keeper raised on <paramref name="account"/>, from its store.</summary>
    public IReadOnlyList<KeeperMarginCall> MarginCallsOf(AccountId account) => _marginCalls.MarginCallsOf(account);

    /// <summary>A JSON-friendly snapshot of what the keeper sees.</summary>
    public KeeperEngineStatus Status() => EngineStatus.Of(this, _lastReport);

    /// <summary>Gives up the lease (PostgreSQL), closes the store and the RPC client.</summary>
    public void Dispose()
    {
        Coordinator.Dispose();
        Store.Dispose();
        RpcClient.Dispose();
    }

    private async Task IndexToAsync(BigInteger head, CancellationToken cancellationToken)
    {
        if (await _indexer.IndexToAsync(head, cancellationToken).ConfigureAwait(false)) _lastScanned = -1;
    }

    /// <summary>Tracks the open transactions at <paramref name="head"/> and books their outcomes.</summary>
    private async Task<IReadOnlyList<TxOutcome>> TrackAsync(BigInteger head, CancellationToken cancellationToken)
    {
        var outcomes = await Transactions.TrackAsync(head, _replacer.ReplacementForAsync, cancellationToken).ConfigureAwait(false);
        Store.InBatch(() => _outcomes.Record(outcomes));
        _perps.Record(outcomes);
        return outcomes;
    }
}
