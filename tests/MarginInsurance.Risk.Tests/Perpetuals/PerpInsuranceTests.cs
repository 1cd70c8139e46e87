using MarginInsurance.Risk.Insurance;
using MarginInsurance.Risk.Perpetuals;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Simulation;
using Xunit;

namespace MarginInsurance.Risk.Tests.Perpetuals;

public sealed class PerpInsuranceTests
{
    private static readonly PerpTier Flat = new(1000, 500, 1e9m, 1e9m, 0, 0);

    [Fact]
    public void Gap_deficit_matches_hand_computation()
    {
        // ETH long 100k at 10× (margin 10,000), BTC short 50k at 2× (25,000), a LINK position the scenarios do not cover.
        var book = new PerpBook([new("A", "ETH", true, 100_000, 10), new("B", "BTC", false, 50_000, 2), new("L", "LINK", true, 1_000, 2)], 1e6, 0, 3000, "hand");
        var loss = new PerpGapLoss(book, new Dictionary<string, PerpTier> { ["ETH"] = Flat, ["BTC"] = Flat, ["LINK"] = Flat },
            new Dictionary<string, int> { ["ETH"] = 100, ["BTC"] = 100, ["LINK"] = 100 }, ["ETH", "BTC"]);
        Assert.Equal(1, loss.Skipped);
        // ETH −15 %: equity 10,000 − 15,000 = −5,000 < MM 4,250; deficit 5,000 + 1 % × 85,000 = 5,850. BTC flat: healthy.
        Assert.Equal(5_850, loss.Deficit([0.85, 1.0]), 6);
        // ETH −5 %: equity 5,000 ≥ MM 4,750, nothing. BTC +60 %: equity 25,000 − 30,000 = −5,000 < MM 4,000; deficit 5,000 + 800 = 5,800.
        Assert.Equal(5_800, loss.Deficit([0.95, 1.6]), 6);
        // below maintenance but solvent: ETH −6 % → equity 4,000 < MM 4,700, 4,000 − 940 ≥ 0: no deficit
        Assert.Equal(0, loss.Deficit([0.94, 1.0]), 6);
    }

    [Fact]
    public void Insurance_adequacy_adds_the_perp_deficit_of_the_same_days()
    {
        var assets = new[] { "ETH", "BTC" };
        var spotBook = AccountBook.Synthetic(assets, [2000, 60000], [0.85, 0.85], 200, 7);
        var evaluator = new BookEvaluator(spotBook, [2000, 60000], [0.85, 0.85], new LiquidationTerms(500, 50));
        var generator = new ScenarioGenerator(assets, new[,] { { 0.0025, 0.0015 }, { 0.0015, 0.0016 } }, 4);
        var perps = new PerpGapLoss(PerpBook.Synthetic(200, 7, [new("ETH", 0.5, 0.6), new("BTC", 0.5, 0.5)]),
            new Dictionary<string, PerpTier> { ["ETH"] = PerpTier.SpecExample, ["BTC"] = PerpTier.SpecExample },
            new Dictionary<string, int> { ["ETH"] = 100, ["BTC"] = 100 }, assets);
        var spot = InsuranceAdequacy.Run(evaluator, generator, 4096, 42, 1e5);
        var both = InsuranceAdequacy.Run(evaluator, generator, 4096, 42, 1e5, perps: perps);
        // reference: the perp deficits of the same scenarios, computed here directly
        var set = generator.Generate(4096, 42);
        var perpMean = Enumerable.Range(0, 4096).Average(k => perps.Deficit(set.Values.AsSpan(k * 2, 2).ToArray().Select(Math.Exp).ToArray()));
        Assert.True(perpMean > 0, "the synthetic 2–20× book must leave some negative equity in a fat-tailed day");
        Assert.Equal(spot.ExpectedBadDebt.Value + perpMean, both.ExpectedBadDebt.Value, 6);
        Assert.True(both.ProbabilityPoolCovers.Value <= spot.ProbabilityPoolCovers.Value);
    }
}
