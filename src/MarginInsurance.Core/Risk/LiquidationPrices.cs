using System.Numerics;

namespace MarginInsurance.Core.Risk;

/// <summary>What a liquidation price says.</summary>
public enum LiquidationPriceStatus
{
    /// <summary>A boundary exists within the oracle's accepted range: liquidatable at <c>Answer</c>, not at <c>Answer + 1</c>.</summary>
    Price,

    /// <summary>No debt: no price liquidates.</summary>
    NoDebt,

    /// <summary>Even at the oracle's lowest accepted price the account stays at health ≥ 1: no price of this asset liquidates.</summary>
    None,

    /// <summary>The account is liquidatable even at the oracle's highest accepted price of this asset.</summary>
    AtAnyPrice,
}

/// <summary>What a liquidation price is the price of. Spot margin has collateral only; perpetual positions will add a kind.</summary>
public enum ExposureKind
{
    /// <summary>A collateral asset: its price falling lowers health.</summary>
    Collateral,
}

/// <summary>
/// The exact liquidation price of one exposure, everything else held (docs/protocol.md §2–§4, §9). Health is a step function
/// of the integer feed answer (value and tiers floor), non-decreasing in it; <see cref="Answer"/> is the largest answer at which
/// health &lt; 1, so one tick (one feed unit) above it health is ≥ 1.
/// </summary>
/// <param name="Asset">Asset identifier.</param>
/// <param name="Kind">Collateral (positions later).</param>
/// <param name="Status">Whether a boundary price exists.</param>
/// <param name="Answer">Highest feed answer at which the account is liquidatable (null unless <see cref="LiquidationPriceStatus.Price"/>).</param>
/// <param name="PriceWad">Oracle price of <see cref="Answer"/>, WAD.</param>
/// <param name="FeedDecimals">Feed decimals (one tick = 10^−FeedDecimals base tokens).</param>
/// <param name="CurrentAnswer">The feed answer now.</param>
/// <param name="HealthAt">Health at <see cref="Answer"/> (&lt; 1), WAD.</param>
/// <param name="HealthOneTickAbove">Health at <see cref="Answer"/> + 1 (≥ 1), WAD.</param>
public sealed record LiquidationPrice(
    string Asset, ExposureKind Kind, LiquidationPriceStatus Status, BigInteger? Answer, BigInteger? PriceWad, int FeedDecimals,
    BigInteger CurrentAnswer, BigInteger? HealthAt, BigInteger? HealthOneTickAbove);

/// <summary>Exact liquidation prices per collateral by binary search over integer feed answers with the exact health math.</summary>
public static class LiquidationPrices
{
    /// <summary>The liquidation price of every collateral of <paramref name="input"/>, in input order.</summary>
    public static IReadOnlyList<LiquidationPrice> Compute(AccountRiskInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var calculator = new HealthCalculator(input.Market, input.Timestamp);
        return Enumerable.Range(0, input.Collateral.Count).Select(i => For(input, calculator, i)).ToList();
    }

    private static LiquidationPrice For(AccountRiskInput input, HealthCalculator calculator, int index)
    {
        var asset = input.Collateral[index];
        var positions = input.Positions.ToArray();
        BigInteger HealthAt(BigInteger answer)
        {
            positions[index] = asset.At(answer);
            return calculator.Health(positions, input.BorrowPrincipal);
        }

        LiquidationPrice Result(LiquidationPriceStatus status, BigInteger? answer = null, BigInteger? at = null, BigInteger? above = null) =>
            new(asset.Asset, ExposureKind.Collateral, status, answer, answer is { } a ? asset.PriceOf(a) : null, asset.FeedDecimals, asset.Answer, at, above);

        if (MarginMath.ToDebt(input.BorrowPrincipal, calculator.Accrued.BorrowIndex).IsZero) return Result(LiquidationPriceStatus.NoDebt);
        BigInteger lo = asset.MinAnswer, hi = asset.MaxAnswer;
        if (hi < lo || HealthAt(lo) >= WadMath.WAD) return Result(LiquidationPriceStatus.None);
        if (HealthAt(hi) < WadMath.WAD) return Result(LiquidationPriceStatus.AtAnyPrice);

        // Invariant: health(lo) < 1 ≤ health(hi); health is non-decreasing in the answer.
        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            if (HealthAt(mid) < WadMath.WAD) lo = mid;
            else hi = mid;
        }

        return Result(LiquidationPriceStatus.Price, lo, HealthAt(lo), HealthAt(hi));
    }
}
