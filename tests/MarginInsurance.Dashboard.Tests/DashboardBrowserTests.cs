using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Xunit.Abstractions;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>
/// End to end: a Hardhat node, the protocol deployed with deploy/local.json, the dashboard on a free port,
/// cross and isolated positions opened, a crash through the mock feeds with a liquidation and bad debt,
/// then headless Chromium (Debian's package, no browser download) checks the page against the SDK's reads.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Page_shows_the_chains_numbers_charts_and_sorts_by_health()
    {
        DashboardBrowser.Chromium();

        var root = RepositoryRoot.Find();
        await using var protocol = await LocalProtocol.StartAsync();
        var deployment = protocol.Deployment;
        var admin = protocol.Admin;

        // The dashboard runs from the start so its charts record the whole story.
        await using var dashboard = await StartDashboardAsync(protocol.RpcUrl, deployment, Path.Combine(root, "data", "prices"));
        output.WriteLine($"dashboard at {dashboard.Url}, chain at {protocol.RpcUrl}");

        var lender = await protocol.CreateActorAsync(("USDC", "1000000"));
        await lender.SupplyAsync(lender.Base("1000000"));
        var insurer = await protocol.CreateActorAsync(("USDC", "100000"));
        await insurer.DepositInsuranceAsync(insurer.Base("100000"));
        var liquidator = await protocol.CreateActorAsync(("USDC", "1000000"));

        // Cross: WETH + WBTC at health 1.5. Isolated: WETH at 1.1 (liquidated at −15%), WBTC at 0.79 LTV (bad debt at −25%),
        // LINK at 1.6. Cross without debt: health ∞.
        var cross = await OpenAsync(protocol, 0, [("WETH", "10"), ("WBTC", "0.5")], 1.5);
        var isoWeth = await OpenAsync(protocol, 1, [("WETH", "20")], 1.1);
        var isoWbtc = await OpenAsync(protocol, 1, [("WBTC", "1")], null);
        var isoLink = await OpenAsync(protocol, 2, [("LINK", "1000")], 1.6);
        var idle = await OpenAsync(protocol, 0, [("WETH", "1")], 0);
        var partial = await OpenAsync(protocol, 3, [("WETH", "5")], 1.13); // 0.96 after −15%: half closed, debt left
        var accounts = new[] { cross, isoWeth, isoWbtc, isoLink, idle, partial };

        // A margin call: the risk oracle announces a WETH add-on (takes effect after the grace period).
        await admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(deployment.Collateral("WETH").Token, 300);

        // The crash, in steps the charts can show.
        foreach (var (weth, wbtc) in new[] { (1900m, 57000m), (1800m, 51000m), (1700m, 45000m) })
        {
            await Task.Delay(400);
            await protocol.SetPriceAsync("WETH", weth);
            await protocol.SetPriceAsync("WBTC", wbtc);
        }

        await Task.Delay(400);
        foreach (var (account, asset) in new[] { (isoWeth, "WETH"), (isoWbtc, "WBTC"), (partial, "WETH") })
        {
            var view = await liquidator.GetAccountAsync(account);
            Assert.True(view.IsLiquidatable, $"{account} should be liquidatable after the crash (health {view.Health})");
            var result = await liquidator.LiquidateAsync(account, asset, view.Debt);
            output.WriteLine($"liquidated {account}: repaid {result.Repaid}, seized {result.Seized} {asset}, bad debt {result.BadDebt}");
            await Task.Delay(400);
        }

        // Let the dashboard catch up with the head.
        var head = (long)(await admin.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var api = await WaitForAsync(dashboard.Http, head, accounts.Length);
        var block = new Nethereum.RPC.Eth.DTOs.BlockParameter(new Nethereum.Hex.HexTypes.HexBigInteger(head));
        var sdk = await admin.GetHealthsAsync(accounts, block);
        var market = await admin.GetMarketAsync();
        Assert.True(market.InsuranceAssets.Raw < admin.Base("100000").Raw, "the bad debt should have drawn on the insurance pool");

        // The API agrees with the SDK to the wei.
        foreach (var h in sdk)
        {
            var row = api.Accounts.Single(r => Same(r, h.Account));
            Assert.Equal(h.Health.Raw.ToString(CultureInfo.InvariantCulture), row.HealthRaw);
            Assert.Equal(h.Debt.Raw.ToString(CultureInfo.InvariantCulture), row.DebtRaw);
        }

        // The browser.
        await DashboardBrowser.WithPageAsync(dashboard.Url, async (page, failed) =>
        {
            await page.GotoAsync(dashboard.Url);
            await page.WaitForFunctionAsync(
                $"() => document.body.dataset.block === '{head}' && document.querySelectorAll('tr.account-row').length === {accounts.Length}",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });

            DashboardBrowser.AssertRowsMatch(await DashboardBrowser.ReadRowsAsync(page), sdk, deployment.BaseSymbol);

            // The summary cards show the market as the SDK reads it.
            var cards = await page.EvalOnSelectorAllAsync<string[]>("#summary .card", "cs => cs.map(c => c.innerText.replace(/\\s+/g, ' ').trim())");
            Assert.Contains(cards, c => c.Equals($"INSURANCE ASSETS {market.InsuranceAssets.Format("USDC")}", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(cards, c => c.Equals($"BORROWS {market.TotalBorrows.Format("USDC")}", StringComparison.OrdinalIgnoreCase));
            Assert.Matches(@"^\d{1,3}(,\d{3})*\.\d{2} USDC$", market.InsuranceAssets.Format("USDC"));
            // Percentages as percentages: market utilization as the SDK's borrows / supply, coverage ratio likewise.
            var utilization = (double)(market.TotalBorrows.Raw * 1_000_000 / market.TotalSupply.Raw) / 10_000;
            Assert.Contains(cards, c => c.Equals($"MARKET UTILIZATION {utilization.ToString("N2", CultureInfo.InvariantCulture)}%", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(cards, c => c.StartsWith("COVERAGE RATIO ", StringComparison.OrdinalIgnoreCase) && c.EndsWith('%'));
            Assert.Contains(cards, c => c.Equals("WETH PRICE 1,700.00 USDC", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(cards, c => c.Equals("LIQUIDATIONS 3", StringComparison.OrdinalIgnoreCase));

            // Add-on call shown on WETH holders, under its own name beside the keeper's margin calls; keeper panel says no
            // keeper; risk panel has VaR/ES for every asset.
            Assert.Contains("WETH → 300 bps", await page.InnerTextAsync($"tr.account-row[data-sub='0'] .c-calls >> nth=0"), StringComparison.Ordinal);
            var headers = await page.EvalOnSelectorAllAsync<string[]>("#accounts th", "ths => ths.map(t => t.innerText.trim())");
            Assert.Contains("Keeper margin call", headers);
            Assert.Contains("Add-on calls (on chain)", headers);
            Assert.Equal("keeper not attached", await page.InnerTextAsync("#keeper-state"));
            await page.WaitForFunctionAsync("() => !document.querySelector('#risk').innerText.includes('computing')", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            foreach (var symbol in new[] { "WETH", "WBTC", "LINK" })
            {
                var cells = await page.EvalOnSelectorAllAsync<string[]>($"#risk-table tr[data-symbol='{symbol}'] td", "tds => tds.map(t => t.innerText)");
                Assert.True(cells.Length >= 11, $"risk row for {symbol}: {string.Join(" | ", cells)}");
                Assert.EndsWith("%", cells[3], StringComparison.Ordinal); // VaR 99%
                Assert.Equal((await admin.Vault.EffectiveAddOnQueryAsync(deployment.Collateral(symbol).Token, block)).ToString(CultureInfo.InvariantCulture), cells[8]);
                // The σ used is said aloud with its source and as-of date (the engine's one σ rule).
                Assert.Matches(@"^\w+: σ \d+\.\d{2}\s?%/day = EWMA realized as of \d{4}-\d{2}-\d{2}", await page.InnerTextAsync($"#risk-sigma li[data-symbol='{symbol}']"));
            }

            // Charts: every chart is an SVG with data points, a time axis and round ticks.
            await DashboardBrowser.AssertChartsHaveDataAsync(page);
            await DashboardBrowser.AssertAxesAreHumanAsync(page);
            Assert.Equal(3, (await page.QuerySelectorAllAsync("#chart-prices svg path.series")).Count);

            // Sort by health: ascending, then descending (∞ = no debt last when ascending).
            await page.ClickAsync("#th-health");
            var ascending = (await DashboardBrowser.ReadRowsAsync(page)).Select(r => HealthKey(r.HealthRaw)).ToList();
            Assert.Equal(ascending.Order().ToList(), ascending);
            Assert.Equal(Wad.Infinite, ascending[^1]); // accounts without debt last
            Assert.True(ascending[0] < Wad.Infinite, "an account with debt sorts first");
            await page.ClickAsync("#th-health");
            var descending = (await DashboardBrowser.ReadRowsAsync(page)).Select(r => HealthKey(r.HealthRaw)).ToList();
            Assert.Equal(descending.OrderDescending().ToList(), descending);
            await page.ClickAsync("#th-health");

            Assert.Empty(failed);
            // docs/img/dashboard.png is the demo run's (DemoRunBrowserTests); this scenario's picture goes next to it.
            var screenshot = Path.Combine(root, "docs", "img", "dashboard-test.png");
            await DashboardBrowser.ScreenshotAsync(page, screenshot);
            output.WriteLine($"screenshot: {screenshot}");
        });

        // A dashboard started only now still charts the chain's history (from the deployment block, not from its own
        // start), and shows a keeper's margin call beside the on-chain add-on calls.
        var keeperCall = new OpenKeeperMarginCall(partial.Owner, partial.SubId.ToString(CultureInfo.InvariantCulture), "below warning level", "1.0412", head);
        await using var late = await StartDashboardAsync(protocol.RpcUrl, deployment, Path.Combine(root, "data", "prices"), new OneCallKeeper(keeperCall));
        await WaitForAsync(late.Http, head, accounts.Length);
        var history = (await late.Http.GetFromJsonAsync<SeriesAnswer>("api/series", Json))!.Points;
        output.WriteLine($"late dashboard: {history.Count} points from block {history[0].Block} (deployed at {deployment.DeploymentBlock}) to {history[^1].Block}");
        Assert.True(history.Count >= 10, $"{history.Count} points");
        // The deployment spans blocks (linked libraries, tokens, feeds, vault, pools): blocks before the vault and the
        // insurance pool exist have nothing to chart, so the history starts within the deployment, far before this start.
        Assert.True(history[0].Block <= deployment.DeploymentBlock + 15, $"history starts at block {history[0].Block}");
        Assert.Contains(history, p => p.Prices.GetValueOrDefault("WETH") is > 1999 and < 2001); // before the crash
        Assert.Equal(3, history[^1].Liquidations);
        await DashboardBrowser.WithPageAsync(late.Url, async (page, failed) =>
        {
            await page.GotoAsync(late.Url);
            await page.WaitForFunctionAsync(
                $"() => Number(document.body.dataset.block || 0) >= {head} && document.querySelectorAll('tr.account-row').length === {accounts.Length} && document.querySelector('#keeper-state')",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            Assert.True(int.Parse(await page.GetAttributeAsync("#chart-prices svg", "data-samples") ?? "0", CultureInfo.InvariantCulture) >= 10);
            await DashboardBrowser.AssertAxesAreHumanAsync(page);
            var row = $"tr.account-row[data-owner='{partial.Owner}'][data-sub='{partial.SubId}']";
            var shown = await page.InnerTextAsync($"{row} .c-keeper-call");
            Assert.Contains("below warning level", shown, StringComparison.Ordinal);
            Assert.Contains("health 1.0412", shown, StringComparison.Ordinal);
            Assert.Equal("none", (await page.InnerTextAsync($"tr.account-row[data-owner='{cross.Owner}'][data-sub='0'] .c-keeper-call")).Trim());
            Assert.Empty(failed);
        });
    }

    private sealed record SeriesAnswer(IReadOnlyList<SeriesPointDto> Points);

    /// <summary>A keeper with one open margin call.</summary>
    private sealed class OneCallKeeper(OpenKeeperMarginCall call) : IKeeperStatusProvider
    {
        public ValueTask<KeeperStatus> GetStatusAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(new KeeperStatus("0xkeeper", call.RaisedBlock, call.RaisedBlock, true, 0, 0, 0, 0, 1, 0, DateTimeOffset.UnixEpoch, null, [call]));
    }

    private static BigInteger HealthKey(string raw) => raw.Length == 0 ? BigInteger.MinusOne : BigInteger.Parse(raw, CultureInfo.InvariantCulture);

    private static bool Same(AccountRowDto row, AccountId id) =>
        row.Owner.Equals(id.Owner, StringComparison.OrdinalIgnoreCase) && row.SubId == id.SubId.ToString(CultureInfo.InvariantCulture);

    private static async Task<AccountsDto> WaitForAsync(HttpClient http, long head, int accounts)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        AccountsDto? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await http.GetFromJsonAsync<AccountsDto>("api/accounts", Json);
            if (last is not null && last.Block >= head && last.Accounts.Count == accounts)
            {
                return last;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the dashboard did not reach block {head} with {accounts} accounts (last: block {last?.Block}, {last?.Accounts.Count} accounts)");
    }

    /// <summary>Opens an account holding <paramref name="collateral"/> and borrows to <paramref name="health"/> (null: 99.9% of borrow capacity; 0: no borrow).</summary>
    internal static async Task<AccountId> OpenAsync(LocalProtocol protocol, int subId, (string Symbol, string Amount)[] collateral, double? health)
    {
        var trader = await protocol.CreateActorAsync(collateral);
        var account = new AccountId(trader.Signer, subId);
        foreach (var (symbol, amount) in collateral)
        {
            await trader.DepositCollateralAsync(account, symbol, trader.Collateral(symbol, amount));
        }

        if (health is 0)
        {
            return account;
        }

        var view = await trader.GetAccountAsync(account);
        var borrow = health is { } h
            ? view.LiquidationCapacity.Raw * 1000 / (BigInteger)(h * 1000)
            : view.BorrowCapacity.Raw * 999 / 1000;
        await trader.BorrowAsync(account, new TokenAmount(BigInteger.Min(borrow, view.BorrowCapacity.Raw * 999 / 1000), protocol.Deployment.BaseDecimals));
        return account;
    }

    internal static async Task<RunningDashboard> StartDashboardAsync(string rpcUrl, DeploymentFile deployment, string prices, IKeeperStatusProvider? keeper = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMarginDashboard(o =>
        {
            o.RpcUrl = rpcUrl;
            o.Deployment = deployment;
            o.PricesFolder = prices;
            o.PollInterval = TimeSpan.FromMilliseconds(200);
        });
        if (keeper is not null) builder.Services.AddSingleton(keeper);
        var app = builder.Build();
        app.MapMarginDashboard("/");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        return new RunningDashboard(app, address, new HttpClient { BaseAddress = new Uri(address) });
    }

    internal sealed record RunningDashboard(WebApplication App, string Url, HttpClient Http) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }
}
