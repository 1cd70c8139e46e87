using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Output;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Tests;

/// <summary>Cornish–Fisher monotonicity guard, window / min-history controls, conditional coverage, worst day, GARCH persistence.</summary>
public sealed class GuardsAndControlsTests
{
    [Fact]
    public void NonMonotoneCornishFisherFallsBackToFilteredHsAndSaysSo()
    {
        Assert.True(ParametricRisk.CornishFisherIsMonotone(0.99, 0.5, 3));
        // strong negative loss skew: the raw expansion gives a negative 97.5% quantile
        Assert.False(ParametricRisk.CornishFisherIsMonotone(0.975, -4, 20));
        Assert.True(ParametricRisk.CornishFisher(0.975, -4, 20).Var < 0);

        // residuals with rare huge gains (losses strongly negatively skewed)
        var rng = new Xoshiro256(3);
        var r = Enumerable.Range(0, 1000).Select(i => i % 50 == 0 ? 0.3 : 0.02 * rng.NextNormal()).ToArray();
        var input = new RiskEngineSettings().LatestInput(r);
        Assert.True(CornishFisherEwmaModel.FallsBack(input, 0.975));
        var cf = new CornishFisherEwmaModel();
        var fhs = new FilteredHistoricalSimulationModel();
        Assert.Equal(fhs.Forecast(input, 0.975), cf.Forecast(input, 0.975));
        Assert.True(cf.Forecast(input, 0.975).Var > 0);
        Assert.True(cf.Forecast(input, 0.975).Var <= cf.Forecast(input, 0.99).Var);
    }

    [Fact]
    public void WindowAndMinHistoryAreHonoured()
    {
        var eth = ReturnSeries.FromPrices(RepoData.Prices("ETH"), GapPolicy.Drop);
        var from = new DateOnly(2018, 1, 1);
        var to = new DateOnly(2018, 12, 31);
        var standard = Backtester.Run(eth, [new HistoricalSimulationModel()], new RiskEngineSettings(), from, to).Single();
        var shorter = Backtester.Run(eth, [new HistoricalSimulationModel()], new RiskEngineSettings(MinHistory: 100, MaxWindow: 100), from, to).Single();
        // ETH returns start 2017-11-10: 250 earlier returns first exist on 2018-07-18, 100 on 2018-02-18
        Assert.Equal(new DateOnly(2018, 7, 18), standard.Dates[0]);
        Assert.Equal(new DateOnly(2018, 2, 18), shorter.Dates[0]);
        // HS VaR with a 100-day window is the ⌈100·1%⌉ = 1st largest of the last 100 losses
        var t = eth.Dates.ToList().IndexOf(new DateOnly(2018, 9, 1));
        var window = eth.Values[(t - 100)..t].Select(x => -x).Max();
        Assert.Equal(window, shorter.Var[shorter.Dates.ToList().IndexOf(new DateOnly(2018, 9, 1))], 12);
    }

    [Fact]
    public void BacktestTableHasConditionalCoverageAndTheWorstDay()
    {
        var prices = RepoData.Prices("ETH");
        var eth = ReturnSeries.FromPrices(prices, GapPolicy.Drop);
        var settings = new RiskEngineSettings();
        var results = Backtester.Run(eth, [new FilteredHistoricalSimulationModel()], settings, new(2018, 1, 1), new(2024, 12, 31));
        var table = RiskTables.Backtest([new AssetBacktest("ETH", results, null, CombinedSigma.Latest(eth, settings, null, null, 1))], settings, new(2018, 1, 1), new(2024, 12, 31), [])[0];
        // worst day computed here from the prices directly
        var worst = Enumerable.Range(1, prices.Dates.Count - 1)
            .Where(i => prices.Dates[i] >= new DateOnly(2018, 7, 18) && prices.Dates[i] <= new DateOnly(2024, 12, 31) && prices.Dates[i].DayNumber - prices.Dates[i - 1].DayNumber == 1)
            .MinBy(i => prices.Prices[i] / prices.Prices[i - 1]);
        Assert.Equal(prices.Dates[worst], table.Get(0, "worst_day"));
        Assert.Equal(new DateOnly(2020, 3, 13), table.Get(0, "worst_day")); // the file dates the March 2020 crash close 2020-03-13 (−42%)
        Assert.Equal(1 - prices.Prices[worst] / prices.Prices[worst - 1], (double)table.Get(0, "worst_day_loss_fraction")!, 10);
        var r = results.Single();
        Assert.Equal(r.ConditionalCoverage.PValue, (double)table.Get(0, "conditional_coverage_p")!);
        Assert.Equal(2, r.ConditionalCoverage.DegreesOfFreedom);
    }

    [Fact]
    public void GarchPersistenceAtOrAbove099IsWarned()
    {
        Assert.Null(new Garch11(1e-5, 0.08, 0.90, 0).PersistenceWarning);
        Assert.Contains("0.9950", new Garch11(1e-6, 0.1, 0.895, 0).PersistenceWarning, StringComparison.Ordinal);
        Assert.NotNull(new Garch11(1e-6, 0.09, 0.90, 0).PersistenceWarning);
        var table = RiskTables.Garch([("BNB", new Garch11(1e-6, 0.1, 0.899, 0), null), ("ETH", new Garch11(1e-5, 0.07, 0.91, 0), null)]);
        Assert.Single(table.Notes);
        Assert.StartsWith("WARNING BNB", table.Notes[0], StringComparison.Ordinal);
    }
}
