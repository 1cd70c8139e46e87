using System.Numerics;
using static MarginInsurance.Core.Uint128Math;

namespace MarginInsurance.Core;

/// <summary>
/// One collateral config resolved for the health fast path at a timestamp and base decimals: the add-on in force (§6),
/// the bracket factors of LT and BF (§3) and the value scaling (§2), in 128-bit form. <see cref="IsFast"/> is false when
/// any input is out of the fast range or invalid; the caller then takes the BigInteger path, which throws as before.
/// </summary>
internal sealed class AssetFactors
{
    private static readonly AssetFactors Slow = new();

    private AssetFactors()
    {
    }

    /// <summary>True when every figure below is valid and the fast path may use this config.</summary>
    public bool IsFast { get; private init; }

    /// <summary>Add-on in force at the timestamp, bps, exactly as <see cref="MarginMath.EffectiveAddOn"/> returns it.</summary>
    public BigInteger AddOnBps { get; private init; }

    /// <summary>B1.</summary>
    public UInt128 Break1 { get; private init; }

    /// <summary>B2 (≥ B1).</summary>
    public UInt128 Break2 { get; private init; }

    /// <summary>LT bracket factors f1, f2, f3.</summary>
    public (UInt128 F1, UInt128 F2, UInt128 F3) Liquidation { get; private init; }

    /// <summary>BF bracket factors f1, f2, f3.</summary>
    public (UInt128 F1, UInt128 F2, UInt128 F3) Borrow { get; private init; }

    /// <summary>10^e when <c>e = collateralDecimals + 18 − baseDecimals</c> is in [1, 38]; zero otherwise.</summary>
    public UInt128 ValueDivisor { get; private init; }

    /// <summary>10^−e when e ≤ 0; zero otherwise.</summary>
    public UInt128 ValueMultiplier { get; private init; }

    /// <summary>10^e for e &gt; 0 split into factors of at most 10^19 (each fits in 64 bits), for products above 2^128.</summary>
    public ulong[] ValueDivisorChunks { get; private init; } = [];

    /// <summary>e when it is in [1, 38] (the power of two in 10^e = 2^e · 5^e); zero otherwise.</summary>
    public int ValueShift { get; private init; }

    /// <summary>5^e for e in [1, 38] split into factors of at most 5^27 (each fits in 64 bits); empty otherwise.</summary>
    public ulong[] FiveChunks { get; private init; } = [];

    /// <summary>True when e &gt; 38, so any product below 2^128 &lt; 10^39 values at zero.</summary>
    public bool ValueIsZero { get; private init; }

    /// <summary>Resolves <paramref name="config"/>; never throws for bad input (returns a slow marker instead).</summary>
    public static AssetFactors Create(CollateralConfig config, int baseDecimals, UInt128 timestamp)
    {
        var addOn = config.AddOn ?? AddOnState.None;
        if (config.Decimals is < 0 or > 36 || baseDecimals is < 0 or > 36) return Slow;
        if (!TryToUInt64(config.BorrowFactorBps, out var bf) || !TryToUInt64(config.LiquidationThresholdBps, out var lt)
            || !TryToUInt64(config.TierCut2Bps, out var cut2) || !TryToUInt64(config.TierCut3Bps, out var cut3)
            || !TryToUInt64(addOn.CurrentBps, out var current) || !TryToUInt64(addOn.PendingBps, out var pending)
            || !TryToUInt128(addOn.PendingEffectiveAt, out var effectiveAt)
            || !TryToUInt128(config.TierBreak1, out var b1) || !TryToUInt128(config.TierBreak2, out var b2)
            || b2 < b1)
        {
            return Slow;
        }

        var pendingInForce = effectiveAt != UInt128.Zero && timestamp >= effectiveAt;
        UInt128 a = pendingInForce ? pending : current;
        var e = config.Decimals + 18 - baseDecimals;
        return new AssetFactors
        {
            IsFast = true,
            AddOnBps = pendingInForce ? addOn.PendingBps : addOn.CurrentBps,
            Break1 = b1,
            Break2 = b2,
            Liquidation = Factors(lt, cut2, cut3, a),
            Borrow = Factors(bf, cut2, cut3, a),
            ValueDivisor = e is > 0 and <= 38 ? Pow10(e) : UInt128.Zero,
            ValueMultiplier = e <= 0 ? Pow10(-e) : UInt128.Zero,
            ValueIsZero = e > 38,
            ValueDivisorChunks = Chunks(e, 10, 19),
            ValueShift = e is > 0 and <= 38 ? e : 0,
            FiveChunks = e is > 0 and <= 38 ? Chunks(e, 5, 27) : [],
        };
    }

