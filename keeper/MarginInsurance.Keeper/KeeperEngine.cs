using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Keeper;
using MarginInsurance.Sdk.OffChain;
using MarginInsurance.Sdk.Risk;
using Microsoft.Extensions.Logging;
using Nethereum.BlockchainProcessing;
using Nethereum.BlockchainProcessing.Processor;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Keeper;

/// <summary>An account below 1 confirmed by the chain, with its shortfall (debt − liquidation capacity).</summary>
public sealed record Candidate(AccountId Account, BigInteger Health, BigInteger Debt, BigInteger Shortfall, string Asset);

/// <summary>What one pass did.</summary>
public sealed record TickReport(
    BigInteger Block, int Accounts, int BelowOne, int Confirmed, int Sent, int SkippedUnprofitable, int RpcCalls, int ScanRpcCalls,
    IReadOnlyList<TxOutcome> Outcomes, IReadOnlyList<OffChainAccount> Scan);

/// <summary>
/// The keeper: indexes the vault's events (Nethereum log processing, progress in the state store, reorg re-read), then per block
/// reads every account at one pinned block with <see cref="OffChainMarginReader"/>, confirms those below 1 with
/// <c>healthBatch</c>, simulates each liquidation with eth_call, and sends the profitable ones largest shortfall first
/// with consecutive nonces. Raises and resolves margin calls. One instance per key; on PostgreSQL several instances
/// share the accounts (<see cref="IKeeperCoordinator"/>), each scanning and liquidating its own shard.
/// </summary>
public sealed class KeeperEngine : IDisposable
{
    private static readonly BigInteger MaxUint = WadMath.MaxUint256;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly KeeperOptions _options;
    private readonly ILogger _logger;
    private readonly OffChainMarginReader _reader;
    private readonly MarginVaultService _vault;
    private readonly BlockchainProcessor _indexer;
    private readonly HashSet<string> _unprofitableLogged = new(StringComparer.OrdinalIgnoreCase);
    private readonly BigInteger _minProfit;
    private BigInteger _lastHead = -1;
    private BigInteger _lastIndexedHead = -1;
    private DateTimeOffset _headReadAt = DateTimeOffset.UtcNow;
    private DateTimeOffset _headMovedAt = DateTimeOffset.UtcNow;
    private double _secondsPerBlock;
    private readonly BigInteger _warning;
    private BigInteger _lastScanned = -1;
    private bool _oracleUpdated;
    private TickReport? _lastReport;
    private readonly OrphanedLiquidationSettler _orphans;
    private readonly SwapLiquidationPlanner _swap;
    private string _lastLive = string.Empty;

    private KeeperEngine(KeeperOptions options, DeploymentFile deployment, Account account, ILogger logger, KeeperMetrics metrics)
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
        _orphans = new OrphanedLiquidationSettler(web3, Store, Coordinator, metrics, logger);
        _swap = new SwapLiquidationPlanner(web3, deployment, account.Address, logger, options.SwapMode);
        Transactions = new TransactionManager(web3, account, deployment.ChainId, Store, options, logger);
        Funds = new KeeperFunds(web3, deployment, account.Address, options, metrics, logger) { SwapSettles = _swap.Liquidator is not null };
        _reader = new OffChainMarginReader(web3, deployment) { PageSize = options.ScanPageSize };
        _vault = new MarginVaultService(web3, deployment.MarginVault);
        _minProfit = KeeperOptions.BaseUnits(options.MinProfit, deployment.BaseDecimals);
        _warning = new BigInteger(decimal.Round(options.WarningHealth * 1_000_000m)) * BigInteger.Pow(10, 12);
        var addresses = new[] { deployment.MarginVault }.Concat(deployment.Collaterals.Select(c => c.Feed)).ToArray();
        _indexer = web3.Processing.Logs.CreateProcessor(
            [new ProcessorHandler<FilterLog>(OnLogAsync)],
            0,
            new NewFilterInput { Address = addresses },
            new KeeperBlockProgressRepository(Store, options.ReorgDepth),
            null);
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

    /// <summary>The keeper's address.</summary>
    public string Address => Transactions.Address;

    /// <summary>Block of the last completed scan (-1 before the first).</summary>
    public long LastScannedBlock => _lastReport is { } r ? (long)r.Block : -1;

