using System.Globalization;
using System.Text.Json;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// Gas per operation from forge's JSON gas reports (<c>forge test --match-test T --isolate --gas-report --json</c>, one
/// file per test of tests/contracts/Gas.t.sol, named after the test). A report also counts the setUp's calls, so the
/// measured call is the value that is new against another test's report (same setUp, one call fewer).
/// </summary>
public static class GasFigures
{
    private const string Vault = "contracts/MarginVault.sol:MarginVault";
    private const string LiquidateGoalProtocol = "Morpho Blue";
    private static readonly (string Operation, string Test, string Function)[] Operations =
    [
        ("supply", "test_gas_supply", "supply(uint256,address)"),
        ("depositCollateral", "test_gas_depositCollateral", "depositCollateral(address,uint256,address,uint256)"),
        ("borrow", "test_gas_borrow", "borrow(address,uint256,uint256,address)"),
        ("repay", "test_gas_repay", "repay(address,uint256,uint256)"),
        ("withdraw", "test_gas_withdraw", "withdraw(uint256,address)"),
        ("withdrawCollateral", "test_gas_withdrawCollateral", "withdrawCollateral(address,uint256,address,uint256,address)"),
        ("liquidate", "test_gas_liquidateIsolated", "liquidate(address,uint256,address,uint256,bytes)"),
        ("liquidateBadDebt", "test_gas_liquidateBadDebt", "liquidate(address,uint256,address,uint256,bytes)"),
    ];

    /// <summary>Figures for every operation, with the anchors of <paramref name="anchorsPath"/> as baselines.</summary>
    public static IReadOnlyList<Figure> Read(string gasDir, string anchorsPath)
    {
        using var anchors = JsonDocument.Parse(File.ReadAllText(anchorsPath));
        var reports = Operations.Select(o => o.Test).Distinct().ToDictionary(t => t, t => Load(Path.Combine(gasDir, t + ".json")));
        var figures = new List<Figure>();
        foreach (var (operation, test, function) in Operations)
        {
            var measured = Measured(reports, test, function);
            var ops = anchors.RootElement.GetProperty("operations");
            var baseline = ops.TryGetProperty(operation, out var a) ? Baseline(a) : null;
            var scenarios = baseline is null ? string.Empty : $"; anchor scenarios: {Scenarios(a)}";
            string? goal = null;
            bool? met = null;
            if (operation == "liquidate" && a.TryGetProperty(LiquidateGoalProtocol, out var morpho))
            {
                var limit = morpho.GetProperty("gas").GetDouble();
                goal = $"≤ {LiquidateGoalProtocol} {limit.ToString("N0", CultureInfo.InvariantCulture)}";
                met = measured <= limit;
            }

            figures.Add(new Figure("gas", $"gas {operation}", "gas", 1, measured, measured, measured, goal, met, baseline,
                $"forge --isolate transaction gas of {test} (deterministic: one measurement){scenarios}"));
        }

        return figures;
    }

    private static string Baseline(JsonElement operation) => string.Join("; ", operation.EnumerateObject().Select(p =>
    {
        var gas = p.Value.GetProperty("gas").GetDouble().ToString("N0", CultureInfo.InvariantCulture);
        var bound = p.Value.TryGetProperty("bound", out var b) && b.GetBoolean() ? "< " : string.Empty;
        return $"{p.Name} {bound}{gas} {SourceTag(p.Name)}";
    }));

    private static string Scenarios(JsonElement operation) => string.Join("; ", operation.EnumerateObject().Select(p =>
        $"{p.Name}: {p.Value.GetProperty("scenario").GetString()}"));

    /// <summary>Footnote mark of a protocol's source (the sources are listed under the table, in full in bench/anchors.json).</summary>
    public static string SourceTag(string protocol) => protocol switch
    {
        "Morpho Blue" => "[1]",
        "Aave v3" => "[2]",
        "Compound III" => "[3]",
        _ => "[anchors.json]",
    };

    /// <summary>The footnotes of <see cref="SourceTag"/>.</summary>
    public static IReadOnlyList<string> Sources(string anchorsPath)
    {
        using var anchors = JsonDocument.Parse(File.ReadAllText(anchorsPath));
        return anchors.RootElement.GetProperty("protocols").EnumerateObject().Select(p => $"{SourceTag(p.Name)} {p.Name}: {p.Value.GetString()}").ToList();
    }

    private static double Measured(Dictionary<string, Dictionary<string, Stats>> reports, string test, string function)
    {
        var mine = reports[test].GetValueOrDefault(function) ?? throw new InvalidOperationException($"{test}: no {function} in the gas report");
        var other = reports.Where(r => r.Key != test).Select(r => r.Value.GetValueOrDefault(function) ?? Stats.None).First(s => s.Calls == mine.Calls - 1);
        if (other.Calls == 0 || mine.Min < other.Min) return mine.Min;
        if (mine.Max > other.Max) return mine.Max;

        // The new value repeats a setUp value: the difference of the totals (forge rounds its mean, so it is off by
        // less than the call count) picks which of min / median / max it is.
        var difference = (mine.Mean * mine.Calls) - (other.Mean * other.Calls);
        var nearest = new[] { mine.Min, mine.Median, mine.Max }.MinBy(v => Math.Abs(v - difference));
        return Math.Abs(nearest - difference) <= mine.Calls ? nearest : difference;
    }

    private static Dictionary<string, Stats> Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var vault = doc.RootElement.EnumerateArray().First(c => c.GetProperty("contract").GetString() == Vault);
        return vault.GetProperty("functions").EnumerateObject().ToDictionary(
            f => f.Name,
            f => new Stats(f.Value.GetProperty("calls").GetInt32(), f.Value.GetProperty("min").GetDouble(), f.Value.GetProperty("mean").GetDouble(),
                f.Value.GetProperty("median").GetDouble(), f.Value.GetProperty("max").GetDouble()));
    }

    private sealed record Stats(int Calls, double Min, double Mean, double Median, double Max)
    {
        public static Stats None { get; } = new(0, 0, 0, 0, 0);
    }
}
