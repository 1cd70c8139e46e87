using System.Numerics;
using MarginInsurance.Core.Perpetuals;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Tests.Perpetuals;

/// <summary>
/// The worked examples E10–E15 of docs/protocol.md ("Perpetuals — worked examples") chained end to end through
/// <see cref="MarginMath"/> and <see cref="PerpMath"/>: the sums the document forms between function calls (numerators,
/// requirements, cash after a liquidation, the deficit, the ADL ranking) give the document's figures.
/// </summary>
public sealed class PerpWorkedExampleTests
{
    private static BigInteger E(int n) => BigInteger.Pow(10, n);
    private static readonly BigInteger PEth = 2000 * WAD;
    private static readonly BigInteger PBtc = BigInteger.Parse("61234567890000000000000");
    private static readonly BigInteger N1 = E(12), N2 = 5 * E(12);

    private static BigInteger Req(BigInteger notional, BigInteger fraction, BigInteger level) =>
        PerpMath.MarginRequirement(notional, fraction, 0, N1, N2, 500, 1500, level);

    [Fact]
    public void E10_cross_account_health_and_initial_health()
    {
        var weth = MarginMath.CollateralValue(10 * WAD, PEth, 18, 6);
        var l = MarginMath.TieredAdjusted(weth, 8500, 0, N1, N2, 500, 1500);
        var c = MarginMath.TieredAdjusted(weth, 8000, 0, N1, N2, 500, 1500);
        var d = MarginMath.ToDebt(6 * E(9), WAD);
        var level = PerpMath.MarginLevel(8 * E(17));
        BigInteger cash = 1_234_567_890;

        var ethPnl = PerpMath.UnrealizedPnl(75 * E(17), 14_250_000_001, PEth, 6) - PerpMath.FundingOwed(75 * E(17), BigInteger.Parse("360000000000000001"), 0, 6);
        var btcPnl = PerpMath.UnrealizedPnl(-25 * E(16), -15_500_000_000, PBtc, 6) - PerpMath.FundingOwed(-25 * E(16), BigInteger.Parse("-1200000000000000003"), 0, 6);
        var weighted = PerpMath.WeightedPnl(ethPnl, 5000) + PerpMath.WeightedPnl(btcPnl, 4000);
        var nEth = PerpMath.Notional(75 * E(17), PEth, 6);
        var nBtc = PerpMath.Notional(25 * E(16), PBtc, 6);
        var mm = Req(nEth, 500, level) + Req(nBtc, 250, level);
        var im = Req(nEth, 1000, level) + Req(nBtc, 500, level);

        Assert.Equal(18_684_641_099, l + cash + weighted);
        Assert.Equal(17_684_641_099, c + cash + weighted);
        Assert.Equal(906_172_840, mm);
        Assert.Equal(1_812_345_679, im);
        Assert.Equal(BigInteger.Parse("2705498621578083759"), PerpMath.UnifiedHealth(l + cash + weighted, d, mm));
        Assert.Equal(BigInteger.Parse("2263678775318052589"), PerpMath.UnifiedHealth(c + cash + weighted, d, im));
    }

    /// <summary>E11's isolated account after the open: cash, size, basis.</summary>
    private static (BigInteger Cash, BigInteger Size, BigInteger Basis) E11Open()
    {
        var fee = PerpMath.TradeFee(10 * WAD, 250 * WAD, PEth, 6, 5, E(24));
        return (3_000_000_000 - fee, 10 * WAD, PerpMath.CostBasisDelta(10 * WAD, PEth, 6));
    }

    private static BigInteger Numerator(BigInteger cash, BigInteger s, BigInteger c, BigInteger p) =>
        cash + PerpMath.WeightedPnl(PerpMath.UnrealizedPnl(s, c, p, 6), 5000);

    private static BigInteger Health(BigInteger cash, BigInteger s, BigInteger c, BigInteger p) =>
        PerpMath.UnifiedHealth(Numerator(cash, s, c, p), 0, Req(PerpMath.Notional(s, p, 6), 500, PerpMath.MarginLevel(0)));

    [Fact]
    public void E11_isolated_position_is_margined_by_its_own_cash_only()
    {
        var (cash, s, c) = E11Open();
        Assert.Equal(2_984_900_000, cash);
        var num = Numerator(cash, s, c, 1900 * WAD);
        Assert.Equal(1_984_900_000, num);
        Assert.Equal(BigInteger.Parse("2089368421052631578"), Health(cash, s, c, 1900 * WAD));
        Assert.Equal(BigInteger.Parse("1044684210526315789"),
            PerpMath.UnifiedHealth(num, 0, Req(PerpMath.Notional(s, 1900 * WAD, 6), 1000, WAD)));
    }

