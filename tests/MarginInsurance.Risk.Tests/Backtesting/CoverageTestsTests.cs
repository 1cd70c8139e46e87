using MarginInsurance.Risk.Backtesting;

namespace MarginInsurance.Risk.Tests;

public sealed class CoverageTestsTests
{
    [Fact]
    public void KupiecLrForTenExceptionsIn250DaysAt99()
    {
        var test = CoverageTests.Kupiec(250, 10, 0.99);
        Assert.Equal(12.955491, test.Statistic, 5);
        Assert.Equal(0.000319, test.PValue, 6);
        Assert.True(test.RejectedAt(0.05));
    }

    [Fact]
    public void KupiecLrForTwentyExceptionsIn1000Days()
    {
        var test = CoverageTests.Kupiec(1000, 20, 0.99);
        Assert.Equal(7.827239, test.Statistic, 5);
        Assert.Equal(0.005146, test.PValue, 5);
    }

    [Fact]
    public void KupiecAcceptsTheExpectedCountAndHandlesZero()
    {
        Assert.Equal(0, CoverageTests.Kupiec(1000, 10, 0.99).Statistic, 10);
        Assert.Equal(1, CoverageTests.Kupiec(1000, 10, 0.99).PValue, 10);
        // x = 0: LR = -2 n ln(1-p)
        Assert.Equal(-2 * 250 * Math.Log(0.99), CoverageTests.Kupiec(250, 0, 0.99).Statistic, 10);
    }

    [Theory]
    [InlineData(0, TrafficLightZone.Green)]
    [InlineData(4, TrafficLightZone.Green)]
    [InlineData(5, TrafficLightZone.Yellow)]
    [InlineData(9, TrafficLightZone.Yellow)]
    [InlineData(10, TrafficLightZone.Red)]
    public void BaselTrafficLightFor250Days(int exceptions, TrafficLightZone zone) =>
        Assert.Equal(zone, CoverageTests.TrafficLight(250, exceptions, 0.99));

    [Fact]
    public void ChristoffersenRejectsClusteredExceptionsAndAcceptsSpreadOnes()
    {
        var clustered = new bool[1000];
        for (var i = 500; i < 510; i++) clustered[i] = true;
        var spread = new bool[1000];
        for (var i = 50; i < 1000; i += 100) spread[i] = true;
        Assert.True(CoverageTests.ChristoffersenIndependence(clustered).RejectedAt(0.05));
        Assert.False(CoverageTests.ChristoffersenIndependence(spread).RejectedAt(0.05));
        // same number of exceptions, so Kupiec cannot tell them apart
        Assert.Equal(CoverageTests.Kupiec(1000, 10, 0.99).Statistic, CoverageTests.Kupiec(1000, spread.Count(e => e), 0.99).Statistic);
    }

    [Fact]
    public void ChristoffersenStatisticMatchesHandComputation()
    {
        // sequence F T T F F T F F: n00=2, n01=2, n10=2, n11=1
        var e = new[] { false, true, true, false, false, true, false, false };
        double pi = 3.0 / 7, pi01 = 2.0 / 4, pi11 = 1.0 / 3;
        var restricted = 4 * Math.Log(1 - pi) + 3 * Math.Log(pi);
        var unrestricted = 2 * Math.Log(1 - pi01) + 2 * Math.Log(pi01) + 2 * Math.Log(1 - pi11) + Math.Log(pi11);
        Assert.Equal(-2 * (restricted - unrestricted), CoverageTests.ChristoffersenIndependence(e).Statistic, 10);
    }
}
