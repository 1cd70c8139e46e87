using System.Numerics;
using MarginInsurance.Core.Perpetuals;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Tests.Perpetuals;

/// <summary>
/// <see cref="PerpAccountMath"/> (§13.6 composed for a whole account) against the figures of docs/protocol.md §13.14,
/// worked by hand there: E17 (funding accrual), E18 (cross account with collateral, debt and a position), E19 (isolated).
/// </summary>
public sealed class PerpAccountMathTests
{
    private static BigInteger E(int n) => BigInteger.Pow(10, n);

    // §13.14 common values: imf 1000, mmf 500, pnlWeight 8000, N1 1,000,000e6, N2 5,000,000e6, steps 500/1500,
    // skewScale 1,000,000e18, maxFundingRatePerSecond 1e11.
    private static PerpMarketInputs Eth(BigInteger longOi, BigInteger lastFundingTime) =>
        new(1000, 500, 8000, E(12), 5 * E(12), 500, 1500, E(24), E(11), longOi, 0, 0, lastFundingTime, false, 0);

    [Fact]
    public void E17_funding_accrues_virtually_and_counts_after_the_haircut()
    {
        // Long 10 ETH from 2,000 (c = 20,000e6), one hour later at 2,100: funding owed 76, PnL 1,000e6.
        var m = PerpAccountMath.Position(new PerpPositionInputs(10 * WAD, 20_000 * E(6), 0), Eth(10 * WAD, 0), 2100 * WAD, 0, WAD, 3600, 6);
        Assert.Equal(BigInteger.Parse("7560000000000"), m.FundingIndex); // 7.56e12
        Assert.Equal(76, m.FundingOwed);
        Assert.Equal(1_000 * E(6), m.UnrealizedPnl);
        Assert.Equal((1_000 * E(6) - 76) * 8000 / 10_000, m.WeightedPnl);
        Assert.Equal(21_000 * E(6), m.Notional);
    }

    [Fact]
    public void E18_cross_account_collateral_debt_and_a_position()
    {
        // 10 WETH at 2,000 (L 16,000e6, C 15,000e6), debt 10,000e6, long 20 ETH (c 40,000e6), cash −20,400,000.
        var p = PerpAccountMath.Position(new PerpPositionInputs(20 * WAD, 40_000 * E(6), 0), Eth(20 * WAD, 100), 2000 * WAD, 0, WAD, 100, 6);
        var a = PerpAccountMath.Account(16_000 * E(6), 15_000 * E(6), 10_000 * E(6), -20_400_000, [p]);
        Assert.Equal(15_979_600_000, a.NumeratorL);
        Assert.Equal(2_000 * E(6), a.Maintenance);
        Assert.Equal(4_000 * E(6), a.Initial);
        Assert.Equal(BigInteger.Parse("1331633333333333333"), a.Health);
        Assert.Equal(14_979_600_000 * WAD / (14_000 * E(6)), a.InitialHealth); // 1.06997…e18
    }

    [Fact]
    public void E19_isolated_position_below_maintenance()
    {
        // Cash 2,000e6, long 10 ETH from 2,000, at 1,892: PnL −1,080e6, numerator 920e6, MM 946e6, health 0.9725…
        var p = PerpAccountMath.Position(new PerpPositionInputs(10 * WAD, 20_000 * E(6), 0), Eth(10 * WAD, 7), 1892 * WAD, 0, WAD, 7, 6);
        var a = PerpAccountMath.Account(0, 0, 0, 2_000 * E(6), [p]);
        Assert.Equal(920 * E(6), a.NumeratorL);
        Assert.Equal(946 * E(6), a.Maintenance);
        Assert.Equal(920 * E(6) * WAD / (946 * E(6)), a.Health);
        Assert.True(a.Health < WAD);
        Assert.Equal(MaxUint256, PerpAccountMath.Account(0, 0, 0, 5, []).Health); // nothing owed: infinite
    }

    [Fact]
    public void Nothing_owed_but_negative_cash_beyond_collateral_is_health_zero()
    {
        // §13.6 accountHealth: no debt, no position, L = 100e6, cash −150e6 → numerator −50e6 < 0 → health 0 (liquidatable),
        // where unifiedHealth alone would say 2^256 − 1. With cash −50e6 (numerator +50e6) it stays infinite.
        var a = PerpAccountMath.Account(100 * E(6), 80 * E(6), 0, -150 * E(6), []);
        Assert.Equal((BigInteger.Zero, BigInteger.Zero), (a.Health, a.InitialHealth));
        Assert.Equal(MaxUint256, PerpAccountMath.Account(100 * E(6), 80 * E(6), 0, -50 * E(6), []).Health);
    }

    [Fact]
    public void A_delisted_market_values_at_the_settlement_price_with_the_index_frozen()
    {
        var delisted = Eth(10 * WAD, 0) with { Delisted = true, SettlementPrice = 1500 * WAD, FundingIndex = 3 * WAD };
        var p = PerpAccountMath.Position(new PerpPositionInputs(WAD, 2000 * E(6), 3 * WAD), delisted, 9999 * WAD, 0, WAD, 86_400, 6);
        Assert.Equal((1500 * WAD, 3 * WAD, BigInteger.Zero), (p.PriceWad, p.FundingIndex, p.FundingOwed));
        Assert.Equal(-500 * E(6), p.UnrealizedPnl);
    }
}
