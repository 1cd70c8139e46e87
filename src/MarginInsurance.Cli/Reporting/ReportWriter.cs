using System.Globalization;
using System.Net;
using System.Text;
using MarginInsurance.Risk.Insurance;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Reporting;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Cli.Reporting;

/// <summary>Writes index.html (self-contained: plots embedded as data URIs, inline CSS, no CDN) and the PNG files.</summary>
internal static class ReportWriter
{
    public static string Write(RiskAnalysisResult r, string dir)
    {
        Directory.CreateDirectory(dir);
        var o = r.Options;
        var s = o.EffectiveSettings;
        var p = o.EffectivePolicy;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>MarginInsurance risk report</title>
            <style>
            body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.45}
            table{border-collapse:collapse;margin:.6em 0 1.4em;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}
            th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}img{max-width:100%;border:1px solid #ddd;margin:.4em 0}
            .green{background:#d8f5d0}.yellow{background:#fff3b0}.red{background:#ffc9c9}code{background:#f5f5f5;padding:0 .2em}
            .note{color:#555;font-size:.9em}
            </style></head><body>
            <h1>MarginInsurance risk report</h1>
            <p class="note">Data: {{Enc(string.Join(", ", o.Prices.Select(x => $"{x.Asset} {x.Dates[0]:yyyy-MM-dd}..{x.Dates[^1]:yyyy-MM-dd}")))}}.
            Gap rule: <code>{{o.Gaps}}</code>{{Enc(GapNote(r))}}. VaR confidence {{s.VarConfidence:P1}}, ES confidence {{s.EsConfidence:P1}}, EWMA λ {{s.EwmaLambda}},
            window {{s.MinHistory}}–{{s.MaxWindow}} days, seed {{o.Seed}}. Default margin model: <b>{{Enc(RiskEngineSettings.DefaultMarginModel.Name)}}</b>.
            Methods and conventions: <code>docs/risk.md</code>.</p>
            """);

        html.Append("<h2>1. Tomorrow's one-day VaR / ES</h2><p class=note>Fraction of position value (1 − e<sup>−L</sup>).</p><table><tr><th>Asset</th><th>Model</th><th>VaR</th><th>ES</th></tr>");
        foreach (var a in r.Assets)
        foreach (var f in a.Forecasts)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{a.Asset}</td><td>{Enc(f.Model)}</td><td>{Horizon.LogLossToFraction(f.Var.Var):P2}</td><td>{Horizon.LogLossToFraction(f.Es.Es):P2}</td></tr>");
        html.Append("</table>");
        foreach (var a in r.Assets) Img(html, ReportPlots.ReturnHistogram(a, s.VarConfidence, s.EsConfidence, dir), dir);
        html.Append("<h3>GARCH(1,1) fits (maximum likelihood)</h3><table><tr><th>Asset</th><th>ω</th><th>α</th><th>β</th><th>α+β</th><th>long-run daily vol</th></tr>");
        foreach (var a in r.Assets.Where(x => x.Garch is not null))
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{a.Asset}</td><td>{a.Garch!.Omega:E2}</td><td>{a.Garch.Alpha:0.000}</td><td>{a.Garch.Beta:0.000}</td><td>{a.Garch.Alpha + a.Garch.Beta:0.000}</td><td>{(a.Garch.Alpha + a.Garch.Beta < 0.999 ? Math.Sqrt(a.Garch.LongRunVariance).ToString("P2", CultureInfo.InvariantCulture) : "n/a (integrated: α+β ≈ 1)")}</td></tr>");
        html.Append("</table>");

        var first = r.Assets[0].Backtests[0];
        html.Append(CultureInfo.InvariantCulture, $"<h2>2. Backtest</h2><p class=note>Rolling one-day {s.VarConfidence:P0} VaR forecasts {first.Dates[0]:yyyy-MM-dd}..{first.Dates[^1]:yyyy-MM-dd} (dates vary per asset). Kupiec POF and Christoffersen independence χ²(1) p-values; zone = Basel traffic light on the whole sample (binomial rule); last column = share of 250-day windows in the red zone.</p>");
        html.Append("<table><tr><th>Asset</th><th>Model</th><th>Days</th><th>Exceptions</th><th>Expected</th><th>Kupiec p</th><th>Christoffersen p</th><th>Zone</th><th>Red 250d windows</th></tr>");
        foreach (var b in r.Assets.SelectMany(a => a.Backtests))
        {
            var zone = b.Zone.ToString().ToLowerInvariant();
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{b.Asset}</td><td>{Enc(b.Model)}</td><td>{b.Observations}</td><td>{b.ExceptionCount}</td><td>{b.ExpectedExceptions:0.0}</td><td class='{(b.Kupiec.PValue < 0.05 ? "red" : "green")}'>{b.Kupiec.PValue:0.0000}</td><td class='{(b.Christoffersen.PValue < 0.05 ? "red" : "green")}'>{b.Christoffersen.PValue:0.0000}</td><td class='{zone}'>{b.Zone}</td><td>{b.RollingZoneShares().Red:P1}</td></tr>");
        }
        html.Append("</table>");
        foreach (var a in r.Assets) Img(html, ReportPlots.RollingVar(a, dir), dir);

        html.Append(CultureInfo.InvariantCulture, $"<h2>3. Account book and portfolio risk</h2><p class=note>{(o.Accounts is null ? $"Synthetic book of {r.Book.Count:N0} accounts (seed {o.Seed}; no real positions ship with the repository)" : $"{r.Book.Count:N0} accounts from --accounts")}, total debt {r.Book.TotalDebt:N0} USD; {r.CurrentHealths.Count(h => h < 1.1):N0} accounts below health 1.1 today. Monte Carlo: multivariate Student-t, ν = {r.Tail.DegreesOfFreedom:0.0}, volatility scale {r.Tail.VolatilityScale:0.000} (calibrated to the pooled filtered-HS {s.VarConfidence:P0} quantile), EWMA covariance, {o.Scenarios:N0} scenarios.</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Cross-margin book, one-day collateral loss at {p.EsConfidence:P1}: MC VaR {r.BookRisk.Risk.Var:N0} USD, MC ES {r.BookRisk.Risk.Es:N0} USD (normal: ES {r.BookRiskNormal.Risk.Es:N0}); sum of isolated ES {r.IsolatedEsSum:N0} USD (diversification benefit {1 - r.BookRisk.Risk.Es / r.IsolatedEsSum:P1}).</p>");
        html.Append("<table><tr><th>Asset</th><th>Exposure USD</th><th>Marginal ES (per USD)</th><th>Component ES USD</th><th>Share</th><th>Normal component ES</th></tr>");
        for (var i = 0; i < r.BookRisk.EsContributions.Count; i++)
        {
            var c = r.BookRisk.EsContributions[i];
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{c.Asset}</td><td>{c.Exposure:N0}</td><td>{c.Marginal:P2}</td><td>{c.Component:N0}</td><td>{c.Component / r.BookRisk.Risk.Es:P1}</td><td>{r.BookRiskNormal.EsContributions[i].Component:N0}</td></tr>");
        }
        html.Append("</table>");

        html.Append(CultureInfo.InvariantCulture, $"<h3>Margin calls</h3><p class=note>Accounts healthy today whose health would fall below 1 after losing the one-day ES{p.EsConfidence:P1} of their LT-weighted collateral (per-account ES over {r.MarginCallScenarios:N0} Monte Carlo scenarios): <b>{r.MarginCalls.Count:N0}</b> of {r.Book.Count:N0} accounts.</p>");
        html.Append("<table><tr><th>Account</th><th>Health today</th><th>Health after ES move</th></tr>");
        foreach (var c in r.MarginCalls.Take(10))
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Enc(c.AccountId)}</td><td>{c.Health:0.000}</td><td>{c.StressedHealth:0.000}</td></tr>");
        html.Append("</table>");

        html.Append("<h2>4. Stress tests</h2>");
        Img(html, ReportPlots.StressHeatmap(r, dir), dir);
        html.Append("<h3>Worst grid scenarios</h3><table><tr><th>Scenario</th><th>Accounts below health 1</th><th>Liquidation volume USD</th><th>Bad debt USD</th><th>First liquidated accounts</th></tr>");
        foreach (var x in r.StressResults.OrderByDescending(x => x.Outcome.BadDebt).Take(8))
            StressRow(html, x.Scenario, x.Outcome.Liquidated, x.Outcome.LiquidationVolume, x.Outcome.BadDebt, x.LiquidatedAccountIds);
        html.Append("</table><h3>Replays of real windows</h3><p class=note>Day-by-day closes of each window applied to today's book; an account is liquidated on the first day its health is below 1. An asset without data in a window follows the worst available asset.</p>");
        html.Append("<table><tr><th>Window</th><th>Accounts below health 1</th><th>Liquidation volume USD</th><th>Bad debt USD</th><th>First liquidated accounts</th></tr>");
        foreach (var x in r.Replays) StressRow(html, x.Scenario, x.Outcome.Liquidated, x.Outcome.LiquidationVolume, x.Outcome.BadDebt, x.LiquidatedAccountIds);
        html.Append("</table><h3>Volatility and correlation shocks (Monte Carlo)</h3><table><tr><th>Scenario</th><th>E[bad debt] USD</th><th>99% bad debt USD</th><th>99.9% bad debt USD</th><th>Book ES USD</th></tr>");
        foreach (var x in r.MonteCarloStresses)
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Enc(x.Name)}</td><td>{x.ExpectedBadDebt.Value:N0} ± {x.ExpectedBadDebt.StandardError:N0}</td><td>{x.BadDebt99.Value:N0} ± {x.BadDebt99.StandardError:N0}</td><td>{x.BadDebt999.Value:N0} ± {x.BadDebt999.StandardError:N0}</td><td>{x.BookEs:N0}</td></tr>");
        html.Append("</table>");

        html.Append(CultureInfo.InvariantCulture, $"<h2>5. Margin recommendation</h2><p class=note>Safe LT = (1 − h)(1 − slippage)/(1 + bonus), h = 1 − exp(−m·ES<sub>{p.EsConfidence:P1}</sub>(1 day)·√{p.HorizonDays}); add-on = base LT − safe LT, clamped to [0, {o.EffectiveBounds.MaxAddOnBps}] bps and to ±{o.EffectiveBounds.MaxStepBps} bps from the current add-on.</p>");
        html.Append("<table><tr><th>Asset</th><th>Daily vol</th><th>ES 1d</th><th>Liquidity m</th><th>Haircut</th><th>Bonus / slippage bps</th><th>Safe LT</th><th>Base LT</th><th>Current add-on</th><th>Raw add-on</th><th>Recommended add-on</th><th>Effective LT</th><th>Bound</th></tr>");
        foreach (var a in r.Assets)
        {
            var m = a.Recommendation;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{a.Asset}</td><td>{m.Volatility:P2}</td><td>{m.OneDayEs:P2}</td><td>{m.Inputs.LiquidityMultiplier}</td><td>{m.Haircut:P2}</td><td>{m.Inputs.BonusBps} / {m.Inputs.SlippageBps}</td><td>{m.MaxSafeLiquidationThresholdBps}</td><td>{m.Inputs.BaseLiquidationThresholdBps}</td><td>{m.Inputs.CurrentAddOnBps}</td><td>{m.RawAddOnBps}</td><td><b>{m.RecommendedAddOnBps}</b></td><td>{m.EffectiveLiquidationThresholdBps}</td><td>{m.Bound}</td></tr>");
        }
        html.Append("</table>");
        Img(html, ReportPlots.Margins(r, dir), dir);

        html.Append(CultureInfo.InvariantCulture, $"<h2>6. Margin frontier</h2><p class=note>Position at health 1 hit by a one-horizon filtered-HS move; bad debt in bps of debt; max LTV = LT − {p.LtvBufferBps} bps. Bold row = recommended LT (nearest grid level at or below it).</p>");
        Img(html, ReportPlots.Frontier(r, dir), dir);
        foreach (var a in r.Assets)
        {
            var rec = a.Recommendation.EffectiveLiquidationThresholdBps;
            var nearest = a.Frontier.Where(x => x.LiquidationThresholdBps <= rec).Select(x => x.LiquidationThresholdBps).DefaultIfEmpty(a.Frontier[0].LiquidationThresholdBps).Max();
            html.Append(CultureInfo.InvariantCulture, $"<h3>{a.Asset} (recommended LT {rec} bps)</h3><table><tr><th>LT bps</th><th>Max LTV bps</th><th>E[bad debt] bps</th><th>ES{p.EsConfidence:P1} bad debt bps</th><th>P(bad debt)</th></tr>");
            foreach (var x in a.Frontier)
            {
                var bold = x.LiquidationThresholdBps == nearest ? " style='font-weight:bold;background:#ffe9d6'" : "";
                html.Append(CultureInfo.InvariantCulture, $"<tr{bold}><td>{x.LiquidationThresholdBps}</td><td>{x.MaxLtvBps}</td><td>{x.ExpectedBadDebtBps:0.000}</td><td>{x.BadDebtEsBps:0.0}</td><td>{x.ProbabilityOfBadDebt:P2}</td></tr>");
            }
            html.Append("</table>");
        }

        html.Append("<h2>7. Insurance adequacy</h2><p class=note>One-day Monte Carlo of aggregate bad debt (gap move, full liquidation below health 1). Standard errors: binomial for probabilities, sd/√N for the mean, 20 batch means for quantiles.</p>");
        html.Append("<table><tr><th>Margins</th><th>Pool USD</th><th>P(pool covers a day)</th><th>E[bad debt] USD</th><th>Pool for 99%</th><th>Pool for 99.9%</th></tr>");
        foreach (var (name, x) in new[] { ("current", r.Insurance), ("recommended", r.InsuranceRecommended) })
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{name}</td><td>{x.PoolSize:N0}</td><td>{Est(x.ProbabilityPoolCovers, "P3")}</td><td>{Est(x.ExpectedBadDebt, "N0")}</td><td>{Est(x.PoolFor99, "N0")}</td><td>{Est(x.PoolFor999, "N0")}</td></tr>");
        html.Append("</table>");
        Img(html, ReportPlots.Insurance(r, dir), dir);
        html.Append("<p class=note>Price data attribution: see data/prices/README.md (MiM0ulay/assets_risk_metrics, MIT; BTC from Quandl BCHAIN/MKPRU).</p></body></html>");
        var index = Path.Combine(dir, "index.html");
        File.WriteAllText(index, html.ToString());
        return index;
    }

    private static string GapNote(RiskAnalysisResult r)
    {
        var gaps = r.Options.Prices.SelectMany(x => x.Gaps.Select(g => $"{x.Asset} {g}")).ToList();
        return gaps.Count == 0 ? " (no gaps found)" : $" — gaps found: {string.Join("; ", gaps)}";
    }

    private static void StressRow(StringBuilder html, string name, int count, double volume, double bad, IReadOnlyList<string> ids) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Enc(name)}</td><td>{count:N0}</td><td>{volume:N0}</td><td>{bad:N0}</td><td>{Enc(string.Join(" ", ids.Take(5)))}{(count > 5 ? " …" : "")}</td></tr>");

    private static string Est(McEstimate e, string format) =>
        $"{e.Value.ToString(format, CultureInfo.InvariantCulture)} ± {e.StandardError.ToString(format, CultureInfo.InvariantCulture)}";

    private static void Img(StringBuilder html, string file, string dir)
    {
        var bytes = File.ReadAllBytes(Path.Combine(dir, file));
        html.Append(CultureInfo.InvariantCulture, $"<figure><img alt='{Enc(file)}' src='data:image/png;base64,{Convert.ToBase64String(bytes)}'><figcaption class=note>{Enc(file)}</figcaption></figure>");
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
