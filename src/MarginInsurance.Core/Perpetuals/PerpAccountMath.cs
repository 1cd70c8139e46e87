using System.Numerics;

namespace MarginInsurance.Core.Perpetuals;

/// <summary>What §13.6 needs of a market: its tier, funding parameters and state (PerpMarketConfig / PerpMarketState).</summary>
/// <param name="ImfBps">Initial margin fraction, bps.</param>
/// <param name="MmfBps">Maintenance margin fraction, bps.</param>
/// <param name="PnlWeightBps">Weight of a positive PnL, bps.</param>
/// <param name="NotionalBreak1">N1, base units.</param>
/// <param name="NotionalBreak2">N2, base units.</param>
/// <param name="Step2Bps">Bracket-2 step, bps.</param>
/// <param name="Step3Bps">Bracket-3 step, bps.</param>
/// <param name="SkewScale">Skew scale, WAD of the underlying.</param>
/// <param name="MaxFundingRatePerSecond">Funding-rate bound, WAD per second.</param>
/// <param name="LongOi">Long open interest, WAD.</param>
/// <param name="ShortOi">Short open interest, WAD.</param>
/// <param name="FundingIndex">Stored cumulative funding index F_m.</param>
/// <param name="LastFundingTime">When F_m was last accrued, unix seconds.</param>
/// <param name="Delisted">Status 3: the index is frozen and prices are the settlement price.</param>
/// <param name="SettlementPrice">Settlement price of a delisted market, WAD.</param>
public sealed record PerpMarketInputs(
    BigInteger ImfBps, BigInteger MmfBps, BigInteger PnlWeightBps, BigInteger NotionalBreak1, BigInteger NotionalBreak2,
    BigInteger Step2Bps, BigInteger Step3Bps, BigInteger SkewScale, BigInteger MaxFundingRatePerSecond,
    BigInteger LongOi, BigInteger ShortOi, BigInteger FundingIndex, BigInteger LastFundingTime, bool Delisted, BigInteger SettlementPrice);

/// <summary>A stored position (PerpPosition): size s, cost basis c, the funding index F_e it settled at.</summary>
public sealed record PerpPositionInputs(BigInteger Size, BigInteger CostBasis, BigInteger EntryFunding);

/// <summary>One position valued as §13.6 counts it, funding accrued virtually to the timestamp.</summary>
/// <param name="PriceWad">Index (or settlement) price used.</param>
/// <param name="FundingIndex">Virtual funding index F_m at the timestamp.</param>
/// <param name="Notional">notional(|s|, p), base units.</param>
/// <param name="UnrealizedPnl">unrealizedPnl(s, c, p), base units.</param>
/// <param name="FundingOwed">fundingOwed(s, F_m, F_e), base units (&gt; 0 owed by the account).</param>
/// <param name="WeightedPnl">weightedPnl(pnl − funding, pnlWeight): what the position adds to the numerators.</param>
/// <param name="Maintenance">MM, base units.</param>
/// <param name="Initial">IM, base units.</param>
public sealed record PerpPositionMargin(
    BigInteger PriceWad, BigInteger FundingIndex, BigInteger Notional, BigInteger UnrealizedPnl, BigInteger FundingOwed,
    BigInteger WeightedPnl, BigInteger Maintenance, BigInteger Initial);

/// <summary>The unified margin of an account (§13.6), as the vault's <c>perpMargin</c> view returns it.</summary>
public sealed record PerpAccountMargin(
    BigInteger NumeratorL, BigInteger NumeratorC, BigInteger Debt, BigInteger Maintenance, BigInteger Initial, BigInteger Health, BigInteger InitialHealth);

/// <summary>
/// §13.6 for a whole account from the pure formulas of <see cref="PerpMath"/>: the composition the vault's PerpCore runs
/// (virtual funding, per-position weighted PnL and requirements, the two numerators and healths), one function per step.
/// </summary>
public static class PerpAccountMath
{
    /// <summary>
    /// The market's funding index accrued virtually to <paramref name="timestamp"/> (§13.4, PerpCore.virtualFunding):
    /// F_m + fundingIndexDelta(fundingRate(longOi − shortOi, …), p, max(0, t − lastFundingTime)); frozen when delisted.
    /// </summary>
    public static BigInteger VirtualFundingIndex(PerpMarketInputs market, BigInteger priceWad, BigInteger timestamp)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (market.Delisted || timestamp <= market.LastFundingTime) return market.FundingIndex;
        return market.FundingIndex + PerpMath.FundingIndexDelta(FundingRate(market), priceWad, timestamp - market.LastFundingTime);
    }

    /// <summary>The market's current funding rate (§13.4): fundingRate(longOi − shortOi, skewScale, maxRate), WAD per second, signed.</summary>
    public static BigInteger FundingRate(PerpMarketInputs market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return PerpMath.FundingRate(market.LongOi - market.ShortOi, market.SkewScale, market.MaxFundingRatePerSecond);
    }

    /// <summary>One position at index <paramref name="priceWad"/> (the settlement price when delisted), add-on and owner level.</summary>
    public static PerpPositionMargin Position(PerpPositionInputs position, PerpMarketInputs market, BigInteger priceWad,
        BigInteger addOnBps, BigInteger levelWad, BigInteger timestamp, int baseDecimals)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(market);
        var p = market.Delisted ? market.SettlementPrice : priceWad;
        var f = VirtualFundingIndex(market, p, timestamp);
        var pnl = PerpMath.UnrealizedPnl(position.Size, position.CostBasis, p, baseDecimals);
        var funding = PerpMath.FundingOwed(position.Size, f, position.EntryFunding, baseDecimals);
        var weighted = PerpMath.WeightedPnl(pnl - funding, market.PnlWeightBps);
        var n = PerpMath.Notional(BigInteger.Abs(position.Size), p, baseDecimals);
        var mm = PerpMath.MarginRequirement(n, market.MmfBps, addOnBps, market.NotionalBreak1, market.NotionalBreak2, market.Step2Bps, market.Step3Bps, levelWad);
        var im = PerpMath.MarginRequirement(n, market.ImfBps, addOnBps, market.NotionalBreak1, market.NotionalBreak2, market.Step2Bps, market.Step3Bps, levelWad);
        return new PerpPositionMargin(p, f, n, pnl, funding, weighted, mm, im);
    }

    /// <summary>
    /// The account: numerator_L = L + cash + Σ weighted PnL, numerator_C = C + cash + Σ weighted PnL, health over
    /// debt + Σ MM and initial health over debt + Σ IM, both as the vault acts on them (<see cref="PerpMath.AccountHealth"/>:
    /// 0 when nothing is owed and the numerator is negative). <paramref name="liquidationCapacity"/> (L) and
    /// <paramref name="borrowCapacity"/> (C) are §4's collateral capacities (0 without collateral).
    /// </summary>
    public static PerpAccountMargin Account(BigInteger liquidationCapacity, BigInteger borrowCapacity, BigInteger debt, BigInteger cash,
        IEnumerable<PerpPositionMargin> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        BigInteger weighted = 0, mm = 0, im = 0;
        foreach (var p in positions)
        {
            weighted += p.WeightedPnl;
            mm += p.Maintenance;
            im += p.Initial;
        }

        var numL = liquidationCapacity + cash + weighted;
        var numC = borrowCapacity + cash + weighted;
        return new PerpAccountMargin(numL, numC, debt, mm, im, PerpMath.AccountHealth(numL, debt, mm), PerpMath.AccountHealth(numC, debt, im));
    }
}
