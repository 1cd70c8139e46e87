using System.CommandLine;
using MarginInsurance.Cli.Reporting;
using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Reporting;
using Spectre.Console;

namespace MarginInsurance.Cli.Commands;

/// <summary>The <c>risk</c> command group: report, var, backtest, recommend.</summary>
public static class RiskCommands
{
    /// <summary>Builds the command tree.</summary>
    public static Command Create()
    {
        // redirected output (logs, CI) gets wide tables instead of Spectre's 80-column default
        if (Console.IsOutputRedirected && AnsiConsole.Profile.Width < 160) AnsiConsole.Profile.Width = 160;
        var risk = new Command("risk", "VaR/ES, backtests, stress tests, margin recommendations and insurance adequacy from price history.");
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
            var analysisOptions = options.Build(parse);
            RiskAnalysisResult? result = null;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Risk analysis", maxValue: 1.0);
                    result = RiskAnalysis.Run(analysisOptions, (stage, fraction) =>
                    {
                        task.Description = stage;
                        task.Value = Math.Max(task.Value, fraction);
                    });
                    task.Value = 1;
                });
            var dir = parse.GetValue(outDir)!;
            var index = ReportWriter.Write(result!, dir.FullName);
            ConsoleTables.Backtests(result!.Assets.SelectMany(a => a.Backtests).ToList());
            ConsoleTables.Recommendations(result.Assets.Select(a => a.Recommendation).ToList());
            ConsoleTables.Insurance(result);
            ConsoleTables.Stress(result);
            AnsiConsole.MarkupLineInterpolated($"[green]Report written:[/] {index}");
            return 0;
        }));
        return command;
    }

    private static Command Var()
    {
        var options = new RiskOptions();
        var command = new Command("var", "Tomorrow's one-day VaR and ES per asset and model.");
        options.AddTo(command);
        command.SetAction(parse => Guard(() =>
        {
            var o = options.Build(parse);
            var settings = o.EffectiveSettings;
            var table = new Table().Title($"One-day VaR {settings.VarConfidence:P1} / ES {settings.EsConfidence:P1} (fraction of value)");
            table.AddColumns("Asset", "Model", "VaR", "ES");
            foreach (var prices in o.Prices)
            {
                var returns = ReturnSeries.FromPrices(prices, o.Gaps);
                var input = settings.LatestInput(returns.Values);
                foreach (var model in VarModels.All)
                {
                    var v = model.Forecast(input, settings.VarConfidence).Var;
                    var es = model.Forecast(input, settings.EsConfidence).Es;
                    table.AddRow(prices.Asset, model.Name, Pct(Risk.Statistics.Horizon.LogLossToFraction(v)), Pct(Risk.Statistics.Horizon.LogLossToFraction(es)));
                }
            }
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    private static Command Backtest()
    {
        var options = new RiskOptions();
        var from = new Option<DateOnly>("--from") { Description = "First forecast date.", DefaultValueFactory = _ => new DateOnly(2018, 1, 1) };
        var to = new Option<DateOnly>("--to") { Description = "Last forecast date.", DefaultValueFactory = _ => new DateOnly(2024, 12, 31) };
        var command = new Command("backtest", "Rolling one-day VaR backtest: exceptions, Kupiec, Christoffersen, traffic light, per model.");
        options.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(parse => Guard(() =>
        {
            var o = options.Build(parse);
            if (parse.GetValue(from) > parse.GetValue(to))
                throw new CliUsageException("--from is after --to. Fix: e.g. --from 2018-01-01 --to 2024-12-31.");
            var results = o.Prices.SelectMany(p =>
                Backtester.Run(ReturnSeries.FromPrices(p, o.Gaps), VarModels.All, o.EffectiveSettings, parse.GetValue(from), parse.GetValue(to))).ToList();
            ConsoleTables.Backtests(results);
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
            var recs = o.Prices.Select(p =>
            {
                var returns = ReturnSeries.FromPrices(p, o.Gaps);
                var input = o.EffectiveSettings.LatestInput(returns.Values);
                double? combined = null;
                if (o.ImpliedVolatility?.TryGetValue(p.Asset, out var iv) == true)
                    combined = (o.ImpliedRule ?? new()).Combine(input.NextSigma, iv.DailyVolatilityAsOf(returns.Dates[^1]));
                return MarginRecommender.Recommend(returns.Values, o.InputsFor(p.Asset), o.EffectivePolicy, o.EffectiveBounds, o.EffectiveSettings, combined);
            }).ToList();
            ConsoleTables.Recommendations(recs);
            return 0;
        }));
        return command;
    }

    private static Command Stress()
    {
        var options = new RiskOptions();
        var command = new Command("stress", "Stress grid, replays of real crash windows, volatility/correlation shocks and margin calls for the account book.");
        options.AddTo(command);
        command.SetAction(parse => Guard(() =>
        {
            var o = options.Build(parse);
            RiskAnalysisResult? result = null;
            AnsiConsole.Status().Start("Running risk analysis…", _ => result = RiskAnalysis.Run(o));
            ConsoleTables.Stress(result!);
            return 0;
        }));
        return command;
    }

    private static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is CliUsageException or PriceDataException or PriceGapException or DirectoryNotFoundException or IOException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static string Pct(double v) => v.ToString("P2", System.Globalization.CultureInfo.InvariantCulture);
}
