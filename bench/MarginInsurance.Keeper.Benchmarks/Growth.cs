using System.Globalization;
using System.Text.RegularExpressions;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// How scan cost grows with the book: for each pair of consecutive sizes, the ratio of median scan time, keeper tick
/// time and RPC calls to the ratio of accounts (1.0 = linear; above 1 grows faster than linearly).
/// </summary>
public static partial class Growth
{
    /// <summary>Ratio figures from the scan figures of one node.</summary>
    public static IReadOnlyList<Figure> Ratios(IReadOnlyList<Figure> figures, string node)
    {
        var result = new List<Figure>();
        var judged = node == "anvil"; // the growth goals are judged on anvil; Hardhat's ratios are printed beside them
        foreach (var (label, pattern) in new[]
                 {
                     ("scan time", ScanTime()),
                     ("keeper tick time", TickTime()),
                     ("scan RPC calls", ScanCalls()),
                 })
        {
            var bySize = figures
                .Select(f => (Figure: f, Match: pattern.Match(f.Name)))
                .Where(x => x.Match.Success && x.Match.Groups["node"].Value == node)
                .Select(x => (Size: int.Parse(x.Match.Groups["n"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), x.Figure))
                .OrderBy(x => x.Size).ToList();
            for (var i = 1; i < bySize.Count; i++)
            {
                var (n0, f0) = bySize[i - 1];
                var (n1, f1) = bySize[i];
                var costRatio = f1.Median / f0.Median;
                var sizeRatio = (double)n1 / n0;
                var perAccount = costRatio / sizeRatio;
                result.Add(Figure.FromSamples("growth", $"{label} on {node}, {n0:N0} → {n1:N0} accounts: cost ratio ÷ size ratio", "×", [perAccount],
                    judged ? "≤ 1 (no faster than linear)" : null, judged ? r => r <= 1 : null,
                    note: $"median {f1.Median:N0} / {f0.Median:N0} {f0.Unit} = ×{costRatio:F2} for ×{sizeRatio:F0} accounts"));
            }
        }

        return result;
    }

    [GeneratedRegex(@"^scan (?<n>[\d,]+) accounts on (?<node>\w+) \(ReadAsync")]
    private static partial Regex ScanTime();

    [GeneratedRegex(@"^keeper tick (?<n>[\d,]+) accounts on (?<node>\w+) \(dry run")]
    private static partial Regex TickTime();

    [GeneratedRegex(@"^scan (?<n>[\d,]+) accounts on (?<node>\w+): RPC calls")]
    private static partial Regex ScanCalls();
}
