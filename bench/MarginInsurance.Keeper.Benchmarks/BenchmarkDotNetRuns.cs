using System.Text.Json;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>Per-iteration results of one benchmark in a BenchmarkDotNet full JSON report.</summary>
public static class BenchmarkDotNetRuns
{
    /// <summary>Nanoseconds per operation of each measured (Result stage) iteration; falls back to Statistics.OriginalValues.</summary>
    public static IReadOnlyList<double> ResultNanoseconds(JsonElement benchmark)
    {
        if (benchmark.TryGetProperty("Measurements", out var measurements))
        {
            var result = measurements.EnumerateArray()
                .Where(m => m.GetProperty("IterationMode").GetString() == "Workload" && m.GetProperty("IterationStage").GetString() == "Result")
                .Select(m => m.GetProperty("Nanoseconds").GetDouble() / m.GetProperty("Operations").GetDouble())
                .ToList();
            if (result.Count > 0) return result;
        }

        return benchmark.GetProperty("Statistics").GetProperty("OriginalValues").EnumerateArray().Select(v => v.GetDouble()).ToList();
    }
}
