using System.Diagnostics;
using BenchmarkDotNet.Running;
using MarginInsurance.Risk.Benchmarks;

if (args.Length > 0 && args[0] == "--rng")
{
    // The engine's Xoshiro256 against MathNet's generator and samplers (the measurement noted in Xoshiro256.cs).
    var r = new RngBenchmarks();
    TimeEach(
    [
        ("EngineNormals (1e7)", r.EngineNormals), ("MathNetNormals (1e7)", r.MathNetNormals),
        ("EngineChiSquared (1e6)", r.EngineChiSquared), ("MathNetChiSquared (1e6)", r.MathNetChiSquared),
    ]);
    return;
}

if (args.Length > 0 && args[0] == "--cpu")
{
    // Quick check on a busy machine: wall time and CPU time of one call of each benchmark (after one warm-up call).
    // calibration: 2.5e8 vector FMAs (1e9 double multiply-adds) over an L1-resident array, single thread; ~0.1-0.2 s on an idle core
    var buffer = Enumerable.Range(0, 4096).Select(i => i * 1e-6).ToArray();
    var calibrate = Stopwatch.StartNew();
    var acc = System.Numerics.Vector<double>.Zero;
    var factor = new System.Numerics.Vector<double>(0.999);
    for (var rep = 0; rep < 1_000_000_000 / 4096; rep++)
        for (var i = 0; i < buffer.Length; i += System.Numerics.Vector<double>.Count)
            acc = acc * factor + new System.Numerics.Vector<double>(buffer, i);
    Console.WriteLine($"{"calibration 1e9 FMA",-28} wall {calibrate.Elapsed.TotalMilliseconds,9:N1} ms   (checksum {System.Numerics.Vector.Sum(acc):E2})");
    var b = new RiskBenchmarks();
    b.Setup();
    TimeEach(
    [
        ("McScenarioGeneration", () => b.McScenarioGeneration()),
        ("McVarEsPerAccount", b.McVarEsPerAccount),
        ("McInsuranceBadDebt", b.McInsuranceBadDebt),
        ("HistoricalVarEsPerAccount", b.HistoricalVarEsPerAccount),
    ]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RiskBenchmarks).Assembly).Run(args, BenchConfig.Create());

// Wall and CPU time of one call of each benchmark, after one warm-up call.
static void TimeEach(IEnumerable<(string Name, Func<double> Run)> benchmarks)
{
    foreach (var (name, run) in benchmarks)
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
}
