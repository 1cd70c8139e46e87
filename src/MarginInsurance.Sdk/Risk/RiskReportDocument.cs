using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MarginInsurance.Core.Risk;

namespace MarginInsurance.Sdk.Risk;

/// <summary>The liquidation price as text.</summary>
/// <param name="Status">price, noDebt, none or atAnyPrice.</param>
/// <param name="Price">"1,667.90351234 USDC" (null without a price).</param>
/// <param name="FeedAnswer">The raw feed answer of <paramref name="Price"/>.</param>
/// <param name="Tick">One feed unit.</param>
/// <param name="ChangeFromNow">"-16.60%".</param>
/// <param name="HealthAt">Health at the price.</param>
/// <param name="HealthOneTickAbove">Health one tick above.</param>
public sealed record LiquidationPriceDocument(string Status, string? Price, string? FeedAnswer, string Tick, string? ChangeFromNow, string? HealthAt, string? HealthOneTickAbove);

/// <summary>A pending add-on as text.</summary>
/// <param name="AddOn">"6.00%".</param>
/// <param name="EffectiveAt">ISO date.</param>
/// <param name="HealthThen">Health then.</param>
/// <param name="UtilizationThen">Utilization then.</param>
public sealed record PendingAddOnDocument(string AddOn, string EffectiveAt, string HealthThen, string UtilizationThen);

/// <summary>A requirement as text.</summary>
/// <param name="LiquidationThreshold">Base LT.</param>
/// <param name="BorrowFactor">Base BF.</param>
/// <param name="Bracket">Bracket reached.</param>
/// <param name="TierBreaks">"1,000,000 USDC / 5,000,000 USDC".</param>
/// <param name="BracketCut">Cut of the bracket.</param>
/// <param name="AddOn">Add-on in force.</param>
/// <param name="MarginalThreshold">Threshold on the last unit.</param>
/// <param name="LiquidationCapacity">Counted toward health.</param>
/// <param name="BorrowCapacity">Counted toward borrowing.</param>
/// <param name="Pending">Pending add-on.</param>
public sealed record RequirementDocument(string LiquidationThreshold, string BorrowFactor, int Bracket, string TierBreaks, string BracketCut, string AddOn,
    string MarginalThreshold, string LiquidationCapacity, string BorrowCapacity, PendingAddOnDocument? Pending);

/// <summary>A collateral as text.</summary>
/// <param name="Symbol">Symbol.</param>
/// <param name="Token">Address.</param>
/// <param name="Balance">Balance with symbol.</param>
/// <param name="Price">Oracle price.</param>
/// <param name="Value">Value.</param>
/// <param name="LiquidationPrice">Liquidation price.</param>
/// <param name="Requirement">Requirement.</param>
public sealed record CollateralDocument(string Symbol, string Token, string Balance, string Price, string Value, LiquidationPriceDocument LiquidationPrice, RequirementDocument Requirement);

/// <summary>A scenario as text.</summary>
/// <param name="Label">Scenario.</param>
/// <param name="Health">Health.</param>
/// <param name="Utilization">Utilization.</param>
/// <param name="Liquidatable">Below 1.</param>
/// <param name="OutsideOracleBounds">The oracle would refuse a shocked price.</param>
/// <param name="Liquidations">Liquidation calls.</param>
/// <param name="Repaid">Repaid.</param>
/// <param name="Seized">Seized per asset.</param>
/// <param name="Bonus">Bonus.</param>
/// <param name="InsuranceFee">Fee.</param>
/// <param name="BadDebt">Bad debt.</param>
/// <param name="Covered">Covered by insurance.</param>
/// <param name="Socialized">Borne by lenders.</param>
public sealed record ScenarioDocument(string Label, string Health, string Utilization, bool Liquidatable, bool OutsideOracleBounds, int Liquidations,
    string Repaid, IReadOnlyList<string> Seized, string Bonus, string InsuranceFee, string BadDebt, string Covered, string Socialized);

/// <summary>A history entry as text.</summary>
/// <param name="Kind">Kind.</param>
/// <param name="Block">Block.</param>
/// <param name="At">ISO date, if known.</param>
/// <param name="TransactionHash">Transaction.</param>
/// <param name="Description">What happened.</param>
public sealed record RiskEventDocument(string Kind, long Block, string? At, string? TransactionHash, string Description);

