using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.OffChain;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>What the perp pass of one scan saw and did.</summary>
/// <param name="Book">Markets and accounts with positions at the scan's block.</param>
/// <param name="Confirmed">Accounts of the shard below unified health 1, confirmed by perpHealthBatch, largest shortfall first.</param>
/// <param name="Sent">Position liquidations sent.</param>
/// <param name="Deleverages">Deleveragings sent.</param>
public sealed record PerpTick(PerpBook Book, IReadOnlyList<PerpAccountView> Confirmed, int Sent, int Deleverages)
{
    /// <summary>Unified health of every account with positions (for margin calls).</summary>
    public IReadOnlyDictionary<AccountId, BigInteger> Health => Book.Accounts.ToDictionary(a => a.Account, a => a.Health);
}

/// <summary>
/// The keeper's perpetual-futures pass, run by <see cref="KeeperEngine"/> after each scan's spot read at the same pinned
/// block: <see cref="PerpBookReader"/> computes every position's account health off chain (funding accrued virtually to
/// the block's time), perpHealthBatch confirms those below 1, <see cref="PerpRound"/> liquidates and deleverages, and the
/// metrics follow the book. Outcomes of its transactions are booked here (positions liquidated / deleveraged).
/// </summary>
internal sealed class PerpKeeper
{
    private const int ConfirmBatch = 500;
    private readonly IWeb3 _web3;
    private readonly DeploymentFile _deployment;
    private readonly KeeperMetrics _metrics;
    private readonly ILogger _logger;
    private readonly PerpBookReader _reader;
    private readonly PerpRound _round;
    private readonly IKeeperStore _store;
    private readonly OffChainMarginReader _spotReader;

    public PerpKeeper(IWeb3 web3, DeploymentFile deployment, KeeperOptions options, IKeeperStore store, IKeeperCoordinator coordinator,
        TransactionManager transactions, KeeperMetrics metrics, KeeperFunds funds, ILogger logger)
    {
        _web3 = web3;
        _deployment = deployment;
        _metrics = metrics;
        _logger = logger;
        _store = store;
        _reader = new PerpBookReader(web3, deployment, store) { PageSize = options.ScanPageSize };
        _spotReader = new OffChainMarginReader(web3, deployment) { PageSize = options.ScanPageSize };
        _round = new PerpRound(deployment, options, store, coordinator, transactions, new PerpSimulator(web3, deployment, transactions.Address), metrics, funds, logger);
    }

    /// <summary>
    /// The book at the spot read's block (every position: deleveraging ranks a whole side), and the spot read extended to
    /// the accounts of other instances' shards that hold positions.
    /// </summary>
    public async Task<(PerpBook Book, OffChainReadResult Spot)> ReadAsync(OffChainReadResult spot, CancellationToken cancellationToken)
    {
        // no open (or not yet re-read) position anywhere: nothing to value, liquidate or deleverage, so the scan spends no
        // RPC call on the perp book (the scan's budget stays 2 + 2 per page, ScaleTests); the perp gauges keep their last values
        if (!_store.PerpPositions().Any(p => p.Size is not { IsZero: true }))
            return (PerpBook.Empty(spot.Market.BlockNumber, spot.Market.Timestamp), spot);

        // every position is valued (deleveraging ranks a whole side); accounts of other instances' shards are read here
        var known = spot.Accounts.Select(a => a.Account).ToHashSet();
        var others = _store.PerpPositions().Select(p => p.Account).Distinct().Where(a => !known.Contains(a)).ToList();
        if (others.Count > 0)
        {
            var extra = await _spotReader.ReadAsync(others, spot.Market.BlockNumber, cancellationToken).ConfigureAwait(false);
            spot = spot with { Accounts = [.. spot.Accounts, .. extra.Accounts] };
        }

        var book = await _reader.ReadAsync(spot, null, cancellationToken).ConfigureAwait(false);
        _metrics.Perps.Observe(book, _deployment.BaseDecimals);
        foreach (var a in book.Unpriced) _logger.LogWarning("positions of {Account} not evaluated at block {Block}: a market has no index price", a, book.Block);
        return (book, spot);
    }

