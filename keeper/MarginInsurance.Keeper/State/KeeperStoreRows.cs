using System.Globalization;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// The rows both keeper stores (SQLite and PostgreSQL) read and the keys they write, in one place: the column lists that
/// Dapper maps onto <see cref="SentTx"/> / <see cref="MarginCallRecord"/> (by constructor: names and order as the
/// records declare them), and the account key normalization.
/// </summary>
internal static class KeeperStoreRows
{
    /// <summary>The columns of a transaction row, named and ordered as <see cref="TxRow"/>'s constructor.</summary>
    public const string TxColumns =
        "id, sender, nonce, hash, raw, kind, owner, sub_id AS SubId, asset, status, sent_block AS SentBlock, " +
        "max_fee AS MaxFeePerGas, priority_fee AS MaxPriorityFeePerGas, gas_limit AS GasLimit, detail";

    /// <summary>A transaction row as stored (kind and status as their <see cref="TxStoredNames"/> text).</summary>
    public sealed record TxRow(
        long Id, string Sender, long Nonce, string Hash, string Raw, string Kind, string? Owner, string? SubId, string? Asset,
        string Status, long SentBlock, string MaxFeePerGas, string MaxPriorityFeePerGas, long GasLimit, string? Detail)
    {
        /// <summary>The row as the keeper's record; an unknown kind or status is a corrupt state, named.</summary>
        public SentTx ToSentTx() =>
            new(Id, Sender, Nonce, Hash, Raw, TxStoredNames.ParseKind(Kind), Owner, SubId, Asset, TxStoredNames.ParseStatus(Status),
                SentBlock, MaxFeePerGas, MaxPriorityFeePerGas, GasLimit, Detail);
    }

    /// <summary>The columns of a margin-call row, named and ordered as <see cref="MarginCallRecord"/>'s constructor.</summary>
    public const string CallColumns = "id, owner, sub_id AS SubId, reason, health, raised_block AS RaisedBlock, resolved_block AS ResolvedBlock";

    /// <summary>An account row (owner, sub_id).</summary>
    public static AccountId ToAccount((string Owner, string SubId) row) => new(row.Owner, System.Numerics.BigInteger.Parse(row.SubId, CultureInfo.InvariantCulture));

    /// <summary>The stored owner key (lower-case hex).</summary>
    public static string Owner(AccountId a) => a.Owner.ToLowerInvariant();

    /// <summary>The stored sub-account key (decimal text).</summary>
    public static string Sub(AccountId a) => a.SubId.ToString(CultureInfo.InvariantCulture);
}
