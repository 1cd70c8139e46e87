using System.Text.Json;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>Headline rows of the risk engine's BenchmarkDotNet run (its JSON report), goal under 1 s each.</summary>
public static class RiskFigures
{
    private const double NanosPerMilli = 1e6;
    private const double GoalMilliseconds = 1000;
    private static readonly (string Method, string Name)[] Headlines =
    [
        ("HistoricalVarEsPerAccount", "historical VaR/ES, 10,000 accounts (full history)"),
        ("McVarEsPerAccount", "Monte Carlo VaR/ES, 10,000 accounts × 100,000 scenarios"),
        ("McInsuranceBadDebt", "Monte Carlo insurance bad debt, 10,000 accounts × 100,000 scenarios"),
        ("McScenarioGeneration", "Monte Carlo scenario generation, 100,000 × 5 assets"),
    ];

    /// <summary>Figures from the BenchmarkDotNet full JSON report at <paramref name="reportPath"/>.</summary>
    public static IReadOnlyList<Figure> Read(string reportPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(reportPath));
        var figures = new List<Figure>();
        foreach (var b in doc.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            var method = b.GetProperty("Method").GetString();
            var headline = Headlines.FirstOrDefault(h => h.Method == method);
            if (headline.Name is null) continue;
            var samples = BenchmarkDotNetRuns.ResultNanoseconds(b).Select(ns => ns / NanosPerMilli).ToList();
            figures.Add(Figure.FromSamples("risk", headline.Name, "ms", samples, "< 1,000 ms", m => m < GoalMilliseconds,
                note: "bench/MarginInsurance.Risk.Benchmarks, BenchmarkDotNet short in-process job (1 warm-up, 3 iterations)"));
        }

        return figures.OrderBy(f => Array.FindIndex(Headlines, h => h.Name == f.Name)).ToList();
    }
}
