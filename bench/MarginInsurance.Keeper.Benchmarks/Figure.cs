namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// One measured figure of the benchmark report: repeated samples summarised as min/median/max, its goal and whether
/// the median meets it, and the baseline it is compared with (with the source of the baseline figure).
/// </summary>
/// <param name="Section">Report section (gas, scan, health, crash, risk).</param>
/// <param name="Name">What was measured.</param>
/// <param name="Unit">Unit of min/median/max.</param>
/// <param name="N">Number of samples (1 for deterministic figures).</param>
/// <param name="Min">Smallest sample.</param>
/// <param name="Median">Median sample.</param>
/// <param name="Max">Largest sample.</param>
/// <param name="Goal">The goal in words, or null when the figure has none.</param>
/// <param name="Met">Whether the median meets the goal; null when there is no goal.</param>
/// <param name="Baseline">Baseline figures for comparison (e.g. other protocols), or null.</param>
/// <param name="Note">What exactly is timed or counted, caveats.</param>
public sealed record Figure(
    string Section, string Name, string Unit, int N, double Min, double Median, double Max,
    string? Goal, bool? Met, string? Baseline, string? Note)
{
    /// <summary>A figure from samples (min/median/max computed here).</summary>
    public static Figure FromSamples(
        string section, string name, string unit, IReadOnlyCollection<double> samples, string? goal, Func<double, bool>? meets, string? baseline = null, string? note = null)
    {
        if (samples.Count == 0) throw new ArgumentException($"{name}: no samples", nameof(samples));
        var sorted = samples.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        return new Figure(section, name, unit, sorted.Length, sorted[0], median, sorted[^1], goal, meets?.Invoke(median), baseline, note);
    }

    /// <summary>"met", "MISSED" or "—" (no goal).</summary>
    public string Verdict => Met switch { true => "met", false => "MISSED", null => "—" };
}
