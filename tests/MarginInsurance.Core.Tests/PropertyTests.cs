using System.Numerics;
using CsCheck;
using MarginInsurance.Core;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Tests;

/// <summary>Property tests of the protocol math (CsCheck).</summary>
public sealed class PropertyTests
{
    private const long Iter = 5000;

    private static readonly Gen<int> Decimals = Gen.Int[0, 2].Select(i => new[] { 6, 8, 18 }[i]);

    /// <summary>Uniform in [lo, hi] from 256 random bits.</summary>
    internal static Gen<BigInteger> Big(BigInteger lo, BigInteger hi) =>
        Gen.Select(Gen.ULong, Gen.ULong, Gen.ULong, Gen.ULong, (a, b, c, d) =>
        {
            var x = ((BigInteger)a << 192) | ((BigInteger)b << 128) | ((BigInteger)c << 64) | d;
            return lo + BigInteger.Remainder(x, hi - lo + 1);
        });

    /// <summary>Amount with a random magnitude: uniform in [0, 10^digits] with digits in [0, maxDigits].</summary>
    internal static Gen<BigInteger> Amount(int maxDigits) => Gen.Int[0, maxDigits].SelectMany(d => Big(0, BigInteger.Pow(10, d)));

    private sealed record Tier(BigInteger F, BigInteger AddOn, BigInteger B1, BigInteger B2, BigInteger Cut2, BigInteger Cut3);

    private static readonly Gen<Tier> GenTier =
        Gen.Select(Big(0, BPS), Big(0, 3000), Amount(13), Amount(13), Big(0, 3000), Big(0, 3000),
            (f, a, b1, b2, c2, c3) => new Tier(f, a, BigInteger.Min(b1, b2), BigInteger.Max(b1, b2), BigInteger.Min(c2, c3), BigInteger.Max(c2, c3)));

    private static BigInteger Adj(BigInteger v, Tier t) => MarginMath.TieredAdjusted(v, t.F, t.AddOn, t.B1, t.B2, t.Cut2, t.Cut3);

    [Fact]
    public void Tiered_value_is_monotone_and_continuous_everywhere_and_at_every_bracket_boundary()
    {
        Gen.Select(GenTier, Amount(15)).Sample((t, v) =>
        {
            foreach (var x in new[] { v, t.B1 - 1, t.B1, t.B2 - 1, t.B2 })
            {
                if (x < 0) continue;
                var a0 = Adj(x, t); var a1 = Adj(x + 1, t);
                Assert.True(a1 >= a0, $"not monotone at {x}: {a0} -> {a1}");
                Assert.True(a1 - a0 <= 1, $"cliff at {x}: {a0} -> {a1}");
            }
        }, iter: Iter);
    }

    [Fact]
    public void Tiered_value_equals_an_independent_marginal_formula()
    {
        Gen.Select(GenTier, Amount(15)).Sample((t, v) =>
        {
            BigInteger Sub(BigInteger a, BigInteger b) => a > b ? a - b : 0;
            var f1 = Sub(t.F, t.AddOn); var f2 = Sub(t.F, t.Cut2 + t.AddOn); var f3 = Sub(t.F, t.Cut3 + t.AddOn);
            var exact = v * f1 - BigInteger.Max(v - t.B1, 0) * (f1 - f2) - BigInteger.Max(v - t.B2, 0) * (f2 - f3);
            Assert.Equal(exact / BPS, Adj(v, t));
            Assert.True(Adj(v, t) <= v * t.F / BPS, "tiers and add-on never raise the factor");
        }, iter: Iter);
    }

    private static readonly CollateralConfig Weth = new(18, 8000, 8500, 500, BigInteger.Pow(10, 12), 5 * BigInteger.Pow(10, 12), 500, 1500, AddOnState.None);
    private static readonly CollateralConfig Wbtc = new(8, 7500, 8000, 700, BigInteger.Pow(10, 12), 5 * BigInteger.Pow(10, 12), 500, 1500, new AddOnState(100, 300, 1_700_000_000));

    private static MarketState Market(BigInteger borrowIndex) => new(
        new MarketIndices(WAD, borrowIndex, BigInteger.Pow(10, 15), BigInteger.Pow(10, 14), 1_700_000_000),
        new RateModelParams(BigInteger.Pow(10, 16), 4 * BigInteger.Pow(10, 16), 75 * BigInteger.Pow(10, 16), 8 * BigInteger.Pow(10, 17)),
        1000, 6);

