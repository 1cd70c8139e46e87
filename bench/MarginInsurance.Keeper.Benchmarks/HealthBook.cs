using System.Collections.Concurrent;
using System.Numerics;
using MarginInsurance.Core;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// A synthetic book of positions in Core's form (the shape <c>OffChainMarginReader</c> feeds to
/// <see cref="AccountMath.Compute"/> and <see cref="HealthCalculator"/>): deploy/local.json's three collaterals at realistic prices, one to three holdings per
/// account, random balances and debts, a market last accrued 12 s before the evaluation time.
/// </summary>
public sealed class HealthBook
{
    private const int Seed = 42;
    private const int BaseDecimals = 6;
    private static readonly BigInteger Wad = WadMath.WAD;
    private readonly CollateralPosition[][] _holdings;
    private readonly BigInteger[] _principals;
    private readonly MarketState _market;
    private readonly BigInteger _timestamp;
    private readonly AccountColumns _columns;

    private HealthBook(CollateralPosition[][] holdings, BigInteger[] principals, MarketState market, BigInteger timestamp)
    {
        _holdings = holdings;
        _principals = principals;
        _market = market;
        _timestamp = timestamp;
        _columns = AccountColumns.Create(holdings, principals);
    }

    /// <summary>Number of accounts.</summary>
    public int Count => _principals.Length;

    /// <summary>Builds <paramref name="accounts"/> accounts.</summary>
    public static HealthBook Create(int accounts)
    {
        var rng = new Random(Seed);
        var assets = new[]
        {
            new AssetSpec("WETH", Config(18, 8000, 8500, 500, 1_000_000, 5_000_000, 500, 1500), 2000),
            new AssetSpec("WBTC", Config(8, 8000, 8500, 500, 1_000_000, 5_000_000, 500, 1500), 60000),
            new AssetSpec("LINK", Config(18, 6500, 7500, 800, 250_000, 1_000_000, 1000, 2500), 15),
        };
        var holdings = new CollateralPosition[accounts][];
        var principals = new BigInteger[accounts];
        for (var i = 0; i < accounts; i++)
        {
            var n = 1 + rng.Next(3);
            var held = new CollateralPosition[n];
            decimal value = 0;
            for (var k = 0; k < n; k++)
            {
                var a = assets[(i + k) % assets.Length];
                var whole = (decimal)(rng.NextDouble() * 50_000) / a.Price;
                value += whole * a.Price;
                held[k] = new CollateralPosition(a.Symbol, a.Config, ToUnits(whole, a.Config.Decimals), ToUnits(a.Price, 18));
            }

            holdings[i] = held;
            principals[i] = ToUnits(value * (decimal)(0.3 + (rng.NextDouble() * 0.7)), BaseDecimals);
        }

        var now = new BigInteger(1_750_000_000);
        var market = new MarketState(
            new MarketIndices(Wad + (Wad / 50), Wad + (Wad / 20), ToUnits(100_000_000m, BaseDecimals), ToUnits(70_000_000m, BaseDecimals), now - 12),
            new RateModelParams(Wad / 50, Wad / 10, Wad * 3 / 2, Wad * 8 / 10),
            1000,
            BaseDecimals);
        return new HealthBook(holdings, principals, market, now);
    }

    /// <summary>Baseline: <see cref="AccountMath.Compute"/> per account, one after the other (re-accrues the market every time).</summary>
    public BigInteger[] ComputeSequential()
    {
        var health = new BigInteger[Count];
        for (var i = 0; i < health.Length; i++) health[i] = One(i).Health;
        return health;
    }

    /// <summary>Baseline over all cores: the same <see cref="AccountMath.Compute"/> per account, range-partitioned.</summary>
    public BigInteger[] ComputeParallel()
    {
        var health = new BigInteger[Count];
        ForRanges(health.Length, (from, to) =>
        {
            for (var i = from; i < to; i++) health[i] = One(i).Health;
        });
        return health;
    }