/// <summary>
/// A <see cref="RiskReport"/> as JSON-friendly text (token units with symbols, percentages, ISO dates, health to 4 decimals):
/// what the CLI's <c>--format json</c>, the dashboard's account API and the keeper's margin-call webhook carry.
/// </summary>
/// <param name="Owner">Owner.</param>
/// <param name="SubId">Sub-account.</param>
/// <param name="Margin">cross or isolated.</param>
/// <param name="Block">Block.</param>
/// <param name="At">ISO date of the block.</param>
/// <param name="Debt">Debt.</param>
/// <param name="Health">Health.</param>
/// <param name="Utilization">Utilization.</param>
/// <param name="Liquidatable">Below 1 now.</param>
/// <param name="LiquidationCapacity">Liquidation capacity.</param>
/// <param name="BorrowCapacity">Borrow capacity.</param>
/// <param name="Collateral">Collateral.</param>
/// <param name="StressGrid">Stress grid.</param>
/// <param name="History">History.</param>
/// <param name="Now">Today's prices as a scenario (the liquidation outcome now).</param>
public sealed record RiskReportDocument(string Owner, string SubId, string Margin, long Block, string At, string Debt, string Health, string Utilization,
    bool Liquidatable, string LiquidationCapacity, string BorrowCapacity, IReadOnlyList<CollateralDocument> Collateral,
    IReadOnlyList<ScenarioDocument> StressGrid, IReadOnlyList<RiskEventDocument> History, ScenarioDocument? Now)
{
    /// <summary>camelCase, indented, enums as camelCase strings.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The document of <paramref name="report"/>.</summary>
    public static RiskReportDocument From(RiskReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var b = report.BaseSymbol;
        return new RiskReportDocument(report.Account.Owner, report.Account.SubId.ToString(CultureInfo.InvariantCulture), report.Account.IsCross ? "cross" : "isolated",
            report.Block, RiskText.Date(report.At), RiskText.Amount(report.Debt, b), RiskText.Health(report.Health), RiskText.Percent(report.Utilization), report.IsLiquidatable,
            RiskText.Amount(report.LiquidationCapacity, b), RiskText.Amount(report.BorrowCapacity, b),
            report.Collateral.Select(c => CollateralDoc(c, b)).ToList(), report.StressGrid.Select(s => Scenario(s, b)).ToList(),
            report.History.Select(e => new RiskEventDocument(JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()), e.Block, e.At is { } t ? RiskText.Date(t) : null,
                e.TransactionHash, e.Description)).ToList(),
            report.Now is { } now ? Scenario(now, b) : null);
    }

    /// <summary>A scenario as text.</summary>
    public static ScenarioDocument Scenario(ScenarioView s, string baseSymbol)
    {
        ArgumentNullException.ThrowIfNull(s);
        string A(Amounts.TokenAmount x) => RiskText.Amount(x, baseSymbol);
        return new ScenarioDocument(s.Label, RiskText.Health(s.Health), RiskText.Percent(s.Utilization), s.Liquidatable, s.OutsideOracleBounds, s.Liquidations,
            A(s.Repaid), s.Seized.Select(x => RiskText.Amount(x.Amount, x.Symbol)).ToList(), A(s.Bonus), A(s.InsuranceFee), A(s.BadDebt), A(s.Covered), A(s.Socialized));
    }

    /// <summary>Serialized with <see cref="Json"/>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    private static CollateralDocument CollateralDoc(CollateralRisk c, string b)
    {
        var lp = c.LiquidationPrice;
        var rq = c.Requirement;
        var lpDoc = new LiquidationPriceDocument(JsonNamingPolicy.CamelCase.ConvertName(lp.Status.ToString()),
            lp.Price is { } p ? RiskText.Amount(p, b) : null, lp.Price?.Raw.ToString(CultureInfo.InvariantCulture), RiskText.Amount(lp.Tick, b),
            lp.ChangeFromNow is { } ch ? RiskText.Change(ch) : null, lp.HealthAt is { } ha ? RiskText.HealthPrecise(ha) : null, lp.HealthOneTickAbove is { } hb ? RiskText.HealthPrecise(hb) : null);
        var pending = rq.Pending is { } pa
            ? new PendingAddOnDocument(RiskText.Bps(pa.AddOnBps), RiskText.Date(pa.EffectiveAt), RiskText.Health(pa.HealthThen), RiskText.Percent(pa.UtilizationThen))
            : null;
        var rqDoc = new RequirementDocument(RiskText.Bps(rq.LiquidationThresholdBps), RiskText.Bps(rq.BorrowFactorBps), rq.Bracket,
            $"{RiskText.Amount(rq.TierBreak1, b)} / {RiskText.Amount(rq.TierBreak2, b)}", RiskText.Bps(rq.BracketCutBps), RiskText.Bps(rq.AddOnBps),
            RiskText.Bps(rq.MarginalLiquidationThresholdBps), RiskText.Amount(rq.LiquidationCapacity, b), RiskText.Amount(rq.BorrowCapacity, b), pending);
        return new CollateralDocument(c.Symbol, c.Token, RiskText.Amount(c.Balance, c.Symbol), RiskText.Amount(c.Price, b), RiskText.Amount(c.Value, b), lpDoc, rqDoc);
    }
}
