using BenchmarkDotNet.Running;
using MarginInsurance.Risk.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(RiskBenchmarks).Assembly).Run(args, BenchConfig.Create());
