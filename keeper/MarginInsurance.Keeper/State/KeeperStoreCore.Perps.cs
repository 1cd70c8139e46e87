using System.Globalization;
using System.Numerics;
using MarginInsurance.Sdk.Accounts;
using static MarginInsurance.Keeper.State.KeeperStoreRows;

namespace MarginInsurance.Keeper.State;

/// <summary>The perp-position queries of the one keeper store (same SQL on SQLite and PostgreSQL).</summary>
public abstract partial class KeeperStoreCore
{
    /// <inheritdoc />
    public void SetPerpPosition(AccountId account, int marketId, BigInteger? size, BigInteger block) =>
        Execute($"""
            INSERT INTO {_perps} (owner, sub_id, market_id, size, first_block, updated_block) VALUES (@o, @s, @m, @z, @b, @b)
            ON CONFLICT (owner, sub_id, market_id) DO UPDATE SET size = @z, updated_block = @b
            """, new { o = Owner(account), s = Sub(account), m = marketId, z = size?.ToString(CultureInfo.InvariantCulture), b = (long)block });

    /// <inheritdoc />
    public IReadOnlyList<StoredPerpPosition> PerpPositions(bool openOnly = true) =>
        Query<(string Owner, string SubId, long MarketId, string? Size)>(
            $"SELECT owner, sub_id, market_id, size FROM {_perps}{(openOnly ? " WHERE size IS NULL OR size <> '0'" : string.Empty)} " +
            $"ORDER BY first_block, owner{_sql.BinaryCollation}, sub_id{_sql.BinaryCollation}, market_id")
            .Select(r => new StoredPerpPosition(ToAccount((r.Owner, r.SubId)), (int)r.MarketId, r.Size is { } z ? BigInteger.Parse(z, CultureInfo.InvariantCulture) : null))
            .ToList();
}
