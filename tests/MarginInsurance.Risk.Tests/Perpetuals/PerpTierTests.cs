using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Perpetuals;
using Xunit;

namespace MarginInsurance.Risk.Tests.Perpetuals;

public sealed class PerpTierTests
{
    // Hand case (expected values computed independently in Python from docs/risk.md §11's formulas):
    // long ES 0.10, short ES 0.08 (one-day log loss), σ_d 0.04, Y = 1, V = 1e9 USD, penalty 100 bps, current ES 0.12 / 0.09.
    private static readonly PerpTailData Tail = new(0.10, 0.08, 0.04, 0.12, 0.09);

    private static PerpInstrumentInputs Inputs(int penaltyBps = 100) =>
        new("TEST", new SquareRootImpact(1.0, 1e9), penaltyBps, PerpTier.SpecExample);

    [Fact]
    public void Tier_matches_hand_computation()
    {
        var r = PerpTierRecommender.Recommend(Tail, Inputs(), new PerpTierPolicy(), new AddOnBounds());
        // h_MM = 1 − e^{−0.10/√24} = 0.0202055; h_IM = 1 − e^{−0.10} = 0.0951626 (the long side is worse on both)
        Assert.Equal(0.0202055, r.MaintenanceLoss, 7);
        Assert.Equal(0.0951626, r.InitialLoss, 7);
        // N1 = 1e9 (0.001/0.04)² = 625,000 → 620,000; N2 = 1e9 (0.005/0.04)² = 15,625,000 → 15,000,000; N3 = 1e9 (0.02/0.04)² = 250,000,000
        Assert.Equal(620_000m, r.Tier.NotionalBreak1);
        Assert.Equal(15_000_000m, r.Tier.NotionalBreak2);
        Assert.Equal(250_000_000, r.CoverNotional, 3);
        // mmf = ⌈(0.0202055 + 0.04√(6.2e-4) + 0.01) × 1e4⌉ = ⌈312.01⌉ = 313; imf = ⌈1061.59⌉ = 1062
        Assert.Equal(313, r.Tier.MmfBps);
        Assert.Equal(1062, r.Tier.ImfBps);
        // step2 = max(40 (MM), 41 (IM)) = 41; step3 = max(199, 200) = 200
        Assert.Equal(41, r.Tier.Step2Bps);
        Assert.Equal(200, r.Tier.Step3Bps);
        // add-on: current h_IM = 1 − e^{−0.12} = 0.1130796, minus 0.0951626 → ⌈179.17⌉ = 180 bps
        Assert.Equal(180, r.RawAddOnBps);
        Assert.Equal(180, r.AddOnBps);
        Assert.False(r.PenaltyRaisedMmf);
        Assert.True(r.AllChecksPass, string.Join("; ", r.Checks.Where(c => !c.Passes).Select(c => $"{c.Name}: {c.Detail}")));
    }

    [Fact]
    public void Penalty_bound_raises_mmf_to_the_smallest_value_the_chain_accepts()
    {
        // penalty 200 bps: model mmf ⌈412.01⌉ = 413, but §13.10 needs 200e18 < mmf × 0.475e18, i.e. mmf ≥ 422
        var r = PerpTierRecommender.Recommend(Tail, Inputs(200), new PerpTierPolicy(), new AddOnBounds());
        Assert.Equal(422, r.Tier.MmfBps);
        Assert.True(r.PenaltyRaisedMmf);
        Assert.True(r.AllChecksPass);
        Assert.Equal(211, PerpTierChecks.MinimumMmfForPenalty(100, 0.95m));
        Assert.False(PerpTierChecks.PenaltyBoundHolds(100, 210, 0.95m)); // 100e18 < 99.75e18 fails
        Assert.True(PerpTierChecks.PenaltyBoundHolds(100, 211, 0.95m));  // 100e18 < 100.225e18
    }

    [Fact]
    public void Checks_flag_a_tier_the_chain_would_refuse()
    {
        var r = PerpTierRecommender.Recommend(Tail, Inputs(), new PerpTierPolicy(), new AddOnBounds());
        var bad = r with { Tier = r.Tier with { ImfBps = r.Tier.MmfBps, Step2Bps = 0, Step3Bps = 0 } };
        var checks = PerpTierChecks.Run(bad, new PerpTierPolicy());
        Assert.False(checks.Single(c => c.Name.StartsWith("0 < mmf < imf", StringComparison.Ordinal)).Passes);
        Assert.False(checks.Single(c => c.Name.StartsWith("MM(N3)", StringComparison.Ordinal)).Passes); // no steps: the 250M position is under-margined
    }

    [Fact]
    public void Add_on_respects_the_step_bound()
    {
        var hot = Tail with { CurrentLongEsLog = 0.30 }; // 1 − e^{−0.3} − 0.0951626 = 0.1640192 → 1641 bps raw
        var r = PerpTierRecommender.Recommend(hot, Inputs(), new PerpTierPolicy(), new AddOnBounds());
        Assert.Equal(1641, r.RawAddOnBps);
        Assert.Equal(500, r.AddOnBps);
        Assert.Equal(BoundHit.MaxStep, r.Bound);
    }

    [Fact]
    public void Square_root_impact_matches_its_formula()
    {
        var m = new SquareRootImpact(0.5, 4e8);
        Assert.Equal(0.5 * 0.05 * 0.05, m.CostFraction(1e6, 0.05), 12); // √(1e6/4e8) = 0.05
        Assert.Equal(1e6, m.NotionalAtCost(0.00125, 0.05), 3);
    }

    [Fact]
    public void Real_data_tiers_pass_every_on_chain_bound()
    {
        foreach (var asset in new[] { "ETH", "BTC", "LINK" })
        {
            var returns = ReturnSeries.FromPrices(RepoData.Prices(asset), GapPolicy.Drop).Values;
            var tail = PerpTailData.FromReturns(returns, new RiskEngineSettings(), 0.975);
            var r = PerpTierRecommender.Recommend(tail, DefaultPerpInputs.ByAsset[asset], new PerpTierPolicy(), new AddOnBounds());
            Assert.True(r.AllChecksPass, asset);
            Assert.InRange(r.Tier.MmfBps, 211, r.Tier.ImfBps - 1);
        }
    }
}
