using MarginInsurance.Risk.Data;

namespace MarginInsurance.Risk.Tests.Data;

/// <summary>The one asset → price-series rule shared by the keeper, the dashboard and the demo (hand-written expectations).</summary>
public sealed class AssetSeriesTests
{
    [Theory]
    [InlineData("WETH", "ETH", "ETH-USD.csv")]
    [InlineData("WBTC", "BTC", "BTC-USD.csv")]
    [InlineData("LINK", "LINK", "LINK-USD.csv")]
    [InlineData("W", "W", "W-USD.csv")]
    public void WrappedTokensReadTheirUnderlyingSeries(string symbol, string underlying, string file)
    {
        Assert.Equal(underlying, AssetSeries.Underlying(symbol));
        Assert.Equal(file, AssetSeries.FileName(AssetSeries.Underlying(symbol)));
    }

    [Fact]
    public void CandidatesTryTheTokensOwnSeriesFirst()
    {
        Assert.Equal(["WETH", "ETH"], AssetSeries.Candidates("WETH"));
        Assert.Equal(["LINK"], AssetSeries.Candidates("LINK"));
    }
}
