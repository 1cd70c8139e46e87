using System.Numerics;
using System.Reflection;
using CsCheck;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.SpecModel;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Tests.Perpetuals;

/// <summary>
/// Property tests of <see cref="PerpMath"/> (CsCheck): agreement with the independent §13 transcription of the
/// SpecModel on random arguments, the rounding directions of §13.11 as inequalities, and the health effect of a
/// position liquidation (§13.7).
/// </summary>
public sealed class PerpPropertyTests
{
    private const long Iter = 3000;
    private static BigInteger E(int n) => BigInteger.Pow(10, n);
    private static Gen<BigInteger> Big(BigInteger lo, BigInteger hi) => PropertyTests.Big(lo, hi);

    /// <summary>Signed, with a random magnitude up to 10^maxDigits.</summary>
    private static Gen<BigInteger> Signed(int maxDigits) =>
        Gen.Select(PropertyTests.Amount(maxDigits), Gen.Bool, (m, neg) => neg ? -m : m);

    /// <summary>A generator per argument name of the §13 functions (the JSON keys of tests/vectors/perps).</summary>
    private static Gen<BigInteger> ArgGen(string name) => name switch
    {
        "size" or "sizeDelta" or "closeSize" or "skew" => Signed(26),
        "costBasis" or "pnl" or "numerator" or "equityAfterClose" or "fundingOwedNow" or "otherNumerator"
            or "numeratorBefore" or "numeratorAfterClose" => Signed(16),
        "requirementBefore" => Big(1, E(15)),
        "debtAfterClose" or "requirementAfterClose" => PropertyTests.Amount(15),
        "fundingIndex" or "entryFundingIndex" => Signed(24),
        "rate" => Signed(12),
        "absSize" or "maxCloseSize" => PropertyTests.Amount(26),
        "priceWad" => Big(1, E(24)),
        "baseDecimals" => Gen.Int[0, 2].Select(i => (BigInteger)new[] { 6, 8, 18 }[i]),
        "skewScale" => Big(1, E(27)),
        "maxFundingRatePerSecond" => Big(0, 317_097_919_837),
        "dt" => Big(0, 400 * 86_400),
        "takerFeeBps" => Big(0, 100),
        "fractionBps" or "addOnBps" or "step2Bps" or "step3Bps" or "pnlWeightBps" or "penaltyBps" or "protocolShareBps" or "closeFactorBps" => Big(0, BPS),
        "notionalValue" or "closedNotional" or "debt" or "requirement" or "otherRequirement" or "notionalBreak1" or "notionalBreak2" or "dustThreshold" => PropertyTests.Amount(15),
        "levelWad" or "storedLevelWad" => Big(0, 2 * E(18)),
        "healthWad" or "deepHealthThresholdWad" => Big(0, 2 * E(18)),
        _ => throw new InvalidOperationException($"no generator for argument '{name}'"),
    };

