using System.Numerics;
using System.Reflection;
using MarginInsurance.Core;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Tests;

/// <summary>Argument validation and the account-level composition.</summary>
public sealed class ApiTests
{
    public static TheoryData<string, string> BigIntegerParameters()
    {
        var d = new TheoryData<string, string>();
        foreach (var m in typeof(MarginMath).GetMethods(BindingFlags.Public | BindingFlags.Static))
            foreach (var p in m.GetParameters().Where(p => p.ParameterType == typeof(BigInteger)))
                d.Add(m.Name, p.Name!);
        return d;
    }

    [Theory]
    [MemberData(nameof(BigIntegerParameters))]
    public void Negative_or_oversized_argument_throws_naming_the_parameter(string method, string parameter)
    {
        var m = typeof(MarginMath).GetMethod(method)!;
        foreach (var bad in new[] { BigInteger.MinusOne, MaxUint256 + 1 })
        {
            var args = m.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)6 : p.Name == parameter ? bad : (object)WAD).ToArray();
            var ex = Assert.Throws<TargetInvocationException>(() => m.Invoke(null, args));
            var inner = Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException);
            Assert.Equal(parameter, inner.ParamName);
        }
    }

    [Fact]
    public void Zero_prices_and_indices_that_Solidity_would_divide_by_are_rejected()
    {
        Assert.Equal("priceWad", Assert.Throws<ArgumentOutOfRangeException>(() => MarginMath.CollateralAmountFor(1, 0, 18, 6)).ParamName);
        Assert.Equal("supplyIndex", Assert.Throws<ArgumentOutOfRangeException>(() => MarginMath.SupplyPrincipalFor(1, 0)).ParamName);
        Assert.Equal("borrowIndex", Assert.Throws<ArgumentOutOfRangeException>(() => MarginMath.BorrowPrincipalFor(1, 0)).ParamName);
        Assert.Equal("tierBreak2", Assert.Throws<ArgumentOutOfRangeException>(() => MarginMath.TieredAdjusted(1, 8500, 0, 10, 9, 0, 0)).ParamName);
        Assert.Equal("collateralDecimals", Assert.Throws<ArgumentOutOfRangeException>(() => MarginMath.CollateralValue(1, 1, -1, 6)).ParamName);
        Assert.Throws<OverflowException>(() => MulDivDown(MaxUint256, 2, 1));
        Assert.Equal(MaxUint256, MulDivUp(MaxUint256, 3, 3));
    }

    private static readonly BigInteger B1 = BigInteger.Pow(10, 12), B2 = 5 * BigInteger.Pow(10, 12);

    private static MarketState Market(BigInteger lastAccrual) => new(
        new MarketIndices(WAD, 102 * BigInteger.Pow(10, 16), BigInteger.Pow(10, 12), 500_000_000_000, lastAccrual),
        new RateModelParams(BigInteger.Pow(10, 16), 4 * BigInteger.Pow(10, 16), 75 * BigInteger.Pow(10, 16), 8 * BigInteger.Pow(10, 17)),
        1000, 6);

    [Fact]
    public void E1_cross_account_snapshot_matches_the_worked_example()
    {
        var weth = new CollateralConfig(18, 8000, 8500, 500, B1, B2, 500, 1500, AddOnState.None);
        var wbtc = new CollateralConfig(8, 7500, 8000, 700, B1, B2, 500, 1500, AddOnState.None);
        CollateralPosition[] acct =
        [
            new("WETH", weth, 10 * WAD, 2000 * WAD),
            new("WBTC", wbtc, 37_000_000, BigInteger.Parse("61234567890000000000000")),
        ];
        var s = AccountMath.Compute(acct, 25_000_000_000, Market(1_700_000_000), 1_700_000_000); // dt = 0: no virtual accrual
        Assert.Equal(25_500_000_000, s.Debt);
        Assert.Equal(35_125_432_095, s.LiquidationCapacity);
        Assert.Equal(32_992_592_589, s.BorrowCapacity);
        Assert.Equal(BigInteger.Parse("1377467925294117647"), s.Health);
        Assert.Equal(BigInteger.Parse("772900763442940474"), s.Utilization);
        Assert.False(s.IsLiquidatable);
        Assert.True(s.MeetsInitialMargin);
    }

    [Fact]
    public void E4_add_on_takes_effect_only_after_the_grace_delay()
    {
        var weth = new CollateralConfig(18, 8000, 8500, 500, B1, B2, 500, 1500, new AddOnState(0, 300, 1_700_086_400));
        CollateralPosition[] acct = [new("WETH", weth, 10 * WAD, 2000 * WAD)];
        var market = new MarketState(new MarketIndices(WAD, WAD, 0, 0, 1_700_000_000), new RateModelParams(0, 0, 0, WAD), 1000, 6);
        var during = AccountMath.Compute(acct, 16_800_000_000, market, 1_700_050_000);
        var after = AccountMath.Compute(acct, 16_800_000_000, market, 1_700_086_400);
        Assert.Equal(BigInteger.Parse("1011904761904761904"), during.Health);
        Assert.Equal(BigInteger.Parse("976190476190476190"), after.Health);
        Assert.Equal(300, after.Collateral[0].AddOnBps);
        Assert.True(after.IsLiquidatable);
    }

    [Fact]
    public void Virtual_accrual_reproduces_E9_and_grows_debt_over_time()
    {
        var market = new MarketState(
            new MarketIndices(WAD, WAD, BigInteger.Pow(10, 12), 500_000_000_000, 1_700_000_000),
            new RateModelParams(BigInteger.Pow(10, 16), 4 * BigInteger.Pow(10, 16), 75 * BigInteger.Pow(10, 16), 8 * BigInteger.Pow(10, 17)), 1000, 6);
        var a = AccountMath.AccrueTo(market, 1_700_003_600);
        Assert.Equal(5 * BigInteger.Pow(10, 17), a.UtilizationWad);
        Assert.Equal(951_293_759, a.RatePerSecond);
        Assert.Equal(BigInteger.Parse("1000003424657532400"), a.BorrowIndex);
        Assert.Equal(BigInteger.Parse("1000001541096000000"), a.SupplyIndex);
        Assert.Equal(171_232, a.ReserveCut);
        Assert.Equal(500_001_712_329, AccountMath.DebtAt(500_000_000_000, market, 1_700_003_600));
        Assert.Equal(500_000_000_000, AccountMath.DebtAt(500_000_000_000, market, 1_700_000_000));
        // A time before the last accrual (anvil's eth_call at the wall clock behind its last block) accrues nothing (§5).
        var behind = AccountMath.AccrueTo(market, 1_699_999_999);
        Assert.Equal(WAD, behind.BorrowIndex);
        Assert.Equal(WAD, behind.SupplyIndex);
        Assert.Equal(BigInteger.Zero, behind.ReserveCut);
        Assert.Equal(500_000_000_000, AccountMath.DebtAt(500_000_000_000, market, 1_699_999_999));
    }

    [Fact]
    public void Virtual_accrual_caps_the_rate_like_the_vault()
    {
        // A model quoting 50 (5000%) a year at full utilization: the vault clamps it to MAX_RATE_PER_SECOND (10/yr).
        var market = new MarketState(
            new MarketIndices(WAD, WAD, 1_000_000, 1_000_000, 1_700_000_000),
            new RateModelParams(50 * WAD, BigInteger.Zero, BigInteger.Zero, 8 * BigInteger.Pow(10, 17)), 0, 6);
        var a = AccountMath.AccrueTo(market, 1_700_000_001);
        Assert.Equal(10 * WAD / (365 * 24 * 3600), a.RatePerSecond);
        Assert.Equal(AccountMath.MaxRatePerSecond, a.RatePerSecond);
    }

    [Fact]
    public void Account_without_debt_has_max_health_and_zero_utilization()
    {
        var weth = new CollateralConfig(18, 8000, 8500, 500, B1, B2, 500, 1500, AddOnState.None);
        var s = AccountMath.Compute([new CollateralPosition("WETH", weth, WAD, 2000 * WAD)], 0, Market(1_700_000_000), 1_700_000_100);
        Assert.Equal(MaxUint256, s.Health);
        Assert.Equal(BigInteger.Zero, s.Utilization);
        var none = AccountMath.Compute([], 1, Market(1_700_000_000), 1_700_000_000);
        Assert.Equal(BigInteger.Zero, none.Health);
        Assert.Equal(MaxUint256, none.Utilization);
    }
}
