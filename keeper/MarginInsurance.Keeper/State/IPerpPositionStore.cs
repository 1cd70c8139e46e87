using System.Numerics;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Keeper.State;

/// <summary>A perpetual position the keeper knows of: account, market and the last size it saw (null: changed by a liquidation, to be re-read).</summary>
/// <param name="Account">The account holding it.</param>
/// <param name="MarketId">The perp market.</param>
/// <param name="Size">Signed size in WAD of the underlying as last indexed, 0 when closed; null when unknown until the next read.</param>
public sealed record StoredPerpPosition(AccountId Account, int MarketId, BigInteger? Size)
{
    /// <summary>Whether the position may be open (non-zero or unknown size).</summary>
    public bool Open => Size is not { IsZero: true };
}

/// <summary>The perpetual positions indexed from the vault's events (SQLite and PostgreSQL, shared like accounts).</summary>
public interface IPerpPositionStore
{
    /// <summary>Inserts or updates a position's size (idempotent: the same event indexed twice writes the same row).</summary>
    void SetPerpPosition(AccountId account, int marketId, BigInteger? size, BigInteger block);

    /// <summary>The known positions (only those that may be open when <paramref name="openOnly"/>), in order of discovery.</summary>
    IReadOnlyList<StoredPerpPosition> PerpPositions(bool openOnly = true);
}
