using System.Numerics;
using MarginInsurance.Core.Perpetuals;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Tests.Perpetuals;

/// <summary>
/// <see cref="PerpMath"/> on values worked by hand from docs/protocol.md §13 (the hand-checked list of §13.12 and the
/// rounding edges of each formula); the vectors of tests/vectors/perps are run by <see cref="PerpVectorTests"/>.
/// </summary>
public sealed class PerpMathTests
{
    private static readonly BigInteger P = 2000 * WAD;
    private static readonly BigInteger PJustBelow = 2000 * WAD - 1; // 1,999.999999999999999999
    private static BigInteger E(int n) => BigInteger.Pow(10, n);

    [Fact]
    public void Notional_value_and_cost_basis_round_in_the_vaults_favour()
    {
        Assert.Equal(3_000_000_000, PerpMath.Notional(15 * E(17), P, 6));
        // 1 unit at 1,999.999999999999999999: exact value 1,999,999,999.999999999999999 base units
        Assert.Equal(2_000_000_000, PerpMath.Notional(WAD, PJustBelow, 6));
        Assert.Equal(1_999_999_999, PerpMath.PositionValue(WAD, PJustBelow, 6));
        Assert.Equal(-2_000_000_000, PerpMath.PositionValue(-WAD, PJustBelow, 6));
        Assert.Equal(2_000_000_000, PerpMath.CostBasisDelta(WAD, PJustBelow, 6));
        Assert.Equal(-1_999_999_999, PerpMath.CostBasisDelta(-WAD, PJustBelow, 6));
        Assert.Equal(0, PerpMath.PositionValue(0, P, 6));
    }

    [Fact]
    public void Unrealized_pnl_is_value_minus_basis_for_longs_and_shorts()
    {
        // long 5 ETH entered at 1,900 (basis 9,500 USDC), index 2,000: +500 USDC
        Assert.Equal(500_000_000, PerpMath.UnrealizedPnl(5 * WAD, 9_500_000_000, P, 6));
        // short 5 ETH entered at 1,900 (basis −9,500 USDC), index 2,000: −500 USDC
        Assert.Equal(-500_000_000, PerpMath.UnrealizedPnl(-5 * WAD, -9_500_000_000, P, 6));
    }

    [Fact]
    public void Basis_released_rounds_toward_plus_infinity_and_whole_on_a_full_close()
    {
        Assert.Equal(1_000_000_001, PerpMath.BasisReleased(3_000_000_001, 3 * WAD, WAD));   // ⌈1,000,000,000.33⌉
        Assert.Equal(-1_000_000_000, PerpMath.BasisReleased(-3_000_000_001, -3 * WAD, -WAD)); // ⌈−1,000,000,000.33⌉
        Assert.Equal(3_000_000_001, PerpMath.BasisReleased(3_000_000_001, 3 * WAD, 3 * WAD));
    }

