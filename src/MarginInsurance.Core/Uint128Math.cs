using System.Numerics;
using System.Runtime.Intrinsics.X86;

namespace MarginInsurance.Core;

/// <summary>
/// Exact unsigned 128-bit helpers for the health fast path: each either returns the exact result or reports that
/// an operand or the result does not fit, so the caller can fall back to the BigInteger path.
/// </summary>
internal static class Uint128Math
{
    private static readonly BigInteger MaxUInt64 = ulong.MaxValue;

    /// <summary>WAD as a 128-bit value.</summary>
    public static readonly UInt128 Wad = 1_000_000_000_000_000_000UL;

    /// <summary>BPS as a 128-bit value.</summary>
    public static readonly UInt128 Bps = 10_000UL;

    /// <summary>True (with the value) when <paramref name="value"/> lies in [0, 2^128 − 1].</summary>
    public static bool TryToUInt128(BigInteger value, out UInt128 result)
    {
        // bit length, not a BigInteger comparison with 2^128 − 1: the scan converts every balance, price and principal
        if (value.Sign < 0 || value.GetBitLength() > 128)
        {
            result = UInt128.Zero;
            return false;
        }

        result = (UInt128)value;
        return true;
    }

    /// <summary>True (with the value) when <paramref name="value"/> lies in [0, 2^64 − 1].</summary>
    public static bool TryToUInt64(BigInteger value, out ulong result)
    {
        if (value.Sign < 0 || value > MaxUInt64)
        {
            result = 0;
            return false;
        }

        result = (ulong)value;
        return true;
    }

    /// <summary>True (with the exact product) when <c>x · y</c> fits in 128 bits.</summary>
    public static bool TryMultiply(UInt128 x, UInt128 y, out UInt128 product)
    {
        // both operands below 2^64 (the usual case): one hardware 64 × 64 → 128 multiplication, which cannot overflow
        if ((ulong)(x >> 64) == 0 && (ulong)(y >> 64) == 0)
        {
            var high = Math.BigMul((ulong)x, (ulong)y, out var low);
            product = new UInt128(high, low);
            return true;
        }

        return UInt128.BigMul(x, y, out product) == UInt128.Zero;
    }

    /// <summary>True (with the exact sum) when <c>x + y</c> fits in 128 bits.</summary>
    public static bool TryAdd(UInt128 x, UInt128 y, out UInt128 sum)
    {
        sum = x + y;
        return sum >= x;
    }

    /// <summary>⌊x · y / d⌋ when <c>x · y</c> fits in 128 bits (<paramref name="d"/> &gt; 0).</summary>
    public static bool TryMulDivDown(UInt128 x, UInt128 y, UInt128 d, out UInt128 result)
    {
        if (!TryMultiply(x, y, out var p))
        {
            result = UInt128.Zero;
            return false;
        }

        result = DivRem(p, d).Quotient;
        return true;
    }

    /// <summary>
    /// (⌊n / d⌋, n mod d) for 64-bit limbs with <paramref name="high"/> &lt; <paramref name="d"/> (so the quotient fits
    /// in 64 bits): the hardware 128/64 division where available, <see cref="UInt128.DivRem"/> otherwise.
    /// </summary>
    public static (ulong Quotient, ulong Remainder) DivRemLimb(ulong high, ulong low, ulong d)
    {
        if (high == 0) return Math.DivRem(low, d);
#pragma warning disable SYSLIB5004 // X86Base.X64.DivRem is marked for evaluation; its contract (high < d) is checked by callers, and UInt128.DivRem is the fallback.
        if (X86Base.X64.IsSupported) return X86Base.X64.DivRem(low, high, d);
#pragma warning restore SYSLIB5004
        var (q, r) = UInt128.DivRem(new UInt128(high, low), d);
        return ((ulong)q, (ulong)r);
    }

    /// <summary>(⌊n / d⌋, n mod d) for <paramref name="d"/> &gt; 0: long division by 64-bit limbs when d fits in 64 bits.</summary>
    public static (UInt128 Quotient, UInt128 Remainder) DivRem(UInt128 n, UInt128 d)
    {
        if ((ulong)(d >> 64) != 0) return UInt128.DivRem(n, d);
        var divisor = (ulong)d;
        var high = (ulong)(n >> 64);
        if (high < divisor)
        {
            // quotient fits in 64 bits: one hardware division (none of the high limb's)
            var (q, r) = DivRemLimb(high, (ulong)n, divisor);
            return (q, r);
        }

        var (q1, r1) = Math.DivRem(high, divisor);
        var (q0, r0) = DivRemLimb(r1, (ulong)n, divisor);
        return (new UInt128(q1, q0), r0);
    }

    /// <summary>⌈x · y / d⌉ when <c>x · y</c> fits in 128 bits (<paramref name="d"/> &gt; 0).</summary>
    public static bool TryMulDivUp(UInt128 x, UInt128 y, UInt128 d, out UInt128 result)
    {
        if (!TryMultiply(x, y, out var p))
        {
            result = UInt128.Zero;
            return false;
        }

        var (q, r) = DivRem(p, d);
        result = r == UInt128.Zero ? q : q + 1;
        return true;
    }

    /// <summary><c>a &gt; b ? a − b : 0</c>.</summary>
    public static UInt128 SubFloor(UInt128 a, UInt128 b) => a > b ? a - b : UInt128.Zero;

    /// <summary>10^<paramref name="exponent"/> for exponent in [0, 38].</summary>
    public static UInt128 Pow10(int exponent)
    {
        var r = UInt128.One;
        for (var i = 0; i < exponent; i++) r *= 10;
        return r;
    }
}