    [Fact]
    public void E13_partial_liquidation_raises_health()
    {
        var (cash, s, c) = E11Open();
        var p = 1790 * WAD;
        var before = Health(cash, s, c, p);
        Assert.Equal(BigInteger.Parse("988715083798882681"), before);
        var q = PerpMath.PositionCloseSize(s, MaxUint256, before, 5000, 95 * E(16), 10 * E(6), p, 6);
        var (pnl, released) = PerpMath.RealizedPnl(s, c, q, p, 6);
        var penalty = PerpMath.LiquidationPenalty(PerpMath.Notional(q, p, 6), 100, 1000);
        Assert.Equal(new LiquidationPenaltyResult(89_500_000, 80_550_000, 8_950_000), penalty);
        var cashAfter = cash + pnl - penalty.Penalty;
        Assert.Equal(1_845_400_000, cashAfter);
        var after = Health(cashAfter, s - q, c - released, p);
        Assert.Equal(BigInteger.Parse("1777430167597765363"), after);
        Assert.True(after > before);
    }

    [Fact]
    public void E11_liquidation_price_is_where_health_crosses_one()
    {
        var (cash, s, c) = E11Open();
        var lp = PerpMath.LiquidationPrice(s, c, 0, cash, 0, 500, WAD, 6);
        Assert.Equal(BigInteger.Parse("1791063157894736842106"), lp);
        Assert.True(Health(cash, s, c, lp + E(14)) >= WAD); // 0.0001 USDC per ETH above: 0.001 USDC of margin
        Assert.True(Health(cash, s, c, lp - E(14)) < WAD);
        Assert.True(Health(cash, s, c, 1790 * WAD) < WAD); // E13 liquidates at 1,790
    }

    /// <summary>E14: the deficit left by the full liquidation at 1,680.</summary>
    private static BigInteger E14Deficit()
    {
        var (cash, s, c) = E11Open();
        var p = 1680 * WAD;
        var h = Health(cash, s, c, p);
        Assert.Equal(0, h);
        var q = PerpMath.PositionCloseSize(s, MaxUint256, h, 5000, 95 * E(16), 10 * E(6), p, 6);
        Assert.Equal(s, q);
        var (pnl, _) = PerpMath.RealizedPnl(s, c, q, p, 6);
        // §13.7: the penalty is capped at the equity the close leaves (cash + pnl; nothing else is left)
        var penalty = PerpMath.CappedLiquidationPenalty(PerpMath.Notional(q, p, 6), 100, 1000, cash + pnl);
        Assert.Equal(new LiquidationPenaltyResult(0, 0, 0), penalty);
        var cashAfter = cash + pnl - penalty.Penalty;
        return -cashAfter;
    }

    [Fact]
    public void E14_negative_equity_is_covered_by_the_insurance_pool()
    {
        var deficit = E14Deficit();
        Assert.Equal(215_100_000, deficit);
        var split = MarginMath.BadDebtSplit(deficit, 5_000_000 * E(6), 3000, 0); // cover = min(δ, maxCover), §8's cap
        Assert.Equal(215_100_000, split.Cover);
        Assert.Equal(0, split.Socialized);
    }

    [Fact]
    public void E15_auto_deleveraging_ranks_leverage_times_profit_and_absorbs_the_rest()
    {
        var rest = MarginMath.BadDebtSplit(E14Deficit(), 400 * E(6), 3000, 0).Socialized; // what insurance cannot cover
        Assert.Equal(95_100_000, rest);
        var p = 1680 * WAD;
        BigInteger Score(BigInteger s, BigInteger c, BigInteger cash)
        {
            var pnl = PerpMath.UnrealizedPnl(s, c, p, 6);
            return PerpMath.AdlScore(pnl, PerpMath.Notional(BigInteger.Abs(s), p, 6), Numerator(cash, s, c, p));
        }
        var dave = Score(-4 * WAD, -8_000_000_000, 500_000_000);
        var erin = Score(-10 * WAD, -19_000_000_000, 8_000_000_000);
        var frank = Score(-WAD, -1_700_000_000, 50_000_000);
        Assert.Equal([7_545_263_157, 4_061_538_461, 560_000_000], new[] { dave, erin, frank });
        var (pnlDave, _) = PerpMath.RealizedPnl(-4 * WAD, -8_000_000_000, -4 * WAD, p, 6);
        var haircut = BigInteger.Min(rest, pnlDave);
        Assert.Equal(1_184_900_000, pnlDave - haircut);
    }
}
