using System.Globalization;
using System.Net;
using System.Text;
using MarginInsurance.Risk.Insurance;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Output;
using MarginInsurance.Risk.Surfaces;
using MarginInsurance.Risk.Reporting;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Cli.Reporting;

/// <summary>Writes index.html (self-contained: plots embedded as data URIs, inline CSS, no CDN) and the PNG files.</summary>
internal sealed record ReportContext(string DataFolder, VolSurface? DemoSurface, string SettingsNote, IReadOnlyDictionary<string, string> InputsSource);

internal static class ReportWriter
{
    public static string Write(RiskAnalysisResult r, string dir, ReportContext ctx)
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
        html.Append(CultureInfo.InvariantCulture, $"<p class=note>{Enc(ctx.SettingsNote)}</p>");
        var inputs = AnalysisTables.Inputs(r);
        html.Append("<h3>σ used by every forecast (one rule: var, backtest, recommendation, Monte Carlo)</h3><ul>");
        foreach (var a in inputs) html.Append(CultureInfo.InvariantCulture, $"<li>{Enc(a.Returns.Asset)}: {Enc(a.Sigma.Label)}<br><span class=note>{Enc(RiskTables.DataNote(a))}</span></li>");
        html.Append("</ul>");

        html.Append("<h2>1. Tomorrow's one-day VaR / ES</h2>");
        HtmlTable(html, RiskTables.Var(inputs, s) with { Notes = [] });
        foreach (var a in r.Assets) Img(html, ReportPlots.ReturnHistogram(a, s.VarConfidence, s.EsConfidence, dir), dir);
        html.Append("<h3>GARCH(1,1) fits (maximum likelihood)</h3>");
        HtmlTable(html, AnalysisTables.Garch(r));

        html.Append("<h2>2. Backtest</h2>");
        foreach (var t in AnalysisTables.Backtest(r)) HtmlTable(html, t);
        foreach (var a in r.Assets.Where(x => x.Backtests.Count > 0)) Img(html, ReportPlots.RollingVar(a, dir), dir);

        SurfaceSection(html, r, ctx, dir);

        html.Append(CultureInfo.InvariantCulture, $"<h2>4. Account book and portfolio risk</h2><p class=note>{(o.Accounts is null ? $"Synthetic book of {r.Book.Count:N0} accounts (seed {o.Seed}; no real positions ship with the repository)" : $"{r.Book.Count:N0} accounts from --accounts")}, total debt {r.Book.TotalDebt:N0} USD; {r.CurrentHealths.Count(h => h < 1.1):N0} accounts below health 1.1 today. Monte Carlo: multivariate Student-t, ν = {r.Tail.DegreesOfFreedom:0.0}, volatility scale {r.Tail.VolatilityScale:0.000} (calibrated to the pooled filtered-HS {s.VarConfidence:P0} quantile), EWMA covariance, {o.Scenarios:N0} scenarios.</p>");
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

        html.Append("<h2>5. Stress tests</h2>");
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

        html.Append("<h2>6. Margin recommendation</h2>");
        HtmlTable(html, AnalysisTables.Recommend(r, ctx.InputsSource));
        Img(html, ReportPlots.Margins(r, dir), dir);

        html.Append(CultureInfo.InvariantCulture, $"<h2>7. Margin frontier</h2><p class=note>Position at health 1 hit by a one-horizon filtered-HS move; bad debt in bps of debt; max LTV = LT − {p.LtvBufferBps} bps. Bold row = recommended LT (nearest grid level at or below it).</p>");
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

        html.Append("<h2>8. Insurance adequacy</h2><p class=note>One-day Monte Carlo of aggregate bad debt (gap move, full liquidation below health 1). Standard errors: binomial for probabilities, sd/√N for the mean, 20 batch means for quantiles.</p>");
        html.Append("<table><tr><th>Margins</th><th>Pool USD</th><th>P(pool covers a day)</th><th>E[bad debt] USD</th><th>Pool for 99%</th><th>Pool for 99.9%</th></tr>");
        foreach (var (name, x) in new[] { ("current", r.Insurance), ("recommended", r.InsuranceRecommended), ("current + perps (current tiers)", r.Perps.Insurance), ("recommended + perps (recommended tiers)", r.Perps.InsuranceRecommended) }
                     .Where(x => x.Item2 is not null).Select(x => (x.Item1, x.Item2!)))
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{name}</td><td>{x.PoolSize:N0}</td><td>{Est(x.ProbabilityPoolCovers, "P3")}</td><td>{Est(x.ExpectedBadDebt, "N0")}</td><td>{Est(x.PoolFor99, "N0")}</td><td>{Est(x.PoolFor999, "N0")}</td></tr>");
        html.Append("</table>");
        Img(html, ReportPlots.Insurance(r, dir), dir);

