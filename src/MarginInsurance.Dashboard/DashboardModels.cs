using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Dashboard;

// Wire models of the JSON API. Amounts are carried twice: for people (TokenAmount.Format: "695,000.61 USDC", ratios as
// percentages, health with 4 decimals) and, where a check needs it, raw integers as strings (to the wei).

/// <summary>One collateral holding of an account.</summary>
/// <param name="Symbol">Collateral symbol.</param>
/// <param name="Balance">Balance, exact decimal in the token's units.</param>
/// <param name="Value">Value in the base asset, exact decimal.</param>
/// <param name="SharePct">Share of the account's collateral value, percent.</param>
/// <param name="Tier">Size bracket of the position (1, 2 or 3) by the asset's tier breaks.</param>
/// <param name="AddOnBps">Volatility add-on in force, bps.</param>
/// <param name="BaseLtBps">Governance liquidation threshold, bps.</param>
/// <param name="EffectiveLtPct">Liquidation capacity / value after tiers and add-on, percent.</param>
public sealed record HoldingDto(string Symbol, string Balance, string Value, double SharePct, int Tier, int AddOnBps, int BaseLtBps, double EffectiveLtPct);

/// <summary>An add-on call: an add-on increase announced on chain (setAddOn) for an asset the account holds.</summary>
/// <param name="Symbol">Asset.</param>
/// <param name="AddOnBps">Add-on that will apply.</param>
/// <param name="EffectiveAt">Unix time it applies.</param>
public sealed record AddOnCallDto(string Symbol, int AddOnBps, long EffectiveAt);

/// <summary>One row of the accounts table.</summary>
/// <param name="Owner">Owner address.</param>
/// <param name="SubId">Sub-account id (0 = cross).</param>
/// <param name="Mode">"cross" or "isolated".</param>
/// <param name="Health">Health as shown (4 decimals or ∞).</param>
/// <param name="HealthRaw">Health WAD as the vault's health view reports it (2^256−1 without debt).</param>
/// <param name="HealthSort">Health as a number for sorting (null = ∞).</param>
/// <param name="Debt">Debt, exact decimal in the base asset.</param>
/// <param name="DebtRaw">Debt in base units.</param>
/// <param name="CollateralValue">Collateral value, exact decimal in the base asset.</param>
/// <param name="LiquidationCapacity">Liquidation capacity (maintenance margin), exact decimal.</param>
/// <param name="BorrowCapacity">Borrow capacity (initial margin), exact decimal.</param>
/// <param name="Utilization">Margin utilization as shown (percent, 2 decimals).</param>
/// <param name="UtilizationRaw">Margin utilization WAD.</param>
/// <param name="Holdings">Collateral mix.</param>
/// <param name="AddOnCalls">Add-on calls: add-on increases announced on chain for assets the account holds, not yet in force.</param>
/// <param name="Liquidations">Liquidations of this account seen in vault events.</param>
/// <param name="Problem">Why the account could not be valued (e.g. no oracle price), else null.</param>
public sealed record AccountRowDto(
    string Owner, string SubId, string Mode, string Health, string? HealthRaw, double? HealthSort,
    string Debt, string DebtRaw, string CollateralValue, string LiquidationCapacity, string BorrowCapacity,
    string Utilization, string? UtilizationRaw, IReadOnlyList<HoldingDto> Holdings, IReadOnlyList<AddOnCallDto> AddOnCalls,
    int Liquidations, string? Problem);

/// <summary>Oracle price of one asset.</summary>
/// <param name="Symbol">Asset.</param>
/// <param name="Price">Price in base per whole token, exact decimal of the WAD (null when the router reverts).</param>
/// <param name="PriceWad">Raw WAD.</param>
public sealed record PriceDto(string Symbol, string? Price, string? PriceWad);

/// <summary>Market-wide state at the sampled block.</summary>
/// <param name="TotalSupply">Lenders' claims.</param>
/// <param name="TotalBorrows">Borrowers' debt.</param>
/// <param name="Utilization">Market utilization, percent with 2 decimals ("2.91%").</param>
/// <param name="InsuranceAssets">Insurance pool assets.</param>
/// <param name="CoverageRatio">Insurance assets / borrows, percent with 2 decimals (or ∞).</param>
/// <param name="Paused">New risk paused.</param>
/// <param name="Liquidations">Liquidations since deployment.</param>
/// <param name="Repaid">Debt repaid by liquidations since deployment.</param>
/// <param name="BadDebt">Bad debt realized since deployment.</param>
/// <param name="InsuranceCovered">Part of it the insurance pool paid.</param>
/// <param name="Socialized">Part of it spread over lenders.</param>
public sealed record MarketDto(
    string TotalSupply, string TotalBorrows, string Utilization, string InsuranceAssets, string CoverageRatio, bool Paused,
    int Liquidations, string Repaid, string BadDebt, string InsuranceCovered, string Socialized);

