using System.Numerics;
using BenchmarkDotNet.Attributes;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// Off-chain health of 1,000,000 accounts with Core's exact <see cref="Core.AccountMath.Compute"/> (BigInteger, to the
/// wei): sequential (the reader's loop), and the same call spread over all cores. Setup asserts the two agree exactly.
/// </summary>
public class HealthBenchmarks
{
    /// <summary>Accounts in the book.</summary>
    public const int Accounts = 1_000_000;

    private HealthBook _book = null!;

    [GlobalSetup]
    public void Setup()
    {
        _book = HealthBook.Create(Accounts);
        var sequential = _book.ComputeSequential();
        var parallel = _book.ComputeParallel();
        if (!sequential.AsSpan().SequenceEqual(parallel))
            throw new InvalidOperationException("parallel health differs from sequential health");
    }

    /// <summary>One core: AccountMath.Compute per account in order.</summary>
    [Benchmark(Baseline = true)]
    public BigInteger[] Sequential() => _book.ComputeSequential();

    /// <summary>All cores: the same calls, range-partitioned with Parallel.ForEach.</summary>
    [Benchmark]
    public BigInteger[] Parallel() => _book.ComputeParallel();
}
