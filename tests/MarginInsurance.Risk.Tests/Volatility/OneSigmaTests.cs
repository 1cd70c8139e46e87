using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Output;
using MarginInsurance.Risk.Surfaces;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Tests;

/// <summary>One σ everywhere: var, backtest and recommend use the same combined σ, and say which and as of when.</summary>
public sealed class OneSigmaTests
{
    private static readonly RiskEngineSettings Settings = new();

    private static AssetInput Eth(ImpliedVolatilitySource? implied, double horizonDays = 1)
    {
        var prices = RepoData.Prices("ETH");
        var returns = ReturnSeries.FromPrices(prices, GapPolicy.Drop);
        return new AssetInput(prices, returns, CombinedSigma.Latest(returns, Settings, implied, null, horizonDays, prices.Dates[^1]));
    }

    [Fact]
    public void ConstantImpliedVolatilityDrivesVarBacktestAndRecommendAlike()
    {
        // 200%/yr ≫ ETH's realized: under the max rule σ = 2/√365 per day everywhere
        var implied = new ConstantImpliedVolatility("ETH", 200);
        var expected = 2 / Math.Sqrt(365);
        var eth = Eth(implied);
        Assert.Equal(expected, eth.Sigma.Combined, 12);
        Assert.Contains("max(EWMA", eth.Sigma.Label, StringComparison.Ordinal);
        Assert.Contains("2025-01-16", eth.Sigma.Label, StringComparison.Ordinal);

        // var: Normal EWMA VaR 99% = 1 − exp(−2.3263 σ)
        var table = RiskTables.Var([eth], Settings);
        var normal = Enumerable.Range(0, table.Rows.Count).Single(i => (string)table.Get(i, "model")! == "Normal EWMA");
        Assert.Equal(1 - Math.Exp(-2.3263478740 * expected), (double)table.Get(normal, "var_99_fraction")!, 8);
        Assert.Equal(expected, (double)table.Get(normal, "sigma_daily")!, 12);

        // backtest: every forecast day uses the same σ
        var sigmas = CombinedSigma.Series(eth.Returns, EwmaVolatility.Forecasts(eth.Returns.Values), implied, null, 1);
        var bt = Backtester.Run(eth.Returns, [new NormalEwmaModel()], Settings, new(2019, 1, 1), new(2019, 12, 31), forecastSigmas: sigmas).Single();
        Assert.All(bt.Var, v => Assert.Equal(2.3263478740 * expected, v, 8));

        // recommend
        var rec = MarginRecommender.Recommend(eth.Returns.Values, DefaultMarginInputs.For("ETH"), new MarginPolicy(), new AddOnBounds(), Settings, eth.Sigma.Combined);
        Assert.Equal(expected, rec.Volatility, 12);
    }

    [Fact]
    public void SurfaceGivesTheAtmTermStructureAtTheHorizonOnItsDateOnly()
    {
        var surface = VolSurface.Fit("ETH", SurfaceCsvReader.Read(RepoData.SyntheticSurface), ArbitragePolicy.Refuse, "synthetic");
        var source = new SurfaceImpliedVolatility(surface);
        // 43 days = the 2025-02-28 expiry: ATM 0.58 + 0.10·√T per year
        var years = 43 / 365.0;
        var reading = source.DailyAsOf(new DateOnly(2025, 1, 16), 43, 3)!;
        Assert.Equal((0.58 + 0.10 * Math.Sqrt(years)) / Math.Sqrt(365), reading.Daily, 4);
        Assert.Equal(new DateOnly(2025, 1, 16), reading.AsOf);
        // a backtest day before the surface's date cannot see it; realized is used and the reason is stated
        var before = CombinedSigma.Combine("ETH", new DateOnly(2024, 6, 1), 0.01, source, new ImpliedVolatilityRule(), 1);
        Assert.Null(before.Implied);
        Assert.Equal(0.01, before.Combined);
        Assert.Contains("no value within 3 days of 2024-06-01", before.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsesConstantIndexAndSurfaceInputs()
    {
        Assert.IsType<ConstantImpliedVolatility>(ImpliedVolatilityInput.Parse("ETH", "65", ArbitragePolicy.Refuse, "--implied-vol"));
        Assert.IsType<SurfaceImpliedVolatility>(ImpliedVolatilityInput.Parse("ETH", RepoData.SyntheticSurface, ArbitragePolicy.Refuse, "--implied-vol"));
        var index = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(index, ["date,value", "2025-01-15,70", "2025-01-16,72"]);
            Assert.IsType<IndexImpliedVolatility>(ImpliedVolatilityInput.Parse("ETH", index, ArbitragePolicy.Refuse, "--implied-vol"));
        }
        finally
        {
            File.Delete(index);
        }
        var e = Assert.Throws<ArgumentException>(() => ImpliedVolatilityInput.Parse("ETH", "nope.csv", ArbitragePolicy.Refuse, "--implied-vol"));
        Assert.Contains("--implied-vol", e.Message, StringComparison.Ordinal);
        Assert.Contains("ETH=65", e.Message, StringComparison.Ordinal);
    }
}
