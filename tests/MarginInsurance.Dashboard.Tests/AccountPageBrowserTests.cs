using System.Globalization;
using MarginInsurance.Contracts.MockAggregator;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Risk;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>
/// The account page in headless Chromium: opened from the accounts table, it shows the account's liquidation prices, and moving
/// the WETH what-if slider to −30% shows the health the chain itself reports once the WETH feed really moves by −30%.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountPageBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Slider_moves_the_what_if_health_to_the_chains_health_at_that_price()
    {
        DashboardBrowser.Chromium();
        await using var protocol = await LocalProtocol.StartAsync();
        var deployment = protocol.Deployment;
        await using var dashboard = await DashboardBrowserTests.StartDashboardAsync(protocol.RpcUrl, deployment, Path.Combine(RepositoryRoot.Find(), "data", "prices"));
        var lender = await protocol.CreateActorAsync(("USDC", "1000000"));
        await lender.SupplyAsync(lender.Base("1000000"));
        var cross = await DashboardBrowserTests.OpenAsync(protocol, 0, [("WETH", "10"), ("WBTC", "0.5")], 1.5);
        output.WriteLine($"dashboard at {dashboard.Url}, account {cross}");

        string before = string.Empty, after = string.Empty;
        await DashboardBrowser.WithPageAsync(dashboard.Url, async (page, failed) =>
        {
            await page.GotoAsync(dashboard.Url);
            await page.ClickAsync("tr.account-row .c-account a", new PageClickOptions { Timeout = 30_000 });
            await page.WaitForURLAsync("**/account.html?**");
            await page.WaitForFunctionAsync("() => document.querySelector('#whatif-health').textContent !== '—' && document.querySelector('#slider-WETH')",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            before = await page.InnerTextAsync("#whatif-health");
            Assert.Equal(before, await page.InnerTextAsync("#card-health"));
            Assert.EndsWith("USDC", await page.InnerTextAsync("#collateral tr[data-symbol='WETH'] .c-liq"), StringComparison.Ordinal);

            await page.FillAsync("#slider-WETH", "-30");
            await page.WaitForFunctionAsync($"() => document.querySelector('#whatif-health').textContent !== '{before}'", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            after = await page.InnerTextAsync("#whatif-health");
            Assert.Equal("-30%", await page.InnerTextAsync("#move-WETH"));
            Assert.Empty(failed);
            var screenshot = Path.Combine(Path.GetTempPath(), "margin-account-page-test.png");
            await DashboardBrowser.ScreenshotAsync(page, screenshot);
            output.WriteLine($"screenshot: {screenshot}");
        });

        // The chain at that price: WETH's feed answer × 0.7 (exact in feed units), then the vault's own health view.
        var feed = new MockAggregatorService(protocol.Admin.Web3, deployment.Collateral("WETH").Feed);
        var answer = await feed.LatestAnswerQueryAsync();
        await feed.SetAnswerRequestAndWaitForReceiptAsync(answer * 7_000 / 10_000);
        var chain = new Wad(await protocol.Admin.Vault.HealthQueryAsync(cross.Owner, cross.SubId));
        output.WriteLine($"health {before} → what-if {after}; chain at −30%: {chain}");
        Assert.Equal(RiskText.Health(chain), after);
        // Hand-worked: L = 10 × 2,000 × 85% + 0.5 × 60,000 × 85% = 42,500 → debt 28,333.333333; at −30% L = 11,900 + 25,500 = 37,400
        // → 1.3200 less a few seconds of interest (the page truncates to 4 decimals: 1.3199 or 1.3200).
        Assert.InRange(double.Parse(after, CultureInfo.InvariantCulture), 1.3199, 1.3200);
        Assert.InRange(double.Parse(before, CultureInfo.InvariantCulture), 1.4999, 1.5000);
    }
}
