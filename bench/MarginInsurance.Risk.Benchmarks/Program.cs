using System.Diagnostics;
using BenchmarkDotNet.Running;
using MarginInsurance.Risk.Benchmarks;

if (args.Length > 0 && args[0] == "--cpu")
{
    // Quick check on a busy machine: wall time and CPU time of one call of each benchmark (after one warm-up call).
    var b = new RiskBenchmarks();
    b.Setup();
    foreach (var (name, run) in new (string, Func<double>)[]
             {
                 ("McScenarioGeneration", () => b.McScenarioGeneration()),
                 ("McVarEsPerAccount", b.McVarEsPerAccount),
                 ("McInsuranceBadDebt", b.McInsuranceBadDebt),
                 ("HistoricalVarEsPerAccount", b.HistoricalVarEsPerAccount),
             })
    {
        run();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        run();
        sw.Stop();
        process.Refresh();
        Console.WriteLine($"{name,-28} wall {sw.Elapsed.TotalMilliseconds,9:N1} ms   cpu {(process.TotalProcessorTime - cpu0).TotalMilliseconds,9:N1} ms");
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RiskBenchmarks).Assembly).Run(args, BenchConfig.Create());
