using System.Data.Common;
using System.Globalization;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Keeper.State;

/// <summary>
/// The rows both keeper stores (SQLite and PostgreSQL) read and the keys they write, in one place: the column lists,
/// the mapping of a row to <see cref="SentTx"/> / <see cref="MarginCallRecord"/>, and the account key normalization.
/// Each store keeps only its dialect (SQL text, parameters, migrations, connection handling).
/// </summary>
internal static class KeeperStoreRows
{
    /// <summary>The columns of a transaction row, in the order <see cref="ReadTx"/> reads them.</summary>
    public const string TxColumns = "id, sender, nonce, hash, raw, kind, owner, sub_id, asset, status, sent_block, max_fee, priority_fee, gas_limit, detail";

    /// <summary>The columns of a margin-call row, in the order <see cref="ReadCall"/> reads them.</summary>
    public const string CallColumns = "id, owner, sub_id, reason, health, raised_block, resolved_block";

    /// <summary>A transaction row whose <see cref="TxColumns"/> start at column <paramref name="o"/>.</summary>
    public static SentTx ReadTx(DbDataReader r, int o) =>
        new(r.GetInt64(o), r.GetString(o + 1), r.GetInt64(o + 2), r.GetString(o + 3), r.GetString(o + 4), TxStoredNames.ParseKind(r.GetString(o + 5)),
            NullableString(r, o + 6), NullableString(r, o + 7), NullableString(r, o + 8),
            TxStoredNames.ParseStatus(r.GetString(o + 9)), r.GetInt64(o + 10), r.GetString(o + 11), r.GetString(o + 12), r.GetInt64(o + 13), NullableString(r, o + 14));

    /// <summary>A margin-call row read with <see cref="CallColumns"/>.</summary>
    public static MarginCallRecord ReadCall(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5), r.IsDBNull(6) ? null : r.GetInt64(6));

    /// <summary>An account row (owner, sub_id).</summary>
    public static AccountId ReadAccount(DbDataReader r) => new(r.GetString(0), System.Numerics.BigInteger.Parse(r.GetString(1), CultureInfo.InvariantCulture));

    /// <summary>The stored owner key (lower-case hex).</summary>
    public static string Owner(AccountId a) => a.Owner.ToLowerInvariant();

    /// <summary>The stored sub-account key (decimal text).</summary>
    public static string Sub(AccountId a) => a.SubId.ToString(CultureInfo.InvariantCulture);

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
