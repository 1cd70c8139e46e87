using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using System.Text.Json;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Perps;
using Microsoft.Playwright;
using Xunit.Abstractions;
using LvEvents = MarginInsurance.Contracts.MarginVault.ContractDefinition;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>
/// The perpetuals section of the dashboard page end to end: deploy/local.json's perp markets on a Hardhat node, an LP, five
/// traders (longs and shorts, cross and isolated, three markets), an ETH gap that bankrupts a long: the position is liquidated,
/// insurance covers part of the deficit and the rest is deleveraged against the short — all through the generated bindings
/// (perp(bytes)). Headless Chromium then checks positions (to the wei against GetPositionsAsync; sorting by size and health),
/// open interest and funding per market against hand-computed values, the liquidity vault and the three events.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PerpDashboardBrowserTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Perps_section_shows_positions_open_interest_funding_vault_and_events()
    {
        DashboardBrowser.Chromium();
        var root = RepositoryRoot.Find();
        await using var protocol = await LocalProtocol.StartAsync();
        var deployment = protocol.Deployment;
        await using var dashboard = await DashboardBrowserTests.StartDashboardAsync(protocol.RpcUrl, deployment, Path.Combine(root, "data", "prices"));
        output.WriteLine($"dashboard at {dashboard.Url}, chain at {protocol.RpcUrl}");

        var lp = await protocol.CreateActorAsync(("USDC", "1000000"));
        await lp.DepositLiquidityAsync(lp.Base("1000000"));
        var insurer = await protocol.CreateActorAsync(("USDC", "100"));
        await insurer.DepositInsuranceAsync(insurer.Base("100"));

        // A: isolated long 4 ETH on 1,000 USDC (bankrupt at 1,700); B: isolated short 2 ETH (the only short: deleveraged);
        // C: isolated long 0.2 BTC; D: cross short 100 LINK; E: isolated long 1 ETH on 1,000 USDC (survives).
        var a = await TraderAsync(protocol, 1, "1000", "ETH-PERP", PositionSide.Long, "4");
        var b = await TraderAsync(protocol, 1, "2000", "ETH-PERP", PositionSide.Short, "2");
        var c = await TraderAsync(protocol, 1, "10000", "BTC-PERP", PositionSide.Long, "0.2");
        var d = await TraderAsync(protocol, 0, "5000", "LINK-PERP", PositionSide.Short, "100");
        var e = await TraderAsync(protocol, 2, "1000", "ETH-PERP", PositionSide.Long, "1");

        await protocol.SetPriceAsync("WETH", 1700m);
        var keeper = await protocol.CreateActorAsync(("USDC", "1"));
        var eth = deployment.PerpMarket("ETH-PERP").MarketId;
        await PerpCall.SendAsync(keeper.Vault, new LiquidatePositionFunction { Owner = a.Id.Owner, SubId = a.Id.SubId, MarketId = eth, MaxCloseSize = BigInteger.Pow(10, 30) });
        await PerpCall.SendAsync(keeper.Vault, new DeleverageFunction { MarketId = eth, TargetOwner = b.Id.Owner, TargetSubId = b.Id.SubId, Owners = [], SubIds = [] });

        var head = (long)(await protocol.Admin.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var api = await WaitForAsync(dashboard.Http, head);
        var at = new Nethereum.RPC.Eth.DTOs.BlockParameter(new Nethereum.Hex.HexTypes.HexBigInteger(head));
        var open = new[] { c, d, e };
        var views = new Dictionary<AccountId, PerpAccountView>();
        foreach (var t in open) views[t.Id] = await protocol.Admin.GetPositionsAsync(t.Id, at);

        // The API agrees with the SDK to the wei: every open position, nothing of A and B.
        Assert.Equal(3, api.Positions.Count);
        foreach (var (id, view) in views)
        {
            var row = Assert.Single(api.Positions, p => p.Owner.Equals(id.Owner, StringComparison.OrdinalIgnoreCase) && p.SubId == id.SubId.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(view.Positions[0].Size.Raw.ToString(CultureInfo.InvariantCulture), row.SizeRaw);
            Assert.Equal(view.Health.Raw.ToString(CultureInfo.InvariantCulture), row.HealthRaw);
        }

        // Events from the chain: one liquidation, one PerpDeficit (insurance), one Deleveraged.
        var deficit = Assert.Single(await protocol.Admin.Web3.Eth.GetEvent<LvEvents.PerpDeficitEventDTO>(deployment.MarginVault).GetAllChangesAsync(
            protocol.Admin.Web3.Eth.GetEvent<LvEvents.PerpDeficitEventDTO>(deployment.MarginVault).CreateFilterInput(new Nethereum.RPC.Eth.DTOs.BlockParameter(0), at)));
        Assert.True(deficit.Event.Covered > 0 && deficit.Event.Covered < deficit.Event.Deficit, "insurance should cover part of the deficit");
        var lvAssets = await lp.LiquidityVault.TotalAssetsQueryAsync(at);

        await DashboardBrowser.WithPageAsync(dashboard.Url, async (page, failed) =>
        {
            await page.GotoAsync(dashboard.Url);
            await page.WaitForFunctionAsync($"() => Number(document.body.dataset.perpsBlock) >= {head} && document.querySelectorAll('tr.position-row').length === 3",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });

            // Open interest and funding per market. Hand-computed (deploy/local.json): ETH long 1 (E), short 0; BTC long 0.2; LINK short 100.
            // fundingRate = trunc(maxRate × skew / skewScale): ETH 1e11 × 1e18 / 1e24 = 100,000; BTC 1e11 × 0.2e18 / 5e22 = 400,000;
            // LINK 2e11 × (−100e18) / 1e25 = −2,000,000 (WAD per second).
            foreach (var (market, longOi, shortOi, rate) in new[]
                     {
                         ("ETH-PERP", "1000000000000000000", "0", "100000"), ("BTC-PERP", "200000000000000000", "0", "400000"),
                         ("LINK-PERP", "0", "100000000000000000000", "-2000000"),
                     })
            {
                var row = page.Locator($"#perp-markets tr[data-market='{market}']");
                Assert.Equal(longOi, await row.GetAttributeAsync("data-long-oi-raw"));
                Assert.Equal(shortOi, await row.GetAttributeAsync("data-short-oi-raw"));
                Assert.Equal(rate, await row.GetAttributeAsync("data-funding-raw"));
                Assert.EndsWith("%/h", await row.Locator(".c-funding").InnerTextAsync(), StringComparison.Ordinal);
            }

            // Sorting by size (notional ascending): LINK 100 × 15 = 1,500, ETH 1 × 1,700 = 1,700, BTC 0.2 × 60,000 = 12,000 USDC.
            await page.ClickAsync("#perp-positions th[data-sort='size']");
            Assert.Equal(["LINK-PERP", "ETH-PERP", "BTC-PERP"], await page.EvalOnSelectorAllAsync<string[]>("tr.position-row", "rs => rs.map(r => r.dataset.market)"));
            Assert.Equal(["1,500.00 USDC", "1,700.00 USDC", "12,000.00 USDC"], await page.EvalOnSelectorAllAsync<string[]>("tr.position-row .c-notional", "cs => cs.map(c => c.innerText)"));
            await page.ClickAsync("#perp-positions th[data-sort='size']");
            Assert.Equal(["BTC-PERP", "ETH-PERP", "LINK-PERP"], await page.EvalOnSelectorAllAsync<string[]>("tr.position-row", "rs => rs.map(r => r.dataset.market)"));

            // Sorting by health: the order of the SDK's healths.
            await page.ClickAsync("#perp-positions th[data-sort='health']");
            var expected = views.OrderBy(v => v.Value.Health.Raw).Select(v => v.Value.Health.Raw.ToString(CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(expected, await page.EvalOnSelectorAllAsync<string[]>("tr.position-row", "rs => rs.map(r => r.dataset.healthRaw)"));

            // The liquidity vault and the events.
            var cards = await page.EvalOnSelectorAllAsync<string[]>("#perps-vault .card", "cs => cs.map(c => c.innerText.replace(/\\s+/g, ' ').trim())");
            Assert.Contains(cards, x => x.Equals($"LIQUIDITY VAULT ASSETS {new TokenAmount(lvAssets, 6).Format("USDC")}", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(cards, x => x.Equals($"INSURANCE DRAWN FOR POSITIONS {new TokenAmount(deficit.Event.Covered, 6).Format("USDC")}", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(cards, x => x.Equals("POSITIONS LIQUIDATED 1", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(cards, x => x.Equals("POSITIONS DELEVERAGED 1", StringComparison.OrdinalIgnoreCase));
            Assert.Contains(cards, x => x.StartsWith("LIQUIDITY VAULT PNL ", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(["liquidation", "insurance", "deleveraging"], await page.EvalOnSelectorAllAsync<string[]>("tr.perp-event", "rs => rs.map(r => r.dataset.kind)"));
            Assert.Contains("closed 4 at 1,700.00 USDC", await page.InnerTextAsync("tr.perp-event[data-kind='liquidation']"), StringComparison.Ordinal);
            Assert.Empty(failed);
        });
    }

    private sealed record Trader(MarginClient Client, AccountId Id);

    private static async Task<Trader> TraderAsync(LocalProtocol protocol, int subId, string margin, string market, PositionSide side, string size)
    {
        var client = await protocol.CreateActorAsync(("USDC", margin));
        var id = new AccountId(client.Signer, subId);
        await client.TransferMarginAsync(id, client.Base(margin), MarginTransfer.Deposit);
        await client.OpenPositionAsync(id, market, side, client.PerpSize(market, size));
        return new Trader(client, id);
    }

    private static async Task<PerpsDto> WaitForAsync(HttpClient http, long head)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        PerpsDto? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await http.GetFromJsonAsync<PerpsDto>("api/perps", Json);
            if (last is not null && last.Block >= head) return last;
            await Task.Delay(200);
        }

        throw new TimeoutException($"the dashboard's perps did not reach block {head} (last: block {last?.Block}, problem {last?.Problem})");
    }
}