    /// <summary>
    /// ⌊amount · price · 10^baseDecimals / 10^(decimals + 18)⌋ (§2) when it fits in 128 bits; the product amount · price is
    /// exact in 256 bits. With e = decimals + 18 − baseDecimals ≥ 0 this is ⌊amount · price / 10^e⌋, taken as successive
    /// floor divisions by the factors of 10^e (⌊⌊x / a⌋ / b⌋ = ⌊x / ab⌋); with e &lt; 0 it is amount · price · 10^−e.
    /// </summary>
    public bool TryValue(UInt128 amount, UInt128 priceWad, out UInt128 value)
    {
        value = UInt128.Zero;
        var high = UInt128.BigMul(amount, priceWad, out var product);
        if (ValueShift != 0 && (high >> ValueShift) == UInt128.Zero)
        {
            // ⌊x / 10^e⌋ = ⌊⌊x / 2^e⌋ / 5^e⌋: a shift brings the 256-bit product into 128 bits, then a hardware division
            // per factor of 5^e (two for an 18-decimal token: 5^27 and 5^3, instead of four by 10^19 and 10^11)
            var shifted = (high << (128 - ValueShift)) | (product >> ValueShift);
            foreach (var chunk in FiveChunks) shifted = Uint128Math.DivRem(shifted, chunk).Quotient;
            value = shifted;
            return true;
        }

        if (high != UInt128.Zero)
        {
            if (ValueDivisorChunks.Length == 0) return false;
            // 256-bit steps only while the high half is non-zero, then 128-bit steps (same successive floors)
            var chunks = ValueDivisorChunks;
            var i = 0;
            for (; i < chunks.Length && high != UInt128.Zero; i++) DivideInPlace(ref high, ref product, chunks[i]);
            if (high != UInt128.Zero) return false;
            for (; i < chunks.Length; i++) product = Uint128Math.DivRem(product, chunks[i]).Quotient;
            value = product;
            return true;
        }

        if (ValueIsZero) return true;
        if (ValueDivisor != UInt128.Zero)
        {
            foreach (var chunk in ValueDivisorChunks) product = Uint128Math.DivRem(product, chunk).Quotient;
            value = product;
            return true;
        }

        return TryMultiply(product, ValueMultiplier, out value);
    }

    /// <summary>
    /// ⌊(min(V,B1)·f1 + clamp(V−B1, 0, B2−B1)·f2 + max(V−B2, 0)·f3) / BPS⌋ (§3) when every product and sum fits in 128 bits.
    /// </summary>
    public bool TryTiered(UInt128 value, (UInt128 F1, UInt128 F2, UInt128 F3) f, out UInt128 adjusted)
    {
        adjusted = UInt128.Zero;
        var part1 = UInt128.Min(value, Break1);
        var part2 = value > Break1 ? UInt128.Min(value - Break1, Break2 - Break1) : UInt128.Zero;
        var part3 = value > Break2 ? value - Break2 : UInt128.Zero;
        if (!TryMultiply(part1, f.F1, out var s1) || !TryMultiply(part2, f.F2, out var s2) || !TryMultiply(part3, f.F3, out var s3)
            || !TryAdd(s1, s2, out var s12) || !TryAdd(s12, s3, out var sum))
        {
            return false;
        }

        // BPS is a literal: a 64-bit sum divides by multiplication (the JIT's constant division)
        adjusted = (ulong)(sum >> 64) == 0 ? (ulong)sum / 10_000UL : Uint128Math.DivRem(sum, Bps).Quotient;
        return true;
    }

    /// <summary>⌊(high · 2^128 + low) / divisor⌋ in place, limb by limb (each step divides a 128-bit value below divisor · 2^64).</summary>
    private static void DivideInPlace(ref UInt128 high, ref UInt128 low, ulong divisor)
    {
        ulong remainder = 0;
        var top = (ulong)(high >> 64);
        var q3 = top == 0 ? 0 : Step(top, divisor, ref remainder);
        var q2 = Step((ulong)high, divisor, ref remainder);
        var q1 = Step((ulong)(low >> 64), divisor, ref remainder);
        var q0 = Step((ulong)low, divisor, ref remainder);
        high = new UInt128(q3, q2);
        low = new UInt128(q1, q0);
    }

    private static ulong Step(ulong limb, ulong divisor, ref ulong remainder)
    {
        var (q, r) = DivRemLimb(remainder, limb, divisor);
        remainder = r;
        return q;
    }

    /// <summary>base^e as factors base^k with k ≤ <paramref name="maxExponent"/> (each fits in 64 bits).</summary>
    private static ulong[] Chunks(int e, ulong @base, int maxExponent)
    {
        var chunks = new List<ulong>();
        for (; e > 0; e -= maxExponent)
        {
            var k = Math.Min(e, maxExponent);
            ulong chunk = 1;
            for (var i = 0; i < k; i++) chunk *= @base;
            chunks.Add(chunk);
        }

        return [.. chunks];
    }

    private static (UInt128, UInt128, UInt128) Factors(ulong factor, ulong cut2, ulong cut3, UInt128 addOn)
    {
        UInt128 f = factor;
        return (SubFloor(f, addOn), SubFloor(f, (UInt128)cut2 + addOn), SubFloor(f, (UInt128)cut3 + addOn));
    }
}
