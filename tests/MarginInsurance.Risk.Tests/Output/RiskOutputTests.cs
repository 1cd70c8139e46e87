using System.Text.Json;
using MarginInsurance.Risk.Backtesting;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Output;
using MarginInsurance.Risk.Reporting;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Tests;

/// <summary>Machine-readable output, units and labels, gaps said aloud, short histories, no silent defaults.</summary>
public sealed class RiskOutputTests
{
    private static readonly RiskEngineSettings Settings = new();

    private static AssetInput Input(string asset)
    {
        var prices = RepoData.Prices(asset);
        var returns = ReturnSeries.FromPrices(prices, GapPolicy.Drop);
        return new AssetInput(prices, returns, CombinedSigma.Latest(returns, Settings, null, null, 1, prices.Dates[^1]));
    }

    private static ResultTable Recommend(AssetInput a)
    {
        var rec = MarginRecommender.Recommend(a.Returns.Values, DefaultMarginInputs.For(a.Returns.Asset), new MarginPolicy(), new AddOnBounds(), Settings, a.Sigma.Combined);
        return RiskTables.Recommend([new RecommendationRow(rec, a.Sigma, "shipped defaults", LiquidationCost.Stress(rec, null, new MarginPolicy(), new AddOnBounds()))], new MarginPolicy(), new AddOnBounds());
    }

