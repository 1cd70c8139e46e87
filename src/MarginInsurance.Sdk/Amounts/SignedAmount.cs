using System.Numerics;

namespace MarginInsurance.Sdk.Amounts;

/// <summary>
/// A signed amount of one token in its smallest unit (perp cash, PnL, funding): like <see cref="TokenAmount"/> but may be
/// negative. Combining amounts of different decimals throws.
/// </summary>
/// <param name="Raw">Smallest units, signed.</param>
/// <param name="Decimals">The token's decimals.</param>
public readonly record struct SignedAmount(BigInteger Raw, int Decimals)
{
    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => Raw.Sign < 0;

    /// <summary>The magnitude as a <see cref="TokenAmount"/>.</summary>
    public TokenAmount Abs => new(BigInteger.Abs(Raw), Decimals);

    /// <summary>Sum of two amounts of the same decimals.</summary>
    public static SignedAmount operator +(SignedAmount left, SignedAmount right) =>
        left.Decimals == right.Decimals
            ? new(left.Raw + right.Raw, left.Decimals)
            : throw new InvalidOperationException($"cannot add an amount with {left.Decimals} decimals to one with {right.Decimals}; they are different tokens");

    /// <summary>The human decimal with its sign, e.g. "-12.5".</summary>
    public override string ToString() => (IsNegative ? "-" : string.Empty) + Abs;

    /// <summary>For people: "-1,234.56 USDC".</summary>
    public string Format(string symbol, int places = 2) => (IsNegative ? "-" : string.Empty) + Abs.Format(symbol, places);
}