    [Fact]
    public void Health_is_monotone_in_price_and_collateral_and_utilization_the_other_way()
    {
        var gen = Gen.Select(Amount(22), Big(WAD, 10_000 * WAD), Amount(10), Big(10_000 * WAD, 200_000 * WAD), Amount(13), Amount(20), Gen.Int[0, 2]);
        gen.Sample((ethBal, ethPx, btcBal, btcPx, principal, bump, which) =>
        {
            var ts = (BigInteger)1_700_000_000 + 86_400;
            var market = Market(WAD + 12345);
            CollateralPosition[] Acct(BigInteger eb, BigInteger ep, BigInteger bb, BigInteger bpx) =>
                [new("WETH", Weth, eb, ep), new("WBTC", Wbtc, bb, bpx)];
            var before = AccountMath.Compute(Acct(ethBal, ethPx, btcBal, btcPx), principal, market, ts);
            var after = which switch
            {
                0 => AccountMath.Compute(Acct(ethBal, ethPx + bump, btcBal, btcPx), principal, market, ts),
                1 => AccountMath.Compute(Acct(ethBal + bump, ethPx, btcBal, btcPx), principal, market, ts),
                _ => AccountMath.Compute(Acct(ethBal, ethPx, btcBal + bump, btcPx), principal, market, ts),
            };
            Assert.True(after.Health >= before.Health, $"health fell {before.Health} -> {after.Health}");
            Assert.True(after.Utilization <= before.Utilization, $"utilization rose {before.Utilization} -> {after.Utilization}");
            Assert.Equal(before.Debt, after.Debt);
            Assert.Equal(before.Health < WAD, before.LiquidationCapacity < before.Debt);
        }, iter: Iter);
    }

    [Fact]
    public void Principal_round_trips_never_lose_the_protocol_money()
    {
        Gen.Select(Amount(30), Big(WAD, 50 * WAD), Amount(30)).Sample((x, index, principal) =>
        {
            // every conversion rounds against the user, compared with the exact rational value
            Assert.True(MarginMath.ToDebt(principal, index) * WAD >= principal * index, "debt rounded down");
            Assert.True(MarginMath.ToSupplyBalance(principal, index) * WAD <= principal * index, "supply balance rounded up");
            Assert.True(MarginMath.BorrowPrincipalFor(x, index) * index >= x * WAD, "borrow principal rounded down");
            Assert.True(MarginMath.SupplyPrincipalFor(x, index) * index <= x * WAD, "supply principal rounded up");
            // borrow x: the debt created is at least x
            Assert.True(MarginMath.ToDebt(MarginMath.BorrowPrincipalFor(x, index), index) >= x, "borrow round trip");
            // supply x: the balance credited is at most x
            Assert.True(MarginMath.ToSupplyBalance(MarginMath.SupplyPrincipalFor(x, index), index) <= x, "supply round trip");
            // withdraw x: the principal debited is worth at least x
            Assert.True(MarginMath.WithdrawPrincipalFor(x, index) * index >= x * WAD, "withdraw debits too little");
            // repay x: the remaining debt plus x covers the previous debt
            var debt = MarginMath.ToDebt(principal, index);
            var removed = MarginMath.RepayPrincipalFor(x, principal, index);
            Assert.True(removed <= principal, "repay removed more than the principal");
            if (x >= debt) Assert.Equal(principal, removed);
            else
            {
                Assert.True(MarginMath.ToDebt(principal - removed, index) + x >= debt, "repay forgave debt");
                Assert.True(removed * index <= x * WAD, "repay removed principal worth more than x");
            }
        }, iter: Iter);
    }

    [Fact]
    public void Collateral_value_and_amount_round_down_in_the_protocols_favour()
    {
        Gen.Select(Amount(25), Big(1, BigInteger.Pow(10, 24)), Decimals).Sample((v, px, dec) =>
        {
            var amount = MarginMath.CollateralAmountFor(v, px, dec, 6);
            Assert.True(MarginMath.CollateralValue(amount, px, dec, 6) <= v, "amountFor over-pays");
            Assert.True((amount + 1) * px * BigInteger.Pow(10, 6) > v * BigInteger.Pow(10, dec + 18), "amountFor is not the largest such amount");
        }, iter: Iter);
    }

