using System.Text.Json;

namespace MarginInsurance.Cli.Tests;

/// <summary>The risk commands as a quant uses them: machine output, short histories, ISO dates, surfaces and refusals.</summary>
public sealed class RiskCliTests
{
    private static readonly string Repo = RepositoryRoot.Find();
    private static readonly string Prices = Path.Combine(Repo, "data", "prices");
    private static readonly string Surface = Path.Combine(Repo, "data", "vol-surfaces", "ETH-2025-01-16-synthetic.csv");


    [Fact]
    public void ShortHistoryAssetIsReportedAndTheRestRuns()
    {
        var (exit, stdout, stderr) = CliTests.RunSplit("risk", "backtest", "--data", Prices, "--asset", "ETH,SOL", "--from", "2019-01-01", "--to", "2019-09-07", "--format", "json");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.All(tables["backtest"].GetProperty("rows").EnumerateArray(), r => Assert.Equal("ETH", r.GetProperty("asset").GetString()));
        var skipped = tables["backtest_skipped"].GetProperty("rows")[0];
        Assert.Equal("SOL", skipped.GetProperty("asset").GetString());
        Assert.StartsWith("not enough history (needs 251, has 0)", skipped.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("ArgumentOutOfRangeException", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var")]
    [InlineData("backtest")]
    [InlineData("recommend")]
    public void EveryCommandWritesCsvAndJson(string command)
    {
        var (exit, csv, err) = CliTests.RunSplit("risk", command, "--data", Prices, "--asset", "BTC", "--format", "csv");
        Assert.True(exit == 0, err);
        Assert.StartsWith("# table: ", csv, StringComparison.Ordinal);
        Assert.Contains("# units: ", csv, StringComparison.Ordinal);
        var (exit2, json, err2) = CliTests.RunSplit("risk", command, "--data", Prices, "--asset", "BTC", "--format", "json");
        Assert.True(exit2 == 0, err2);
        using var doc = JsonDocument.Parse(json);
        Assert.Contains(doc.RootElement.GetProperty("tables")[0].GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("Settings:", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportAndStressWriteJsonAndTheReportShowsTheSurface()
    {
        var small = new[] { "--data", Prices, "--asset", "ETH,BTC", "--scenarios", "1000", "--synthetic-accounts", "100", "--format", "json" };
        var (exit, json, err) = CliTests.RunSplit(["risk", "stress", .. small]);
        Assert.True(exit == 0, err);
        using (var doc = JsonDocument.Parse(json))
            Assert.Equal("stress", doc.RootElement.GetProperty("tables")[0].GetProperty("name").GetString());

        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var (exit2, json2, err2) = CliTests.RunSplit(["risk", "report", .. small, "--implied-vol", $"ETH={Surface}", "--out", dir.FullName]);
            Assert.True(exit2 == 0, err2);
            using var doc = JsonDocument.Parse(json2);
            var names = doc.RootElement.GetProperty("tables").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
            Assert.Contains("surface", names);
            Assert.Contains("surface_horizon", names);
            Assert.Contains("var", names);
            Assert.True(File.Exists(Path.Combine(dir.FullName, "smiles-ETH.png")));
            Assert.True(File.Exists(Path.Combine(dir.FullName, "term-structure-ETH.png")));
            var html = File.ReadAllText(Path.Combine(dir.FullName, "index.html"));
            Assert.Contains("Implied-volatility surface", html, StringComparison.Ordinal);
            Assert.Contains("MiM0ulay", html, StringComparison.Ordinal); // attribution read from --data's README.md
            Assert.Contains("Implied downside wing", html, StringComparison.Ordinal);
            // perpetuals (docs/risk.md §11, §12): tiers that pass the on-chain bounds, the vault in every replay, both plots
            var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
            var tiers = tables["perp_tiers"].GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(["BTC-PERP", "ETH-PERP"], tiers.Select(t => t.GetProperty("instrument").GetString()!).Order().ToArray());
            Assert.All(tiers, t => Assert.Equal("all 11 pass", t.GetProperty("onchain_bounds").GetString()));
            // the current tier is deploy/local.json's, said aloud
            Assert.Contains(tables["perp_tiers"].GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("current tier (ETH-PERP of local.json) imf 500 / mmf 300", StringComparison.Ordinal));
            Assert.Equal(5 * 2 * 2, tables["perp_vault"].GetProperty("rows").GetArrayLength()); // windows × tier sets × books
            Assert.Contains(tables["perp_vault"].GetProperty("rows").EnumerateArray(), r => r.GetProperty("window").GetString() == "Mar 2020 (COVID)");
            Assert.True(File.Exists(Path.Combine(dir.FullName, "perp-tiers.png")));
            Assert.True(File.Exists(Path.Combine(dir.FullName, "perp-vault.png")));
            Assert.Contains("Perpetuals: liquidity tiers per instrument", html, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void MissingDeployConfigIsRefusedWithTheFix()
    {
        var (exit, _, err) = CliTests.RunSplit("risk", "report", "--data", Prices, "--asset", "ETH", "--deploy-config", "/nonexistent/local.json", "--format", "json");
        Assert.NotEqual(0, exit);
        Assert.Contains("--deploy-config: file '/nonexistent/local.json' does not exist. Fix:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpAndOutputUseIsoDates()
    {
        var (_, help, _) = CliTests.RunSplit("risk", "backtest", "--help");
        Assert.Contains("2018-01-01", help, StringComparison.Ordinal);
        Assert.DoesNotContain("01/01/2018", help, StringComparison.Ordinal);
        var (exit, _, err) = CliTests.RunSplit("risk", "backtest", "--data", Prices, "--from", "01/01/2019");
        Assert.NotEqual(0, exit);
        Assert.Contains("--from must be an ISO date", err, StringComparison.Ordinal);
    }

    [Fact]
    public void VarUsesTheSurfaceAndSaysWhichSigma()
    {
        // 1,000%/yr would be refused; a 150% constant dominates ETH's realized volatility
        var (exit, json, err) = CliTests.RunSplit("risk", "var", "--data", Prices, "--asset", "ETH", "--implied-vol", "ETH=150", "--format", "json");
        Assert.True(exit == 0, err);
        using var doc = JsonDocument.Parse(json);
        var row = doc.RootElement.GetProperty("tables")[0].GetProperty("rows")[0];
        Assert.Equal(1.5 / Math.Sqrt(365), row.GetProperty("sigma_daily").GetDouble(), 12);
        Assert.Equal("2025-01-16", row.GetProperty("as_of").GetString());

        var (exit2, text, err2) = CliTests.RunSplit("risk", "var", "--data", Prices, "--asset", "ETH", "--implied-vol", $"ETH={Surface}", "--horizon-days", "10");
        Assert.True(exit2 == 0, err2);
        Assert.Contains("surface ATM", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArbitrageSurfaceIsRefusedWithTheExpiry()
    {
        var path = Path.GetTempFileName();
        try
        {
            // the 60-day expiry is priced below the 30-day one at every strike: calendar arbitrage
            var lines = new List<string> { "date,expiry,strike,forward,iv" };
            foreach (var (expiry, vol) in new[] { ("2025-02-15", 90.0), ("2025-03-17", 50.0) })
                for (var k = -5; k <= 5; k++)
                    lines.Add(FormattableString.Invariant($"2025-01-16,{expiry},{3450 * Math.Exp(0.05 * k):0.##},3450,{vol + 2 * k * k * 0.1:0.###}"));
            File.WriteAllLines(path, lines);
            var (exit, _, err) = CliTests.RunSplit("risk", "var", "--data", Prices, "--asset", "ETH", "--implied-vol", $"ETH={path}");
            Assert.Equal(2, exit);
            Assert.Contains("calendar arbitrage", err, StringComparison.Ordinal);
            Assert.Contains("2025-03-17", err, StringComparison.Ordinal);
            Assert.Contains("--surface-arbitrage repair", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AssetWithoutMarginInputsIsRefusedByRecommend()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.Copy(Path.Combine(Prices, "ETH-USD.csv"), Path.Combine(folder.FullName, "DOGE-USD.csv"));
            var (exit, _, err) = CliTests.RunSplit("risk", "recommend", "--data", folder.FullName, "--base-lt", "DOGE=7000");
            Assert.Equal(2, exit);
            Assert.Contains("DOGE: no margin inputs", err, StringComparison.Ordinal);
            Assert.Contains("--liquidity-multiplier DOGE=", err, StringComparison.Ordinal);
            Assert.DoesNotContain("--base-lt DOGE=...", err, StringComparison.Ordinal);
            var (ok, _, err2) = CliTests.RunSplit("risk", "recommend", "--data", folder.FullName, "--base-lt", "DOGE=7000", "--liquidity-multiplier", "DOGE=1.5", "--bonus-bps", "DOGE=800", "--slippage-bps", "DOGE=150");
            Assert.True(ok == 0, err2);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A testnet's depth curve through the CLI: ETH's slippage is read off the WETH rows at the liquidation size
    /// (40 bps at the default 500,000; 10 + 30 × 150k/400k = 21.25 bps at 250,000) and the recommendation shows the
    /// liquidity stress (depth −80 %: 500,000 costs what 2,500,000 did, 300 bps; 250,000 what 1,250,000 did,
    /// 40 + 260 × 750k/2M = 137.5 bps). Bad files and options are refused naming the option and the fix.
    /// </summary>
    [Fact]
    public void DepthCurvesFeedTheRecommendationAndItsLiquidityStress()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "asset,sale_value,impact_bps\nWETH,100000,10\nWETH,500000,40\nWETH,2500000,300\n");
            double Cell(string[] extra, string key)
            {
                var (exit, json, err) = CliTests.RunSplit(["risk", "recommend", "--data", Prices, "--asset", "ETH", "--depth-curves", file, "--format", "json", .. extra]);
                Assert.True(exit == 0, err);
                using var doc = JsonDocument.Parse(json);
                return doc.RootElement.GetProperty("tables")[0].GetProperty("rows")[0].GetProperty(key).GetDouble();
            }

            Assert.Equal(40, Cell([], "slippage_bps"), 9);
            Assert.Equal(300, Cell([], "depth80_slippage_bps"), 9);
            Assert.Equal(21.25, Cell(["--liquidation-size", "ETH=250000"], "slippage_bps"), 9);
            Assert.Equal(137.5, Cell(["--liquidation-size", "ETH=250000"], "depth80_slippage_bps"), 9);

            var (bad, _, err1) = CliTests.RunSplit("risk", "recommend", "--data", Prices, "--asset", "ETH", "--depth-curves", file + ".missing");
            Assert.Equal(2, bad);
            Assert.Contains("--depth-curves: file", err1, StringComparison.Ordinal);
            Assert.Contains("Fix: point --depth-curves at a CSV", err1, StringComparison.Ordinal);
            var (both, _, err2) = CliTests.RunSplit("risk", "recommend", "--data", Prices, "--asset", "ETH", "--depth-curves", file, "--slippage-bps", "ETH=80");
            Assert.Equal(2, both);
            Assert.Contains("--slippage-bps ETH and the WETH curve of --depth-curves both set ETH's slippage. Fix:", err2, StringComparison.Ordinal);
            var (other, _, err3) = CliTests.RunSplit("risk", "recommend", "--data", Prices, "--asset", "BTC", "--depth-curves", file);
            Assert.Equal(2, other);
            Assert.Contains("has curves for WETH but none of the analysed assets (BTC) matches. Fix:", err3, StringComparison.Ordinal);
            var (size, _, err4) = CliTests.RunSplit("risk", "recommend", "--data", Prices, "--asset", "ETH", "--liquidation-size", "ETH=250000");
            Assert.Equal(2, size);
            Assert.Contains("no --depth-curves was given. Fix:", err4, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
