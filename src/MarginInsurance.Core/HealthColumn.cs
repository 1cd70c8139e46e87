using System.Numerics;

namespace MarginInsurance.Core;

/// <summary>
/// Health of every account of an <see cref="AccountColumns"/> book, as <see cref="HealthCalculator.Health(AccountColumns, bool)"/>
/// computed it: 128-bit values, and the few accounts the exact BigInteger path handled. Each entry equals
/// <see cref="AccountMath.Compute"/>'s health for that account (WAD; 2^256 − 1 without debt).
/// </summary>
public sealed class HealthColumn
{
    /// <summary>
    /// Marks "no debt" (health 2^256 − 1) in the 128-bit column. No 128-bit health takes this value: a computed health is
    /// ⌊L · WAD / D⌋ ≤ L · WAD ≤ 2^128 − 1 with L · WAD a multiple of WAD (even), so it is at most 2^128 − 2.
    /// </summary>
    internal static readonly UInt128 NoDebt = UInt128.MaxValue;

    private readonly UInt128[] _fast;
    private readonly IReadOnlyDictionary<int, BigInteger> _exact;

    internal HealthColumn(UInt128[] fast, IReadOnlyDictionary<int, BigInteger> exact)
    {
        _fast = fast;
        _exact = exact;
    }

    /// <summary>Number of accounts.</summary>
    public int Count => _fast.Length;

    /// <summary>Accounts the exact BigInteger path computed (an operand or an intermediate above 128 bits).</summary>
    public int ExactCount => _exact.Count;

    /// <summary>Health of account <paramref name="index"/>, WAD; 2^256 − 1 without debt.</summary>
    public BigInteger this[int index] =>
        _exact.TryGetValue(index, out var value) ? value : _fast[index] == NoDebt ? WadMath.MaxUint256 : (BigInteger)_fast[index];

    /// <summary>True when account <paramref name="index"/> is liquidatable (health below 1), without building a BigInteger.</summary>
    public bool IsLiquidatable(int index) =>
        _exact.TryGetValue(index, out var value) ? value < WadMath.WAD : _fast[index] < Uint128Math.Wad;
}