    [Fact]
    public void Liquidation_seizes_at_most_repay_times_one_plus_bonus_and_at_most_the_balance()
    {
        var gen = Gen.Select(Amount(14), Big(0, WAD - 1), Gen.OneOf(Amount(14), Gen.Const(MaxUint256)), Big(0, 2000), Big(0, BPS),
            Amount(24), Decimals, Big(BigInteger.Pow(10, 15), BigInteger.Pow(10, 24)));
        gen.Sample((debt, health, maxRepay, bonus, share, balance, dec, px) =>
        {
            var r = MarginMath.LiquidationAmounts(debt, health, maxRepay, 5000, 95 * BigInteger.Pow(10, 16), 10_000_000, bonus, share, balance, px, dec, 6);
            Assert.True(r.Seized <= balance, "seized more than the balance");
            Assert.True(r.Repay <= debt && r.Repay <= maxRepay, "repaid more than debt or maxRepay");
            // protocol valuation (§2, floored) of the seized collateral ≤ repay × (1 + bonus)
            Assert.True(MarginMath.CollateralValue(r.Seized, px, dec, 6) * BPS <= r.Repay * (BPS + bonus),
                $"seized {r.Seized} worth more than repay {r.Repay} x (1 + {bonus} bps)");
            // exact (unfloored) value exceeds repay × (1 + bonus) by less than one base unit (only when capped at the balance)
            var exactTimesScale = r.Seized * px * BigInteger.Pow(10, 6) * BPS;            // value × 10^(dec+18) × BPS
            var boundTimesScale = (r.Repay * (BPS + bonus) + BPS) * BigInteger.Pow(10, dec + 18);
            Assert.True(exactTimesScale < boundTimesScale || r.Seized == 0, "seized exceeds repay x (1 + bonus) by a whole base unit");
            if (r.Seized < balance)
                Assert.True(r.Seized * px * BigInteger.Pow(10, 6) * BPS <= r.Repay * (BPS + bonus) * BigInteger.Pow(10, dec + 18),
                    "uncapped seize exceeds repay x (1 + bonus) exactly");
            Assert.True(r.Fee * BPS * BPS >= r.Repay * bonus * share && (r.Fee - 1) * BPS * BPS < r.Repay * bonus * share || r.Fee == 0 && r.Repay * bonus * share == 0,
                "fee is not the ceiling");
            var closeCap = health < 95 * BigInteger.Pow(10, 16) ? debt : debt * 5000 / BPS;
            if (debt - closeCap < 10_000_000) closeCap = debt;
            Assert.True(r.Repay <= closeCap, "repaid beyond the close factor");
        }, iter: Iter);
    }

    [Fact]
    public void Accrual_never_pays_lenders_and_reserves_more_than_borrowers_owe()
    {
        var gen = Gen.Select(Amount(16), Amount(16), Big(WAD, 3 * WAD), Big(WAD, 3 * WAD), Big(0, 20_000_000_000), Big(0, 100_000_000), Big(0, BPS));
        gen.Sample((tsp, tbp, si, bi, r, dt, rf) =>
        {
            var a = MarginMath.Accrue(tsp, tbp, si, bi, r, dt, rf);
            Assert.True(a.BorrowIndex >= bi && a.SupplyIndex >= si);
            var debtGrowth = MarginMath.ToDebt(tbp, a.BorrowIndex) - MarginMath.ToDebt(tbp, bi);
            var supplyGrowth = (a.SupplyIndex - si) * tsp / WAD;
            Assert.True(supplyGrowth + a.ReserveCut <= debtGrowth + 1, $"paid {supplyGrowth}+{a.ReserveCut} > interest {debtGrowth}");
            Assert.True((a.BorrowIndex - bi) * WAD >= bi * r * dt, "borrow index rounded down");
        }, iter: Iter);
    }

    [Fact]
    public void Bad_debt_split_adds_up_and_the_index_drop_covers_the_socialized_loss()
    {
        Gen.Select(Amount(15), Amount(15), Big(0, BPS), Amount(16)).Sample((b, pool, cap, tsp) =>
        {
            var s = MarginMath.BadDebtSplit(b, pool, cap, tsp);
            Assert.Equal(b, s.Cover + s.Socialized);
            Assert.True(s.Cover <= pool * cap / BPS);
            if (tsp > 0) Assert.True(s.SupplyIndexDrop * tsp >= s.Socialized * WAD, "index drop under-charges lenders");
        }, iter: Iter);
    }
}