    /// <summary>Connects (checking the chain id), opens the state, reconciles the nonce and approves the base asset once.</summary>
    public static async Task<KeeperEngine> StartAsync(KeeperOptions options, DeploymentFile deployment, Account account, ILogger logger, KeeperMetrics? metrics = null, CancellationToken cancellationToken = default)
    {
        var engine = new KeeperEngine(options, deployment, account, logger, metrics ?? new KeeperMetrics());
        try
        {
            var chainId = (long)(await engine.Web3.Eth.ChainId.SendRequestAsync().ConfigureAwait(false)).Value;
            if (chainId != deployment.ChainId)
                throw new KeeperFatalException($"Keeper:RpcUrl serves chain {chainId} but deployment '{deployment.Network}' is on chain {deployment.ChainId}; point Keeper:RpcUrl at the right node or pick the right Keeper:Network");
            engine.ArmFaultDrill();
            await engine.Transactions.SyncAsync(cancellationToken).ConfigureAwait(false);
            if (!options.DryRun)
            {
                await engine.EnsureApprovalAsync(cancellationToken).ConfigureAwait(false);
                await engine.Funds.RefreshAsync(atStart: true).ConfigureAwait(false);
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

    /// <summary>Keeper:FaultInjection:KillAfterSigningPercent: SIGKILL self between storing a signed transaction and broadcasting it.</summary>
    private void ArmFaultDrill()
    {
        var drill = _options.FaultInjection;
        if (drill.KillAfterSigningPercent <= 0) return;
        var random = drill.Seed == 0 ? new Random() : new Random(drill.Seed);
        _logger.LogWarning("FAULT DRILL: the keeper will kill itself after signing {Percent}% of transactions (Keeper:FaultInjection)", drill.KillAfterSigningPercent);
        Transactions.AfterRecord = tx =>
        {
            if (random.Next(100) >= drill.KillAfterSigningPercent) return;
            Console.Error.WriteLine($"FAULT DRILL: SIGKILL after signing {tx.Kind} {tx.Hash} (nonce {tx.Nonce}), before broadcast");
            Console.Error.Flush();
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        };
    }

    private async Task EnsureApprovalAsync(CancellationToken cancellationToken)
    {
        var token = Web3.Eth.ERC20.GetContractService(Deployment.BaseAsset);
        if (await token.AllowanceQueryAsync(Address, Deployment.MarginVault).ConfigureAwait(false) >= MaxUint / 2) return;
        if (Store.OpenTxs(Address).Any(t => t.Kind == "approve")) return;
        var data = new Nethereum.Contracts.Standards.ERC20.ContractDefinition.ApproveFunction { Spender = Deployment.MarginVault, Value = MaxUint }.GetCallData().ToHex(true);
        var head = await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false);
        var sent = await Transactions.SendAsync(new TxRequest(Deployment.BaseAsset, data, 80_000, "approve"), await Transactions.GetFeesAsync().ConfigureAwait(false), head.Value, cancellationToken).ConfigureAwait(false)
                   ?? throw new InvalidOperationException("could not send the base-asset approval; check the keeper's ether balance");
        for (var i = 0; i < 600 && !cancellationToken.IsCancellationRequested; i++)
        {
            if (await Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(sent.Hash).ConfigureAwait(false) is { } r)
            {
                Store.SetStatus(sent.Hash, r.Status?.Value == 1 ? TxStatus.Won : TxStatus.Failed);
                _logger.LogInformation("approved the vault to pull {Base} (tx {Hash})", Deployment.BaseSymbol, sent.Hash);
                return;
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        _logger.LogWarning("approval {Hash} not mined yet; liquidations will fail their simulation until it is", sent.Hash);
    }

    private Task OnLogAsync(FilterLog log)
    {
        if (AccountDiscovery.FromLog(log) is { } account)
        {
            if (Store.AddAccount(account, log.BlockNumber.Value))
                _logger.LogDebug("new account {Owner}/{Sub}", account.Owner, account.SubId);
        }
        else if (log.IsLogForEvent<AnswerUpdatedEventDTO>() || log.IsLogForEvent<AddOnUpdatedEventDTO>() || log.IsLogForEvent<MarginCallEventDTO>())
        {
            _oracleUpdated = true;
        }

        return Task.CompletedTask;
    }

    /// <summary>Indexes new events up to the head (re-reading the last Keeper:ReorgDepth blocks). Returns the head.</summary>
    public async Task<BigInteger> IndexAsync(CancellationToken cancellationToken) =>
        await IndexToAsync(await ReadHeadAsync().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>eth_blockNumber (transport faults are retried and failed over per request by RpcClient); feeds the liveness gauges.</summary>
    private async Task<BigInteger> ReadHeadAsync()
    {
        var head = (await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
        var now = DateTimeOffset.UtcNow;
        if (_lastHead >= 0 && head > _lastHead)
        {
            var perBlock = (now - _headMovedAt).TotalSeconds / (double)(head - _lastHead);
            _secondsPerBlock = _secondsPerBlock <= 0 ? perBlock : (0.8 * _secondsPerBlock) + (0.2 * perBlock);
        }

        if (head != _lastHead) _headMovedAt = now;
        _lastHead = head;
        _headReadAt = now;
        Metrics.HeadAge.Set(0);
        Metrics.BlockLag.Set(_lastIndexedHead >= 0 ? (double)BigInteger.Max(BigInteger.Zero, head - _lastIndexedHead) : 0);
        return head;
    }

    /// <summary>
    /// A tick failed (node gone, or every endpoint failing): the lag gauges say so at once — keeper_head_age_seconds is the
    /// time since a node last answered, keeper_block_lag at least 1 and the blocks the chain has probably made since
    /// (silence ÷ the observed block time, or the poll interval before one is known).
    /// </summary>
    public void OnTickFailed()
    {
        var silent = (DateTimeOffset.UtcNow - _headReadAt).TotalSeconds;
        Metrics.HeadAge.Set(Math.Round(silent, 1));
        var perBlock = _secondsPerBlock > 0 ? _secondsPerBlock : _options.PollIntervalMilliseconds / 1000.0;
        Metrics.BlockLag.Set(Math.Max(1, Math.Floor(silent / perBlock)));
    }

    private async Task<BigInteger> IndexToAsync(BigInteger head, CancellationToken cancellationToken)
    {
        if (Store.LastBlock is { } last && last > head)
        {
            // The chain went backwards (a reorganisation deeper than our progress): re-read from the new head.
            _logger.LogWarning("chain head {Head} is below the last indexed block {Last}: reorganisation; re-indexing from {Head}", head, last, head);
            Store.SetLastBlock(head);
            _lastScanned = -1;
            Metrics.Reorgs.Inc();
        }

        await _indexer.ExecuteAsync(head, cancellationToken, Deployment.DeploymentBlock).ConfigureAwait(false);
        var accounts = Store.Accounts().Count;
        Metrics.AccountsWatched.Set(accounts);
        Metrics.LastBlock.Set((double)head);
        Metrics.BlockLag.Set(0);
        _lastIndexedHead = head;
        return head;
    }

    /// <summary>
    /// One pass. On an unchanged head it costs one eth_blockNumber and nothing else (no eth_getLogs, no
    /// eth_getTransactionCount: nothing can have changed on chain). On a new block: track transactions, index, and scan,
    /// call margins and liquidate.
    /// </summary>
    public async Task<TickReport?> TickAsync(bool force = false, CancellationToken cancellationToken = default)
    {
        var rpcStart = Rpc.Count;
        var head = await ReadHeadAsync().ConfigureAwait(false);
        var live = string.Join(",", Coordinator.Refresh());
        var rebalanced = live != _lastLive;
        _lastLive = live;
        if (!force && head == _lastIndexedHead && head == _lastScanned && !_oracleUpdated && !rebalanced) return null;
        await IndexToAsync(head, cancellationToken).ConfigureAwait(false);
        var outcomes = await Transactions.TrackAsync(head, ReplacementFor, cancellationToken).ConfigureAwait(false);
        Account(outcomes);
        if (!_options.DryRun && (outcomes.Count > 0 || Funds.Stale)) await Funds.RefreshAsync(atStart: false).ConfigureAwait(false);
        var all = Store.Accounts();
        if (!force && head == _lastScanned && !_oracleUpdated && !rebalanced) return null;
        _oracleUpdated = false;
        await _orphans.SettleAsync(cancellationToken).ConfigureAwait(false);

        var scanStart = Rpc.Count;
        var accounts = Coordinator.ShardOf(all);
        Metrics.ShardAccounts.Set(accounts.Count);
        Metrics.LiveInstances.Set(Coordinator.LiveInstances.Count);
        var read = await _reader.ReadAsync(accounts, head, cancellationToken).ConfigureAwait(false);
        var below = read.Accounts.Where(a => a.Snapshot is { } s && !s.Debt.IsZero && s.Health < WadMath.WAD).ToList();
        var confirmed = await ConfirmAsync(below, head, cancellationToken).ConfigureAwait(false);
        var scanCalls = (int)(Rpc.Count - scanStart);
        Metrics.ScanRpcCalls.Set(scanCalls);
        Metrics.Liquidatable.Set(confirmed.Count);
        foreach (var a in read.Accounts.Where(a => a.Problem is not null)) _logger.LogWarning("account {Account} not evaluated: {Problem}", a.Account, a.Problem);

        UpdateMarginCalls(read, head);
        var (sent, skipped) = _options.DryRun ? (0, 0) : await LiquidateAsync(confirmed, read, head, cancellationToken).ConfigureAwait(false);
        _lastScanned = head;
        var report = new TickReport(head, accounts.Count, below.Count, confirmed.Count, sent, skipped, (int)(Rpc.Count - rpcStart), scanCalls, outcomes, read.Accounts);
        _lastReport = report;
        if (confirmed.Count > 0 || sent > 0)
            _logger.LogInformation("block {Block}: {Accounts} accounts, {Below} below 1, {Confirmed} confirmed, {Sent} liquidations sent, {Skipped} unprofitable; {Rpc} RPC calls for the scan",
                head, accounts.Count, below.Count, confirmed.Count, sent, skipped, scanCalls);
        return report;
    }

    /// <summary>The keeper's base-asset inventory and gas balance (gauges, warnings), and amounts for people.</summary>
    public KeeperFunds Funds { get; }

    private string Base(BigInteger raw) => Funds.Base(raw);

    /// <summary>Confirms off-chain candidates with healthBatch at the same block (one call per 500), largest shortfall first.</summary>
    private async Task<List<Candidate>> ConfirmAsync(List<OffChainAccount> below, BigInteger block, CancellationToken cancellationToken)
    {
        var result = new List<Candidate>();
        foreach (var chunk in below.Chunk(500))
        {
            var batch = await _vault.HealthBatchQueryAsync(new HealthBatchFunction
            {
                Owners = chunk.Select(a => a.Account.Owner).ToList(),
                SubIds = chunk.Select(a => a.Account.SubId).ToList(),
            }, new BlockParameter(new Nethereum.Hex.HexTypes.HexBigInteger(block))).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                var s = chunk[i].Snapshot!;
                if (batch.Healths[i] >= WadMath.WAD)
                {
                    _logger.LogWarning("off-chain health {Off} of {Account} below 1 but the chain says {On}; skipped", s.Health, chunk[i].Account, batch.Healths[i]);
                    continue;
                }

                var asset = s.Collateral.OrderByDescending(c => c.Value).First().Asset;
                result.Add(new Candidate(chunk[i].Account, batch.Healths[i], batch.Debts[i], s.Debt - s.LiquidationCapacity, asset));
            }
        }

        return result.OrderByDescending(c => c.Shortfall).ThenBy(c => c.Health).ToList();
    }

    /// <summary>Liquidates one account now if the chain confirms it below 1 (simulated first; Keeper:MinProfit ignored) and waits for the outcome.</summary>
    public async Task<string> LiquidateOneAsync(AccountId target, CancellationToken cancellationToken)
    {
        var head = await IndexAsync(cancellationToken).ConfigureAwait(false);
        var read = await _reader.ReadAsync([target], head, cancellationToken).ConfigureAwait(false);
        var a = read.Accounts[0];
        if (a.Snapshot is not { } s) return $"not evaluated: {a.Problem}";
        if (s.Debt.IsZero || s.Health >= WadMath.WAD) return $"not liquidatable: health {(s.Debt.IsZero ? "∞ (no debt)" : new Wad(s.Health).ToString())}";
        var confirmed = await ConfirmAsync([a], head, cancellationToken).ConfigureAwait(false);
        if (confirmed.Count == 0) return "not liquidatable according to healthBatch";
        var (sent, _) = await LiquidateAsync(confirmed, read, head, cancellationToken, ignoreProfit: true).ConfigureAwait(false);
        if (sent == 0) return "not sent (in flight already, simulation reverted or inventory short; see log)";
        for (var i = 0; i < 600; i++)
        {
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
            var now = (await Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
            var outcomes = await Transactions.TrackAsync(now, ReplacementFor, cancellationToken).ConfigureAwait(false);
            Account(outcomes);
            if (outcomes.FirstOrDefault(o => o.Tx.Kind == "liquidate" && o.Status is TxStatus.Won or TxStatus.Lost or TxStatus.Failed) is { } done)
                return $"{done.Status}: {done.Tx.Hash} in block {done.Receipt?.BlockNumber.Value} ({done.Tx.Detail}){(done.Error is { } e ? " — " + e.Message : string.Empty)}";
        }

        return "sent; not mined within 2 minutes (the running keeper will track it from the state file)";
    }

    private async Task<(int Sent, int Skipped)> LiquidateAsync(List<Candidate> candidates, OffChainReadResult read, BigInteger head, CancellationToken cancellationToken, bool ignoreProfit = false)
    {
        var sent = 0;
        var skipped = 0;
        if (candidates.Count == 0) return (0, 0);
        var fees = await Transactions.GetFeesAsync().ConfigureAwait(false);
        var inventory = await Web3.Eth.ERC20.GetContractService(Deployment.BaseAsset).BalanceOfQueryAsync(Address).ConfigureAwait(false);
        var gasAsset = read.Market.Assets.FirstOrDefault(a => a.Symbol.Equals(_options.GasPriceAsset, StringComparison.OrdinalIgnoreCase));
        // Simulations run concurrently (they are independent reads at the latest block); sends stay sequential, in order.
        var eligible = candidates.Where(c => !Store.HasOpenLiquidation(c.Account)).Take(2 * _options.MaxLiquidationsPerBlock).ToList(); // in flight: never send twice
        var simulations = new Simulation?[eligible.Count];
        await Parallel.ForAsync(0, eligible.Count, new ParallelOptions { MaxDegreeOfParallelism = SimulationConcurrency, CancellationToken = cancellationToken },
            async (i, _) => simulations[i] = inventory.IsZero && _swap.Liquidator is not null ? null : await SimulateAsync(eligible[i], inventory).ConfigureAwait(false)).ConfigureAwait(false);
        // One swap-mode liquidation per pool per pass: each was simulated on the pool as it is now, and the first sale moves it.
        var poolsUsed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < eligible.Count; i++)
        {
            var c = eligible[i];
            if (sent >= _options.MaxLiquidationsPerBlock || cancellationToken.IsCancellationRequested) break;
            // Inventory mode when the keeper's base pays the repayment (the vault call simulated); otherwise swap mode: the
            // seized collateral is sold in the pool inside the liquidation, priced from the QuoterV2 quote after price impact.
            var simulation = simulations[i];
            var inventoryPays = simulation is { } s0 && s0.Result.Repaid + s0.Result.Fee <= inventory;
            if (!inventoryPays && poolsUsed.Contains(c.Asset)) continue; // next pass, re-simulated on the moved pool
            var swap = inventoryPays ? null : await _swap.PlanAsync(c.Account, c.Asset).ConfigureAwait(false);
            if (!inventoryPays && swap is null)
            {
                if (simulation is { } s1)
                    Funds.SkipForInventory(c.Account.ToString(), inventory, $"{Base(s1.Result.Repaid + s1.Result.Fee)} (repay + insurance fee) and no pool can settle it");

                continue;
            }

            var (repaid, seized, fee) = swap is { } sp ? (sp.Repaid, sp.Seized, sp.Fee) : (simulation!.Result.Repaid, simulation.Result.Seized, simulation.Result.Fee);
            var need = repaid + fee;
            var limit = new BigInteger(swap is null ? _options.LiquidationGasLimit : Math.Max(_options.LiquidationGasLimit, SwapLiquidationPlanner.GasLimit));
            var gas = limit; // upper bound of the gas cost
            var asset = read.Market.Assets.First(a => a.Token.Equals(c.Asset, StringComparison.OrdinalIgnoreCase));
            var seizedValue = swap?.Proceeds ?? MarginMath.CollateralValue(seized, asset.PriceWad ?? BigInteger.Zero, asset.Config.Decimals, Deployment.BaseDecimals);
            var gasWei = gas * fees.Expected;
            var gasBase = gasAsset?.PriceWad is { } p ? gasWei * p * WadMath.Pow10(Deployment.BaseDecimals) / BigInteger.Pow(10, 36) : BigInteger.Zero;
            var profit = seizedValue - repaid - fee - gasBase;
            var key = $"{c.Account.Owner}/{c.Account.SubId}";
            if (profit < _minProfit && !ignoreProfit)
            {
                skipped++;
                Metrics.SkippedUnprofitable.Inc();
                if (_unprofitableLogged.Add(key))
                    _logger.LogInformation("skip {Account}: profit {Profit} < Keeper:MinProfit {Min} ({Mode}: proceeds {Proceeds} − repaid {Repaid} − fee {Fee} − gas {Gas})",
                        c.Account, Base(profit), Base(_minProfit), swap is null ? "inventory" : "swap", Base(seizedValue), Base(repaid), Base(fee), Base(gasBase));
                continue;
            }

            _unprofitableLogged.Remove(key);
            if (!Coordinator.TryClaim(c.Account, head)) continue; // another instance has it in flight or just claimed it
            var (to, data, detail) = swap is { } plan
                ? (_swap.Liquidator!, plan.Call.GetCallData().ToHex(true), $"{SwapLiquidationPlanner.DetailPrefix}health {new Wad(c.Health)} repay {Base(repaid)} seize {seized} fee {Base(fee)} proceeds {Base(plan.Proceeds)} profit {Base(profit)}")
                : (Deployment.MarginVault, simulation!.Function.GetCallData().ToHex(true), $"health {new Wad(c.Health)} repay {Base(repaid)} seize {seized} fee {Base(fee)} profit {Base(profit)}");
            var tx = await Transactions.SendAsync(
                new TxRequest(to, data, limit, "liquidate", c.Account.Owner, c.Account.SubId.ToString(CultureInfo.InvariantCulture), c.Asset, detail),
                fees, head, cancellationToken).ConfigureAwait(false);
            if (tx is null) continue;
            if (swap is null)
            {
                inventory -= need;
            }
            else
            {
                poolsUsed.Add(c.Asset);
                Metrics.SwapLiquidationsSent.Inc();
            }

            sent++;
            Metrics.LiquidationsSent.Inc();
            Store.AddCounter($"expected_profit:{tx.Hash}", profit);
            _logger.LogInformation("liquidating {Account} in {Mode} mode (health {Health}, shortfall {Shortfall}): tx {Hash} nonce {Nonce}, expected profit {Profit}",
                c.Account, swap is null ? "inventory" : "swap", new Wad(c.Health), Base(c.Shortfall), tx.Hash, tx.Nonce, Base(profit));
        }

        Funds.SetInventory(inventory);
        return (sent, skipped);
    }

    private const int SimulationConcurrency = 8;

    /// <summary>A liquidation simulated at the latest block: the call and what it would repay, seize and pay in fees.</summary>
    private sealed record Simulation(LiquidateFunction Function, LiquidateOutputDTO Result);

    /// <summary>
    /// eth_call of the liquidation at the LATEST block (not "pending": a node re-executes its whole mempool for every
    /// pending-state call, which made a crash with hundreds of our own pending sends quadratic). No eth_estimateGas
    /// (a binary search of executions; see Keeper:LiquidationGasLimit). Null when it would revert (logged).
    /// </summary>
    private async Task<Simulation?> SimulateAsync(Candidate c, BigInteger inventory)
    {
        var fn = LiquidationCall.For(c.Account.Owner, c.Account.SubId, c.Asset, Address);
        try
        {
            var sim = await Web3.Eth.GetContractQueryHandler<LiquidateFunction>().QueryDeserializingToObjectAsync<LiquidateOutputDTO>(fn, Deployment.MarginVault, BlockParameter.CreateLatest()).ConfigureAwait(false);
            return new Simulation(fn, sim);
        }
        catch (Exception ex) when (ProtocolErrors.Translate(ex) is { } err)
        {
            if (err.ErrorName == "ERC20InsufficientBalance")
            {
                // The vault pulls the repayment from the keeper: its inventory is short, not the account healthy
                // (with a pool to settle through, the keeper falls back to swap mode instead: not a skip).
                if (_swap.Liquidator is null) Funds.SkipForInventory(c.Account.ToString(), inventory, $"the repayment ({err.Message})");
                return null;
            }

            _logger.LogInformation("simulation of liquidating {Account} reverted: {Error} ({Name})", c.Account, err.Message, err.ErrorName);
            return null;
        }
    }

    /// <summary>A pending liquidation is re-sent as is if its simulation still succeeds; otherwise the nonce is freed with a self-transfer.</summary>
    private async Task<TxRequest?> ReplacementFor(SentTx tx)
    {
        if (SwapLiquidationPlanner.IsSwap(tx))
        {
            Metrics.Replacements.Inc();
            return await _swap.ResimulateAsync(tx).ConfigureAwait(false) is { } data
                ? new TxRequest(_swap.Liquidator!, data, tx.GasLimit, "liquidate", tx.Owner, tx.SubId, tx.Asset, $"{SwapLiquidationPlanner.DetailPrefix}replaces {tx.Hash}")
                : null;
        }

        if (LiquidationCall.Of(tx, Address) is not { } fn) return null;
        try
        {
            await Web3.Eth.GetContractQueryHandler<LiquidateFunction>().QueryDeserializingToObjectAsync<LiquidateOutputDTO>(fn, Deployment.MarginVault, BlockParameter.CreateLatest()).ConfigureAwait(false);
            Metrics.Replacements.Inc();
            return new TxRequest(Deployment.MarginVault, fn.GetCallData().ToHex(true), tx.GasLimit, "liquidate", tx.Owner, tx.SubId, tx.Asset, $"replaces {tx.Hash}");
        }
        catch (Exception ex) when (ProtocolErrors.Translate(ex) is not null)
        {
            Metrics.Replacements.Inc();
            return null;
        }
    }

    private void Account(IReadOnlyList<TxOutcome> outcomes)
    {
        foreach (var o in outcomes)
        {
            if (o.Receipt is { } r) Metrics.GasSpentWei.Inc((double)(r.GasUsed.Value * (r.EffectiveGasPrice?.Value ?? BigInteger.Zero)));
            if (o.Status == TxOutcomeKind.Rebroadcast) Metrics.Rebroadcasts.Inc();
            if (o.Tx.Kind != "liquidate") continue;
            switch (o.Status)
            {
                case TxStatus.Won:
                    Metrics.LiquidationsWon.Inc();
                    var profit = Store.Counter($"expected_profit:{o.Tx.Hash}");
                    Store.AddCounter("profit_base_units", profit);
                    Store.AddCounter("won", 1);
                    Metrics.ProfitBase.Inc((double)profit / Math.Pow(10, Deployment.BaseDecimals));
                    _logger.LogInformation("won: liquidation of {Owner}/{Sub} mined in block {Block} ({Hash})", o.Tx.Owner, o.Tx.SubId, o.Receipt?.BlockNumber.Value, o.Tx.Hash);
                    break;
                case TxStatus.Lost:
                    Metrics.LiquidationsLost.Inc();
                    Store.AddCounter("lost", 1);
                    _logger.LogInformation("lost race: {Owner}/{Sub} was liquidated by someone else first ({Error}); nonce {Nonce} consumed, nothing stuck",
                        o.Tx.Owner, o.Tx.SubId, o.Error?.ErrorName, o.Tx.Nonce);
                    break;
                case TxOutcomeKind.Reorged:
                    // Was counted as won (or lost) before the chain dropped its block; it is open again and will be counted when mined.
                    if (o.Tx.Status == TxStatus.Won)
                    {
                        Store.AddCounter("won", -1);
                        Store.AddCounter("profit_base_units", -Store.Counter($"expected_profit:{o.Tx.Hash}"));
                    }
                    else if (o.Tx.Status == TxStatus.Lost)
                    {
                        Store.AddCounter("lost", -1);
                    }

                    Metrics.ReorgedTransactions.Inc();
                    _logger.LogWarning("reorganisation undid liquidation {Hash} of {Owner}/{Sub} (was {Status}); rebroadcast, it will be re-checked when mined",
                        o.Tx.Hash, o.Tx.Owner, o.Tx.SubId, o.Tx.Status);
                    break;
                case TxStatus.Failed:
                    Metrics.LiquidationsFailed.Inc();
                    Store.AddCounter("failed", 1);
                    _logger.LogWarning("liquidation {Hash} of {Owner}/{Sub} reverted: {Error}", o.Tx.Hash, o.Tx.Owner, o.Tx.SubId, o.Error?.Message ?? "no revert data");
                    break;
            }
        }
    }

    /* margin calls */

    private void UpdateMarginCalls(OffChainReadResult read, BigInteger block)
    {
        var atRisk = 0;
        var pendingScan = new PendingHealthScan(read.Market);
        // open margin calls read once per tick (one store query), not once per account
        var openCalls = Store.MarginCalls(openOnly: true)
            .ToDictionary(c => (c.Owner.ToLowerInvariant(), c.SubId), c => c);
        foreach (var a in read.Accounts)
        {
            if (a.Snapshot is not { } s) continue;
            string? reason = null;
            if (!s.Debt.IsZero && s.Health < _warning)
            {
                reason = s.Health < WadMath.WAD ? "liquidatable" : "below warning level";
            }
            else if (!s.Debt.IsZero && pendingScan.Health(a) is { } pending && pending < WadMath.WAD)
            {
                reason = $"pending add-on pushes health to {new Wad(pending)}";
            }

            if (reason is not null) atRisk++;
            var open = openCalls.GetValueOrDefault((a.Account.Owner.ToLowerInvariant(), a.Account.SubId.ToString(CultureInfo.InvariantCulture)));
            if (reason is not null && open is null)
            {
                var health = new Wad(s.Health).ToString();
                if (Store.RaiseMarginCall(a.Account, reason, health, block))
                {
                    Metrics.MarginCallsRaised.Inc();
                    _logger.LogWarning("MARGIN CALL {Account}: health {Health} ({Reason}) at block {Block}", a.Account, health, reason, block);
                    Notify("margin_call", a.Account, reason, health, block);
                }
            }
            else if (reason is null && open is not null && Store.ResolveMarginCall(a.Account, block))
            {
                var health = s.Debt.IsZero ? "no debt" : new Wad(s.Health).ToString();
                _logger.LogInformation("margin call resolved {Account}: health {Health} at block {Block}", a.Account, health, block);
                Notify("margin_call_resolved", a.Account, open.Reason, health, block);
            }
        }

        Metrics.AtRisk.Set(atRisk);
        Metrics.OpenMarginCalls.Set(Store.MarginCalls(openOnly: true).Count);
    }

    private void Notify(string kind, AccountId account, string reason, string health, BigInteger block)
    {
        if (string.IsNullOrWhiteSpace(_options.WebhookUrl)) return;
        var subId = account.SubId.ToString(CultureInfo.InvariantCulture);
        var calls = kind == "margin_call" ? MarginCallsOf(account) : null;
        _ = Task.Run(async () =>
        {
            try
            {
                // A margin call carries the account's risk report (liquidation prices, requirements, stress grid, history) at that block.
                var (report, reportError) = calls is null ? (null, null) : await ReportAsync(account, block, calls).ConfigureAwait(false);
                var payload = new { @event = kind, owner = account.Owner, subId, reason, health, block = (long)block, report, reportError };
                using var response = await Http.PostAsJsonAsync(_options.WebhookUrl, payload).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode) _logger.LogWarning("webhook answered {Status} for {Kind} {Account}", (int)response.StatusCode, kind, account);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                _logger.LogWarning("webhook failed for {Kind} {Account}: {Error}", kind, account, ex.Message);
            }
        });
    }

    /// <summary>The margin calls this keeper raised on <paramref name="account"/>, from its store.</summary>
    public IReadOnlyList<KeeperMarginCall> MarginCallsOf(AccountId account) =>
        Store.MarginCalls().Where(c => c.Owner.Equals(account.Owner, StringComparison.OrdinalIgnoreCase) && c.SubId == account.SubId.ToString(CultureInfo.InvariantCulture))
            .Select(c => new KeeperMarginCall(c.RaisedBlock, c.ResolvedBlock, c.Reason, c.Health)).ToList();

    private async Task<(RiskReportDocument? Report, string? Error)> ReportAsync(AccountId account, BigInteger block, IReadOnlyList<KeeperMarginCall> calls)
    {
        try
        {
            return (RiskReportDocument.From(await new RiskReportReader(Web3, Deployment).ReadAsync(account, block, calls).ConfigureAwait(false)), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _logger.LogWarning("risk report for the margin call of {Account} failed: {Error}", account, ex.Message);
            return (null, ex.Message);
        }
    }

    /* status */

    /// <summary>A JSON-friendly snapshot of what the keeper sees.</summary>
    public KeeperEngineStatus Status()
    {
        var r = _lastReport;
        var calls = Store.MarginCalls();
        return new KeeperEngineStatus(
            Keeper: Address,
            InstanceId: Coordinator.InstanceId,
            StateProvider: Store.Provider,
            LiveInstances: Coordinator.LiveInstances,
            ShardSize: (long)Metrics.ShardAccounts.Value,
            Vault: Deployment.MarginVault,
            LastIndexedBlock: Store.LastBlock?.ToString(CultureInfo.InvariantCulture),
            LastScannedBlock: r?.Block.ToString(CultureInfo.InvariantCulture),
            AccountsWatched: Store.Accounts().Count,
            Liquidatable: r?.Confirmed ?? 0,
            ScanRpcCalls: r?.ScanRpcCalls ?? 0,
            NextNonce: Transactions.NextNonce,
            Lowest: r?.Scan.Where(a => a.Snapshot is { Debt.IsZero: false }).OrderBy(a => a.Snapshot!.Health).Take(20)
                .Select(a => new KeeperLowestAccount(a.Account.ToString(), new Wad(a.Snapshot!.Health).ToString(), Base(a.Snapshot.Debt))).ToList(),
            MarginCalls: Store.MarginCalls(openOnly: true),
            Transactions: Store.TxCounts(),
            Won: Store.Counter("won").ToString(CultureInfo.InvariantCulture),
            Lost: Store.Counter("lost").ToString(CultureInfo.InvariantCulture),
            ProfitBaseUnits: Store.Counter("profit_base_units").ToString(CultureInfo.InvariantCulture),
            Profit: Base(Store.Counter("profit_base_units")),
            MarginCallsRaised: calls.Count,
            MarginCallsResolved: calls.Count(c => c.ResolvedBlock is not null),
            InFlight: Store.OpenTxs(Address).Count,
            GasSpentWei: Metrics.GasSpentWei.Value.ToString("F0", CultureInfo.InvariantCulture),
            GasSpent: KeeperFunds.Ether(new BigInteger(Metrics.GasSpentWei.Value)),
            Inventory: Funds.Inventory is { } inv ? Base(inv) : null,
            GasBalance: Funds.GasBalance is { } gas ? KeeperFunds.Ether(gas) : null,
            LiquidationsSkippedForInventory: (long)Metrics.SkippedNoInventory.Value,
            BlockLag: (long)Metrics.BlockLag.Value,
            AddOnsPosted: (long)Metrics.AddOnsPosted.Value);
    }

    /// <summary>Gives up the lease (PostgreSQL), closes the store and the RPC client.</summary>
    public void Dispose()
    {
        Coordinator.Dispose();
        Store.Dispose();
        RpcClient.Dispose();
    }
}
