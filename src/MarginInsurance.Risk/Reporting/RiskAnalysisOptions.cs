using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Perpetuals;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Reporting;

/// <summary>Everything a full risk analysis needs; defaults are the documented ones.</summary>
/// <param name="Prices">Price series, one per asset.</param>
/// <param name="Gaps">Gap policy for returns.</param>
/// <param name="Settings">Engine settings.</param>
/// <param name="Policy">Margin policy.</param>
/// <param name="Bounds">On-chain add-on bounds.</param>
/// <param name="MarginInputs">Per-asset inputs (defaults from <see cref="DefaultMarginInputs"/>).</param>
/// <param name="Accounts">Account book, or null for a synthetic one of <paramref name="SyntheticAccounts"/> accounts.</param>
/// <param name="SyntheticAccounts">Size of the synthetic book.</param>
/// <param name="Scenarios">Monte Carlo scenarios.</param>
/// <param name="Seed">Seed of every random draw.</param>
/// <param name="PoolSize">Insurance pool in USD, or null for 1% of total debt.</param>
/// <param name="ImpliedVolatility">Implied-volatility source by asset (constant, index or surface; optional).</param>
/// <param name="ImpliedRule">Combination rule for implied volatility.</param>
/// <param name="BacktestFrom">First backtest date.</param>
/// <param name="BacktestTo">Last backtest date.</param>
/// <param name="Depth">Liquidation cost from depth by asset (a given depth curve and sale size); assets without one use their fixed slippage.</param>
/// <param name="PerpInputs">Perp instrument inputs by asset (defaults from <see cref="DefaultPerpInputs"/>).</param>
/// <param name="PerpPolicy">How perp tiers are derived (defaults documented).</param>
/// <param name="PerpBook">Book of perp positions for the replays, or null for the synthetic one.</param>
public sealed record RiskAnalysisOptions(
    IReadOnlyList<PriceSeries> Prices,
    GapPolicy Gaps = GapPolicy.Drop,
    RiskEngineSettings? Settings = null,
    MarginPolicy? Policy = null,
    AddOnBounds? Bounds = null,
    IReadOnlyDictionary<string, AssetMarginInputs>? MarginInputs = null,
    AccountBook? Accounts = null,
    int SyntheticAccounts = 10_000,
    int Scenarios = 100_000,
    ulong Seed = 42,
    double? PoolSize = null,
    IReadOnlyDictionary<string, ImpliedVolatilitySource>? ImpliedVolatility = null,
    ImpliedVolatilityRule? ImpliedRule = null,
    DateOnly? BacktestFrom = null,
    DateOnly? BacktestTo = null,
    IReadOnlyDictionary<string, LiquidationDepth>? Depth = null,
    IReadOnlyDictionary<string, PerpInstrumentInputs>? PerpInputs = null,
    PerpTierPolicy? PerpPolicy = null,
    PerpBook? PerpBook = null)
{
    /// <summary>Settings or defaults.</summary>
    public RiskEngineSettings EffectiveSettings => Settings ?? new RiskEngineSettings();

    /// <summary>Policy or defaults.</summary>
    public MarginPolicy EffectivePolicy => Policy ?? new MarginPolicy();

    /// <summary>Bounds or defaults.</summary>
    public AddOnBounds EffectiveBounds => Bounds ?? new AddOnBounds();

    /// <summary>Inputs for an asset: configured, else the shipped defaults of a known asset; an unknown asset without inputs is refused.</summary>
    /// <exception cref="ArgumentException">No inputs for the asset (the message names them).</exception>
    public AssetMarginInputs InputsFor(string asset) =>
        MarginInputs is not null && MarginInputs.TryGetValue(asset, out var i) ? i
        : DefaultMarginInputs.ByAsset.TryGetValue(asset, out var d) ? d
        : throw new ArgumentException(DefaultMarginInputs.MissingMessage(asset));

    /// <summary>Inputs for an asset with the slippage read from its depth curve at the liquidation-sized sale, when one is given.</summary>
    /// <exception cref="ArgumentException">No inputs for the asset (the message names them).</exception>
    public AssetMarginInputs InputsWithDepth(string asset) =>
        DepthFor(asset) is { } d ? InputsFor(asset).WithDepth(d.Curve, d.SaleValue) : InputsFor(asset);

    /// <summary>The depth curve and sale size of an asset, or null (fixed slippage).</summary>
    public LiquidationDepth? DepthFor(string asset) =>
        Depth is not null && Depth.TryGetValue(asset, out var d) ? d : null;

    /// <summary>Implied source of an asset, or null.</summary>
    public ImpliedVolatilitySource? ImpliedFor(string asset) =>
        ImpliedVolatility is not null && ImpliedVolatility.TryGetValue(asset, out var s) ? s : null;
}
