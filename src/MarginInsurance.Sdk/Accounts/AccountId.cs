using System.Numerics;
using Nethereum.Util;

namespace MarginInsurance.Sdk.Accounts;

/// <summary>
/// A margin account: an owner and a sub-account id. Sub-account 0 is cross margin (every collateral
/// backs one debt); 1 and above are isolated (one collateral, ring-fenced).
/// </summary>
public sealed record AccountId
{
    /// <summary>Creates an account id; the owner must be a valid address (checksummed if mixed case).</summary>
    public AccountId(string owner, BigInteger subId)
    {
        Owner = Address.Require(owner, nameof(owner));
        if (subId.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(subId), subId, "a sub-account id cannot be negative");
        }

        SubId = subId;
    }

    /// <summary>The owner's checksummed address.</summary>
    public string Owner { get; }

    /// <summary>The sub-account id.</summary>
    public BigInteger SubId { get; }

    /// <summary>Whether this is the cross-margin account (sub-account 0).</summary>
    public bool IsCross => SubId.IsZero;

    /// <summary>The owner's cross-margin account.</summary>
    public static AccountId Cross(string owner) => new(owner, BigInteger.Zero);

    /// <summary>An isolated account of the owner (sub-account ≥ 1).</summary>
    public static AccountId Isolated(string owner, BigInteger subId) =>
        subId.Sign > 0 ? new(owner, subId) : throw new ArgumentOutOfRangeException(nameof(subId), subId, "isolated sub-accounts are numbered from 1");

    /// <inheritdoc />
    public override string ToString() => $"{Owner}/{SubId}{(IsCross ? " (cross)" : " (isolated)")}";
}