    [Fact]
    public void JsonHasFullPrecisionAndStatedUnits()
    {
        var table = Recommend(Input("ETH"));
        using var doc = JsonDocument.Parse(ResultFormats.Json([table]));
        var t = doc.RootElement.GetProperty("tables")[0];
        Assert.Equal("recommend", t.GetProperty("name").GetString());
        var units = t.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("unit").GetString());
        Assert.Equal("fraction of value", units["es_1d_fraction"]);
        Assert.Equal("log loss", units["es_1d_log"]);
        Assert.Equal("daily volatility (fraction)", units["sigma_daily"]);
        var row = t.GetProperty("rows")[0];
        // full precision: the JSON number round-trips to the exact double
        Assert.Equal((double)table.Get(0, "es_1d_fraction")!, row.GetProperty("es_1d_fraction").GetDouble());
        Assert.Equal(1 - Math.Exp(-row.GetProperty("es_1d_log").GetDouble()), row.GetProperty("es_1d_fraction").GetDouble(), 15);
        Assert.Equal("2025-01-16", row.GetProperty("as_of").GetString());
        Assert.Contains(t.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("ETH: σ 3.23", StringComparison.Ordinal) && n.GetString()!.Contains("as of 2025-01-16", StringComparison.Ordinal));
    }

    [Fact]
    public void CsvHasUnitsLineHeaderOfKeysAndRoundTripNumbers()
    {
        var table = Recommend(Input("BTC"));
        var lines = ResultFormats.Csv([table]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("# table: recommend", lines[0], StringComparison.Ordinal);
        var units = lines.Single(l => l.StartsWith("# units:", StringComparison.Ordinal));
        Assert.Contains("es_1d_fraction=fraction of value", units, StringComparison.Ordinal);
        var header = lines.First(l => !l.StartsWith('#')).Split(',');
        var values = lines.Last().Split(',');
        var i = Array.IndexOf(header, "sigma_daily");
        Assert.Equal((double)table.Get(0, "sigma_daily")!, double.Parse(values[i], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheSameEsIsTheSameNumberInVarAndRecommend()
    {
        // the issue: 14.77% in var (fraction) vs 15.99% in recommend (log) for the same ES
        var a = Input("LINK");
        var var = RiskTables.Var([a], Settings);
        var fhs = Enumerable.Range(0, var.Rows.Count).Single(i => (string)var.Get(i, "model")! == RiskEngineSettings.DefaultMarginModel.Name);
        var rec = Recommend(a);
        Assert.Equal((double)var.Get(fhs, "es_97_5_fraction")!, (double)rec.Get(0, "es_1d_fraction")!, 12);
        Assert.True((double)rec.Get(0, "es_1d_log")! > (double)rec.Get(0, "es_1d_fraction")!);
        Assert.True(rec.Columns.Single(c => c.Key == "es_1d_log").MachineOnly, "the log figure is not in the human table");
    }

    [Fact]
    public void VarShowsBothLevelsForBothMeasuresSoEsIsNeverBelowItsVar()
    {
        var table = RiskTables.Var([Input("ETH"), Input("SOL")], Settings);
        foreach (var level in new[] { "99", "97_5" })
            for (var r = 0; r < table.Rows.Count; r++)
                Assert.True((double)table.Get(r, $"es_{level}_fraction")! >= (double)table.Get(r, $"var_{level}_fraction")!);
        Assert.Contains(table.Notes, n => n.Contains("both levels", StringComparison.Ordinal));
    }

    [Fact]
    public void GapsAndAsOfDatesAreSaidAloud()
    {
        var btc = Input("BTC");
        var note = RiskTables.DataNote(btc);
        Assert.Contains("as of 2025-01-16", note, StringComparison.Ordinal);
        Assert.Contains("3 gap(s) dropped", note, StringComparison.Ordinal);
        Assert.Contains("2024-06-13..2024-06-18 (4 missing)", note, StringComparison.Ordinal);
        var backtest = RiskTables.Backtest([new AssetBacktest("BTC", [], null, btc.Sigma)], Settings, new(2018, 1, 1), new(2024, 12, 31), [note]);
        Assert.Contains(note, backtest[0].Notes);
    }

    [Fact]
    public void ShortHistoryIsReportedNotThrown()
    {
        // SOL's file starts 2020-04-10: no forecast day in 2019
        var sol = Input("SOL");
        var results = Backtester.Run(sol.Returns, VarModels.All, Settings, new(2019, 1, 1), new(2019, 9, 7));
        Assert.Empty(results);
        var why = Backtester.HistoryShortfall(sol.Returns, Settings, new(2019, 1, 1), new(2019, 9, 7));
        Assert.StartsWith("not enough history (needs 251, has 0)", why, StringComparison.Ordinal);
        var tables = RiskTables.Backtest([new AssetBacktest("SOL", results, why, sol.Sigma)], Settings, new(2019, 1, 1), new(2019, 9, 7), []);
        Assert.Equal("SOL", tables[1].Get(0, "asset"));
        Assert.Null(Backtester.HistoryShortfall(Input("ETH").Returns, Settings, new(2019, 1, 1), new(2019, 9, 7)));
    }

    [Fact]
    public void UnknownAssetWithoutInputsIsRefusedAndDefaultsAreDescribed()
    {
        var options = new RiskAnalysisOptions([RepoData.Prices("ETH")]);
        var e = Assert.Throws<ArgumentException>(() => options.InputsFor("DOGE"));
        Assert.Contains("--base-lt DOGE=", e.Message, StringComparison.Ordinal);
        Assert.Contains("--slippage-bps DOGE=", e.Message, StringComparison.Ordinal);
        Assert.Contains("GENERIC defaults", DefaultMarginInputs.Describe("DOGE"), StringComparison.Ordinal);
        Assert.Contains("shipped defaults for ETH: base LT 8500 bps", DefaultMarginInputs.Describe("ETH"), StringComparison.Ordinal);
    }

    [Fact]
    public void AttributionFollowsTheDataFolder()
    {
        Assert.Contains("MiM0ulay/assets_risk_metrics", DataAttribution.Of(RepoData.PricesFolder), StringComparison.Ordinal);
        var empty = Directory.CreateTempSubdirectory();
        try
        {
            var text = DataAttribution.Of(empty.FullName);
            Assert.Contains("not stated", text, StringComparison.Ordinal);
            Assert.DoesNotContain("MiM0ulay", text, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete();
        }
    }
}
