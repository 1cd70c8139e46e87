using System.Numerics;
using CsCheck;
using MarginInsurance.Core;
using Xunit.Abstractions;
using static MarginInsurance.Core.Tests.PropertyTests;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Tests;

/// <summary>
/// <see cref="HealthCalculator"/> (exact composition, 128-bit fast path with fallback, health-only) equals
/// <see cref="AccountMath.Compute"/> on random account states, extremes included (CsCheck).
/// </summary>
public sealed class HealthCalculatorPropertyTests(ITestOutputHelper output)
{
    /// <summary>Samples; each draws one market and <see cref="AccountsPerSample"/> accounts sharing its configs.</summary>
    private const long Samples = 500_000;

    private const int AccountsPerSample = 2;

    private static readonly BigInteger Two64 = BigInteger.One << 64;
    private static readonly BigInteger Two128 = BigInteger.One << 128;
    private static readonly BigInteger BaseTime = 1_750_000_000;

    /// <summary>A uint256 of any size, biased to the boundaries of the fast path (2^64, 2^128) and of uint256.</summary>
    private static readonly Gen<BigInteger> AnyUint = Gen.Frequency(
        (4, Amount(30)),
        (1, OneOf(BigInteger.Zero, BigInteger.One, Two64 - 1, Two64, Two128 - 1, Two128, MaxUint256 - 1, MaxUint256)),
        (1, Big(0, MaxUint256)),
        (1, Gen.Int[1, 255].SelectMany(bits => Big(0, (BigInteger.One << bits) - 1))));

    /// <summary>A bps figure: usually realistic, sometimes anything.</summary>
    private static readonly Gen<BigInteger> Bps = Gen.Frequency((16, Big(0, BPS)), (2, Big(0, 3 * BPS)), (1, AnyUint));

    /// <summary>Token decimals: the common ones, rarely the extremes and an invalid value.</summary>
    private static readonly Gen<int> TokenDecimals = Gen.Frequency(
        (10, OneOf(0, 6, 8, 18, 24)), (1, OneOf(1, 12, 30, 36)), (1, OneOf(37, -1)));

    /// <summary>A price: realistic WAD prices, tiny and huge ones.</summary>
    private static readonly Gen<BigInteger> Price = Gen.Frequency(
        (6, Big(WAD / 1000, 100_000 * WAD)), (1, Big(0, 1000)), (1, AnyUint));

    private sealed record Market(MarketState State, BigInteger Timestamp);

    private static Gen<T> OneOf<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<Market> GenMarket =
        Gen.Select(
            Gen.Frequency((6, Big(WAD, 3 * WAD)), (1, AnyUint)),               // borrow index
            Gen.Frequency((6, Big(WAD, 3 * WAD)), (1, AnyUint)),               // supply index
            Gen.Frequency((6, Amount(20)), (1, AnyUint)),                      // total supply principal
            Gen.Frequency((6, Amount(20)), (1, AnyUint)),                      // total borrow principal
            Gen.Frequency((3, OneOf(BigInteger.Zero, 12)), (3, Big(0, 400_000_000)), (1, AnyUint)), // dt
            Gen.Frequency((10, OneOf(6, 8, 18, 0, 24)), (1, OneOf(36, 37))),
            Gen.Frequency((20, Gen.Const(BaseTime)), (1, AnyUint)),            // timestamp
            Big(0, BPS),
            (bi, si, tsp, tbp, dt, baseDecimals, ts, rf) => new Market(
            new MarketState(
                new MarketIndices(si, bi, tsp, tbp, BigInteger.Max(BigInteger.Zero, ts - dt)),
                new RateModelParams(WAD / 50, WAD / 10, WAD * 3 / 2, WAD * 8 / 10),
                rf, baseDecimals),
            ts));

    private static Gen<AddOnState> AddOn(BigInteger ts) => Gen.Frequency(
        (3, Gen.Const(AddOnState.None)),
        (3, Gen.Select(Big(0, 3000), Big(0, 3000), OneOf(ts - 1, ts, ts + 1, BigInteger.Zero, BigInteger.One),
            (c, p, at) => new AddOnState(c, p, BigInteger.Max(BigInteger.Zero, at)))),
        (1, Gen.Select(Bps, Bps, AnyUint, (c, p, at) => new AddOnState(c, p, at))));

    private static Gen<CollateralConfig> Config(BigInteger ts) =>
        Gen.Select(TokenDecimals, Bps, Bps, Gen.Frequency((8, Amount(13)), (1, AnyUint)), Gen.Frequency((8, Amount(13)), (1, AnyUint)),
                Bps, Bps, AddOn(ts),
            (dec, bf, lt, b1, b2, c2, c3, addOn) =>
                new CollateralConfig(dec, bf, lt, 500, BigInteger.Min(b1, b2), BigInteger.Max(b1, b2), c2, c3, addOn));

