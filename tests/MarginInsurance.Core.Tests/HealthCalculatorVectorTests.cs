using System.Globalization;
using System.Numerics;
using System.Text.Json;
using MarginInsurance.Core;
using Xunit.Abstractions;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Tests;

/// <summary>
/// Every case of the vector files an account state can express (health, utilization, toDebt, collateralValue,
/// tieredAdjusted, effectiveAddOn) run through <see cref="HealthCalculator"/>: the vector's expected output, and
/// equality with <see cref="AccountMath.Compute"/> on every entry point.
/// </summary>
public sealed class HealthCalculatorVectorTests(ITestOutputHelper output)
{
    private const long Now = 1_750_000_000;

    /// <summary>An account state built from one vector case and the figure of its snapshot the case predicts.</summary>
    private sealed record Scenario(CollateralPosition[] Holdings, BigInteger Principal, MarketState Market, BigInteger Timestamp, Func<AccountSnapshot, BigInteger> Figure);

    [Fact]
    public void Every_expressible_vector_case_matches_on_every_HealthCalculator_path()
    {
        var files = new Dictionary<string, Func<Func<string, BigInteger>, Scenario>>
        {
            ["health.json"] = c => Identity(capacity: c("liquidationCapacity"), debt: c("debt"), s => s.Health),
            ["utilization.json"] = c => Identity(capacity: c("borrowCapacity"), debt: c("debt"), s => s.Utilization),
            ["toDebt.json"] = c => new Scenario([], c("principal"), Market(c("borrowIndex"), 6, Now), Now, s => s.Debt),
            ["collateralValue.json"] = c =>
            {
                var baseDecimals = (int)c("baseDecimals");
                var cfg = Config((int)c("collateralDecimals"), BPS, BPS, 0, 0, 0, 0, AddOnState.None);
                return new Scenario([new("X", cfg, c("amount"), c("priceWad"))], 0, Market(WAD, baseDecimals, Now), Now, s => s.Collateral[0].Value);
            },
            ["tieredAdjusted.json"] = c =>
            {
                // value = amount when collateral decimals 0, base decimals 18 and price 1 (10^-18 base per token)
                var cfg = Config(0, c("factorBps"), c("factorBps"), c("tierBreak1"), c("tierBreak2"), c("tierCut2Bps"), c("tierCut3Bps"),
                    new AddOnState(c("addOnBps"), 0, 0));
                return new Scenario([new("X", cfg, c("value"), 1)], 0, Market(WAD, 18, Now), Now, s => s.Collateral[0].LiquidationCapacity);
            },
            ["effectiveAddOn.json"] = c =>
            {
                var cfg = Config(18, 8000, 8500, 0, 0, 0, 0, new AddOnState(c("currentBps"), c("pendingBps"), c("pendingEffectiveAt")));
                return new Scenario([new("X", cfg, WAD, WAD)], 0, Market(WAD, 6, c("nowTs")), c("nowTs"), s => s.Collateral[0].AddOnBps);
            },
        };

        int cases = 0, fast = 0;
        foreach (var (file, build) in files)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorTests.VectorDir, file)));
            int fileCases = 0, fileFast = 0;
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                BigInteger Arg(string name) => BigInteger.Parse(c.GetProperty(name).GetString()!, CultureInfo.InvariantCulture);
                var s = build(Arg);
                var name = $"{file}/{c.GetProperty("name").GetString()}";
                var expected = Arg("expected");
                Assert.True(expected == s.Figure(AccountMath.Compute(s.Holdings, s.Principal, s.Market, s.Timestamp)), $"{name}: scenario does not express the case");
                var calculator = new HealthCalculator(s.Market, s.Timestamp);
                Assert.True(expected == s.Figure(calculator.Compute(s.Holdings, s.Principal)), $"{name}: HealthCalculator.Compute differs from the vector");
                if (HealthCalculatorEquality.AssertSame(s.Holdings, s.Principal, s.Market, s.Timestamp)) fileFast++;
                fileCases++;
            }

            output.WriteLine($"{file}: {fileCases} cases, {fileFast} on the 128-bit path, the rest on the BigInteger fallback");
            Assert.Equal(int.Parse(doc.RootElement.GetProperty("count").GetString()!, CultureInfo.InvariantCulture), fileCases);
            cases += fileCases;
            fast += fileFast;
        }

        output.WriteLine($"total: {cases} cases, {fast} on the 128-bit path");
        Assert.Equal(155, cases);
        Assert.True(fast > cases / 2, $"only {fast} of {cases} cases reached the 128-bit path");
    }

    /// <summary>An account whose L and C both equal <paramref name="capacity"/> and whose debt equals <paramref name="debt"/>.</summary>
    private static Scenario Identity(BigInteger capacity, BigInteger debt, Func<AccountSnapshot, BigInteger> figure)
    {
        var cfg = Config(0, BPS, BPS, 0, 0, 0, 0, AddOnState.None);
        return new Scenario([new("X", cfg, capacity, 1)], debt, Market(WAD, 18, Now), Now, figure);
    }

    private static CollateralConfig Config(int decimals, BigInteger bf, BigInteger lt, BigInteger b1, BigInteger b2, BigInteger cut2, BigInteger cut3, AddOnState addOn) =>
        new(decimals, bf, lt, 500, b1, b2, cut2, cut3, addOn);

    /// <summary>A market with the given borrow index and no accrual pending at <paramref name="lastAccrual"/>.</summary>
    private static MarketState Market(BigInteger borrowIndex, int baseDecimals, BigInteger lastAccrual) => new(
        new MarketIndices(WAD, borrowIndex, 0, 0, lastAccrual),
        new RateModelParams(BigInteger.Pow(10, 16), 4 * BigInteger.Pow(10, 16), 75 * BigInteger.Pow(10, 16), 8 * BigInteger.Pow(10, 17)),
        1000, baseDecimals);
}
