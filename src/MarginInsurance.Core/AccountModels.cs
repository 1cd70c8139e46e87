using System.Numerics;

namespace MarginInsurance.Core;

/// <summary>Volatility add-on state of one collateral asset (docs/protocol.md §6).</summary>
/// <param name="CurrentBps">Add-on in force, bps.</param>
/// <param name="PendingBps">Announced increase, bps (ignored when <paramref name="PendingEffectiveAt"/> is 0).</param>
/// <param name="PendingEffectiveAt">Unix time the pending add-on takes effect; 0 means none pending.</param>
public sealed record AddOnState(BigInteger CurrentBps, BigInteger PendingBps, BigInteger PendingEffectiveAt)
{
    /// <summary>No add-on and nothing pending.</summary>
    public static AddOnState None { get; } = new(BigInteger.Zero, BigInteger.Zero, BigInteger.Zero);
}

/// <summary>Risk configuration of one collateral asset in a market (docs/protocol.md §3, §7).</summary>
/// <param name="Decimals">Token decimals of the collateral.</param>
/// <param name="BorrowFactorBps">Borrow factor BF (initial margin), bps.</param>
/// <param name="LiquidationThresholdBps">Liquidation threshold LT (maintenance margin), bps.</param>
/// <param name="LiquidationBonusBps">Liquidation bonus, bps.</param>
/// <param name="TierBreak1">Bracket boundary B1, base units.</param>
/// <param name="TierBreak2">Bracket boundary B2 (≥ B1), base units.</param>
/// <param name="TierCut2Bps">Factor reduction in bracket 2, bps.</param>
/// <param name="TierCut3Bps">Factor reduction in bracket 3, bps.</param>
/// <param name="AddOn">Volatility add-on state.</param>
public sealed record CollateralConfig(
    int Decimals,
    BigInteger BorrowFactorBps,
    BigInteger LiquidationThresholdBps,
    BigInteger LiquidationBonusBps,
    BigInteger TierBreak1,
    BigInteger TierBreak2,
    BigInteger TierCut2Bps,
    BigInteger TierCut3Bps,
    AddOnState AddOn);

/// <summary>An account's holding of one collateral asset with the oracle price to value it.</summary>
/// <param name="Asset">Identifier of the asset (e.g. its address); used only to label results.</param>
/// <param name="Config">Risk configuration of the asset.</param>
/// <param name="Balance">Account balance, collateral units.</param>
/// <param name="PriceWad">Oracle price of one whole token in base tokens, WAD.</param>
public sealed record CollateralPosition(string Asset, CollateralConfig Config, BigInteger Balance, BigInteger PriceWad);

/// <summary>Stored interest state of a market (docs/protocol.md §5).</summary>
/// <param name="SupplyIndex">Supply index, WAD.</param>
/// <param name="BorrowIndex">Borrow index, WAD.</param>
/// <param name="TotalSupplyPrincipal">Sum of supply principals.</param>
/// <param name="TotalBorrowPrincipal">Sum of borrow principals.</param>
/// <param name="LastAccrual">Unix time of the last stored accrual.</param>
public sealed record MarketIndices(
    BigInteger SupplyIndex,
    BigInteger BorrowIndex,
    BigInteger TotalSupplyPrincipal,
    BigInteger TotalBorrowPrincipal,
    BigInteger LastAccrual);

/// <summary>Kinked rate model parameters, yearly rates in WAD (docs/protocol.md §5).</summary>
/// <param name="BaseRatePerYear">Base rate per year, WAD.</param>
/// <param name="Slope1PerYear">Slope below the kink, WAD per year.</param>
/// <param name="Slope2PerYear">Slope above the kink, WAD per year.</param>
/// <param name="KinkWad">Kink utilization, WAD.</param>
public sealed record RateModelParams(BigInteger BaseRatePerYear, BigInteger Slope1PerYear, BigInteger Slope2PerYear, BigInteger KinkWad);

/// <summary>Everything about a market needed to accrue it virtually (docs/protocol.md §5).</summary>
/// <param name="Indices">Stored indices, totals and last accrual time.</param>
/// <param name="RateModel">Rate model parameters.</param>
/// <param name="ReserveFactorBps">Reserve factor, bps.</param>
/// <param name="BaseDecimals">Decimals of the base asset.</param>
public sealed record MarketState(MarketIndices Indices, RateModelParams RateModel, BigInteger ReserveFactorBps, int BaseDecimals);

/// <summary>A market accrued (virtually) to a timestamp.</summary>
/// <param name="SupplyIndex">Supply index at the timestamp, WAD.</param>
/// <param name="BorrowIndex">Borrow index at the timestamp, WAD.</param>
/// <param name="ReserveCut">Reserves added by the virtual accrual, base units.</param>
/// <param name="UtilizationWad">Market utilization U used for the rate (before accrual), WAD.</param>
/// <param name="RatePerSecond">Borrow rate per second used, WAD.</param>
/// <param name="Timestamp">The timestamp accrued to.</param>
public sealed record AccruedMarket(
    BigInteger SupplyIndex,
    BigInteger BorrowIndex,
    BigInteger ReserveCut,
    BigInteger UtilizationWad,
    BigInteger RatePerSecond,
    BigInteger Timestamp);

/// <summary>Per-asset contribution to an account's capacities.</summary>
/// <param name="Asset">Asset identifier.</param>
/// <param name="Value">Collateral value, base units (§2).</param>
/// <param name="AddOnBps">Add-on in force at the timestamp, bps (§6).</param>
/// <param name="LiquidationCapacity">Tiered, add-on-adjusted LT value, base units (§3).</param>
/// <param name="BorrowCapacity">Tiered, add-on-adjusted BF value, base units (§3).</param>
public sealed record CollateralBreakdown(string Asset, BigInteger Value, BigInteger AddOnBps, BigInteger LiquidationCapacity, BigInteger BorrowCapacity);

/// <summary>Margin state of one account at a timestamp (docs/protocol.md §4).</summary>
/// <param name="Debt">Debt D with interest accrued to the timestamp, base units.</param>
/// <param name="LiquidationCapacity">L, base units.</param>
/// <param name="BorrowCapacity">C, base units.</param>
/// <param name="Health">Margin health, WAD; 2^256 − 1 without debt.</param>
/// <param name="Utilization">Margin utilization, WAD; 0 without debt, 2^256 − 1 with debt and no capacity.</param>
/// <param name="Collateral">Per-asset breakdown, in input order.</param>
public sealed record AccountSnapshot(
    BigInteger Debt,
    BigInteger LiquidationCapacity,
    BigInteger BorrowCapacity,
    BigInteger Health,
    BigInteger Utilization,
    IReadOnlyList<CollateralBreakdown> Collateral)
{
    /// <summary>True when the account can be liquidated (health &lt; 1).</summary>
    public bool IsLiquidatable => Health < WadMath.WAD;

    /// <summary>True when the account meets its initial margin (D ≤ C), so a borrow/withdrawal leaving it here succeeds.</summary>
    public bool MeetsInitialMargin => Debt <= BorrowCapacity;
}