/// <summary>The /api/accounts answer.</summary>
/// <param name="Network">Deployment network.</param>
/// <param name="ChainId">Chain id.</param>
/// <param name="Block">Block the rows were read at (0 before the first sample).</param>
/// <param name="Timestamp">That block's timestamp.</param>
/// <param name="BaseSymbol">Base asset symbol.</param>
/// <param name="Market">Market-wide state.</param>
/// <param name="Prices">Oracle prices.</param>
/// <param name="Accounts">Rows, in discovery order.</param>
/// <param name="SampledAt">Wall-clock time of the sample.</param>
public sealed record AccountsDto(
    string Network, long ChainId, long Block, long Timestamp, string BaseSymbol, MarketDto? Market,
    IReadOnlyList<PriceDto> Prices, IReadOnlyList<AccountRowDto> Accounts, DateTimeOffset? SampledAt);

/// <summary>One point of the time series (one sampled block).</summary>
/// <param name="Block">Block number.</param>
/// <param name="Timestamp">Block timestamp.</param>
/// <param name="Prices">Oracle price by symbol (null when unavailable).</param>
/// <param name="HealthBuckets">Accounts by health: &lt;1, 1–1.1, 1.1–1.25, 1.25–1.5, 1.5–2, ≥2 (no debt counts as ≥2).</param>
/// <param name="Liquidations">Cumulative liquidations.</param>
/// <param name="Repaid">Cumulative debt repaid by liquidations.</param>
/// <param name="BadDebt">Cumulative bad debt.</param>
/// <param name="InsuranceAssets">Insurance pool assets.</param>
/// <param name="CoverageRatio">Insurance coverage ratio (null when nothing is borrowed).</param>
/// <param name="Utilization">Market utilization.</param>
public sealed record SeriesPointDto(
    long Block, long Timestamp, IReadOnlyDictionary<string, double?> Prices, int[] HealthBuckets,
    int Liquidations, double Repaid, double BadDebt, double InsuranceAssets, double? CoverageRatio, double Utilization);

/// <summary>VaR/ES and margin recommendation of one collateral asset.</summary>
/// <param name="Symbol">Collateral symbol.</param>
/// <param name="Series">Price series used (e.g. ETH), or null when none ships.</param>
/// <param name="AsOf">Last date of the series.</param>
/// <param name="Observations">Returns used.</param>
/// <param name="Model">VaR model.</param>
/// <param name="Volatility">Daily EWMA volatility forecast.</param>
/// <param name="Var99">One-day 99% VaR of the log loss.</param>
/// <param name="Es99">One-day 99% ES.</param>
/// <param name="Var975">One-day 97.5% VaR.</param>
/// <param name="Es975">One-day 97.5% ES (drives margin).</param>
/// <param name="BaseLtBps">On-chain base liquidation threshold.</param>
/// <param name="OnChainAddOnBps">vault.effectiveAddOn at the sampled block.</param>
/// <param name="RecommendedAddOnBps">Risk engine's recommendation within the on-chain bounds.</param>
/// <param name="RawAddOnBps">Recommendation before bounds.</param>
/// <param name="Bound">Bound that applied.</param>
/// <param name="Problem">Why no estimate is available.</param>
/// <param name="Sigma">The σ used, said aloud: source and as-of date (the engine's one σ rule).</param>
public sealed record AssetRiskDto(
    string Symbol, string? Series, string? AsOf, int Observations, string Model, double? Volatility,
    double? Var99, double? Es99, double? Var975, double? Es975,
    int? BaseLtBps, int? OnChainAddOnBps, int? RecommendedAddOnBps, int? RawAddOnBps, string? Bound, string? Problem, string? Sigma = null);

/// <summary>One stress scenario on the current book: every collateral price shocked down.</summary>
/// <param name="ShockPct">Shock, percent.</param>
/// <param name="Liquidatable">Accounts that would be below health 1.</param>
/// <param name="Shortfall">Debt not covered by collateral value (bad debt before bonus), base asset.</param>
/// <param name="InsuranceAssets">Insurance pool assets now.</param>
/// <param name="CoveredByInsurance">Whether the pool covers the shortfall.</param>
public sealed record StressDto(double ShockPct, int Liquidatable, string Shortfall, string InsuranceAssets, bool CoveredByInsurance);

/// <summary>The /api/risk answer.</summary>
/// <param name="Block">Block of the on-chain add-ons and stress book.</param>
/// <param name="Ready">Whether the VaR/ES computation has finished.</param>
/// <param name="Assets">Per-asset risk.</param>
/// <param name="Stress">Stress table.</param>
public sealed record RiskDto(long Block, bool Ready, IReadOnlyList<AssetRiskDto> Assets, IReadOnlyList<StressDto> Stress);

/// <summary>The dashboard's own sampler health.</summary>
/// <param name="LastBlock">Last block sampled.</param>
/// <param name="Samples">Samples taken.</param>
/// <param name="RpcErrors">Failed samples.</param>
/// <param name="LastError">Last error message.</param>
/// <param name="LastSampleMs">Duration of the last sample.</param>
public sealed record SamplerDto(long LastBlock, long Samples, long RpcErrors, string? LastError, double LastSampleMs);

/// <summary>The /api/keeper answer.</summary>
/// <param name="Attached">Whether a keeper registered an <see cref="IKeeperStatusProvider"/>.</param>
/// <param name="Status">Its status.</param>
/// <param name="Error">Error the provider threw.</param>
/// <param name="Sampler">The dashboard's own sampler.</param>
public sealed record KeeperDto(bool Attached, KeeperStatus? Status, string? Error, SamplerDto Sampler);
