using System.Globalization;
using System.Text.Json;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using Microsoft.Playwright;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>The browser tests run one at a time: each starts a Hardhat node and Chromium on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    /// <summary>Collection name.</summary>
    public const string Name = "browser";
}

/// <summary>
/// Shared by the browser tests: headless Chromium from Debian's package (no browser download) with a fresh profile,
/// and reads/checks of the dashboard page against the SDK.
/// </summary>
internal static class DashboardBrowser
{
    /// <summary>Override of the Chromium executable (default /usr/bin/chromium).</summary>
    public const string ChromiumVariable = "MARGIN_CHROMIUM";

    /// <summary>The chart containers; each must draw SVG series with data points.</summary>
    public static readonly string[] Charts = ["#chart-prices", "#chart-health", "#chart-liq", "#chart-ins"];

    /// <summary>Chromium's path, asserting it exists.</summary>
    public static string Chromium()
    {
        var chromium = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } custom ? custom : "/usr/bin/chromium";
        Assert.True(File.Exists(chromium),
            $"Chromium not found at {chromium}. The dashboard browser test drives Debian's chromium package and never downloads a browser: " +
            $"install it with 'apt-get install -y chromium' (CI does this in .ci/run) or point {ChromiumVariable} at a Chromium binary.");
        return chromium;
    }

    /// <summary>
    /// Launches headless Chromium with a fresh profile, opens a page that records failed and non-local requests into
    /// <see cref="Browser.Failed"/>, and runs <paramref name="body"/>; the profile is deleted afterwards.
    /// </summary>
    public static async Task WithPageAsync(string dashboardUrl, Func<IPage, List<string>, Task> body)
    {
        var chromium = Chromium();
        using var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("margin-dashboard-chromium-");
        try
        {
            // A fresh profile per run (Playwright passes it as --user-data-dir).
            await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                ],
                ViewportSize = new ViewportSize { Width = 1680, Height = 1000 },
            });
            var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
            var failed = new List<string>();
            page.RequestFailed += (_, r) => failed.Add(r.Url);
            page.Request += (_, r) =>
            {
                if (!r.Url.StartsWith(dashboardUrl, StringComparison.Ordinal))
                {
                    failed.Add("external: " + r.Url);
                }
            };
            await body(page, failed);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>A row of the accounts table as shown.</summary>
    public sealed record ShownRow(string Owner, string Sub, string Mode, string Health, string HealthRaw, string Debt, string DebtRaw);

    /// <summary>The block the page shows and its account rows, read together so they belong to the same refresh.</summary>
    public static async Task<(long Block, List<ShownRow> Rows)> ReadTableAsync(IPage page)
    {
        var table = await page.EvaluateAsync<JsonElement>("""
            () => ({
              block: document.body.dataset.block || '',
              rows: [...document.querySelectorAll('tr.account-row')].map(r => ({
                owner: r.dataset.owner, sub: r.dataset.sub, mode: r.querySelector('.c-mode').innerText.trim(),
                health: r.querySelector('.c-health').innerText.trim(), healthRaw: r.dataset.healthRaw,
                debt: r.querySelector('.c-debt').innerText.trim(), debtRaw: r.dataset.debtRaw }))
            })
            """);
        string S(JsonElement e, string name) => e.GetProperty(name).GetString() ?? string.Empty;
        var rows = table.GetProperty("rows").EnumerateArray()
            .Select(r => new ShownRow(S(r, "owner"), S(r, "sub"), S(r, "mode"), S(r, "health"), S(r, "healthRaw"), S(r, "debt"), S(r, "debtRaw")))
            .ToList();
        var block = long.TryParse(S(table, "block"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var b) ? b : -1;
        return (block, rows);
    }

    /// <summary>The shown rows' account rows.</summary>
    public static async Task<List<ShownRow>> ReadRowsAsync(IPage page) => (await ReadTableAsync(page)).Rows;

    /// <summary>
    /// Every SDK read has exactly one row, showing the same health (4 decimals) and debt (raw to the wei, and for people:
    /// thousands separators, 2 decimals and the symbol) and mode.
    /// </summary>
    public static void AssertRowsMatch(IReadOnlyList<ShownRow> shown, IEnumerable<AccountHealth> sdk, string baseSymbol)
    {
        var reads = sdk.ToList();
        Assert.Equal(reads.Count, shown.Count);
        foreach (var h in reads)
        {
            var row = shown.Single(r => r.Owner.Equals(h.Account.Owner, StringComparison.OrdinalIgnoreCase) && r.Sub == h.Account.SubId.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(h.Health.Raw.ToString(CultureInfo.InvariantCulture), row.HealthRaw);
            Assert.Equal(h.Health.ToString(), row.Health);
            Assert.Equal(h.Debt.Raw.ToString(CultureInfo.InvariantCulture), row.DebtRaw);
            Assert.Equal(h.Debt.Format(baseSymbol), row.Debt); // "15,454.55 USDC"
            Assert.Matches(@"^\d{1,3}(,\d{3})*\.\d{2} " + baseSymbol + "$", row.Debt);
            Assert.Matches(@"^(\d+\.\d{4}|∞)$", row.Health);
            Assert.Equal(h.Account.IsCross ? "cross" : "isolated", row.Mode);
        }
    }

    /// <summary>Every chart is an SVG with at least one series of more than one data point.</summary>
    public static async Task AssertChartsHaveDataAsync(IPage page)
    {
        foreach (var chart in Charts)
        {
            var points = await page.EvalOnSelectorAllAsync<int[]>($"{chart} svg path.series", "ps => ps.map(p => Number(p.dataset.points))");
            Assert.True(points.Length > 0 && points.Max() > 1, $"{chart}: series points [{string.Join(", ", points)}]");
        }
    }

    /// <summary>
    /// Every chart has a time axis (block times, UTC: "HH:MM", "HH:MM:SS", "MM-DD HH:MM" or an ISO date) and value axes
    /// whose ticks are evenly spaced by a round step (1, 2, 2.5 or 5 × 10^k).
    /// </summary>
    public static async Task AssertAxesAreHumanAsync(IPage page)
    {
        foreach (var chart in Charts)
        {
            var times = await page.EvalOnSelectorAllAsync<string[]>($"{chart} svg text.tick-x", "ts => ts.map(t => t.textContent)");
            Assert.True(times.Length >= 1, $"{chart}: no time axis");
            Assert.All(times, t => Assert.Matches(@"^(\d{2}:\d{2}(:\d{2})?|\d{2}-\d{2} \d{2}:\d{2}|\d{4}-\d{2}-\d{2})( UTC)?$", t));
            foreach (var side in new[] { "left", "right" })
            {
                var values = await page.EvalOnSelectorAllAsync<double[]>($"{chart} svg text.tick-{side}", "ts => ts.map(t => Number(t.dataset.v))");
                if (values.Length == 0) continue;
                Assert.True(values.Length >= 2, $"{chart} {side}: {values.Length} ticks");
                var step = values[1] - values[0];
                var mantissa = step / Math.Pow(10, Math.Floor(Math.Log10(step)));
                Assert.Contains(Math.Round(mantissa, 6), new[] { 1, 2, 2.5, 5 });
                for (var i = 1; i < values.Length; i++)
                {
                    Assert.Equal(step, values[i] - values[i - 1], 6);
                    Assert.Equal(0, Math.Abs(Math.IEEERemainder(values[i], step)), 6);
                }
            }
        }
    }

    /// <summary>Full-page screenshot to <paramref name="path"/>.</summary>
    public static async Task ScreenshotAsync(IPage page, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }
}
