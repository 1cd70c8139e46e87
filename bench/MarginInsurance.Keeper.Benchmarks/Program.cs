using System.Globalization;
using MarginInsurance.Keeper.Benchmarks;

// Benchmark runner of scripts/bench (see bench/README.md):
//   chain  --out F [--node hardhat|anvil] [--scan 1000,10000 | none] [--scan-repeats 5] [--crash-accounts 1000,5000] [--crash-runs 3 (0: none)] [--backrun-accounts 1000 (anvil; default none)]
//   health --out F --artifacts DIR
//   health-fast N (N sequential runs of the per-account fast path, then of the columns, over an unverified book; CPU time per run: quick A/B comparisons)
//   health-cpu   (quick check on a busy machine: the equality setup, then CPU time of the sequential columns path and wall time of the parallel one)
//   report --gas-dir DIR --risk-report F --figures F1,F2 --anchors F --out DIR --commit C --load-start L --load-end L --wall S
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: chain|health|report [--option value ...] (see Program.cs)");
    return 2;
}

var options = args[0] == "health-fast" ? [] : Options(args.Skip(1).ToArray());
// "none" (or nothing) for no sizes: --scan none runs only the crash benchmark
static List<int> Sizes(string list) =>
    list is "none" or "" ? [] : list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();

string Get(string name, string? fallback = null) =>
    options.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"--{name} is required");

switch (args[0])
{
    case "chain":
        var plan = new ChainPlan(
            Sizes(Get("scan", "1000,10000")),
            int.Parse(Get("scan-repeats", "5"), CultureInfo.InvariantCulture),
            Sizes(Get("crash-accounts", "1000,5000")),
            int.Parse(Get("crash-runs", "3"), CultureInfo.InvariantCulture),
            Get("node", "hardhat") switch
            {
                "hardhat" => false,
                "anvil" => true,
                var other => throw new ArgumentException($"--node {other}: expected hardhat or anvil"),
            },
            Sizes(Get("backrun-accounts", "none")));
        return await ChainRunner.RunAsync(plan, Get("out"));
    case "health":
        FigureFile.Write(Get("out"), HealthRunner.Run(Get("artifacts")));
        return 0;
    case "health-fast":
        var fastBook = HealthBook.Create(HealthBenchmarks.Accounts);
        foreach (var (label, run) in new (string, Action)[] { ("per-account fast path", () => fastBook.FastSequential()), ("columns", () => fastBook.ColumnsSequential()) })
        {
            var cpuRuns = new List<double>();
            using (var self = System.Diagnostics.Process.GetCurrentProcess())
            {
                for (var i = 0; i < int.Parse(args[1], CultureInfo.InvariantCulture); i++)
                {
                    self.Refresh();
                    var cpu0 = self.TotalProcessorTime;
                    run();
                    self.Refresh();
                    cpuRuns.Add((self.TotalProcessorTime - cpu0).TotalMilliseconds);
                }
            }

            Console.WriteLine($"{label} CPU ms per run: min {cpuRuns.Min():N1} median {cpuRuns.Order().ElementAt(cpuRuns.Count / 2):N1} (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        }

        return 0;
    case "health-cpu":
        foreach (var f in HealthRunner.CpuTime(Environment.ProcessorCount)) Console.WriteLine($"{f.Name}: min {f.Min:N1} median {f.Median:N1} max {f.Max:N1} {f.Unit}");
        var parallelRuns = new HealthBenchmarks();
        parallelRuns.Setup();
        for (var i = 0; i < 5; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            parallelRuns.ColumnsParallel();
            Console.WriteLine($"columns, parallel ({Environment.ProcessorCount} cores): {watch.Elapsed.TotalMilliseconds:N1} ms wall (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        }

        return 0;
    case "report":
        var figures = new List<Figure>();
        var anchors = Get("anchors");
        try
        {
            figures.AddRange(GasFigures.Read(Get("gas-dir"), anchors));
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"gas figures missing: {ex.Message}");
        }

        foreach (var file in Get("figures").Split(',', StringSplitOptions.RemoveEmptyEntries)) figures.AddRange(FigureFile.Read(file));
        var risk = Get("risk-report", string.Empty);
        if (File.Exists(risk)) figures.AddRange(RiskFigures.Read(risk));
        else Console.Error.WriteLine($"risk report '{risk}' missing");
        var order = new[] { "gas", "scan", "growth", "health", "crash", "risk" };
        figures = figures.OrderBy(f => Array.IndexOf(order, f.Section)).ToList();
        var context = new RunContext(DateTime.UtcNow, Get("commit"), Environment.ProcessorCount, Get("load-start"), Get("load-end"),
            double.Parse(Get("wall"), CultureInfo.InvariantCulture));
        Console.Write(Report.Write(new BenchResults(context, figures), anchors, Get("out")));
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}

static Dictionary<string, string> Options(string[] a)
{
    var map = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < a.Length; i += 2)
    {
        if (!a[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"expected --option, got '{a[i]}'");
        map[a[i][2..]] = a[i + 1];
    }

    return map;
}