        html.Append("<h2>9. Perpetuals: liquidity tiers per instrument</h2><p class=note>Method, formulas and units: docs/risk.md §11.</p>");
        HtmlTable(html, PerpTables.Tiers(r.Perps));
        if (r.Perps.Tiers.Count > 0) Img(html, PerpReportPlots.Tiers(r.Perps, dir), dir);
        HtmlTable(html, PerpTables.Checks(r.Perps));
        html.Append("<h2>10. Perpetuals: liquidity vault, insurance and deleveraging in the replays</h2><p class=note>docs/risk.md §12.</p>");
        HtmlTable(html, PerpTables.Vault(r.Perps));
        if (r.Perps.Replays.Count > 0) Img(html, PerpReportPlots.Vault(r.Perps, dir), dir);
        html.Append(CultureInfo.InvariantCulture, $"<p class=note>Price data: {Enc(ctx.DataFolder)}. {Enc(DataAttribution.Of(ctx.DataFolder))}</p></body></html>");
        var index = Path.Combine(dir, "index.html");
        File.WriteAllText(index, html.ToString());
        return index;
    }

    private static void SurfaceSection(StringBuilder html, RiskAnalysisResult r, ReportContext ctx, string dir)
    {
        var used = r.Assets.Where(a => a.Surface is not null).Select(a => a.Surface!).ToList();
        var surfaces = used.Count > 0 ? used : ctx.DemoSurface is { } d ? [d] : new List<VolSurface>();
        html.Append("<h2>3. Implied-volatility surface</h2>");
        if (surfaces.Count == 0)
        {
            html.Append("<p class=note>No surface given (--implied-vol ASSET=surface.csv) and none found beside --data (../vol-surfaces): σ uses realized volatility and any constant or index given.</p>");
            return;
        }
        if (used.Count == 0)
            html.Append(CultureInfo.InvariantCulture, $"<p class=note><b>Demonstration only: {Enc(surfaces[0].Source)} is a SYNTHETIC surface shipped with the repository; it is NOT used for σ, VaR or margin in this report.</b> Pass --implied-vol {Enc(surfaces[0].Asset)}={Enc(surfaces[0].Source)} to use it.</p>");
        var horizon = r.Options.EffectivePolicy.HorizonDays;
        HtmlTable(html, AnalysisTables.SurfaceSlices(surfaces));
        HtmlTable(html, AnalysisTables.SurfaceHorizon(surfaces, horizon, r.Options.EffectiveSettings.VarConfidence));
        foreach (var surface in surfaces)
        {
            Img(html, ReportPlots.Smiles(surface, dir), dir);
            Img(html, ReportPlots.TermStructure(surface, horizon, dir), dir);
        }
    }

    private static void HtmlTable(StringBuilder html, ResultTable t)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h4>{Enc(t.Title)}</h4><table><tr>");
        var shown = Enumerable.Range(0, t.Columns.Count).Where(i => !t.Columns[i].MachineOnly).ToArray();
        foreach (var i in shown) html.Append(CultureInfo.InvariantCulture, $"<th>{Enc(t.Columns[i].Header)}</th>");
        html.Append("</tr>");
        foreach (var row in t.Rows)
        {
            html.Append("<tr>");
            foreach (var i in shown)
            {
                var css = t.Columns[i].Key switch
                {
                    "zone" => $" class='{Convert.ToString(row[i], CultureInfo.InvariantCulture)?.ToLowerInvariant()}'",
                    "kupiec_p" or "christoffersen_p" or "conditional_coverage_p" when row[i] is double pv => pv < 0.05 ? " class='red'" : " class='green'",
                    _ => "",
                };
                html.Append(CultureInfo.InvariantCulture, $"<td{css}>{Enc(ResultFormats.Human(row[i], t.Columns[i].Unit))}</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</table>");
        foreach (var n in t.Notes) html.Append(CultureInfo.InvariantCulture, $"<p class=note>{Enc(n)}</p>");
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
