using System.Numerics;
using MarginInsurance.Risk.Data;

namespace MarginInsurance.Risk.Tests;

public sealed class PriceDataTests
{
    private static PriceSeries Parse(string text) => PriceCsvReader.Parse(new StringReader(text), "test.csv", "ETH");

    [Theory]
    [InlineData("date,value\n2024-01-01,100\n2024-01-02,abc\n", 3, "invalid price")]
    [InlineData("date,value\n2024-01-01,100\n2024-13-02,101\n", 3, "invalid date")]
    [InlineData("date,value\n2024-01-01,100\n2024-01-02,-5\n", 3, "invalid price")]
    [InlineData("date,value\n2024-01-01,100\n2024-01-02,1,2\n", 3, "expected 2 fields")]
    [InlineData("date,value\n2024-01-02,100\n2024-01-01,101\n", 3, "not after")]
    [InlineData("date,value\n2024-01-01,100\n2024-01-01,101\n", 3, "not after")]
    [InlineData("day,price\n2024-01-01,100\n", 1, "expected header")]
    public void MalformedRowsNameFileAndLine(string csv, int line, string problem)
    {
        var e = Assert.Throws<PriceDataException>(() => Parse(csv));
        Assert.Equal(line, e.Line);
        Assert.Equal("test.csv", e.File);
        Assert.Contains($"test.csv:{line}:", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void GapsAreDetectedAndRefusedByDefaultRule()
    {
        var s = Parse("date,value\n2024-01-01,100\n2024-01-02,110\n2024-01-05,121\n2024-01-06,120\n");
        var gap = Assert.Single(s.Gaps);
        Assert.Equal(2, gap.MissingDays);
        var e = Assert.Throws<PriceGapException>(() => ReturnSeries.FromPrices(s, GapPolicy.Refuse));
        Assert.Contains("2024-01-02..2024-01-05", e.Message);
        Assert.Contains("--gaps", e.Message);
    }

    [Fact]
    public void DropExcludesTheGapSpanningReturn()
    {
        var s = Parse("date,value\n2024-01-01,100\n2024-01-02,110\n2024-01-05,121\n2024-01-06,120\n");
        var r = ReturnSeries.FromPrices(s, GapPolicy.Drop);
        Assert.Equal([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 6)], r.Dates);
        Assert.Equal(Math.Log(1.1), r.Values[0], 12);
        Assert.Equal(Math.Log(120.0 / 121), r.Values[1], 12);
    }

    [Fact]
    public void InterpolateSpreadsTheMoveEvenlyOverTheMissingDays()
    {
        var s = Parse("date,value\n2024-01-01,100\n2024-01-02,110\n2024-01-05,121\n");
        var r = ReturnSeries.FromPrices(s, GapPolicy.Interpolate);
        Assert.Equal(4, r.Count);
        Assert.Equal(new DateOnly(2024, 1, 3), r.Dates[1]);
        for (var i = 1; i < 4; i++) Assert.Equal(Math.Log(1.1) / 3, r.Values[i], 12);
        Assert.Equal(Math.Log(1.21), r.Values.Sum(), 12);
    }

    [Fact]
    public void ShippedDataHasTheDocumentedGaps()
    {
        Assert.Equal(3, RepoData.Prices("BTC").Gaps.Count);
        var eth = Assert.Single(RepoData.Prices("ETH").Gaps);
        Assert.Equal(new DateOnly(2025, 1, 14), eth.LastBefore);
        Assert.Equal(1, eth.MissingDays);
        Assert.Equal(5, PriceCsvReader.ReadFolder(RepoData.PricesFolder).Count);
    }

    [Fact]
    public void OracleRoundsBecomeDailyClosesWithGapsKept()
    {
        static long At(int day, int hour) => new DateTimeOffset(2024, 1, day, hour, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var rounds = new[]
        {
            new OracleRound(1, new BigInteger(200_000_000_000), At(1, 3)),
            new OracleRound(2, new BigInteger(210_000_000_000), At(1, 22)),
            new OracleRound(3, new BigInteger(190_000_000_000), At(2, 12)),
            new OracleRound(4, new BigInteger(205_000_000_000), At(4, 1)),
        };
        var s = OracleRoundSeries.ToDailyCloses("ETH", rounds, 8, "feed");
        Assert.Equal([2100.0, 1900.0, 2050.0], s.Prices);
        Assert.Single(s.Gaps);
        Assert.Throws<PriceDataException>(() => OracleRoundSeries.ToDailyCloses("ETH", [new OracleRound(9, BigInteger.Zero, At(1, 1))], 8, "feed"));
    }

    [Fact]
    public void AlignedReturnsUseCommonDates()
    {
        var a = ReturnSeries.FromPrices(Parse("date,value\n2024-01-01,100\n2024-01-02,110\n2024-01-03,120\n"), GapPolicy.Refuse);
        var b = ReturnSeries.FromPrices(PriceCsvReader.Parse(new StringReader("date,value\n2024-01-02,10\n2024-01-03,11\n2024-01-04,12\n"), "b", "BTC"), GapPolicy.Refuse);
        var aligned = AlignedReturns.Create([a, b]);
        Assert.Equal([new DateOnly(2024, 1, 3)], aligned.Dates);
        Assert.Equal(Math.Log(11.0 / 10), aligned.Values[1][0], 12);
    }
}
