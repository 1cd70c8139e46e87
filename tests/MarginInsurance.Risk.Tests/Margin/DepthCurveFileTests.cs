using MarginInsurance.Risk.Margin;

namespace MarginInsurance.Risk.Tests;

/// <summary>The depth-curve file of a chain with no pools: what it accepts, and refusals that name the setting, the line and the fix.</summary>
public sealed class DepthCurveFileTests
{
    private const string Setting = "Keeper:Risk:DepthCurves";

    private static IReadOnlyDictionary<string, DepthCurve> Parse(string text) =>
        DepthCurveFile.Parse(new StringReader(text), "depth.csv", Setting);

    [Fact]
    public void ReadsPointsPerCollateralWithCommentsAndBlankLines()
    {
        var curves = Parse("""
            # testnet depth, measured on mainnet pools and scaled
            Asset, Sale_Value, Impact_Bps

            WETH,10000,5
            WETH,250000,20
            WETH,1e6,60
            LINK,10000,31.5
            LINK,50000,31.5
            """);
        Assert.Equal(["WETH", "LINK"], curves.Keys);
        Assert.Equal([new DepthPoint(10_000, 5), new DepthPoint(250_000, 20), new DepthPoint(1_000_000, 60)], curves["WETH"].Points);
        Assert.Equal(40, curves["weth"].ImpactBps(625_000), 12); // halfway from 20 to 60 bps
        Assert.Same(curves["WETH"], DepthCurveFile.For(curves, "ETH"));   // the CLI's ETH reads the WETH rows
        Assert.Same(curves["WETH"], DepthCurveFile.For(curves, "WETH"));
        Assert.Null(DepthCurveFile.For(curves, "BTC"));
    }

    [Theory]
    [InlineData("", "is empty", "write the header asset,sale_value,impact_bps")]
    [InlineData("asset,sale_value,impact_bps\n", "has a header but no points", "add rows such as WETH,250000,9.8")]
    [InlineData("asset,size,impact\nWETH,1,1", "line 1: header 'asset,size,impact'", "start the file with the line asset,sale_value,impact_bps")]
    [InlineData("asset,sale_value,impact_bps\nWETH,10000", "line 2: 2 cells", "write asset,sale_value,impact_bps")]
    [InlineData("asset,sale_value,impact_bps\nW-ETH,10000,5", "line 2: asset 'W-ETH'", "use the collateral's symbol")]
    [InlineData("asset,sale_value,impact_bps\nWETH,-5,5", "line 2: sale_value '-5'", "whole base units")]
    [InlineData("asset,sale_value,impact_bps\nWETH,10000,10000", "line 2: impact_bps '10000' is not in [0, 10000)", "basis points, fee included")]
    [InlineData("asset,sale_value,impact_bps\nWETH,10000,abc", "line 2: impact_bps 'abc'", "basis points")]
    [InlineData("asset,sale_value,impact_bps\nWETH,50000,5\nWETH,10000,6", "line 3: sale_value 10000 is not above the previous WETH point (50000)", "increasing sale_value")]
    [InlineData("asset,sale_value,impact_bps\nWETH,10000,8\nWETH,50000,6", "line 3: impact_bps 6 falls below the previous WETH point (8 bps at 10000)", "a larger sale cannot cost less")]
    [InlineData("asset,sale_value,impact_bps\nWETH,1,1\nLINK,1,1\nWETH,2,2", "line 4: WETH rows resume after another asset's", "keep all WETH rows together")]
    public void RefusalsNameTheSettingTheLineAndTheFix(string text, string what, string fix)
    {
        var e = Assert.Throws<DepthCurveFileException>(() => Parse(text));
        Assert.StartsWith($"{Setting}: depth.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains(what, e.Message, StringComparison.Ordinal);
        Assert.Contains(". Fix: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(fix, e.Message[e.Message.IndexOf(". Fix: ", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileNamesTheSetting()
    {
        var e = Assert.Throws<DepthCurveFileException>(() => DepthCurveFile.Read("/no/such/depth.csv", "--depth-curves"));
        Assert.Equal("--depth-curves: file '/no/such/depth.csv' does not exist. Fix: point --depth-curves at a CSV with header 'asset,sale_value,impact_bps' (docs/uniswap.md), or remove the setting to use the fixed slippage.", e.Message);
    }
}
