using System.Numerics;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// The keeper's durable state: block progress, known accounts, next nonce per sender, signed transactions (recorded
/// before broadcast), margin calls and counters. <see cref="SqliteKeeperStore"/> is the embedded default for one
/// instance; <see cref="PostgresKeeperStore"/> is shared by several instances (accounts, transactions and margin calls
/// shared; block progress and counters per instance). Implementations are safe to call from several threads.
/// </summary>
public interface IKeeperStore : IPerpPositionStore, IDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Provider { get; }

    /// <summary>Applied schema version.</summary>
    int SchemaVersion { get; }

    /// <summary>Last fully indexed block, or null before the first pass.</summary>
    BigInteger? LastBlock { get; }

    /// <summary>Stores the last fully indexed block.</summary>
    void SetLastBlock(BigInteger block);

    /// <summary>Adds an account (idempotent); returns true when new.</summary>
    bool AddAccount(AccountId account, BigInteger block);

    /// <summary>Every known account, in order of discovery.</summary>
    IReadOnlyList<AccountId> Accounts();

    /// <summary>Next nonce stored for <paramref name="sender"/>.</summary>
    long? NextNonce(string sender);

    /// <summary>Sets the next nonce of <paramref name="sender"/>.</summary>
    void SetNextNonce(string sender, long next);

    /// <summary>Records a signed transaction and advances the sender's nonce (never backwards) in one database transaction, before broadcast.</summary>
    long RecordSigned(SentTx tx, long nextNonce);

    /// <summary>Updates a transaction's status (and detail).</summary>
    void SetStatus(string hash, TxStatus status, string? detail = null);

    /// <summary>Transactions of <paramref name="sender"/> not yet final (signed or sent).</summary>
    IReadOnlyList<SentTx> OpenTxs(string sender);

    /// <summary>Every attempt with <paramref name="nonce"/> of <paramref name="sender"/>.</summary>
    IReadOnlyList<SentTx> Attempts(string sender, long nonce);

    /// <summary>Whether a liquidation of the account is in flight (from any sender sharing this store).</summary>
    bool HasOpenLiquidation(AccountId account);

    /// <summary>All transactions, newest first.</summary>
    IReadOnlyList<SentTx> RecentTxs(int limit = 50);

    /// <summary>Transaction counts by "kind:status".</summary>
    IReadOnlyDictionary<string, long> TxCounts();

    /// <summary>The open margin call of an account, if any.</summary>
    MarginCallRecord? OpenMarginCall(AccountId account);

    /// <summary>Raises a margin call; false if one is already open for the account (one per episode).</summary>
    bool RaiseMarginCall(AccountId account, string reason, string health, BigInteger block);

    /// <summary>Resolves the open margin call of an account; false if none was open.</summary>
    bool ResolveMarginCall(AccountId account, BigInteger block);

    /// <summary>All margin calls (open first, newest first).</summary>
    IReadOnlyList<MarginCallRecord> MarginCalls(bool openOnly = false);

    /// <summary>Adds <paramref name="delta"/> to a persistent counter; returns the new value.</summary>
    BigInteger AddCounter(string name, BigInteger delta);

    /// <summary>A persistent counter's value (0 if never set).</summary>
    BigInteger Counter(string name);

    /// <summary>
    /// Runs <paramref name="work"/> (synchronous store calls only) as one database transaction where the store can — one
    /// commit for a burst of records instead of one per row; all or nothing. By default each call commits on its own.
    /// </summary>
    void InBatch(Action work) => work();
}