    /// <summary>Market accrued once (<see cref="HealthCalculator"/>), then the exact BigInteger composition per account.</summary>
    public BigInteger[] AccrueOnceSequential()
    {
        var calculator = new HealthCalculator(_market, _timestamp);
        var health = new BigInteger[Count];
        for (var i = 0; i < health.Length; i++) health[i] = calculator.ComputeExact(_holdings[i], _principals[i]).Health;
        return health;
    }

    /// <summary>Market accrued once, exact BigInteger composition per account, over all cores.</summary>
    public BigInteger[] AccrueOnceParallel()
    {
        var calculator = new HealthCalculator(_market, _timestamp);
        var health = new BigInteger[Count];
        ForRanges(health.Length, (from, to) =>
        {
            for (var i = from; i < to; i++) health[i] = calculator.ComputeExact(_holdings[i], _principals[i]).Health;
        });
        return health;
    }

    /// <summary>Market accrued once, then <see cref="HealthCalculator.Health"/> per account (128-bit fast path, BigInteger fallback).</summary>
    public BigInteger[] FastSequential()
    {
        var calculator = new HealthCalculator(_market, _timestamp);
        var health = new BigInteger[Count];
        for (var i = 0; i < health.Length; i++) health[i] = calculator.Health(_holdings[i], _principals[i]);
        return health;
    }

    /// <summary>Market accrued once, 128-bit fast path per account, over all cores (one calculator shared).</summary>
    public BigInteger[] FastParallel()
    {
        var calculator = new HealthCalculator(_market, _timestamp);
        var health = new BigInteger[Count];
        ForRanges(health.Length, (from, to) =>
        {
            for (var i = from; i < to; i++) health[i] = calculator.Health(_holdings[i], _principals[i]);
        });
        return health;
    }

    /// <summary>Market accrued once, then <see cref="HealthCalculator.Health(AccountColumns, bool)"/> over the book in columns, one core.</summary>
    public HealthColumn ColumnsSequential() => new HealthCalculator(_market, _timestamp).Health(_columns);

    /// <summary>The same over all cores (range-partitioned inside the calculator).</summary>
    public HealthColumn ColumnsParallel() => new HealthCalculator(_market, _timestamp).Health(_columns, parallel: true);

    /// <summary>
    /// Full figures (debt, L, C, health, utilization) of every account on all paths, for the setup's equality check:
    /// baseline <see cref="AccountMath.Compute"/>, accrue-once exact, and the fast path.
    /// </summary>
    public (AccountHealth[] Baseline, AccountHealth[] AccrueOnce, AccountHealth[] Fast) AllFigures()
    {
        var calculator = new HealthCalculator(_market, _timestamp);
        var baseline = new AccountHealth[Count];
        var once = new AccountHealth[Count];
        var fast = new AccountHealth[Count];
        ForRanges(Count, (from, to) =>
        {
            for (var i = from; i < to; i++)
            {
                baseline[i] = AccountHealth.From(One(i));
                once[i] = AccountHealth.From(calculator.ComputeExact(_holdings[i], _principals[i]));
                fast[i] = calculator.ComputeHealth(_holdings[i], _principals[i]);
            }
        });
        return (baseline, once, fast);
    }

    private static void ForRanges(int count, Action<int, int> body)
    {
        var rangeSize = Math.Max(1, count / (Environment.ProcessorCount * 8));
        Parallel.ForEach(Partitioner.Create(0, count, rangeSize), range => body(range.Item1, range.Item2));
    }

    private AccountSnapshot One(int i) => AccountMath.Compute(_holdings[i], _principals[i], _market, _timestamp);

    private static CollateralConfig Config(int decimals, int bf, int lt, int bonus, decimal break1, decimal break2, int cut2, int cut3) =>
        new(decimals, bf, lt, bonus, ToUnits(break1, BaseDecimals), ToUnits(break2, BaseDecimals), cut2, cut3, AddOnState.None);

    private static BigInteger ToUnits(decimal amount, int decimals) => new(decimal.Round(amount * (decimal)Math.Pow(10, Math.Min(decimals, 18)), 0));

    private sealed record AssetSpec(string Symbol, CollateralConfig Config, decimal Price);
}
