using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>Runs <see cref="HealthBenchmarks"/> with BenchmarkDotNet (in-process, 1 warm-up + 3 measured invocations) and turns it into figures.</summary>
public static class HealthRunner
{
    private const int Iterations = 3;
    private const double NanosPerMilli = 1e6;
    private const double GoalMilliseconds = 100;

    /// <summary>Runs the benchmark; artifacts go under <paramref name="artifacts"/>.</summary>
    public static IReadOnlyList<Figure> Run(string artifacts)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(Iterations)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithStrategy(RunStrategy.Monitoring);
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator)
            .WithArtifactsPath(artifacts);
        var summary = BenchmarkRunner.Run<HealthBenchmarks>(config);
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
            throw new InvalidOperationException("health benchmark failed; see the BenchmarkDotNet log above");

        var cores = Environment.ProcessorCount;
        var figures = summary.Reports.Select(r =>
        {
            var method = r.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var samples = r.GetResultRuns().Select(m => m.Nanoseconds / m.Operations / NanosPerMilli).ToList();
            var alloc = r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) is long bytes ? $"; allocates {bytes / 1e6:N0} MB per run" : string.Empty;
            var parallel = method.EndsWith(nameof(HealthBenchmarks.Parallel), StringComparison.Ordinal);
            var path = method switch
            {
                _ when method.StartsWith("AccrueOnce", StringComparison.Ordinal) => "accrue once (HealthCalculator.ComputeExact)",
                _ when method.StartsWith("Fast", StringComparison.Ordinal) => "accrue once + 128-bit fast path per account (HealthCalculator.Health)",
                _ when method.StartsWith("Columns", StringComparison.Ordinal) => "accrue once + 128-bit fast path over the book in columns (HealthCalculator.Health(AccountColumns))",
                _ => "baseline AccountMath.Compute",
            };
            var how = method switch
            {
                _ when method.StartsWith("AccrueOnce", StringComparison.Ordinal) => "market accrued once per scan, then Core's exact BigInteger composition per account",
                _ when method.StartsWith("Fast", StringComparison.Ordinal) => "market accrued once per scan, UInt128 arithmetic per account with BigInteger fallback when an operand does not fit",
                _ when method.StartsWith("Columns", StringComparison.Ordinal) => "market accrued once per scan, the book as columns (principals, (slot, amount) per holding, one slot per config and price), UInt128 arithmetic with no allocation per account, exact BigInteger fallback when a bound fails",
                _ => "Core AccountMath.Compute per account (re-accrues the market each time), exact BigInteger",
            };
            // The goal applies to what the keeper runs (the fast path over both cores); the other rows are its baselines.
            var judged = parallel && method.StartsWith("Columns", StringComparison.Ordinal);
            return Figure.FromSamples("health",
                $"health of {HealthBenchmarks.Accounts:N0} accounts, {path}, {(parallel ? $"parallel ({cores} cores)" : "sequential (1 core)")}",
                "ms", samples, judged ? "< 100 ms on 2 cores" : null, judged ? m => m < GoalMilliseconds : null,
                baseline: judged ? null : "baseline of the judged row",
                note: $"{how}{(parallel ? ", range-partitioned over Parallel.ForEach" : string.Empty)}; setup asserts all methods give identical debt, capacities, health and utilization for every account{alloc}; BenchmarkDotNet in-process, 1 warm-up + {Iterations} runs");
        }).ToList();
        figures.AddRange(CpuTime(cores));
        return figures;
    }

    /// <summary>
    /// CPU time of the sequential fast path (process CPU time around one run, 3 runs): what one core spends, whatever
    /// else shares the machine; divided by the cores it projects the parallel wall time on an idle machine.
    /// </summary>
    public static IReadOnlyList<Figure> CpuTime(int cores)
    {
        var benchmark = new HealthBenchmarks();
        benchmark.Setup();
        benchmark.ColumnsSequential();
        var cpu = new List<double>();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var i = 0; i < Iterations; i++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            benchmark.ColumnsSequential();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }

        return
        [
            Figure.FromSamples("health", $"health of {HealthBenchmarks.Accounts:N0} accounts, 128-bit fast path in columns, CPU time of one sequential run", "ms", cpu, null, null,
                note: "process CPU time (user + system) around HealthBook.ColumnsSequential: less sensitive to other work on the machine than wall time"),
            Figure.FromSamples("health", $"health of {HealthBenchmarks.Accounts:N0} accounts, 128-bit fast path in columns, CPU time ÷ {cores} cores (idle-machine projection)", "ms",
                cpu.Select(c => c / cores).ToList(), null, null,
                note: "not a measurement of the parallel run: the sequential CPU time divided by the cores, what the parallel run approaches on an idle machine (the judged row is the measured wall time)"),
        ];
    }
}