    /// <summary>Confirms the accounts of <paramref name="shard"/> below 1 in <paramref name="book"/> and (unless <paramref name="dryRun"/>) liquidates and deleverages.</summary>
    public async Task<PerpTick> RunAsync(PerpBook book, OffChainReadResult spot, IReadOnlyList<AccountId> shard, BigInteger head, bool dryRun, bool ignoreProfit, CancellationToken cancellationToken)
    {
        if (book.Accounts.Count == 0) return new PerpTick(book, [], 0, 0);
        var mine = shard.ToHashSet();
        var below = book.Accounts.Where(a => mine.Contains(a.Account) && a.Health < WadMath.WAD).ToList();
        var confirmed = await ConfirmAsync(below, book.Block, cancellationToken).ConfigureAwait(false);
        _metrics.Perps.PositionsLiquidatable.Set(confirmed.Count);
        if (dryRun || (confirmed.Count == 0 && book.Markets.All(m => m.State.AdlDeficit.IsZero))) return new PerpTick(book, confirmed, 0, 0);
        var round = await _round.RunAsync(book, confirmed, mine, spot.Market, head, ignoreProfit, cancellationToken).ConfigureAwait(false);
        return new PerpTick(book, confirmed, round.Sent, round.Deleverages);
    }

    /// <summary>The replacement of a pending perp transaction (null: cancel it).</summary>
    public Task<TxRequest?> ReplacementForAsync(SentTx tx) => _round.ReplacementForAsync(tx);

    /// <summary>Books the outcomes of perp transactions (positions liquidated, deleveraged).</summary>
    public void Record(IReadOnlyList<TxOutcome> outcomes)
    {
        foreach (var o in outcomes.Where(o => PerpCalls.IsPerp(o.Tx)))
        {
            if (o.Status != TxOutcomeKind.Won)
            {
                if (o.Tx.Kind == TxKind.Deleverage && o.Status is TxOutcomeKind.Lost or TxOutcomeKind.Failed)
                    _logger.LogWarning("deleveraging {Hash} of {Owner}/{Sub} reverted: {Error}", o.Tx.Hash, o.Tx.Owner, o.Tx.SubId, o.Error?.Message ?? "no revert data");
                continue;
            }

            if (o.Tx.Kind == TxKind.Deleverage)
            {
                _metrics.Perps.PositionsDeleveraged.Inc();
                _logger.LogWarning("deleveraged {Owner}/{Sub} on market {Market} in block {Block} ({Hash})", o.Tx.Owner, o.Tx.SubId, PerpCalls.MarketOf(o.Tx), o.Receipt?.BlockNumber.Value, o.Tx.Hash);
            }
            else
            {
                _metrics.Perps.PositionsLiquidated.Inc();
            }
        }
    }

    /// <summary>perpHealthBatch of <paramref name="accounts"/> at <paramref name="block"/> (healths in order).</summary>
    public async Task<IReadOnlyList<BigInteger>> ChainHealthAsync(IReadOnlyList<AccountId> accounts, BigInteger block, CancellationToken cancellationToken)
    {
        var result = new List<BigInteger>(accounts.Count);
        foreach (var chunk in accounts.Chunk(ConfirmBatch))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = PerpCalls.View(new PerpHealthBatchFunction { Owners = chunk.Select(a => a.Owner).ToList(), SubIds = chunk.Select(a => a.SubId).ToList() });
            var output = await _web3.Eth.GetContractQueryHandler<PerpViewFunction>()
                .QueryDeserializingToObjectAsync<PerpViewOutputDTO>(view, _deployment.MarginVault, new BlockParameter(new HexBigInteger(block))).ConfigureAwait(false);
            result.AddRange(PerpCalls.Decode<PerpHealthBatchOutputDTO>(output.ReturnValue1).Healths);
        }

        return result;
    }

    /// <summary>Those of <paramref name="below"/> that perpHealthBatch also puts below 1, largest shortfall first; a difference is logged and counted.</summary>
    private async Task<List<PerpAccountView>> ConfirmAsync(List<PerpAccountView> below, BigInteger block, CancellationToken cancellationToken)
    {
        if (below.Count == 0) return [];
        var chain = await ChainHealthAsync(below.Select(a => a.Account).ToList(), block, cancellationToken).ConfigureAwait(false);
        var confirmed = new List<PerpAccountView>();
        for (var i = 0; i < below.Count; i++)
        {
            if (chain[i] != below[i].Health)
            {
                _metrics.Perps.HealthMismatches.Inc();
                _logger.LogWarning("unified health of {Account} off chain {Off} but perpHealthBatch says {On} at block {Block}", below[i].Account, new Wad(below[i].Health), new Wad(chain[i]), block);
            }

            if (chain[i] < WadMath.WAD) confirmed.Add(below[i]);
        }

        return confirmed.OrderByDescending(a => a.Shortfall).ThenBy(a => a.Health).ToList();
    }
}
