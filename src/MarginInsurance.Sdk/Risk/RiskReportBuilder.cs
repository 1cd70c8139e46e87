using System.Numerics;
using MarginInsurance.Core;
using MarginInsurance.Core.Risk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk.Risk;

/// <summary>Turns the exact Core analysis of an account into a <see cref="RiskReport"/> in token units.</summary>
public static class RiskReportBuilder
{
    /// <summary>Builds the report of <paramref name="account"/> from <paramref name="input"/> read at <paramref name="block"/>.</summary>
    /// <param name="account">The account.</param>
    /// <param name="input">Exact inputs.</param>
    /// <param name="block">Block they were read at.</param>
    /// <param name="baseSymbol">Base asset symbol.</param>
    /// <param name="symbols">Symbol and decimals by token address.</param>
    /// <param name="history">History, oldest first.</param>
    public static RiskReport Build(AccountId account, AccountRiskInput input, long block, string baseSymbol,
        IReadOnlyDictionary<string, string> symbols, IReadOnlyList<RiskEvent> history)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(symbols);
        string Symbol(string token) => symbols.TryGetValue(token, out var s) ? s : token;
        var analysis = AccountRiskAnalysis.Of(input, Symbol);
        var baseDecimals = input.Market.BaseDecimals;
        TokenAmount B(BigInteger raw) => new(raw, baseDecimals);
        var now = analysis.Now;
        var collateral = input.Collateral.Select((c, i) =>
        {
            var lp = analysis.LiquidationPrices[i];
            var rq = analysis.Requirements[i];
            var price = new TokenAmount(c.Answer, c.FeedDecimals);
            double? change = lp.Answer is { } a && !c.Answer.IsZero ? (double)(a - c.Answer) / (double)c.Answer : null;
            var lpView = new LiquidationPriceView(lp.Kind, lp.Status, lp.Answer is { } x ? new TokenAmount(x, c.FeedDecimals) : null,
                new TokenAmount(BigInteger.One, c.FeedDecimals), change, W(lp.HealthAt), W(lp.HealthOneTickAbove));
            var pending = rq.Pending is { } p
                ? new PendingAddOnView((int)p.AddOnBps, DateTimeOffset.FromUnixTimeSeconds((long)p.EffectiveAt), new Wad(p.HealthThen), new Wad(p.UtilizationThen))
                : null;
            var rqView = new RequirementView((int)rq.LiquidationThresholdBps, (int)rq.BorrowFactorBps, rq.Bracket, B(rq.TierBreak1), B(rq.TierBreak2),
                (int)rq.BracketCutBps, (int)rq.AddOnBps, (int)rq.MarginalLiquidationThresholdBps, B(rq.LiquidationCapacity), B(rq.BorrowCapacity), pending);
            return new CollateralRisk(Symbol(c.Asset), c.Asset, new TokenAmount(c.Balance, c.Config.Decimals), price, B(rq.Value), lpView, rqView);
        }).ToList();

        var report = new RiskReport(account, block, DateTimeOffset.FromUnixTimeSeconds((long)input.Timestamp), baseSymbol, B(now.Debt),
            new Wad(now.Health), new Wad(now.Utilization), B(now.LiquidationCapacity), B(now.BorrowCapacity), collateral, [], history, input, symbols);
        return report with { StressGrid = analysis.StressGrid.Select(s => Scenario(s, report)).ToList(), Now = Scenario(WhatIf.Apply(input, [], "now"), report) };
    }

    /// <summary>A Core what-if result in the report's token units.</summary>
    public static ScenarioView Scenario(WhatIfResult result, RiskReport report)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(report);
        var o = result.Outcome;
        var seized = o.Seized.Select(s =>
        {
            var c = report.Input.Collateral.First(x => x.Asset == s.Asset);
            return new SeizedView(report.Symbols.TryGetValue(s.Asset, out var sym) ? sym : s.Asset, new TokenAmount(s.Amount, c.Config.Decimals), report.BaseAmount(s.Value));
        }).ToList();
        return new ScenarioView(result.Label, new Wad(result.Snapshot.Health), new Wad(result.Snapshot.Utilization), result.Snapshot.IsLiquidatable,
            result.OutsideOracleBounds, o.Liquidations, report.BaseAmount(o.Repaid), seized, report.BaseAmount(o.Bonus), report.BaseAmount(o.InsuranceFee),
            report.BaseAmount(o.BadDebt), report.BaseAmount(o.Covered), report.BaseAmount(o.Socialized));
    }

    private static Wad? W(BigInteger? raw) => raw is { } r ? new Wad(r) : null;
}
