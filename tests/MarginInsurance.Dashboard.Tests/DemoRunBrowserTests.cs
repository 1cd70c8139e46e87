using System.Globalization;
using MarginInsurance.DevTools.Demo;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Amounts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>
/// The dashboard during a demo run: the real demo (Hardhat node, real keeper process serving the dashboard, the March 2020
/// crash replayed) with 12 borrowers; while everything is still up, headless Chromium loads the keeper's dashboard, the
/// table is compared with the SDK's reads, the charts must have data, and the screenshot becomes docs/img/dashboard.png.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoRunBrowserTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Dashboard_during_a_demo_run_shows_the_chains_numbers()
    {
        DashboardBrowser.Chromium();
        var checkedPage = false;
        var options = new CrashDemoOptions("march-2020", Borrowers: 12, Seed: 42, PerpTraders: 0, AfterReplay: async (live, cancellationToken) =>
        {
            output.WriteLine($"dashboard at {live.DashboardUrl}, chain at {live.RpcUrl}");
            // Read-only client: a fresh key, never funded, is enough for view calls.
            var reader = await MarginClient.ConnectAsync(live.RpcUrl, new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), live.Deployment.ChainId), live.Deployment, cancellationToken);
            var head = (long)(await reader.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;

            await DashboardBrowser.WithPageAsync(live.DashboardUrl, async (page, failed) =>
            {
                await page.GotoAsync(live.DashboardUrl);
                await page.WaitForFunctionAsync(
                    $"() => Number(document.body.dataset.block || 0) >= {head} && document.querySelectorAll('tr.account-row').length === {live.Accounts.Count}",
                    null, new() { Timeout = 60_000 });

                // The table and the block it shows are read together; the SDK reads the chain at that block.
                var (block, shown) = await DashboardBrowser.ReadTableAsync(page);
                output.WriteLine($"page at block {block} (head was {head}), {shown.Count} rows");
                var at = new BlockParameter(new HexBigInteger(block));
                var sdk = await reader.GetHealthsAsync(live.Accounts, at, cancellationToken);
                DashboardBrowser.AssertRowsMatch(shown, sdk, live.Deployment.BaseSymbol);
                foreach (var account in live.Accounts)
                {
                    var view = await reader.GetAccountAsync(account, at, cancellationToken);
                    var row = shown.Single(r => r.Owner.Equals(account.Owner, StringComparison.OrdinalIgnoreCase) && r.Sub == account.SubId.ToString(CultureInfo.InvariantCulture));
                    Assert.Equal(view.Health.Raw.ToString(CultureInfo.InvariantCulture), row.HealthRaw);
                    Assert.Equal(view.Debt.Raw.ToString(CultureInfo.InvariantCulture), row.DebtRaw);
                    Assert.False(!view.Debt.IsZero && view.Health.Raw < Wad.One, $"{account} left below health 1 ({view.Health}) after the replay");
                }

                // The crash was handled by the real keeper: it is attached, and the page counts liquidations.
                Assert.NotEqual("keeper not attached", await page.InnerTextAsync("#keeper-state"));
                // Inventory and gas in plain sight: the keeper panel shows them in token units.
                var panel = (await page.EvalOnSelectorAllAsync<string[][]>("#keeper tr", "rs => rs.map(r => [...r.cells].map(c => c.innerText.trim()))"))
                    .Where(r => r.Length == 2).ToDictionary(r => r[0], r => r[1]);
                Assert.Matches(@"^\d{1,3}(,\d{3})*\.\d{2} USDC$", panel["base inventory"]);
                Assert.Matches(@"^\d{1,3}(,\d{3})*\.\d{4} ETH$", panel["gas balance"]);
                Assert.Equal("0", panel["skipped: no inventory"]);
                var cards = await page.EvalOnSelectorAllAsync<string[]>("#summary .card", "cs => cs.map(c => c.innerText.replace(/\\s+/g, ' ').trim())");
                var liquidations = cards.Single(c => c.StartsWith("LIQUIDATIONS ", StringComparison.OrdinalIgnoreCase));
                Assert.True(int.Parse(liquidations["LIQUIDATIONS ".Length..], CultureInfo.InvariantCulture) > 0, $"card: {liquidations}");

                // March 2020 liquidates every borrower (rows end at debt 0), so the market cards carry the crash's numbers:
                // insurance drawn for bad debt, supply as the chain reads it (no borrows left, so nothing accrues).
                var market = await reader.GetMarketAsync(cancellationToken);
                Assert.Contains(cards, c => c.Equals($"INSURANCE ASSETS {market.InsuranceAssets.Format(live.Deployment.BaseSymbol)}", StringComparison.OrdinalIgnoreCase));
                Assert.Contains(cards, c => c.Equals($"BORROWS {market.TotalBorrows.Format(live.Deployment.BaseSymbol)}", StringComparison.OrdinalIgnoreCase));
                Assert.Contains(cards, c => c.Equals($"SUPPLY {market.TotalSupply.Format(live.Deployment.BaseSymbol)}", StringComparison.OrdinalIgnoreCase));
                await DashboardBrowser.AssertChartsHaveDataAsync(page);
                await DashboardBrowser.AssertAxesAreHumanAsync(page);
                Assert.Empty(failed);

                var screenshot = Path.Combine(RepositoryRoot.Find(), "docs", "img", "dashboard.png");
                await DashboardBrowser.ScreenshotAsync(page, screenshot);
                output.WriteLine($"screenshot: {screenshot}");
            });
            checkedPage = true;
        });

        var summary = await new CrashDemo(options).RunAsync(s => output.WriteLine(
            $"demo: {s.Accounts} accounts, {s.AccountsLiquidated} liquidated ({s.Liquidations} liquidations), bad debt {s.BadDebt}, insurance drawn {s.InsuranceDrawn}, lenders' loss {s.LendersLoss}, {s.Elapsed}"),
            CancellationToken.None);

        Assert.True(checkedPage, "the AfterReplay callback did not run");
        Assert.Equal(12, summary.Accounts);
        Assert.Equal(0, summary.LeftLiquidatable);
        Assert.True(summary.Liquidations > 0, "the March 2020 crash should trigger liquidations");
    }
}
