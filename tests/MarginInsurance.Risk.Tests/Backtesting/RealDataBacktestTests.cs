using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Measures;
using Xunit.Abstractions;

namespace MarginInsurance.Risk.Tests;

/// <summary>End-to-end 99% backtest on the shipped ETH and BTC closes, 2018-01-01..2024-12-31, gaps dropped.</summary>
public sealed class RealDataBacktestTests(ITestOutputHelper output)
{
    private static readonly DateOnly From = new(2018, 1, 1);
    private static readonly DateOnly To = new(2024, 12, 31);
    private static readonly Lazy<Dictionary<string, IReadOnlyList<BacktestResult>>> Results = new(() =>
        new[] { "ETH", "BTC" }.ToDictionary(a => a, a =>
            Backtester.Run(ReturnSeries.FromPrices(RepoData.Prices(a), GapPolicy.Drop), VarModels.All, new RiskEngineSettings(), From, To)));

    [Theory]
    [InlineData("ETH")]
    [InlineData("BTC")]
    public void DefaultMarginModelIsNotRejectedByKupiecAt5Percent(string asset)
    {
        var result = Results.Value[asset].Single(r => r.Model == RiskEngineSettings.DefaultMarginModel.Name);
        Print(asset);
        Assert.True(result.Observations > 2000, $"only {result.Observations} forecasts");
        Assert.False(result.Kupiec.RejectedAt(0.05),
            $"{asset} {result.Model}: {result.ExceptionCount} exceptions in {result.Observations} days, Kupiec p = {result.Kupiec.PValue:0.0000}");
        Assert.NotEqual(TrafficLightZone.Red, result.Zone);
    }

    [Theory]
    [InlineData("ETH")]
    [InlineData("BTC")]
    public void NormalEwmaIsRejectedBecauseCryptoTailsAreFat(string asset)
    {
        var result = Results.Value[asset].Single(r => r.Model == new NormalEwmaModel().Name);
        Assert.True(result.ExceptionCount > result.ExpectedExceptions, "normal EWMA should under-forecast the tail");
        Assert.True(result.Kupiec.RejectedAt(0.05), $"{asset} normal EWMA Kupiec p = {result.Kupiec.PValue:0.0000}");
    }

    [Fact]
    public void BtcGapsAreReportedAndNeverCountedAsOneDayReturns()
    {
        var prices = RepoData.Prices("BTC");
        Assert.Equal(3, prices.Gaps.Count(g => g.LastBefore.Year == 2024 && g.FirstAfter <= new DateOnly(2024, 12, 31)));
        var returns = ReturnSeries.FromPrices(prices, GapPolicy.Drop);
        Assert.DoesNotContain(new DateOnly(2024, 12, 9), returns.Dates);
        Assert.Throws<PriceGapException>(() => ReturnSeries.FromPrices(prices, GapPolicy.Refuse));
    }

    private void Print(string asset)
    {
        output.WriteLine($"{asset} 2018-2024, 99% one-day VaR");
        output.WriteLine("model | n | exceptions (expected) | Kupiec p | Christoffersen p | zone");
        foreach (var r in Results.Value[asset])
            output.WriteLine($"{r.Model} | {r.Observations} | {r.ExceptionCount} ({r.ExpectedExceptions:0.0}) | {r.Kupiec.PValue:0.0000} | {r.Christoffersen.PValue:0.0000} | {r.Zone}");
    }
}
