using MarginInsurance.Risk.Data;

namespace MarginInsurance.DevTools.Demo;

/// <summary>A real crash window replayed through the mock feeds: daily closes per demo collateral.</summary>
/// <param name="Name">Scenario name.</param>
/// <param name="Dates">Replayed days.</param>
/// <param name="Prices">Closes per collateral symbol (WETH, WBTC, LINK), one per day.</param>
public sealed record DemoScenario(string Name, IReadOnlyList<DateOnly> Dates, IReadOnlyDictionary<string, IReadOnlyList<double>> Prices)
{
    private static readonly Dictionary<string, (DateOnly From, DateOnly To)> Windows = new(StringComparer.OrdinalIgnoreCase)
    {
        ["march-2020"] = (new(2020, 3, 5), new(2020, 3, 13)),
        ["may-2021"] = (new(2021, 5, 10), new(2021, 5, 23)),
        ["may-2022"] = (new(2022, 5, 4), new(2022, 5, 13)),
        ["november-2022"] = (new(2022, 11, 5), new(2022, 11, 10)),
    };

    /// <summary>The scenario names accepted by --scenario.</summary>
    public static IEnumerable<string> Names => Windows.Keys;

    /// <summary>Loads a scenario window from the shipped daily closes (ETH→WETH, BTC→WBTC, LINK).</summary>
    public static DemoScenario Load(string name, string dataFolder)
    {
        if (!Windows.TryGetValue(name, out var window))
        {
            throw new ArgumentException($"--scenario: unknown '{name}'; pick one of {string.Join(", ", Names)}");
        }

        var map = new[] { "WETH", "WBTC", "LINK" }.ToDictionary(s => s, s => AssetSeries.FileName(AssetSeries.Underlying(s)));
        var prices = new Dictionary<string, IReadOnlyList<double>>();
        IReadOnlyList<DateOnly>? dates = null;
        foreach (var (symbol, file) in map)
        {
            var series = PriceCsvReader.Read(Path.Combine(dataFolder, file));
            var picked = series.Dates.Select((d, i) => (d, p: series.Prices[i])).Where(x => x.d >= window.From && x.d <= window.To).ToList();
            if (picked.Count != window.To.DayNumber - window.From.DayNumber + 1)
            {
                throw new InvalidOperationException($"{file}: the window {window.From}..{window.To} has missing days; the demo refuses to replay a gap");
            }

            dates ??= picked.Select(x => x.d).ToList();
            prices[symbol] = picked.Select(x => x.p).ToList();
        }

        return new DemoScenario(name, dates!, prices);
    }
}