    /// <summary>A holding of one of <paramref name="configs"/>; one in four sits exactly on or next to a tier break.</summary>
    private static Gen<CollateralPosition> Holding(CollateralConfig[] configs, int baseDecimals) => Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, configs.Length - 1], Gen.Frequency((6, Amount(24)), (2, Amount(30)), (1, AnyUint)), Price,
            (i, amount, price) => new CollateralPosition($"A{i}", configs[i], amount, price))),
        (1, Gen.Select(Gen.Int[0, configs.Length - 1], Gen.Bool, Gen.Int[-1, 1], (i, second, off) =>
        {
            // price 10^(18 + baseDecimals − decimals) makes value = amount exactly (when the exponent is ≥ 0)
            var cfg = configs[i];
            var exponent = 18 + baseDecimals - cfg.Decimals;
            var price = exponent >= 0 ? BigInteger.Pow(10, exponent) : WAD;
            var at = BigInteger.Max(BigInteger.Zero, (second ? cfg.TierBreak2 : cfg.TierBreak1) + off);
            return new CollateralPosition($"A{i}", cfg, at, price);
        })));

    private sealed record Sample(Market Market, (CollateralPosition[] Holdings, BigInteger Principal)[] Accounts);

    private static readonly Gen<Sample> GenSample =
        GenMarket.SelectMany(m => Config(m.Timestamp).Array[1, 3].SelectMany(configs =>
            Gen.Select(
                    Holding(configs, m.State.BaseDecimals).Array[0, 4],
                    Gen.Frequency((1, Gen.Const(BigInteger.Zero)), (6, Amount(24)), (1, AnyUint)),
                    (holdings, principal) => (holdings, principal))
                .Array[AccountsPerSample]
                .Select(accounts => new Sample(m, accounts))));

    [Fact]
    public void HealthCalculator_equals_AccountMath_Compute_on_a_million_random_account_states()
    {
        long states = 0, fast = 0;
        GenSample.Sample(s =>
        {
            HealthCalculator? shared = null;
            try
            {
                shared = new HealthCalculator(s.Market.State, s.Market.Timestamp);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException)
            {
                // accrual fails: every account must fail the same way in AccountMath (checked per account below)
            }

            foreach (var (holdings, principal) in s.Accounts)
            {
                // once with a calculator shared by the sample's accounts (config cache warm), once with a fresh one
                var usedFast = shared is null
                    ? HealthCalculatorEquality.AssertSame(holdings, principal, s.Market.State, s.Market.Timestamp)
                    : HealthCalculatorEquality.AssertSame(holdings, principal, s.Market.State, s.Market.Timestamp, shared);
                HealthCalculatorEquality.AssertSame(holdings, principal, s.Market.State, s.Market.Timestamp);
                Interlocked.Increment(ref states);
                if (usedFast) Interlocked.Increment(ref fast);
            }
        }, iter: Samples);

        output.WriteLine($"{states:N0} account states, {fast:N0} on the 128-bit path, the rest on the BigInteger fallback (or invalid in both)");
        Assert.True(states >= 1_000_000, $"only {states} states");
        Assert.True(fast >= states / 5, $"only {fast} of {states} states reached the 128-bit path");
    }

    [Fact]
    public void Health_over_columns_equals_AccountMath_Compute_on_random_books()
    {
        long accounts = 0, exact = 0;
        GenSample.Sample(s =>
        {
            var expected = s.Accounts.Select(a => HealthCalculatorEquality.Capture(() => AccountMath.Compute(a.Holdings, a.Principal, s.Market.State, s.Market.Timestamp).Health)).ToList();
            var firstError = expected.FirstOrDefault(e => e.Error is not null).Error;
            HealthCalculator calculator;
            try
            {
                calculator = new HealthCalculator(s.Market.State, s.Market.Timestamp);
            }
            catch (Exception e) when (e is ArgumentException or OverflowException)
            {
                Assert.NotNull(firstError);
                Assert.Equal(firstError.GetType(), e.GetType());
                return;
            }

            var columns = AccountColumns.Create(s.Accounts.Select(a => (IReadOnlyList<CollateralPosition>)a.Holdings).ToList(), s.Accounts.Select(a => a.Principal).ToList());
            var actual = HealthCalculatorEquality.Capture(() => calculator.Health(columns));
            if (firstError is not null)
            {
                // the first invalid account in book order throws, with AccountMath's exception type
                Assert.Equal(firstError.GetType(), actual.Error?.GetType());
                return;
            }

            Assert.Null(actual.Error);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Value, actual.Value![i]);
                Assert.Equal(expected[i].Value < WAD, actual.Value.IsLiquidatable(i));
            }

            Interlocked.Add(ref accounts, expected.Count);
            Interlocked.Add(ref exact, actual.Value!.ExactCount);
        }, iter: Samples / 5);

        output.WriteLine($"{accounts:N0} valid accounts in columns, {exact:N0} of them on the exact fallback");
        Assert.True(exact > 0 && exact <= accounts * 4 / 5, $"{exact} of {accounts} accounts took the exact fallback (the generator leans to extremes: at least a fifth should stay on the 128-bit path)");
    }

    /// <summary>
    /// Accounts on both sides of every 128-bit bound of the columns path (principal, balance, price at 2^128 − 1 and 2^128;
    /// L · WAD just below and above 2^128; no debt; a holding without config), in one book of shared configs, sequential
    /// and parallel: each equals AccountMath.Compute, and both paths ran.
    /// </summary>
    [Fact]
    public void Health_over_columns_is_exact_at_the_128_bit_bounds()
    {
        const int baseDecimals = 6;
        var market = new MarketState(
            new MarketIndices(WAD, WAD + (WAD / 20), 1_000_000_000, 700_000_000, BaseTime - 12),
            new RateModelParams(WAD / 50, WAD / 10, WAD * 3 / 2, WAD * 8 / 10), 1000, baseDecimals);
        var eth = new CollateralConfig(18, 8000, 8500, 500, 1_000_000_000_000, 5_000_000_000_000, 500, 1500, AddOnState.None);
        var link = new CollateralConfig(18, 6500, 7500, 800, 250_000_000_000, 1_000_000_000_000, 1000, 2500, new AddOnState(100, 300, BaseTime));
        var usd = new CollateralConfig(baseDecimals, 9000, 9500, 500, Two128 - 1, Two128 - 1, 0, 0, AddOnState.None);
        var oneToOne = BigInteger.Pow(10, 18); // a 6-decimal token at 1 base token: value = amount
        // L · WAD = 2^128 at L = 2^128 / 10^18 ≈ 3.4e20: amounts of the 1:1 token around L / 0.95
        var edge = Two128 / WAD * BPS / 9500;
        var holdings = new List<IReadOnlyList<CollateralPosition>>();
        var principals = new List<BigInteger>();
        var rng = new Random(7);
        void Add(BigInteger principal, params CollateralPosition[] held)
        {
            holdings.Add(held);
            principals.Add(principal);
        }

        for (var off = -3; off <= 3; off++) Add(1_000_000, new CollateralPosition("USD", usd, edge + off, oneToOne));
        foreach (var big in new[] { Two128 - 1, Two128, Two64 - 1, Two64, Two128 * 1000 })
        {
            Add(big, new CollateralPosition("ETH", eth, 10 * WAD, 2000 * WAD));
            Add(1_000_000, new CollateralPosition("ETH", eth, big, 2000 * WAD));
            Add(1_000_000, new CollateralPosition("ETH", eth, 10 * WAD, big));
        }

        Add(BigInteger.Zero, new CollateralPosition("ETH", eth, 10 * WAD, 2000 * WAD));
        Add(BigInteger.Zero);
        Add(5_000_000);
        for (var i = 0; i < 5_000; i++)
        {
            var price = 1500 + rng.Next(10);
            Add(new BigInteger(rng.NextDouble() * 1e11),
                new CollateralPosition("ETH", eth, new BigInteger(rng.NextDouble() * 1e20), price * WAD),
                new CollateralPosition("LINK", link, new BigInteger(rng.NextDouble() * 1e22), 15 * WAD));
        }

        var columns = AccountColumns.Create(holdings, principals);
        var calculator = new HealthCalculator(market, BaseTime);
        var sequential = calculator.Health(columns);
        var parallel = calculator.Health(columns, parallel: true);
        for (var i = 0; i < holdings.Count; i++)
        {
            var expected = AccountMath.Compute(holdings[i], principals[i], market, BaseTime).Health;
            Assert.Equal(expected, sequential[i]);
            Assert.Equal(expected, parallel[i]);
        }

        Assert.InRange(sequential.ExactCount, 1, 100);
        Assert.Equal(sequential.ExactCount, parallel.ExactCount);

        // a holding without a config throws as AccountMath does
        var broken = AccountColumns.Create([[new CollateralPosition("X", null!, 1, WAD)]], [BigInteger.One]);
        Assert.Throws<ArgumentNullException>(() => calculator.Health(broken));
        Assert.Throws<ArgumentNullException>(() => AccountMath.Compute([new CollateralPosition("X", null!, 1, WAD)], BigInteger.One, market, BaseTime));
    }
}
