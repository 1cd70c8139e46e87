using System.Numerics;
using MarginInsurance.Core.Risk;

namespace MarginInsurance.Core.Tests;

/// <summary>
/// Liquidation prices, requirements and what-if outcomes against hand-worked figures (USDC 6 decimals, WETH 18 decimals,
/// 8-decimal feed, no interest: the market was accrued at the evaluation second).
/// </summary>
public sealed class AccountRiskTests
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private static readonly BigInteger Ts = 1_700_000_000;
    private static readonly BigInteger Usdc = 1_000_000;
    private static readonly BigInteger Eth = Wad;

    [Fact]
    public void FlatConfigLiquidatesBelow1250Usdc()
    {
        // 1 WETH, LT 80%, debt 1,000 USDC. value(a) = ⌊a / 100⌋ base units; L = ⌊0.8 · value⌋ ≥ 10^9 ⇔ value ≥ 1.25·10^9 ⇔ a ≥ 1.25·10^11.
        var input = Input(Weth(8000, 0, 0, 0, AddOnState.None, Eth, 2000_00000000), 1000 * Usdc);
        var p = LiquidationPrices.Compute(input).Single();
        Assert.Equal(LiquidationPriceStatus.Price, p.Status);
        Assert.Equal(new BigInteger(124_999_999_999), p.Answer);
        Assert.Equal(Wad - Wad / 1_000_000_000, p.HealthAt); // L = 999,999,999 → ⌊L·WAD/D⌋
        Assert.Equal(Wad, p.HealthOneTickAbove);             // L = D exactly: health 1, not liquidatable
    }

    [Fact]
    public void TieredAddOnConfigLiquidatesInBracketTwoWithTheAddOnInForceNotThePendingOne()
    {
        // 1,000 WETH, LT 85%, B1 = 1,000,000 USDC, cut2 5%, add-on 3% in force (6% pending later), debt 1,100,000 USDC.
        // value(a) = 10a. Bracket 2: L = ⌊(10^12·8200 + (V − 10^12)·7700) / 10^4⌋ ≥ 1.1·10^12 ⇔ V − 10^12 ≥ 363,636,363,637 (7700 · that ≥ 2.8·10^15)
        // ⇔ a ≥ 136,363,636,364.
        var addOn = new AddOnState(300, 600, Ts + 100);
        var input = Input(Weth(8500, 500, 1500, 1_000_000 * Usdc, addOn, 1000 * Eth, 2000_00000000), 1_100_000 * Usdc);
        Assert.Equal(new BigInteger(136_363_636_363), LiquidationPrices.Compute(input).Single().Answer);

        // Requirement at 2,000 USDC: V = 2·10^12 (bracket 2): L = (10^12·8200 + 10^12·7700)/10^4 = 1.59·10^12; at 6%: (7900 + 7400)·10^8 = 1.53·10^12.
        var r = MarginRequirements.Explain(input).Single();
        Assert.Equal((2, 500, 300, 7700), (r.Bracket, (int)r.BracketCutBps, (int)r.AddOnBps, (int)r.MarginalLiquidationThresholdBps));
        Assert.Equal(1_590_000 * Usdc, r.LiquidationCapacity);
        Assert.Equal(Ts + 100, r.Pending!.EffectiveAt);
        Assert.Equal(BigInteger.Parse("1390909090909090909"), r.Pending.HealthThen); // 1.53/1.1
    }

    [Fact]
    public void StatusesNoDebtNoneAndAtAnyPrice()
    {
        var weth = Weth(8000, 0, 0, 0, AddOnState.None, Eth, 2000_00000000);
        Assert.Equal(LiquidationPriceStatus.NoDebt, LiquidationPrices.Compute(Input(weth, 0)).Single().Status);
        // A debt of 1 base unit against 1 WETH: at the router's minimum price (1 USDC) L = 800,000 ≥ 1.
        Assert.Equal(LiquidationPriceStatus.None, LiquidationPrices.Compute(Input(weth with { MinPriceWad = Wad }, 1)).Single().Status);
        // The router caps WETH at 1,000 USDC: L ≤ 800 USDC < 1,000 USDC of debt at every accepted price.
        Assert.Equal(LiquidationPriceStatus.AtAnyPrice, LiquidationPrices.Compute(Input(weth with { MaxPriceWad = 1000 * Wad }, 1000 * Usdc)).Single().Status);
    }

    [Fact]
    public void WhatIfHalvingThePriceSeizesEverythingAndSplitsTheBadDebt()
    {
        // 1 WETH, LT 80%, bonus 5%, debt 1,000 USDC; −50% → 1,000 USDC: health 0.8 < deep 0.95 → cap = whole debt; seizing 1,050 USDC
        // exceeds the 1,000 USDC held → seize all, repay ⌈10^9·10^4/10500⌉ = 952,380,953; fee ⌈952,380,953·500·1000/10^8⌉ = 4,761,905;
        // bad debt 10^9 − 952,380,953 = 47,619,047; pool 100 USDC × 30% cap covers 30,000,000, lenders 17,619,047.
        var input = Input(Weth(8000, 0, 0, 0, AddOnState.None, Eth, 2000_00000000), 1000 * Usdc);
        var r = WhatIf.Apply(input, [new PriceShock("WETH", -5000)]);
        Assert.Equal(new BigInteger(1000_00000000), r.Answers.Single());
        Assert.Equal(Wad * 8 / 10, r.Snapshot.Health);
        var o = r.Outcome;
        Assert.Equal((1, 952_380_953, 4_761_905, 47_619_047), (o.Liquidations, (long)o.Repaid, (long)o.InsuranceFee, (long)o.Bonus));
        Assert.Equal(Eth, o.Seized.Single().Amount);
        Assert.Equal((47_619_047L, 30_000_000L, 17_619_047L), ((long)o.BadDebt, (long)o.Covered, (long)o.Socialized));
        Assert.Equal(WadMath.MaxUint256, o.HealthAfter);
        Assert.Equal(20, WhatIf.StressGrid(input).Count); // one asset: 20 grid levels, no "ALL" column
    }

    private static RiskCollateral Weth(int lt, int cut2, int cut3, BigInteger break1, AddOnState addOn, BigInteger balance, BigInteger answer)
    {
        var b1 = break1.IsZero ? BigInteger.Pow(10, 30) : break1;
        var config = new CollateralConfig(18, lt - 500, lt, 500, b1, b1 * 5, cut2, cut3, addOn);
        return new RiskCollateral("WETH", config, balance, answer, 8, BigInteger.One * 10_000_000_000, BigInteger.Pow(10, 30));
    }

    private static AccountRiskInput Input(RiskCollateral c, BigInteger debt) => new(
        [c], debt,
        new MarketState(new MarketIndices(Wad, Wad, 1_000_000 * Usdc, debt, Ts), new RateModelParams(0, 0, 0, Wad * 8 / 10), 0, 6),
        Ts, new LiquidationParams(5000, Wad * 95 / 100, 10 * Usdc, 1000), new InsuranceState(100 * Usdc, 3000));
}
