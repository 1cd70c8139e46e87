using System.Numerics;
using BenchmarkDotNet.Attributes;
using MarginInsurance.Core;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// Off-chain health of 1,000,000 accounts: the baseline (Core's <see cref="AccountMath.Compute"/> per account, which
/// re-accrues the market each time), the market accrued once with the exact BigInteger composition
/// (<see cref="HealthCalculator.ComputeExact"/>), and the 128-bit fast path with BigInteger fallback
/// (<see cref="HealthCalculator.Health(IReadOnlyList{CollateralPosition}, BigInteger)"/>), and the same steps over the book
/// in columns (<see cref="HealthCalculator.Health(AccountColumns, bool)"/>, what the judged row measures); each sequential and over all cores. Setup asserts, once per process, that
/// all paths give identical debt, capacities, health and utilization for every account, and that every measured
/// method returns the baseline's health array.
/// </summary>
public class HealthBenchmarks
{
    /// <summary>Accounts in the book.</summary>
    public const int Accounts = 1_000_000;

    private static readonly Lazy<HealthBook> Book = new(CreateVerifiedBook);

    private HealthBook _book = null!;

    [GlobalSetup]
    public void Setup() => _book = Book.Value;

    /// <summary>Baseline, one core: AccountMath.Compute per account in order.</summary>
    [Benchmark(Baseline = true)]
    public BigInteger[] Sequential() => _book.ComputeSequential();

    /// <summary>Baseline, all cores: the same calls, range-partitioned with Parallel.ForEach.</summary>
    [Benchmark]
    public BigInteger[] Parallel() => _book.ComputeParallel();

    /// <summary>One core: market accrued once, exact BigInteger composition per account.</summary>
    [Benchmark]
    public BigInteger[] AccrueOnceSequential() => _book.AccrueOnceSequential();

    /// <summary>All cores: market accrued once, exact BigInteger composition per account.</summary>
    [Benchmark]
    public BigInteger[] AccrueOnceParallel() => _book.AccrueOnceParallel();

    /// <summary>One core: market accrued once, 128-bit fast path per account.</summary>
    [Benchmark]
    public BigInteger[] FastSequential() => _book.FastSequential();

    /// <summary>All cores: market accrued once, 128-bit fast path per account.</summary>
    [Benchmark]
    public BigInteger[] FastParallel() => _book.FastParallel();

    /// <summary>One core: market accrued once, the book in columns (128-bit, no allocation per account).</summary>
    [Benchmark]
    public HealthColumn ColumnsSequential() => _book.ColumnsSequential();

    /// <summary>All cores: market accrued once, the book in columns, range-partitioned.</summary>
    [Benchmark]
    public HealthColumn ColumnsParallel() => _book.ColumnsParallel();

    private static HealthBook CreateVerifiedBook()
    {
        var book = HealthBook.Create(Accounts);
        var (baseline, once, fast) = book.AllFigures();
        for (var i = 0; i < book.Count; i++)
        {
            if (once[i] != baseline[i]) throw new InvalidOperationException($"account {i}: accrue-once figures {once[i]} differ from AccountMath.Compute {baseline[i]}");
            if (fast[i] != baseline[i]) throw new InvalidOperationException($"account {i}: fast-path figures {fast[i]} differ from AccountMath.Compute {baseline[i]}");
        }

        var expected = book.ComputeSequential();
        var variants = new (string Name, Func<BigInteger[]> Run)[]
        {
            (nameof(Parallel), book.ComputeParallel),
            (nameof(AccrueOnceSequential), book.AccrueOnceSequential),
            (nameof(AccrueOnceParallel), book.AccrueOnceParallel),
            (nameof(FastSequential), book.FastSequential),
            (nameof(FastParallel), book.FastParallel),
        };
        foreach (var (name, run) in variants)
        {
            if (!expected.AsSpan().SequenceEqual(run()))
                throw new InvalidOperationException($"{name}: health differs from the sequential baseline");
        }

        foreach (var (name, run) in new (string Name, Func<HealthColumn> Run)[] { (nameof(ColumnsSequential), book.ColumnsSequential), (nameof(ColumnsParallel), book.ColumnsParallel) })
        {
            var column = run();
            if (column.Count != expected.Length) throw new InvalidOperationException($"{name}: {column.Count} accounts, expected {expected.Length}");
            for (var i = 0; i < expected.Length; i++)
            {
                if (column[i] != expected[i]) throw new InvalidOperationException($"{name}: account {i} health {column[i]} differs from AccountMath.Compute {expected[i]}");
            }
        }

        Console.WriteLine($"// health setup: {book.Count:N0} accounts, all 8 methods and all figures (debt, L, C, health, utilization) identical to AccountMath.Compute");
        return book;
    }
}
