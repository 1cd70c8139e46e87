using System.Globalization;
using System.Numerics;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.Model;
using Account = Nethereum.Web3.Accounts.Account;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Util;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Keeper.Chain;

/// <summary>
/// Sends EIP-1559 transactions for one key with nonces that survive restarts: the signed transaction and its hash are
/// stored in SQLite, with the next nonce, BEFORE the broadcast, so a crash between signing and confirming re-broadcasts
/// the same bytes instead of signing a second transaction. Tracks receipts, replaces a transaction not mined after
/// <c>ReplaceAfterBlocks</c> with the same nonce and a bumped fee, and rebroadcasts transactions the node forgot.
/// </summary>
public sealed class TransactionManager
{
    private readonly IWeb3 _web3;
    private readonly EthECKey _key; // parsed once: deriving the public key from the private one costs as much as a signature
    private readonly long _chainId;
    private readonly IKeeperStore _store;
    private readonly KeeperOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _next = -1;
    private long _mined = -1; // the chain's mined nonce at the last track, and the block it was first seen at
    private long _minedSince = long.MinValue;
    private const int SignInParallelFrom = 8;

    /// <summary>
    /// Nethereum signs with libsecp256k1 (NBitcoin.Secp256k1, a dependency of Nethereum.Signer) instead of BouncyCastle:
    /// both are RFC 6979 deterministic with low s, so the signed bytes are the same (SignerTests), about 5× faster — a
    /// crash burst signs hundreds of liquidations before its broadcast.
    /// </summary>
    static TransactionManager() => EthECKey.SignRecoverable = true;

    public TransactionManager(IWeb3 web3, Account account, long chainId, IKeeperStore store, KeeperOptions options, ILogger logger)
    {
        _web3 = web3;
        _key = new EthECKey(account.PrivateKey);
        Address = account.Address;
        _chainId = chainId;
        _store = store;
        _options = options;
        _logger = logger;
    }

    /// <summary>The sending address.</summary>
    public string Address { get; }

    /// <summary>Test hook: called after a transaction is recorded and before it is broadcast (throw to simulate a crash).</summary>
    internal Action<SentTx>? AfterRecord { get; set; }

    /// <summary>Next nonce this manager will use.</summary>
    public long NextNonce => _next;