    [Theory]
    [InlineData(0, 1)]     // zero close
    [InlineData(1, -1)]    // wrong sign
    [InlineData(2, 3)]     // larger than the position
    public void Basis_released_refuses_an_invalid_close(int sizeUnits, int closeUnits)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            PerpMath.BasisReleased(1_000, sizeUnits * WAD, closeUnits == 1 && sizeUnits == 0 ? 0 : closeUnits * WAD));
        Assert.Contains("InvalidPositionChange", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Realized_pnl_of_a_partial_close()
    {
        // long 3 ETH, basis 3,000,000,001; close 1 at 2,000: value 2,000,000,000 − released 1,000,000,001
        var r = PerpMath.RealizedPnl(3 * WAD, 3_000_000_001, WAD, P, 6);
        Assert.Equal(new RealizedPnlResult(999_999_999, 1_000_000_001), r);
    }

    [Fact]
    public void Trade_fee_charges_skew_impact_only_when_the_skew_grows()
    {
        BigInteger scale = 1_000_000 * WAD;
        Assert.Equal(10_100_000, PerpMath.TradeFee(10 * WAD, 0, P, 6, 5, scale));
        Assert.Equal(12_100_000, PerpMath.TradeFee(10 * WAD, 100 * WAD, P, 6, 5, scale));
        Assert.Equal(10_000_000, PerpMath.TradeFee(-10 * WAD, 100 * WAD, P, 6, 5, scale));
        // k = 5, Δ = −10: (k + Δ)² − k² = 0 → flat only (the ≤ of §13.3)
        Assert.Equal(10_000_000, PerpMath.TradeFee(-10 * WAD, 5 * WAD, P, 6, 5, scale));
        Assert.Equal(0, PerpMath.TradeFee(0, 100 * WAD, P, 6, 5, scale));
    }

    [Fact]
    public void Funding_rate_index_and_owed()
    {
        Assert.Equal(E(11), PerpMath.FundingRate(100 * WAD, 1000 * WAD, E(12)));
        Assert.Equal(-E(11), PerpMath.FundingRate(-100 * WAD, 1000 * WAD, E(12)));
        Assert.Equal(E(12), PerpMath.FundingRate(5000 * WAD, 1000 * WAD, E(12)));   // clamped
        Assert.Equal(-E(12), PerpMath.FundingRate(-5000 * WAD, 1000 * WAD, E(12)));
        Assert.Equal(-2, PerpMath.FundingRate(-1, 2, 5));                              // trunc(−2.5) = −2, not ⌊−2.5⌋ = −3
        Assert.Equal(72 * E(16), PerpMath.FundingIndexDelta(E(11), P, 3600));
        Assert.Equal(-72 * E(16), PerpMath.FundingIndexDelta(-E(11), P, 3600));
        Assert.Equal(1_800_000, PerpMath.FundingOwed(25 * E(17), 72 * E(16), 0, 6));
        Assert.Equal(-1_800_000, PerpMath.FundingOwed(-25 * E(17), 72 * E(16), 0, 6));
        Assert.Equal(1, PerpMath.FundingOwed(WAD, 1, 0, 6));   // pays at least: ⌈1e−12⌉
        Assert.Equal(0, PerpMath.FundingOwed(-WAD, 1, 0, 6));  // receives at most: ⌈−1e−12⌉ = 0
    }

    [Fact]
    public void Margin_requirement_is_bracket_wise_scaled_by_level_and_rounded_up_once()
    {
        BigInteger n1 = 1_000_000 * E(6), n2 = 5_000_000 * E(6);
        Assert.Equal(400_000 * E(6), PerpMath.MarginRequirement(3_000_000 * E(6), 1000, 0, n1, n2, 500, 1500, WAD));
        Assert.Equal(200_000 * E(6), PerpMath.MarginRequirement(3_000_000 * E(6), 1000, 0, n1, n2, 500, 1500, WAD / 2));
        Assert.Equal(1, PerpMath.MarginRequirement(1, 1000, 0, n1, n2, 500, 1500, WAD));              // ⌈0.1⌉
        Assert.Equal(7 * E(6), PerpMath.MarginRequirement(7 * E(6), 9000, 5000, n1, n2, 500, 1500, WAD)); // capped at 100 %
        Assert.Throws<ArgumentOutOfRangeException>(() => PerpMath.MarginRequirement(1, 1000, 0, 10, 9, 500, 1500, WAD));
        Assert.Equal(WAD, PerpMath.MarginLevel(0));
        Assert.Equal(WAD / 2, PerpMath.MarginLevel(WAD / 2));
    }

    [Fact]
    public void Weighted_pnl_haircuts_profits_only_and_health_is_zero_for_negative_equity()
    {
        Assert.Equal(499, PerpMath.WeightedPnl(999, 5000));
        Assert.Equal(-999, PerpMath.WeightedPnl(-999, 5000));
        Assert.Equal(MaxUint256, PerpMath.UnifiedHealth(-5, 0, 0));
        Assert.Equal(0, PerpMath.UnifiedHealth(-5, 1, 0));
        Assert.Equal(0, PerpMath.UnifiedHealth(0, 0, 1));
        Assert.Equal(WAD / 3, PerpMath.UnifiedHealth(1, 1, 2));
    }

    [Fact]
    public void Close_size_penalty_and_adl_score()
    {
        // 10 ETH at health 0.97: half (not deep, 5 ETH left is not dust); at 0.9 all of it
        Assert.Equal(5 * WAD, PerpMath.PositionCloseSize(10 * WAD, MaxUint256, 97 * E(16), 5000, 95 * E(16), 10 * E(6), P, 6));
        Assert.Equal(10 * WAD, PerpMath.PositionCloseSize(10 * WAD, MaxUint256, 90 * E(16), 5000, 95 * E(16), 10 * E(6), P, 6));
        Assert.Equal(2 * WAD, PerpMath.PositionCloseSize(10 * WAD, 2 * WAD, 90 * E(16), 5000, 95 * E(16), 10 * E(6), P, 6));
        // 0.01 ETH at 2,000: half leaves 10 USDC of notional = dust threshold (strict <): stays partial
        Assert.Equal(5 * E(15), PerpMath.PositionCloseSize(E(16), MaxUint256, 97 * E(16), 5000, 95 * E(16), 10 * E(6), P, 6));
        Assert.Equal(E(16), PerpMath.PositionCloseSize(E(16), MaxUint256, 97 * E(16), 5000, 95 * E(16), 10 * E(6) + 1, P, 6));
        Assert.Equal(new LiquidationPenaltyResult(30_000_001, 27_000_000, 3_000_001), PerpMath.LiquidationPenalty(3_000_000_001, 100, 1000));
        Assert.Equal(10_000 * E(6), PerpMath.AdlScore(1_000 * E(6), 20_000 * E(6), 2_000 * E(6)));
        Assert.Equal(0, PerpMath.AdlScore(0, 20_000 * E(6), 2_000 * E(6)));
        Assert.Equal(MaxUint256, PerpMath.AdlScore(1, 20_000 * E(6), 0));
    }
}
