using System.Numerics;

namespace MarginInsurance.Core.Risk;

/// <summary>
/// One collateral holding priced from its feed: the oracle price is <c>Answer × 10^(18 − FeedDecimals)</c> (docs/protocol.md §9),
/// so one feed tick is one unit of <see cref="Answer"/>, worth <see cref="TickWad"/> in WAD.
/// </summary>
/// <param name="Asset">Asset identifier (token address); labels results.</param>
/// <param name="Config">Risk configuration with add-on state.</param>
/// <param name="Balance">Account balance, collateral units.</param>
/// <param name="Answer">Latest feed answer.</param>
/// <param name="FeedDecimals">Feed decimals (≤ 18).</param>
/// <param name="MinPriceWad">OracleRouter minPrice: lower prices revert, so they never liquidate.</param>
/// <param name="MaxPriceWad">OracleRouter maxPrice.</param>
public sealed record RiskCollateral(
    string Asset, CollateralConfig Config, BigInteger Balance, BigInteger Answer, int FeedDecimals, BigInteger MinPriceWad, BigInteger MaxPriceWad)
{
    /// <summary>WAD value of one feed unit: 10^(18 − feedDecimals).</summary>
    public BigInteger TickWad => WadMath.Pow10(18 - FeedDecimals);

    /// <summary>Oracle price of <see cref="Answer"/>, WAD.</summary>
    public BigInteger PriceWad => PriceOf(Answer);

    /// <summary>Smallest answer the router accepts: ⌈minPrice / tick⌉, at least 1.</summary>
    public BigInteger MinAnswer => BigInteger.Max(BigInteger.One, (MinPriceWad + TickWad - 1) / TickWad);

    /// <summary>Largest answer the router accepts: ⌊maxPrice / tick⌋.</summary>
    public BigInteger MaxAnswer => MaxPriceWad / TickWad;

    /// <summary>Oracle price of a feed answer, WAD.</summary>
    public BigInteger PriceOf(BigInteger answer) => answer * TickWad;

    /// <summary>This holding as <see cref="AccountMath"/> takes it, at feed answer <paramref name="answer"/>.</summary>
    public CollateralPosition At(BigInteger answer) => new(Asset, Config, Balance, PriceOf(answer));
}

/// <summary>Market parameters of a liquidation (docs/protocol.md §7).</summary>
/// <param name="CloseFactorBps">Close factor above the deep threshold, bps.</param>
/// <param name="DeepHealthThresholdWad">Below this health the whole debt may be repaid, WAD.</param>
/// <param name="DustThreshold">A remainder below this is repaid in full, base units.</param>
/// <param name="ProtocolShareBps">Protocol share of the bonus, bps.</param>
public sealed record LiquidationParams(BigInteger CloseFactorBps, BigInteger DeepHealthThresholdWad, BigInteger DustThreshold, BigInteger ProtocolShareBps);

/// <summary>The insurance pool as bad debt meets it (docs/protocol.md §8).</summary>
/// <param name="PoolAssets">Pool total assets, base units.</param>
/// <param name="CoverCapBps">Per-event cover cap, bps of pool assets.</param>
public sealed record InsuranceState(BigInteger PoolAssets, BigInteger CoverCapBps);

/// <summary>Everything the exact risk analysis of one account needs, read at one block.</summary>
/// <param name="Collateral">Holdings (cross: every asset held; isolated: the one asset).</param>
/// <param name="BorrowPrincipal">Stored borrow principal.</param>
/// <param name="Market">Market state for virtual accrual.</param>
/// <param name="Timestamp">Evaluation time (block timestamp).</param>
/// <param name="Liquidation">Liquidation parameters.</param>
/// <param name="Insurance">Insurance pool state.</param>
public sealed record AccountRiskInput(
    IReadOnlyList<RiskCollateral> Collateral, BigInteger BorrowPrincipal, MarketState Market, BigInteger Timestamp,
    LiquidationParams Liquidation, InsuranceState Insurance)
{
    /// <summary>The holdings at their current answers.</summary>
    public IReadOnlyList<CollateralPosition> Positions => Collateral.Select(c => c.At(c.Answer)).ToArray();
}