    public static TheoryData<string> PerpFunctions() => new(SpecFunctions.Perps.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(PerpFunctions))]
    public void PerpMath_agrees_with_the_spec_model_on_random_arguments(string function)
    {
        var fn = SpecFunctions.Perps.Single(f => f.Name == function);
        var method = typeof(PerpMath).GetMethod(char.ToUpperInvariant(function[0]) + function[1..], BindingFlags.Public | BindingFlags.Static)!;
        var spec = new SpecMath();
        fn.Args.Select(ArgGen).Aggregate(Gen.Const(Array.Empty<BigInteger>()), (acc, g) => Gen.Select(acc, g, (a, x) => a.Append(x).ToArray()))
            .Sample(args =>
        {
            BigInteger[]? expected;
            try { expected = fn.Eval(spec, args); } catch (SpecRevert) { expected = null; }
            var call = method.GetParameters().Select((p, i) => p.ParameterType == typeof(int) ? (object)(int)args[i] : (object)args[i]).ToArray();
            object? result;
            try { result = method.Invoke(null, call); }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentOutOfRangeException or OverflowException)
            {
                // the model has no 256-bit bounds: PerpMath may refuse where Solidity's checked arithmetic reverts
                Assert.True(expected is null || e.InnerException is OverflowException,
                    $"{function}({string.Join(", ", args)}) refused ({e.InnerException!.Message}) but the model gives {string.Join(", ", expected ?? [])}");
                return;
            }
            Assert.True(expected is not null, $"{function}({string.Join(", ", args)}) returned but the model reverts");
            var got = result is BigInteger b ? [b] : result!.GetType().GetProperties().Select(p => (BigInteger)p.GetValue(result)!).ToArray();
            Assert.Equal(expected, got);
        }, iter: Iter);
    }

    [Fact]
    public void Value_and_basis_bracket_the_exact_product_and_a_round_trip_never_profits()
    {
        Gen.Select(Signed(26), Big(1, E(24)), Gen.Int[0, 2].Select(i => new[] { 6, 8, 18 }[i])).Sample((s, p, d) =>
        {
            var exactTimesScale = s * p * BigInteger.Pow(10, d);
            var value = PerpMath.PositionValue(s, p, d);
            var basis = PerpMath.CostBasisDelta(s, p, d);
            Assert.True(value * PerpMath.SizePriceScale <= exactTimesScale && exactTimesScale <= basis * PerpMath.SizePriceScale);
            Assert.True(basis - value <= 1);
            Assert.Equal(PerpMath.Notional(BigInteger.Abs(s), p, d), -PerpMath.PositionValue(-BigInteger.Abs(s), p, d));
            if (!s.IsZero) Assert.True(PerpMath.RealizedPnl(s, basis, s, p, d).Pnl <= 0, "open and close at one price must not profit");
        }, iter: Iter);
    }

    [Fact]
    public void Funding_between_a_long_and_an_equal_short_leaves_the_vault_zero_or_one_unit()
    {
        Gen.Select(PropertyTests.Amount(26), Signed(24), Signed(24), Gen.Int[0, 2].Select(i => new[] { 6, 8, 18 }[i])).Sample((s, f, fe, d) =>
        {
            var net = PerpMath.FundingOwed(s, f, fe, d) + PerpMath.FundingOwed(-s, f, fe, d);
            Assert.True(net == 0 || net == 1, $"long and short net {net}");
        }, iter: Iter);
    }

    [Fact]
    public void Margin_requirement_is_monotone_without_cliffs_in_the_notional()
    {
        Gen.Select(PropertyTests.Amount(14), Big(1, 2000), Big(0, 1000), PropertyTests.Amount(13), PropertyTests.Amount(13), Big(WAD / 2, 2 * WAD))
            .Sample((n, f, addOn, b1, b2, level) =>
            {
                BigInteger N1 = BigInteger.Min(b1, b2), N2 = BigInteger.Max(b1, b2);
                foreach (var x in new[] { n, N1, N2 })
                {
                    var m0 = PerpMath.MarginRequirement(x, f, addOn, N1, N2, 500, 1500, level);
                    var m1 = PerpMath.MarginRequirement(x + 1, f, addOn, N1, N2, 500, 1500, level);
                    Assert.True(m0 <= m1 && m1 - m0 <= 3, $"cliff at {x}: {m0} -> {m1}");
                }
            }, iter: Iter);
    }

    /// <summary>
    /// Health of an isolated account (no collateral, no debt) with one position after closing <paramref name="q"/> of it
    /// at p with the penalty of §13.7, funding settled. Returns (before, after).
    /// </summary>
    private static (BigInteger Before, BigInteger After) LiquidateIsolated(BigInteger cash, BigInteger s, BigInteger c, BigInteger p,
        BigInteger q, BigInteger mmf, BigInteger penaltyBps, BigInteger level)
    {
        BigInteger Health(BigInteger cashNow, BigInteger size, BigInteger basis)
        {
            var n = PerpMath.Notional(size, p, 6);
            var num = cashNow + PerpMath.WeightedPnl(PerpMath.UnrealizedPnl(size, basis, p, 6), 5000);
            return PerpMath.UnifiedHealth(num, 0, PerpMath.MarginRequirement(n, mmf, 0, E(15), E(15), 0, 0, level));
        }
        var before = Health(cash, s, c);
        var (pnl, released) = PerpMath.RealizedPnl(s, c, q, p, 6);
        var penalty = PerpMath.LiquidationPenalty(PerpMath.Notional(q, p, 6), penaltyBps, 1000).Penalty;
        return (before, s == q ? before : Health(cash + pnl - penalty, s - q, c - released));
    }

    [Fact]
    public void A_partial_liquidation_in_the_close_factor_zone_can_lower_health_under_the_listing_check_of_13_7()
    {
        // mmf 250 at level 0.5 (effective 125 bps) and penalty 120 bps pass `penaltyBps × WAD < mmf × MIN_MARGIN_LEVEL`
        // (120e18 < 125e18). Long 20 ETH entered at 2,000 (basis 40,000 USDC), index 1,600: notional 32,000 USDC,
        // MM = ⌈32,000e6 × 250 × 0.5e18 / 10^22⌉ = 400,000,000; loss 8,000 USDC; cash 8,382,000,000 →
        // numerator 382,000,000, health ⌊382e6 × 1e18 / 400e6⌋ = 0.955e18 (≥ 0.95: half is closed).
        // Closing 10 ETH: realized −4,000,000,000, penalty ⌈16,000e6 × 120 / 10^4⌉ = 192,000,000 → cash 4,190,000,000;
        // rest: loss 4,000,000,000, numerator 190,000,000, MM 200,000,000 → health 0.95e18 < 0.955e18.
        var (before, after) = LiquidateIsolated(8_382_000_000, 20 * WAD, 40_000_000_000, 1600 * WAD, 10 * WAD, 250, 120, WAD / 2);
        Assert.Equal(955 * E(15), before);
        Assert.Equal(PerpMath.PositionCloseSize(20 * WAD, MaxUint256, before, 5000, 95 * E(16), 10 * E(6), 1600 * WAD, 6), 10 * WAD);
        Assert.Equal(95 * E(16), after);
        Assert.True(after < before, "the spec's check admits a close-factor liquidation that lowers health");
    }

    [Fact]
    public void A_close_factor_liquidation_never_lowers_health_when_the_penalty_ratio_is_below_the_deep_threshold()
    {
        // penalty × WAD² < mmf × level × deep (the analogue of §7's ltBonusWad < deepHealthThresholdWad)
        BigInteger deep = 95 * E(16);
        int checkedCases = 0;
        // accounts built inside the zone: cash chosen so that numerator ≈ h × MM for a random h in [deep, 1)
        Gen.Select(Big(E(15), E(23)), Big(E(20), 4 * E(21)), Big(E(20), 4 * E(21)), Big(100, 1000), Big(WAD / 2, 2 * WAD), Big(0, 500), Big(deep, WAD - 1))
            .Sample((size, entry, price, mmf, level, penalty, h) =>
            {
                if (penalty * WAD * WAD >= mmf * level * deep) return;
                var c = PerpMath.CostBasisDelta(size, entry, 6);
                var mm = PerpMath.MarginRequirement(PerpMath.Notional(size, price, 6), mmf, 0, E(15), E(15), 0, 0, level);
                var cash = MulDivUp(h, mm, WAD) - PerpMath.WeightedPnl(PerpMath.UnrealizedPnl(size, c, price, 6), 5000);
                var (before, _) = LiquidateIsolated(cash, size, c, price, size, mmf, penalty, level);
                if (before >= WAD || before < deep) return;
                var q = PerpMath.PositionCloseSize(size, MaxUint256, before, 5000, deep, 10 * E(6), price, 6);
                if (q.IsZero) return;
                var (_, after) = LiquidateIsolated(cash, size, c, price, q, mmf, penalty, level);
                // up to the floors of the formulas: a few units of health (WAD) per base unit of rounding
                Assert.True(after + E(9) >= before, $"health fell {before} -> {after}");
                Interlocked.Increment(ref checkedCases);
            }, iter: Iter);
        Assert.True(checkedCases >= Iter / 4, $"only {checkedCases} accounts landed in the close-factor zone");
    }

    [Fact]
    public void A_penalty_within_penaltyCap_never_lowers_health_nor_creates_negative_equity()
    {
        // §13.7: penalty ≤ penaltyCap ⇒ ⌊(N' − penalty) × WAD / R'⌋ ≥ ⌊N × WAD / R⌋ and N' − penalty ≥ D'
        Gen.Select(Big(1, E(15)), Big(1, E(15)), Signed(15), Big(0, E(14)), Big(0, E(15)), Big(0, E(16)))
            .Sample((n, r, nClose, debtAfter, mmAfter, notional) =>
            {
                var rAfter = debtAfter + mmAfter;
                var cap = PerpMath.PenaltyCap(n, r, nClose, debtAfter, rAfter);
                var penalty = PerpMath.CappedLiquidationPenalty(notional, 100, 1000, cap).Penalty;
                if (penalty.IsZero) return;
                Assert.True(nClose - penalty >= debtAfter, "negative equity created");
                if (rAfter.IsZero) return;
                Assert.True(PerpMath.UnifiedHealth(nClose - penalty, debtAfter, mmAfter) >= PerpMath.UnifiedHealth(n, 0, r), "health fell");
            }, iter: Iter);
    }
}
