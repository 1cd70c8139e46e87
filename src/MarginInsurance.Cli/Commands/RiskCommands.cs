using System.CommandLine;
using System.Globalization;
using MarginInsurance.Cli.Reporting;
using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Output;
using MarginInsurance.Risk.Reporting;
using MarginInsurance.Risk.Surfaces;
using MarginInsurance.Risk.Volatility;
using Spectre.Console;

namespace MarginInsurance.Cli.Commands;

/// <summary>The <c>risk</c> command group: report, var, backtest, recommend, stress. Every command takes <c>--format table|json|csv</c>.</summary>
public static class RiskCommands
{
    /// <summary>Builds the command tree.</summary>
    public static Command Create()
    {
        // redirected output (logs, CI) gets wide tables instead of Spectre's 80-column default
        if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
        var risk = new Command("risk", "VaR/ES, backtests, stress tests, margin recommendations and insurance adequacy from price history and implied volatility.");
        risk.Subcommands.Add(Report());
        risk.Subcommands.Add(Var());
        risk.Subcommands.Add(Backtest());
        risk.Subcommands.Add(Recommend());
        risk.Subcommands.Add(Stress());
        return risk;
    }

    private static Command Report()
    {
        var options = new RiskOptions();
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Output folder for index.html and PNG plots.", DefaultValueFactory = _ => new DirectoryInfo("report") };
        var command = new Command("report", "Run everything and write a self-contained HTML report with PNG plots.");
        options.AddTo(command);
        command.Options.Add(outDir);
        command.SetAction(parse => Guard(() =>
        {
            var o = options.Build(parse);
            var format = options.FormatOf(parse);
            RiskAnalysisResult? result = null;
            if (format == OutputFormat.Table)
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("Risk analysis", maxValue: 1.0);
                        result = RiskAnalysis.Run(o, (stage, fraction) =>
                        {
                            task.Description = stage;
                            task.Value = Math.Max(task.Value, fraction);
                        });
                        task.Value = 1;
                    });
            else result = RiskAnalysis.Run(o);
            var analysis = result!;
            var data = parse.GetValue(options.Data)!;
            var demo = o.ImpliedVolatility?.Values.OfType<SurfaceImpliedVolatility>().Any() == true ? null : DemoSurface(data, parse.GetValue(options.SurfaceArbitrage) == "repair");
            var dir = parse.GetValue(outDir)!;
            var index = ReportWriter.Write(analysis, dir.FullName, new ReportContext(data.FullName, demo, options.SettingsNote(parse), options.InputsSource));
            var tables = new List<ResultTable>
            {
                WithSettings(RiskTables.Var(AnalysisTables.Inputs(analysis), o.EffectiveSettings), options, parse),
                AnalysisTables.Garch(analysis),
            };
            tables.AddRange(AnalysisTables.Backtest(analysis));
            tables.Add(AnalysisTables.Recommend(analysis, options.InputsSource));
            var surfaces = analysis.Assets.Where(a => a.Surface is not null).Select(a => a.Surface!).ToList();
            if (surfaces.Count > 0)
            {
                tables.Add(AnalysisTables.SurfaceSlices(surfaces));
                tables.Add(AnalysisTables.SurfaceHorizon(surfaces, o.EffectivePolicy.HorizonDays, o.EffectiveSettings.VarConfidence));
            }
            tables.Add(AnalysisTables.Insurance(analysis));
            tables.Add(AnalysisTables.Stress(analysis));
            tables.Add(PerpTables.Tiers(analysis.Perps));
            tables.Add(PerpTables.Checks(analysis.Perps));
            tables.Add(PerpTables.Vault(analysis.Perps));
            ConsoleTables.Write(tables, format);
            if (format == OutputFormat.Table) AnsiConsole.MarkupLineInterpolated($"[green]Report written:[/] {index}");
            else Console.Error.WriteLine($"Report written: {index}");
            return 0;
        }));
        return command;
    }

    /// <summary>The shipped demonstration surface beside the --data folder (../vol-surfaces), fitted for the report only.</summary>
    private static VolSurface? DemoSurface(DirectoryInfo data, bool repair)
    {
        var folder = Path.Combine(data.Parent?.FullName ?? data.FullName, "vol-surfaces");
        var file = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).FirstOrDefault() : null;
        if (file is null) return null;
        var asset = Path.GetFileName(file).Split('-')[0].ToUpperInvariant();
        return VolSurface.Fit(asset, SurfaceCsvReader.Read(file), repair ? ArbitragePolicy.Repair : ArbitragePolicy.Refuse, file);
    }

    private static Command Var()
    {
        var options = new RiskOptions();
        var command = new Command("var", "Tomorrow's one-day VaR and ES per asset and model, at both confidence levels, with the σ used and GARCH persistence.");
        options.AddTo(command);
        command.SetAction(parse => Guard(() =>
        {
            var o = options.Build(parse, needsMarginInputs: false);
            var assets = Inputs(o);
            var garch = RiskTables.Garch(assets.Select(a => RiskTables.FitGarch(a.Returns)).ToList());
            var var = RiskTables.Var(assets, o.EffectiveSettings);
            var tables = new List<ResultTable> { WithSettings(var, options, parse), garch };
            var surfaces = o.ImpliedVolatility?.Values.OfType<SurfaceImpliedVolatility>().Select(x => x.Surface).ToList() ?? [];
            if (surfaces.Count > 0)
            {
                tables.Add(AnalysisTables.SurfaceSlices(surfaces));
                tables.Add(AnalysisTables.SurfaceHorizon(surfaces, o.EffectivePolicy.HorizonDays, o.EffectiveSettings.VarConfidence));
            }
            ConsoleTables.Write(tables, options.FormatOf(parse));
            return 0;
        }));
        return command;
    }

    private static Command Backtest()
    {
        var options = new RiskOptions();
        var from = new Option<DateOnly?>("--from") { Description = "First forecast date, ISO yyyy-MM-dd (default 2018-01-01).", CustomParser = r => IsoDate(r, "--from") };
        var to = new Option<DateOnly?>("--to") { Description = "Last forecast date, ISO yyyy-MM-dd (default 2024-12-31).", CustomParser = r => IsoDate(r, "--to") };
        var command = new Command("backtest", "Rolling one-day VaR backtest: exceptions, Kupiec, Christoffersen, conditional coverage, traffic light, worst day, per model.");
        options.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(parse => Guard(() =>
        {
            var o = options.Build(parse, needsMarginInputs: false);
            var first = parse.GetValue(from) ?? RiskAnalysis.DefaultBacktestFrom;
            var last = parse.GetValue(to) ?? RiskAnalysis.DefaultBacktestTo;
            if (first > last)
                throw new CliUsageException($"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}. Fix: e.g. --from 2018-01-01 --to 2024-12-31.");
            var settings = o.EffectiveSettings;
            var rule = o.ImpliedRule ?? new ImpliedVolatilityRule();
            var inputs = Inputs(o);
            var results = inputs.Select(a =>
            {
                var implied = o.ImpliedFor(a.Returns.Asset);
                var sigmas = CombinedSigma.Series(a.Returns, EwmaVolatility.Forecasts(a.Returns.Values, settings.EwmaLambda), implied, rule, o.EffectivePolicy.HorizonDays);
                return new AssetBacktest(a.Returns.Asset, Backtester.Run(a.Returns, VarModels.All, settings, first, last, forecastSigmas: sigmas),
                    Backtester.HistoryShortfall(a.Returns, settings, first, last), a.Sigma);
            }).ToList();
            var tables = RiskTables.Backtest(results, settings, first, last, inputs.Select(RiskTables.DataNote).ToList());
            ConsoleTables.Write([WithSettings(tables[0], options, parse), .. tables.Skip(1)], options.FormatOf(parse));
            return 0;
        }));
        return command;
    }

    private static Command Recommend()
    {
        var options = new RiskOptions();
        var command = new Command("recommend", "Recommended liquidation-threshold add-on per asset, within the on-chain bounds.");
        options.AddTo(command);
        command.SetAction(parse => Guard(() =>
        {
            var o = options.Build(parse);
            var all = Inputs(o);
            var min = o.EffectiveSettings.MinHistory;
            var inputs = all.Where(a => a.Returns.Count >= min).ToList();
            var skipped = all.Where(a => a.Returns.Count < min)
                .Select(a => FormattableString.Invariant($"{a.Returns.Asset} skipped: not enough history (needs {min}, has {a.Returns.Count} daily returns)")).ToList();
            var recs = inputs.Select(a =>
            {
                var asset = a.Returns.Asset;
                var rec = MarginRecommender.Recommend(a.Returns.Values, o.InputsWithDepth(asset), o.EffectivePolicy, o.EffectiveBounds, o.EffectiveSettings, a.Sigma.Combined);
                return new RecommendationRow(rec, a.Sigma, options.InputsSource[asset], LiquidationCost.Stress(rec, o.DepthFor(asset), o.EffectivePolicy, o.EffectiveBounds), o.DepthFor(asset));
            }).ToList();
            var table = RiskTables.Recommend(recs, o.EffectivePolicy, o.EffectiveBounds);
            table = table with { Notes = [.. table.Notes, .. inputs.Select(RiskTables.DataNote), .. skipped] };
            ConsoleTables.Write([WithSettings(table, options, parse)], options.FormatOf(parse));
            return 0;
        }));
        return command;
    }

    private static Command Stress()
    {
        var options = new RiskOptions();
        var command = new Command("stress", "Stress grid, replays of real crash windows, volatility/correlation and implied downside-wing shocks, and margin calls for the account book.");
        options.AddTo(command);
        command.SetAction(parse => Guard(() =>
        {
            var o = options.Build(parse);
            var format = options.FormatOf(parse);
            RiskAnalysisResult? result = null;
            if (format == OutputFormat.Table) AnsiConsole.Status().Start("Running risk analysis…", _ => result = RiskAnalysis.Run(o));
            else result = RiskAnalysis.Run(o);
            ConsoleTables.Write([WithSettings(AnalysisTables.Stress(result!), options, parse)], format);
            return 0;
        }));
        return command;
    }

    /// <summary>Each asset's returns and its σ under the one rule.</summary>
    private static List<AssetInput> Inputs(RiskAnalysisOptions o) =>
        o.Prices.Select(p =>
        {
            var returns = ReturnSeries.FromPrices(p, o.Gaps);
            if (returns.Count == 0) throw new CliUsageException($"{p.Asset}: no daily returns in {p.Source}. Fix: give at least two consecutive daily prices.");
            return new AssetInput(p, returns, CombinedSigma.Latest(returns, o.EffectiveSettings, o.ImpliedFor(p.Asset), o.ImpliedRule, o.EffectivePolicy.HorizonDays, p.Dates[^1]));
        }).ToList();

    private static ResultTable WithSettings(ResultTable t, RiskOptions options, ParseResult parse) => t with { Notes = [options.SettingsNote(parse), .. t.Notes] };

    private static DateOnly? IsoDate(System.CommandLine.Parsing.ArgumentResult r, string name)
    {
        var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        r.AddError($"{name} must be an ISO date yyyy-MM-dd, e.g. {name} 2018-01-01; got '{text}'.");
        return null;
    }

    private static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        // ArgumentException: the engine's input refusals (e.g. "not enough history (needs N, has M)") carry their fix in the message
        catch (Exception e) when (e is CliUsageException or PriceDataException or PriceGapException or SurfaceArbitrageException or DirectoryNotFoundException or IOException or ArgumentException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}
