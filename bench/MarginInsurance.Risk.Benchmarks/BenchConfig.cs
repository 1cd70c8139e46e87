using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MarginInsurance.Risk.Benchmarks;

/// <summary>Short in-process job with allocation figures: the goal is an order of magnitude (under 1 s), not nanoseconds.</summary>
internal static class BenchConfig
{
    public static IConfig Create() =>
        ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(3).WithLaunchCount(1))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
