using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk.Perps;

/// <summary>Whether a position has a liquidation price.</summary>
public enum PerpLiquidationPriceStatus
{
    /// <summary>The account becomes liquidatable when the index crosses <see cref="PerpLiquidationPrice.Price"/>.</summary>
    Price,

    /// <summary>No index price of this market makes the account liquidatable (e.g. well-margined, or no debt and no risk).</summary>
    None,

    /// <summary>The account is liquidatable already, at today's index.</summary>
    Now,
}

/// <summary>The index at which a position's account becomes liquidatable (health below 1).</summary>
/// <param name="Status">Whether such a price exists.</param>
/// <param name="Price">For a long: the highest index at which health is below 1 (liquidatable at or below it); for a short:
/// the lowest (at or above it). Null unless <see cref="Status"/> is <see cref="PerpLiquidationPriceStatus.Price"/>.</param>
public sealed record PerpLiquidationPrice(PerpLiquidationPriceStatus Status, PerpPrice? Price);

/// <summary>One open position, valued at the block's index with funding accrued to the block's time.</summary>
/// <param name="Market">Market symbol.</param>
/// <param name="MarketId">Market id.</param>
/// <param name="Side">Long or short.</param>
/// <param name="Size">Size in units of the underlying.</param>
/// <param name="EntryPrice">Average entry price: cost basis / size (display; the vault keeps the basis, fees excluded).</param>
/// <param name="Mark">Mark price = the OracleRouter index (§13.1; the settlement price once delisted).</param>
/// <param name="Notional">notional(|size|, mark), base asset.</param>
/// <param name="UnrealizedPnl">Value at the mark minus the cost basis, base asset.</param>
/// <param name="FundingOwed">Funding accrued since the position last settled; positive is owed by the account.</param>
/// <param name="InitialMargin">Margin used: the initial requirement (IM) of this position, tiers, add-on and level included.</param>
/// <param name="MaintenanceMargin">Maintenance requirement (MM).</param>
/// <param name="LiquidationPrice">Where the account is liquidated through this market's index.</param>
public sealed record PerpPositionView(
    string Market, int MarketId, PositionSide Side, PerpSize Size, PerpPrice EntryPrice, PerpPrice Mark, TokenAmount Notional,
    SignedAmount UnrealizedPnl, SignedAmount FundingOwed, TokenAmount InitialMargin, TokenAmount MaintenanceMargin,
    PerpLiquidationPrice LiquidationPrice);

/// <summary>An account's perps and its one health (§13.6), as the vault's <c>perpMargin</c> view gives it.</summary>
/// <param name="Account">The account.</param>
/// <param name="Block">Block read.</param>
/// <param name="At">Time of that block.</param>
/// <param name="Cash">Settled perp cash (deposits, realized PnL, funding, fees), may be negative.</param>
/// <param name="Equity">numerator_L: collateral at its liquidation threshold + cash + weighted unrealized PnL net of funding.</param>
/// <param name="InitialEquity">numerator_C: the same with collateral at its borrow factor (what new risk is checked against).</param>
/// <param name="Debt">Borrowed base asset with interest.</param>
/// <param name="MaintenanceMargin">Σ MM of the positions.</param>
/// <param name="InitialMargin">Σ IM of the positions (margin used).</param>
/// <param name="Health">Equity / (debt + Σ MM); below 1 the account is liquidatable.</param>
/// <param name="InitialHealth">InitialEquity / (debt + Σ IM); opening and increasing need it ≥ 1 afterwards (borrowing and withdrawing need the same with no unrealized profit counted, docs/protocol.md §13.6).</param>
/// <param name="Positions">Open positions, by market id.</param>
public sealed record PerpAccountView(
    AccountId Account, long Block, DateTimeOffset At, SignedAmount Cash, SignedAmount Equity, SignedAmount InitialEquity, TokenAmount Debt,
    TokenAmount MaintenanceMargin, TokenAmount InitialMargin, Wad Health, Wad InitialHealth, IReadOnlyList<PerpPositionView> Positions)
{
    /// <summary>Health below 1.</summary>
    public bool IsLiquidatable => Health.Raw < Wad.One;
}

/// <summary>A mined position change (the vault's <c>PositionModified</c> event).</summary>
/// <param name="TransactionHash">Transaction.</param>
/// <param name="Market">Market symbol.</param>
/// <param name="Side">Side after the trade (None when closed).</param>
/// <param name="Size">Size after the trade.</param>
/// <param name="Price">Index the trade filled at.</param>
/// <param name="Fee">Trade fee paid from cash (flat + skew impact).</param>
/// <param name="RealizedPnl">PnL realized by a reduction, into cash.</param>
/// <param name="FundingPaid">Funding settled by the touch (positive paid by the account).</param>
/// <param name="GasUsed">Gas of the transaction.</param>
public sealed record PerpTradeResult(
    string TransactionHash, string Market, PositionSide Side, PerpSize Size, PerpPrice Price, TokenAmount Fee, SignedAmount RealizedPnl,
    SignedAmount FundingPaid, System.Numerics.BigInteger GasUsed);

/// <summary>Direction of a perp margin transfer.</summary>
public enum MarginTransfer
{
    /// <summary>Base asset from the signer into the account's perp cash.</summary>
    Deposit,

    /// <summary>Perp cash out to a receiver; needs initial health ≥ 1 afterwards when the account has positions or debt.</summary>
    Withdraw,
}
