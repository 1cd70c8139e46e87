using System.Globalization;
using System.Numerics;
using MarginInsurance.Core;

namespace MarginInsurance.Sdk.Amounts;

/// <summary>A WAD fixed-point ratio (1e18 = 1.0) such as a margin health or a utilization.</summary>
/// <param name="Raw">The raw WAD value as the contracts return it.</param>
public readonly record struct Wad(BigInteger Raw) : IComparable<Wad>
{
    /// <summary>1e18 (Core's <see cref="WadMath.WAD"/>).</summary>
    public static readonly BigInteger One = WadMath.WAD;

    /// <summary>type(uint256).max, the health of an account without debt.</summary>
    public static readonly BigInteger Infinite = WadMath.MaxUint256;

    /// <summary>Whether this is the "no debt" health (type(uint256).max).</summary>
    public bool IsInfinite => Raw == Infinite;

    /// <summary>The ratio as a double (for display; use <see cref="Raw"/> for decisions).</summary>
    public double ToDouble() => IsInfinite ? double.PositiveInfinity : (double)Raw / 1e18;

    /// <inheritdoc />
    public int CompareTo(Wad other) => Raw.CompareTo(other.Raw);

    /// <summary>The ratio with 4 decimals, or "∞".</summary>
    public override string ToString() => IsInfinite ? "∞" : ToDouble().ToString("0.0000", CultureInfo.InvariantCulture);
}
