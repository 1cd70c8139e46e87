namespace MarginInsurance.Dashboard;

// Wire models of /api/perps: amounts for people (TokenAmount.Format) and raw integers as strings where a check needs the wei.

/// <summary>One perp market at the sampled block.</summary>
/// <param name="Symbol">Market symbol (ETH-PERP).</param>
/// <param name="Index">Index price (mark), base asset per unit.</param>
/// <param name="LongOi">Long open interest, units of the underlying.</param>
/// <param name="ShortOi">Short open interest, units.</param>
/// <param name="LongOiRaw">Long OI, WAD of the underlying.</param>
/// <param name="ShortOiRaw">Short OI, WAD.</param>
/// <param name="LongNotional">Long OI at the index, base asset.</param>
/// <param name="ShortNotional">Short OI at the index, base asset.</param>
/// <param name="LongCount">Long positions.</param>
/// <param name="ShortCount">Short positions.</param>
/// <param name="FundingRateRaw">fundingRate(skew, skewScale, maxFundingRatePerSecond), WAD per second (§13.4; positive: longs pay).</param>
/// <param name="FundingPerHour">The rate per hour, percent of the index with 4 decimals ("0.0036%/h").</param>
/// <param name="FundingPerYear">The rate annualized, percent with 2 decimals.</param>
/// <param name="AdlDeficit">Deficit waiting for auto-deleveraging, base asset.</param>
/// <param name="Status">"active", "reduce-only" or "delisted".</param>
public sealed record PerpMarketDto(
    string Symbol, string Index, string LongOi, string ShortOi, string LongOiRaw, string ShortOiRaw, string LongNotional, string ShortNotional,
    long LongCount, long ShortCount, string FundingRateRaw, string FundingPerHour, string FundingPerYear, string AdlDeficit, string Status);

/// <summary>The liquidity vault: LP assets and their PnL.</summary>
/// <param name="Assets">totalAssets() = lpAssets (§13.8), base asset.</param>
/// <param name="AssetsRaw">The same in base units.</param>
/// <param name="NetDeposits">LP deposits minus withdrawals (ERC-4626 events), base asset.</param>
/// <param name="Pnl">Assets − net deposits: the LPs' PnL (fees, funding, traders' losses minus their profits), signed.</param>
/// <param name="PnlRaw">The same in base units.</param>
/// <param name="TotalCash">Σ traders' perp cash the vault holds, signed.</param>
/// <param name="NetNotional">Σ net notional at the markets' last touch (what the exposure cap bounds).</param>
public sealed record LiquidityVaultDto(string Assets, string AssetsRaw, string NetDeposits, string Pnl, string PnlRaw, string TotalCash, string NetNotional);

/// <summary>One open position (a row of the positions table).</summary>
/// <param name="Owner">Owner.</param>
/// <param name="SubId">Sub-account (0 = cross).</param>
/// <param name="Mode">"cross" or "isolated".</param>
/// <param name="Market">Market symbol.</param>
/// <param name="Side">"long" or "short".</param>
/// <param name="Size">Size in units of the underlying.</param>
/// <param name="SizeRaw">Size WAD.</param>
/// <param name="Notional">Notional at the index, base asset.</param>
/// <param name="NotionalSort">Notional as a number, for sorting by size.</param>
/// <param name="Entry">Average entry price.</param>
/// <param name="Mark">Index price.</param>
/// <param name="UnrealizedPnl">Unrealized PnL, signed base asset.</param>
/// <param name="FundingOwed">Funding owed since the last settlement (positive: the account pays).</param>
/// <param name="InitialMargin">IM of the position.</param>
/// <param name="MaintenanceMargin">MM of the position.</param>
/// <param name="Health">The account's one health (§13.6), 4 decimals or ∞.</param>
/// <param name="HealthRaw">Health WAD as perpMargin reports it.</param>
/// <param name="HealthSort">Health as a number for sorting (null = ∞).</param>
/// <param name="LiquidationPrice">Index at which the account is liquidated through this market ("now", "none" or a price).</param>
public sealed record PerpPositionDto(
    string Owner, string SubId, string Mode, string Market, string Side, string Size, string SizeRaw, string Notional, double NotionalSort,
    string Entry, string Mark, string UnrealizedPnl, string FundingOwed, string InitialMargin, string MaintenanceMargin,
    string Health, string HealthRaw, double? HealthSort, string LiquidationPrice);

/// <summary>A perp liquidation, insurance draw or deleveraging seen in the vault's events.</summary>
/// <param name="Block">Block.</param>
/// <param name="Kind">"liquidation", "insurance" (PerpDeficit) or "deleveraging".</param>
/// <param name="Market">Market symbol.</param>
/// <param name="Owner">Account owner.</param>
/// <param name="SubId">Sub-account.</param>
/// <param name="Text">What happened, with amounts.</param>
public sealed record PerpEventDto(long Block, string Kind, string Market, string Owner, string SubId, string Text);

/// <summary>The /api/perps answer.</summary>
/// <param name="Block">Block read (0 before the first sample or without perps).</param>
/// <param name="Markets">Markets.</param>
/// <param name="Vault">Liquidity vault (null when the deployment has none).</param>
/// <param name="Positions">Open positions of every account that ever traded.</param>
/// <param name="Events">Liquidations, insurance draws and deleveragings, oldest first.</param>
/// <param name="InsuranceDrawn">Σ covered of PerpDeficit events, base asset.</param>
/// <param name="Problem">Why perps could not be read, else null.</param>
public sealed record PerpsDto(long Block, IReadOnlyList<PerpMarketDto> Markets, LiquidityVaultDto? Vault, IReadOnlyList<PerpPositionDto> Positions,
    IReadOnlyList<PerpEventDto> Events, string InsuranceDrawn, string? Problem);
