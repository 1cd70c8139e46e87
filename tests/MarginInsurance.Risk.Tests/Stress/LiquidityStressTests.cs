using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Output;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Reporting;

namespace MarginInsurance.Risk.Tests;

/// <summary>
/// The liquidity stress (depth down 80 %) in the margin recommendation and in the stress grid, fed by a depth-curve
/// file as a testnet without pools would give it. Two files: a pool, and the same pool with half its depth (every
/// sale_value halved). Each expected slippage below is read off the curves by hand; each expected bad debt is the
/// liquidation arithmetic of a two-account book written out in the comments, not the evaluator's output.
/// </summary>
public sealed class LiquidityStressTests
{
    // ETH 10 / 40 / 300 bps at 100k / 500k / 2.5M; BTC 8 / 30 / 200 bps.
    private const string Deep = "asset,sale_value,impact_bps\nWETH,100000,10\nWETH,500000,40\nWETH,2500000,300\nWBTC,100000,8\nWBTC,500000,30\nWBTC,2500000,200\n";
    private const string Half = "asset,sale_value,impact_bps\nWETH,50000,10\nWETH,250000,40\nWETH,1250000,300\nWBTC,50000,8\nWBTC,250000,30\nWBTC,1250000,200\n";

    private static readonly string[] Assets = ["ETH", "BTC"];

    private static RiskAnalysisResult Run(string file)
    {
        var curves = DepthCurveFile.Parse(new StringReader(file), "depth.csv", "--depth-curves");
        var prices = Assets.Select(RepoData.Prices).ToList();
        var p = prices.Select(s => s.Prices[^1]).ToArray();
        // A: 1 ETH owing 0.8 of its value; B: 1 BTC owing 0.8 of its value. Base LT 95 % (health 1.1875 each; every safe LT is below it).
        var book = new AccountBook(Assets, ["A", "B"], [[1, 0], [0, 1]], [0.8 * p[0], 0.8 * p[1]]);
        var inputs = new Dictionary<string, AssetMarginInputs>
        {
            ["ETH"] = new("ETH", 9500, 0, 1.0, 500, 50),
            ["BTC"] = new("BTC", 9500, 0, 1.0, 500, 50),
        };
        var depth = Assets.ToDictionary(a => a, a => new LiquidationDepth(DepthCurveFile.For(curves, a)!, 500_000, "depth.csv"));
        var options = new RiskAnalysisOptions(prices, MarginInputs: inputs, Accounts: book, Scenarios: 1000, Depth: depth,
            BacktestFrom: new DateOnly(2024, 12, 1), BacktestTo: new DateOnly(2024, 12, 31));
        return RiskAnalysis.Run(options);
    }

    /// <summary>(1 - h)(1 - s)/(1 + 5 %) in whole bps, h = 1 - exp(-ES): the safe LT of docs/risk.md, worked here.</summary>
    private static int SafeLt(double oneDayEs, double slippageBps) =>
        (int)Math.Floor(Math.Exp(-oneDayEs) * (1 - (slippageBps / 10_000)) / 1.05 * 10_000);