    /// <summary>
    /// Reconciles the stored nonce with the chain: next = max(stored, chain's latest count); open transactions the node
    /// no longer knows are rebroadcast from their stored bytes.
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var chain = (long)(await _web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(Address, BlockParameter.CreatePending()).ConfigureAwait(false)).Value;
        var stored = _store.NextNonce(Address) ?? 0;
        _next = Math.Max(stored, chain);
        _store.SetNextNonce(Address, _next);
        _logger.LogInformation("nonce for {Sender}: stored {Stored}, chain pending {Chain} → next {Next}", Address, stored, chain, _next);
    }

    /// <summary>Fees for the next block from eth_feeHistory (5 blocks, 50th percentile reward), capped by Keeper:MaxFeePerGasGwei.</summary>
    public async Task<Fees> GetFeesAsync()
    {
        var history = await _web3.Eth.FeeHistory.SendRequestAsync(new HexBigInteger(5), BlockParameter.CreateLatest(), [50m]).ConfigureAwait(false);
        var baseFee = history.BaseFeePerGas is { Length: > 0 } b ? b[^1].Value : BigInteger.Zero;
        var rewards = (history.Reward ?? []).Where(r => r is { Length: > 0 }).Select(r => r[0].Value).Order().ToList();
        var tip = BigInteger.Max(KeeperOptions.Gwei(_options.MinPriorityFeeGwei), rewards.Count > 0 ? rewards[rewards.Count / 2] : BigInteger.Zero);
        var cap = KeeperOptions.Gwei(_options.MaxFeePerGasGwei);
        var maxFee = BigInteger.Min(cap, 2 * baseFee + tip);
        tip = BigInteger.Min(tip, maxFee);
        return new Fees(baseFee, tip, maxFee);
    }

    /// <summary>Signs, records, then broadcasts. Returns the stored transaction, or null when the node rejected it (nonce kept).</summary>
    public async Task<SentTx?> SendAsync(TxRequest request, Fees fees, BigInteger block, CancellationToken cancellationToken) =>
        (await SendBurstAsync([request], fees, block, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>
    /// Sends a burst with consecutive nonces: signs every request, records them all (one store batch, one commit) BEFORE
    /// any broadcast, then broadcasts them in nonce order in JSON-RPC batches. Returns, per request, the stored
    /// transaction or null when the node rejected it. Rejected nonces at the end of the burst are given back; a rejected
    /// nonce inside it is filled by <see cref="TrackAsync"/> (a self-transfer), so later nonces are never stuck.
    /// </summary>
    public async Task<IReadOnlyList<SentTx?>> SendBurstAsync(IReadOnlyList<TxRequest> requests, Fees fees, BigInteger block, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_next < 0) await SyncAsync(cancellationToken).ConfigureAwait(false);
            if (fees.MaxFeePerGas < fees.BaseFee)
            {
                _logger.LogWarning("not sending {Count} {Kind}: base fee {Base} wei is above the cap Keeper:MaxFeePerGasGwei={Cap}", requests.Count, requests[0].Kind.Stored(), fees.BaseFee, _options.MaxFeePerGasGwei);
                return new SentTx?[requests.Count];
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var first = _next;
            var txs = new SentTx[requests.Count];
            Parallel.For(0, txs.Length, new ParallelOptions { MaxDegreeOfParallelism = txs.Length < SignInParallelFrom ? 1 : Environment.ProcessorCount },
                i => txs[i] = Sign(requests[i], first + i, fees, block)); // signatures are CPU only: every core
            var signed = clock.ElapsedMilliseconds;
            _store.InBatch(() =>
            {
                foreach (var tx in txs) _store.RecordSigned(tx, tx.Nonce + 1);
            });
            _next = first + txs.Length;
            var recorded = clock.ElapsedMilliseconds;
            foreach (var tx in txs) AfterRecord?.Invoke(tx);
            var outcomes = await RawBroadcast.SendManyAsync(_web3, txs).ConfigureAwait(false);
            var broadcast = clock.ElapsedMilliseconds;
            _store.InBatch(() =>
            {
                for (var i = 0; i < txs.Length; i++) Broadcasted(txs[i], outcomes[i]);
            });
            _logger.LogDebug("burst of {Count} txs: signed in {Sign} ms, recorded in {Record} ms, broadcast in {Broadcast} ms, statuses in {Status} ms",
                txs.Length, signed, recorded - signed, broadcast - recorded, clock.ElapsedMilliseconds - broadcast);
            var held = txs.Length;
            while (held > 0 && !outcomes[held - 1].Held) held--;
            if (held < txs.Length)
            {
                // Definitely rejected (not a transport fault): the nonces at the end were not used; give them back.
                _next = first + held;
                _store.SetNextNonce(Address, _next);
                await SyncAsync(cancellationToken).ConfigureAwait(false);
            }

            return txs.Select((tx, i) => outcomes[i].Held ? tx : null).ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Checks every open transaction: mined ones are finalised (lost races decoded from the revert), ones the node forgot
    /// are rebroadcast, and ones pending for <c>ReplaceAfterBlocks</c> are replaced by <paramref name="replace"/>'s request
    /// (or a zero-value self-transfer that frees the nonce when it returns null).
    /// </summary>
    public async Task<IReadOnlyList<TxOutcome>> TrackAsync(BigInteger head, Func<SentTx, Task<TxRequest?>> replace, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var open = _store.OpenTxs(Address);
            if (open.Count == 0 && _next <= 0) return [];
            var outcomes = new List<TxOutcome>();
            var mined = (long)(await _web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(Address, BlockParameter.CreateLatest()).ConfigureAwait(false)).Value;
            if (_next > mined && open.Select(t => t.Nonce).Distinct().Count() < _next - mined)
            {
                outcomes.AddRange(await ReopenAboveAsync(mined, head).ConfigureAwait(false));
                open = _store.OpenTxs(Address);
            }

            var groups = open.GroupBy(t => t.Nonce).OrderBy(g => g.Key).ToList();
            outcomes.AddRange(await FinaliseAsync(groups.Where(g => g.Key < mined).Select(g => g.Key).ToList()).ConfigureAwait(false));
            if (mined != _mined) (_mined, _minedSince) = (mined, _mined < 0 ? long.MinValue : (long)head); // first look (a restart): the send block decides
            var pending = groups.Where(g => g.Key >= mined).Select(g => g.OrderBy(t => t.Id).Last()).ToList();
            outcomes.AddRange(await RebroadcastForgottenAsync(pending, mined, head).ConfigureAwait(false));
            // Our own queue is mined in nonce order: while its lowest nonce keeps being mined, later nonces wait on block
            // space, not on their fee. Replacing is for a stalled queue (a crash's thousands of queued liquidations are
            // not re-simulated and re-signed every block).
            var stalled = pending.Count > 0 && pending[0].Nonce == mined && head - Math.Max(pending[0].SentBlock, _minedSince) >= _options.ReplaceAfterBlocks;
            foreach (var latest in pending)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (latest.Status == TxStatus.Signed)
                {
                    _logger.LogWarning("tx {Hash} (nonce {Nonce}) was signed and stored but not broadcast (crash?); broadcasting the stored bytes", latest.Hash, latest.Nonce);
                    if (await BroadcastAsync(latest).ConfigureAwait(false)) outcomes.Add(new TxOutcome(latest, TxOutcomeKind.Rebroadcast, null, null));
                    continue;
                }

                if (stalled && head - latest.SentBlock >= _options.ReplaceAfterBlocks)
                {
                    var known = await _web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(latest.Hash).ConfigureAwait(false);
                    if (known is null)
                    {
                        _logger.LogWarning("tx {Hash} (nonce {Nonce}) unknown to the node (dropped from its mempool); rebroadcasting", latest.Hash, latest.Nonce);
                        if (await BroadcastAsync(latest).ConfigureAwait(false)) outcomes.Add(new TxOutcome(latest, TxOutcomeKind.Rebroadcast, null, null));
                        continue;
                    }

                    var next = await replace(latest).ConfigureAwait(false)
                        ?? new TxRequest(Address, "0x", 21_000, TxKind.Cancel, latest.Owner, latest.SubId, latest.Asset, $"cancels {latest.Hash}");
                    var fees = await GetFeesAsync().ConfigureAwait(false);
                    var bump = 100 + _options.FeeBumpPercent;
                    var prio = BigInteger.Max(fees.MaxPriorityFeePerGas, BigInteger.Parse(latest.MaxPriorityFeePerGas, CultureInfo.InvariantCulture) * bump / 100 + 1);
                    var maxFee = BigInteger.Max(fees.MaxFeePerGas, BigInteger.Parse(latest.MaxFeePerGas, CultureInfo.InvariantCulture) * bump / 100 + 1);
                    var cap = KeeperOptions.Gwei(_options.MaxFeePerGasGwei);
                    if (maxFee > cap)
                    {
                        _logger.LogWarning("tx {Hash} pending {Blocks} blocks but a {Bump}% bump exceeds Keeper:MaxFeePerGasGwei; waiting", latest.Hash, head - latest.SentBlock, _options.FeeBumpPercent);
                        continue;
                    }

                    var replacement = Sign(next, latest.Nonce, new Fees(fees.BaseFee, BigInteger.Min(prio, maxFee), maxFee), head);
                    _store.RecordSigned(replacement, _next);
                    if (await BroadcastAsync(replacement).ConfigureAwait(false))
                    {
                        _store.SetStatus(latest.Hash, TxStatus.Replaced, $"replaced by {replacement.Hash}");
                        _logger.LogInformation("replaced {Old} with {New} (nonce {Nonce}, maxFee {Fee} wei)", latest.Hash, replacement.Hash, latest.Nonce, maxFee);
                        outcomes.Add(new TxOutcome(replacement, TxOutcomeKind.Replacement, null, null));
                    }
                }
            }

            return outcomes;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// A node that forgot transactions (evicted from its pool, restarted) leaves a nonce gap that stops every later one:
    /// when the lowest open nonce, sent before the last block, is unknown to the node, every open transaction above it is
    /// looked up (one JSON-RPC batch) and the forgotten ones are broadcast again from their stored bytes, in nonce order
    /// (one batch) — at once, not after Keeper:ReplaceAfterBlocks.
    /// </summary>
    private async Task<IReadOnlyList<TxOutcome>> RebroadcastForgottenAsync(IReadOnlyList<SentTx> pending, long mined, BigInteger head)
    {
        if (pending.Count == 0 || pending[0] is not { Status: TxStatus.Sent } lowest || lowest.Nonce != mined || head <= lowest.SentBlock) return [];
        if (await _web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(lowest.Hash).ConfigureAwait(false) is not null) return [];
        var sent = pending.Where(t => t.Status == TxStatus.Sent).ToList();
        var known = await RawBroadcast.KnownAsync(_web3, sent.Skip(1).Select(t => t.Hash).ToList()).ConfigureAwait(false);
        var forgotten = sent.Where((t, i) => i == 0 || !known[i - 1]).ToList();
        _logger.LogWarning("the node forgot {Count} of {Open} open txs from nonce {Nonce} (first {Hash}); broadcasting their stored bytes in nonce order",
            forgotten.Count, sent.Count, lowest.Nonce, lowest.Hash);
        var results = await RawBroadcast.SendManyAsync(_web3, forgotten).ConfigureAwait(false);
        var outcomes = new List<TxOutcome>();
        _store.InBatch(() =>
        {
            for (var i = 0; i < forgotten.Count; i++)
            {
                Broadcasted(forgotten[i], results[i]);
                if (results[i].Held) outcomes.Add(new TxOutcome(forgotten[i], TxOutcomeKind.Rebroadcast, null, null));
            }
        });
        return outcomes;
    }

    /// <summary>
    /// The chain's mined nonce fell below our next one with no open transaction covering the gap: a reorganisation removed
    /// the blocks of transactions we had finalised. Each is re-opened and its stored bytes broadcast again (a liquidation
    /// then runs again if the account is still liquidatable, or reverts as a lost race); a nonce with no usable attempt is
    /// filled with a zero-value self-transfer so later nonces are not stuck.
    /// </summary>
    private async Task<IReadOnlyList<TxOutcome>> ReopenAboveAsync(long mined, BigInteger head)
    {
        var outcomes = new List<TxOutcome>();
        for (var nonce = mined; nonce < _next; nonce++)
        {
            var attempts = _store.Attempts(Address, nonce);
            if (attempts.Any(a => a.Status is TxStatus.Signed or TxStatus.Sent)) continue;
            var final = attempts.LastOrDefault(a => a.Status is TxStatus.Won or TxStatus.Lost or TxStatus.Failed);
            if (final is not null)
            {
                _logger.LogWarning("reorganisation: {Kind} tx {Hash} (nonce {Nonce}, was {Status}) is no longer in the chain; re-opening and rebroadcasting it",
                    final.Kind, final.Hash, nonce, final.Status);
                _store.SetStatus(final.Hash, TxStatus.Sent, $"re-opened after a reorganisation (was {final.Status})");
                outcomes.Add(new TxOutcome(final, TxOutcomeKind.Reorged, null, null));
                await BroadcastAsync(final with { Status = TxStatus.Sent }).ConfigureAwait(false);
                continue;
            }

            if (attempts.LastOrDefault(a => a.Status == TxStatus.Dropped && a.Kind != TxKind.Cancel) is { } rejected)
            {
                // rejected at its broadcast (a full pool, a transient refusal) while later nonces were taken: the same bytes
                // again first, so the liquidation keeps its place in the order; a harmless revert if the account is safe by now
                _logger.LogWarning("nonce {Nonce}: {Kind} tx {Hash} was rejected at its broadcast while later nonces were sent; broadcasting it again", nonce, rejected.Kind, rejected.Hash);
                if (await BroadcastAsync(rejected).ConfigureAwait(false))
                {
                    outcomes.Add(new TxOutcome(rejected with { Status = TxStatus.Sent }, TxOutcomeKind.Rebroadcast, null, null));
                    continue;
                }
            }

            _logger.LogWarning("nonce {Nonce} of {Sender} has no usable transaction; filling it with a self-transfer so later nonces are not stuck", nonce, Address);
            var fees = await GetFeesAsync().ConfigureAwait(false);
            var filler = Sign(new TxRequest(Address, "0x", 21_000, TxKind.Cancel, Detail: "fills a nonce gap"), nonce, fees, head);
            _store.RecordSigned(filler, _next);
            await BroadcastAsync(filler).ConfigureAwait(false);
        }

        return outcomes;
    }

    /// <summary>
    /// Finalises the mined <paramref name="nonces"/>: the receipts of all their attempts read together (not one after
    /// another per transaction), the revert of a failed one decoded by replaying it, then every
    /// status written in one store batch.
    /// </summary>
    private async Task<IReadOnlyList<TxOutcome>> FinaliseAsync(IReadOnlyList<long> nonces)
    {
        if (nonces.Count == 0) return [];
        var attempts = nonces.ToDictionary(n => n, n => _store.Attempts(Address, n));
        var receipts = await ReceiptBatch.ReadAsync(_web3, attempts.Values.SelectMany(a => a).Select(a => a.Hash).ToList()).ConfigureAwait(false);
        var mined = new List<(long Nonce, SentTx? Tx, TransactionReceipt? Receipt, MarginProtocolException? Error)>();
        foreach (var nonce in nonces)
        {
            var tx = attempts[nonce].FirstOrDefault(a => receipts.GetValueOrDefault(a.Hash) is not null);
            var receipt = tx is null ? null : receipts[tx.Hash];

            var error = receipt is not null && receipt.Status?.Value != 1 ? await RevertOfAsync(tx!, receipt).ConfigureAwait(false) : null;
            mined.Add((nonce, tx, receipt, error));
        }

        var outcomes = new List<TxOutcome>();
        _store.InBatch(() =>
        {
            foreach (var (nonce, tx, receipt, error) in mined)
            {
                if (Finalise(nonce, attempts[nonce], tx, receipt, error) is { } outcome) outcomes.Add(outcome);
            }
        });
        return outcomes;
    }

    /// <summary>The store writes of one mined nonce (inside the finalising batch); the outcome, or null when another transaction used the nonce.</summary>
    private TxOutcome? Finalise(long nonce, IReadOnlyList<SentTx> attempts, SentTx? minedTx, TransactionReceipt? receipt, MarginProtocolException? error)
    {
        foreach (var attempt in attempts.Where(a => a.Status is TxStatus.Signed or TxStatus.Sent or TxStatus.Replaced && !ReferenceEquals(a, minedTx)))
        {
            if (attempt.Status != TxStatus.Replaced) _store.SetStatus(attempt.Hash, TxStatus.Dropped, minedTx is null ? "nonce used by another transaction" : $"superseded by {minedTx.Hash}");
        }

        if (minedTx is null || receipt is null)
        {
            _logger.LogWarning("nonce {Nonce} of {Sender} was used by a transaction the keeper did not record", nonce, Address);
            return null;
        }

        if (receipt.Status?.Value == 1)
        {
            _store.SetStatus(minedTx.Hash, TxStatus.Won);
            return new TxOutcome(minedTx, TxOutcomeKind.Won, receipt, null);
        }

        var lost = error?.ErrorName is "HealthyAccount" or "NothingToLiquidate" or "InsufficientCollateral" or "NoDeficit";
        _store.SetStatus(minedTx.Hash, lost ? TxStatus.Lost : TxStatus.Failed, error?.Message ?? "reverted");
        return new TxOutcome(minedTx, lost ? TxOutcomeKind.Lost : TxOutcomeKind.Failed, receipt, error);
    }

    /// <summary>Why a mined transaction reverted: the call replayed on the state after its block (HealthyAccount / NothingToLiquidate = lost race).</summary>
    private async Task<MarginProtocolException?> RevertOfAsync(SentTx minedTx, TransactionReceipt receipt)
    {
        try
        {
            if (LiquidationCall.Of(minedTx, Address) is { } fn)
            {
                await _web3.Eth.GetContractQueryHandler<Contracts.MarginVault.ContractDefinition.LiquidateFunction>()
                    .QueryDeserializingToObjectAsync<Contracts.MarginVault.ContractDefinition.LiquidateOutputDTO>(fn, receipt.To, new BlockParameter(receipt.BlockNumber)).ConfigureAwait(false);
            }
            else
            {
                await _web3.Eth.Transactions.Call.SendRequestAsync(
                    new CallInput { Data = DataOf(minedTx), To = ToOf(minedTx) ?? receipt.To, From = Address },
                    new BlockParameter(receipt.BlockNumber)).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            if (ProtocolErrors.Translate(ex) is { } error) return error;
            _logger.LogWarning("could not decode why {Hash} reverted: {Error}", minedTx.Hash, ex.Message);
        }

        return null;
    }

    private static string DataOf(SentTx tx) => TransactionFactory.CreateTransaction(tx.Raw.HexToByteArray()) switch
    {
        Transaction1559 t => t.Data is { Length: > 0 } d ? d.EnsureHexPrefix() : "0x",
        _ => "0x",
    };

    private static string? ToOf(SentTx tx) => TransactionFactory.CreateTransaction(tx.Raw.HexToByteArray()) is Transaction1559 t ? t.ReceiverAddress : null;

    private SentTx Sign(TxRequest request, long nonce, Fees fees, BigInteger block)
    {
        var tx = new Transaction1559(_chainId, nonce, fees.MaxPriorityFeePerGas, fees.MaxFeePerGas, request.GasLimit, request.To, BigInteger.Zero, request.Data, null);
        new Transaction1559Signer().SignTransaction(_key, tx);
        var encoded = tx.GetRLPEncoded();
        var raw = encoded.ToHex(true);
        var hash = Sha3Keccack.Current.CalculateHash(encoded).ToHex(true);
        return new SentTx(0, Address, nonce, hash, raw, request.Kind, request.Owner, request.SubId, request.Asset, TxStatus.Signed, (long)block,
            fees.MaxFeePerGas.ToString(CultureInfo.InvariantCulture), fees.MaxPriorityFeePerGas.ToString(CultureInfo.InvariantCulture), (long)request.GasLimit, request.Detail);
    }

    /// <summary>Broadcasts; true when the node holds it (accepted now or already known), false on a definite rejection.</summary>
    private async Task<bool> BroadcastAsync(SentTx tx)
    {
        var outcome = await RawBroadcast.SendAsync(_web3, tx).ConfigureAwait(false);
        Broadcasted(tx, outcome);
        return outcome.Held;
    }

    /// <summary>Stores what the node made of a broadcast: sent when it holds the transaction, dropped when it rejected it.</summary>
    private void Broadcasted(SentTx tx, BroadcastOutcome outcome)
    {
        if (outcome.Held)
        {
            if (outcome.Error is { } error)
                _logger.LogInformation("node answered {Error} to {Kind} tx {Hash} (nonce {Nonce}) but holds it (an earlier attempt reached it); kept as sent",
                    error, tx.Kind.Stored(), tx.Hash, tx.Nonce);
            _store.SetStatus(tx.Hash, TxStatus.Sent);
            return;
        }

        _logger.LogWarning("node rejected {Kind} tx {Hash} (nonce {Nonce}): {Error}", tx.Kind.Stored(), tx.Hash, tx.Nonce, outcome.Error);
        _store.SetStatus(tx.Hash, TxStatus.Dropped, outcome.Error);
    }
}