    [Fact]
    public void RecommendationAndStressRowsFollowTheDepthCurve()
    {
        var deep = Run(Deep);
        var half = Run(Half);
        var p = Assets.Select(a => RepoData.Prices(a).Prices[^1]).ToArray();

        // Slippage at the 500k sale, and at depth -80 % (500k costs what 2.5M cost):
        //   deep: ETH 40 bps, BTC 30 bps; stressed: ETH 300, BTC 200 (the last points).
        //   half: ETH 40 + (300 - 40) × 250k/1M = 105 bps, BTC 30 + 170 × 0.25 = 72.5 bps;
        //         stressed: beyond the last point, in proportion: ETH 300 × 2.5M/1.25M = 600, BTC 400.
        var expected = new Dictionary<string, (double Deep, double DeepStressed, double Half, double HalfStressed)>
        {
            ["ETH"] = (40, 300, 105, 600),
            ["BTC"] = (30, 200, 72.5, 400),
        };
        foreach (var asset in Assets)
        {
            var e = expected[asset];
            var d = deep.Assets.Single(a => a.Asset == asset);
            var h = half.Assets.Single(a => a.Asset == asset);
            Assert.Equal(e.Deep, d.Recommendation.Inputs.SlippageBps, 9);
            Assert.Equal(e.DeepStressed, d.Liquidity!.Stressed.Inputs.SlippageBps, 9);
            Assert.Equal(e.Half, h.Recommendation.Inputs.SlippageBps, 9);
            Assert.Equal(e.HalfStressed, h.Liquidity!.Stressed.Inputs.SlippageBps, 9);
            var es = d.Recommendation.OneDayEs; // the same price history in both runs: only the depth differs
            Assert.Equal(es, h.Recommendation.OneDayEs);
            Assert.Equal(SafeLt(es, e.Deep), d.Recommendation.MaxSafeLiquidationThresholdBps);
            Assert.Equal(SafeLt(es, e.DeepStressed), d.Liquidity.Stressed.MaxSafeLiquidationThresholdBps);
            Assert.Equal(SafeLt(es, e.Half), h.Recommendation.MaxSafeLiquidationThresholdBps);
            Assert.Equal(SafeLt(es, e.HalfStressed), h.Liquidity.Stressed.MaxSafeLiquidationThresholdBps);
            Assert.Equal(Math.Max(0, 9500 - SafeLt(es, e.Half)), h.Recommendation.RawAddOnBps);
            Assert.True(h.Recommendation.RawAddOnBps > d.Recommendation.RawAddOnBps, $"{asset}: thinner pool, larger add-on ({h.Recommendation.RawAddOnBps} vs {d.Recommendation.RawAddOnBps})");
        }

        // ALL -50 %: both accounts fall below health 1 (0.95 × 0.5 < 0.8) and are liquidated whole; the book recovers
        // 0.5 × (P_ETH + P_BTC) × (1 - s)/(1 + 5 %) of debt 0.8 × (P_ETH + P_BTC), s the average slippage of the two assets.
        double Bad(double slippageBps) => (0.8 * (p[0] + p[1])) - (0.5 * (p[0] + p[1]) * (1 - (slippageBps / 10_000)) / 1.05);
        double Row(RiskAnalysisResult r, string name) => r.StressResults.Concat(r.LiquidityStress).Single(x => x.Scenario == name).Outcome.BadDebt;
        Assert.Equal(Bad((40 + 30) / 2.0), Row(deep, "ALL -50%"), 6);
        Assert.Equal(Bad((300 + 200) / 2.0), Row(deep, "ALL -50%, depth -80%"), 6);
        Assert.Equal(Bad((105 + 72.5) / 2.0), Row(half, "ALL -50%"), 6);
        Assert.Equal(Bad((600 + 400) / 2.0), Row(half, "ALL -50%, depth -80%"), 6);
        Assert.Equal(250, deep.LiquidityTerms.SlippageBps, 9);
        Assert.Equal(500, half.LiquidityTerms.SlippageBps, 9);

        // the CLI's tables carry both: the stress table's liquidity rows and the recommendation's depth -80 % columns
        var stress = AnalysisTables.Stress(half);
        var rowIndex = Enumerable.Range(0, stress.Rows.Count).Single(i => (string?)stress.Get(i, "scenario") == "ALL -50%, depth -80%");
        Assert.Equal(Bad(500), (double)stress.Get(rowIndex, "bad_debt_usd")!, 6);
        Assert.Contains(stress.Notes, n => n.StartsWith("Liquidity stress (depth down 80 %): the book liquidated at 500 bps average slippage instead of 88.75 bps", StringComparison.Ordinal));
        var rec = AnalysisTables.Recommend(half, new Dictionary<string, string>());
        Assert.Equal(600, (double)rec.Get(0, "depth80_slippage_bps")!, 9);
        Assert.Equal(SafeLt(half.Assets[0].Recommendation.OneDayEs, 600), (int)rec.Get(0, "depth80_safe_lt_bps")!);
        Assert.Contains(rec.Notes, n => n.StartsWith("ETH: slippage 105 bps from depth.csv, read at a 500,000 sale; liquidity stress (depth −80 %): slippage 600 bps", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutACurveTheFixedSlippageIsAOnePointCurve()
    {
        // no curve: impact taken as proportional to size, so depth -80 % costs 5 × the fixed 50 bps
        var rec = MarginRecommender.FromEs(0.05, 0.02, new AssetMarginInputs("ETH", 9000, 0, 1.0, 500, 50), new MarginPolicy(), new AddOnBounds(3000, 3000));
        var stress = LiquidationCost.Stress(rec, null, new MarginPolicy(), new AddOnBounds(3000, 3000));
        Assert.Equal(rec, stress.Measured);
        Assert.Equal(250, stress.Stressed.Inputs.SlippageBps, 12);
        Assert.Equal(SafeLt(0.05, 250), stress.Stressed.MaxSafeLiquidationThresholdBps);
    }
}
