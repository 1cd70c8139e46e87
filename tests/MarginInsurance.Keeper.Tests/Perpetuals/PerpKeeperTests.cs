using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Tests.Audit;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Perps;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests.Perpetuals;

/// <summary>
/// The keeper's perpetual-futures pass on a Hardhat node (markets listed by ProtocolDeployer from deploy/local.json:
/// ETH-PERP with IM 5 %, MM 3 %, penalty 1 %): positions indexed from events, unified health computed off chain equal to
/// perpHealthBatch, liquidations of longs and shorts, cross and isolated, and auto-deleveraging when insurance cannot
/// cover. Each run ends with the chain audit (0 missed, 0 double, 0 keeper reverts).
/// </summary>
public sealed class PerpKeeperTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact]
    public async Task WhipsawLiquidatesLeveragedLongsAndShortsCrossAndIsolatedWithOffChainHealthEqualToTheChain()
    {
        var desk = new PerpDesk(Fixture);
        await desk.FundLiquidityVaultAsync(1_000_000m);
        var accounts = new List<AccountId>();
        // isolated (subaccount 1) at ETH 2,000 with 1,000 USDC of margin: longs 6x..16x, shorts 8x..16x
        foreach (var leverage in new[] { 6, 8, 10, 12, 14, 16 }) accounts.Add(await desk.OpenAsync("ETH-PERP", leverage / 2m, 1_000m));
        foreach (var leverage in new[] { 8, 12, 16 }) accounts.Add(await desk.OpenAsync("ETH-PERP", -leverage / 2m, 1_000m));
        // cross (subaccount 0): 2 WETH of collateral and 200 USDC of cash behind a long of 12 ETH (the collateral falls with
        // the position: under 1 at 1,750); 0.05 WBTC and 100 USDC behind a short of 12 ETH (under 1 at 2,180)
        var crossLong = await desk.OpenAsync("ETH-PERP", 12m, 200m, subId: 0, collateral: ("WETH", "2"));
        var crossShort = await desk.OpenAsync("ETH-PERP", -12m, 100m, subId: 0, collateral: ("WBTC", "0.05"));
        accounts.AddRange([crossLong, crossShort]);

        var key = await Fixture.KeeperKeyAsync();
        var keeper = await StartKeeperAsync(key, Options());
        var from = await Fixture.BlockNumberAsync();
        var first = await keeper.TickAsync(force: true);
        Assert.NotNull(first);
        Assert.Equal(accounts.Count, keeper.Store.PerpPositions().Count); // indexed from PositionModified
        Assert.Empty(keeper.LastPerpTick!.Confirmed);
        var compared = await AssertOffChainEqualsChainAsync(keeper);

        await Fixture.Chain.SetAutomineAsync(false);
        var priceBlocks = new List<BigInteger>();
        foreach (var price in new[] { 2_090m, 2_180m, 1_950m, 1_850m, 1_750m, 1_650m })
        {
            var tx = await Fixture.PostPriceAsync("WETH", price);
            await Fixture.Chain.MineAsync();
            priceBlocks.Add(await Fixture.BlockOfAsync(tx));
            for (var i = 0; i < 5; i++)
            {
                await keeper.TickAsync();
                compared += await AssertOffChainEqualsChainAsync(keeper);
                await Fixture.Chain.MineAsync();
            }
        }

        await keeper.TickAsync();
        var audit = await PerpAuditReport.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, accounts, [key.Address], from);
        Output.WriteLine($"AUDIT {audit.Summary}");
        audit.AssertClean();
        var liquidated = audit.Liquidations.Select(l => new AccountId(l.Event.Owner.ToLowerInvariant(), l.Event.SubId)).Distinct().ToList();
        Assert.True(liquidated.Count >= 8, $"only {liquidated.Count} accounts liquidated: the whipsaw did not push enough under");
        Assert.Contains(audit.Liquidations, l => l.Event.ClosedSize.Sign < 0); // shorts
        Assert.Contains(audit.Liquidations, l => l.Event.ClosedSize.Sign > 0); // longs
        Assert.Contains(audit.Liquidations, l => l.Event.SubId.IsZero && l.Event.ClosedSize.Sign > 0); // cross long
        Assert.Contains(audit.Liquidations, l => l.Event.SubId.IsZero && l.Event.ClosedSize.Sign < 0); // cross short
        Assert.All(audit.Liquidations, l => Assert.Equal(key.Address, l.Event.Liquidator, StringComparer.OrdinalIgnoreCase));
        var delays = audit.Liquidations.Select(l => (int)(l.Block - priceBlocks.Last(p => p < l.Block))).ToList();
        Output.WriteLine($"METRIC blocks from price update to position liquidation: {string.Join(", ", delays)} (max {delays.Max()}, {audit.Liquidations.Count} liquidations of {liquidated.Count} accounts)");
        Output.WriteLine($"METRIC off-chain unified health compared with perpHealthBatch: {compared} account-blocks, 0 differences");
        var gas = await GasUsedAsync(audit.Liquidations.Select(l => l.Block), key.Address);
        Output.WriteLine($"METRIC gas of a position liquidation: {gas.Min()}..{gas.Max()} (limit {Keeper.Perpetuals.PerpRound.LiquidationGasLimit})");
        Assert.True(gas.Max() < Keeper.Perpetuals.PerpRound.LiquidationGasLimit / 2, "the fixed gas limit leaves less than 2x headroom");
        Assert.True(delays.Max() <= 2, "a position waited more than 2 blocks after the price update that put it under");
        Assert.Equal(0, keeper.Metrics.Perps.HealthMismatches.Value);
        Assert.Equal(audit.Liquidations.Count, (int)keeper.Metrics.Perps.PositionsLiquidated.Value);
        Assert.False(keeper.Store.TxCounts().ContainsKey("liquidate:failed"));
        Assert.False(keeper.Store.TxCounts().ContainsKey("liquidate:lost"));
        // margin calls judged on unified health: raised for the positions, resolved once they are closed
        var calls = keeper.Store.MarginCalls();
        Assert.Contains(calls, c => c.Reason == "liquidatable (positions)");
        Assert.All(calls.Where(c => liquidated.Any(l => l.Owner.Equals(c.Owner, StringComparison.OrdinalIgnoreCase))), c => Assert.NotNull(c.ResolvedBlock));
        var metrics = await ScrapeAsync(keeper);
        Assert.Contains("keeper_perp_open_interest{market=\"ETH-PERP\",side=\"long\"}", metrics);
        Assert.Contains("keeper_perp_liquidity_vault_assets_base", metrics);
        Assert.Contains("keeper_perp_positions_liquidated_total", metrics);
    }

    [Fact]
    public async Task WithInsuranceExhaustedTheDeficitIsDeleveragedFromTheHighestRankedProfitableShorts()
    {
        var desk = new PerpDesk(Fixture);
        await desk.FundLiquidityVaultAsync(200_000m);
        await desk.ExhaustInsuranceAsync();
        var longAccount = await desk.OpenAsync("ETH-PERP", 9.5m, 1_000m); // 19x long, isolated
        var shorts = new List<AccountId>
        {
            await desk.OpenAsync("ETH-PERP", -5m, 3_000m),
            await desk.OpenAsync("ETH-PERP", -3m, 1_000m),
            await desk.OpenAsync("ETH-PERP", -2m, 2_000m),
        };
        var key = await Fixture.KeeperKeyAsync();
        var keeper = await StartKeeperAsync(key, Options());
        var from = await Fixture.BlockNumberAsync();
        await keeper.TickAsync(force: true);

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1_750m); // -12.5 %: the long is bankrupt, the insurance pool covers nothing
        await Fixture.Chain.MineAsync();
        for (var i = 0; i < 8; i++)
        {
            await keeper.TickAsync();
            await Fixture.Chain.MineAsync();
        }

        await keeper.TickAsync();
        var audit = await PerpAuditReport.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, [longAccount, .. shorts], [key.Address], from);
        Output.WriteLine($"AUDIT {audit.Summary}");
        audit.AssertClean();
        var deficit = Assert.Single(audit.Deficits);
        Assert.Equal(BigInteger.Zero, deficit.Event.Covered);
        Assert.True(audit.Deleveragings.Count >= 2, $"{audit.Deleveragings.Count} deleveragings");
        // the contract reverts AdlRankingViolated unless the target ranks highest: each success proves the ranking and the complete list
        var haircuts = audit.Deleveragings.Sum(d => (decimal)d.Event.Haircut);
        Assert.Equal((decimal)deficit.Event.Deficit, haircuts);
        Assert.Equal(BigInteger.Zero, (await desk.MarketAsync("ETH-PERP")).AdlDeficit);
        Assert.Equal(shorts[0].Owner, audit.Deleveragings[0].Event.Owner, StringComparer.OrdinalIgnoreCase); // 5 ETH on 3,000: the largest PnL × leverage
        Assert.Equal(audit.Deleveragings.Count, (int)keeper.Metrics.Perps.PositionsDeleveraged.Value);
        var gas = await GasUsedAsync(audit.Deleveragings.Select(d => d.Block), key.Address);
        Output.WriteLine($"METRIC gas of a deleveraging with 1..2 other positions listed: {string.Join(", ", gas)} (limit {Keeper.Perpetuals.PerpRound.DeleverageGasLimit(2)} with 2)");
        Output.WriteLine($"METRIC deleveraging: deficit {deficit.Event.Deficit} base units, {audit.Deleveragings.Count} deleveragings in blocks {string.Join(", ", audit.Deleveragings.Select(d => d.Block))} after the liquidation in block {audit.Liquidations[0].Block}");
    }

    [Fact]
    public async Task AccountsWithPerpsAreLiquidatedOnUnifiedHealthThroughTheirCollateralAndNeverOnSpotHealthAlone()
    {
        var desk = new PerpDesk(Fixture);
        await desk.FundLiquidityVaultAsync(1_000_000m);
        // losing: 0.1 WBTC (6,000 USDC, L 5,100), 500 USDC borrowed (spot health 10.2), long 16 ETH at 2,000 on 200 of cash.
        // At ETH 1,750 the long loses 4,000: unified (5,100 + 200 − 4,000) / (500 + 840) ≈ 0.97 while spot health is still
        // 10.2; its obligation is the debt plus the negative perp equity (3,800), which the WBTC repays (§13.8)
        var loser = await Fixture.CreateActorAsync(("USDC", "200"));
        var (_, losing) = await Fixture.OpenAsync("WBTC", "0.1", "500", subId: 0, trader: loser);
        await desk.AddPositionAsync(loser, losing, "ETH-PERP", 16m, 200m);
        // hedged: 2 WETH (L 3,400 at 2,000), 3,000 USDC borrowed, short 2 ETH on 1,000 of cash. At 1,750: L 2,975 < debt,
        // spot health below 1; unified (2,975 + 1,000 + 0.8 × 500) / (3,000 + 105) ≈ 1.41: healthy, never to be sent
        var hedger = await Fixture.CreateActorAsync(("USDC", "1000"));
        var (_, hedged) = await Fixture.OpenAsync("WETH", "2", "3000", subId: 0, trader: hedger);
        await desk.AddPositionAsync(hedger, hedged, "ETH-PERP", -2m, 1000m);

        var key = await Fixture.KeeperKeyAsync();
        var keeper = await StartKeeperAsync(key, Options());
        var from = await Fixture.BlockNumberAsync();
        await keeper.TickAsync(force: true);
        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1_750m);
        await Fixture.Chain.MineAsync();
        TickReport? last = null;
        for (var i = 0; i < 8; i++)
        {
            last = await keeper.TickAsync() ?? last;
            await Fixture.Chain.MineAsync();
        }

        last = await keeper.TickAsync(force: true) ?? last;
        Assert.NotNull(last);
        var hedgedSpot = Assert.Single(last.Scan, a => a.Account == hedged).Snapshot!;
        Assert.True(hedgedSpot.Health < WadMath.WAD, $"the hedged account's spot health {hedgedSpot.Health} is not below 1: the scenario is void");

        var audit = await PerpAuditReport.RunAsync(Fixture.Admin.Web3, Fixture.Deployment, [losing, hedged], [key.Address], from);
        Output.WriteLine($"AUDIT {audit.Summary}");
        audit.AssertClean();
        var spot = (await Fixture.LiquidationsAsync()).Where(e => e.Block > from).ToList();
        bool Of(AccountId a, string owner, BigInteger subId) => a.Owner.Equals(owner, StringComparison.OrdinalIgnoreCase) && a.SubId == subId;
        // the losing account (spot health 10.2): its WBTC seized against the debt and the negative perp equity
        var seized = spot.Where(e => Of(losing, e.Event.Owner, e.Event.SubId)).ToList();
        Assert.NotEmpty(seized);
        Assert.All(seized, e => Assert.Equal(key.Address, e.Event.Liquidator, StringComparer.OrdinalIgnoreCase));
        Assert.All(seized, e => Assert.Equal(Fixture.Deployment.Collateral("WBTC").Token, e.Event.Asset, StringComparer.OrdinalIgnoreCase));
        Assert.True(seized.Sum(e => (decimal)e.Event.Repaid) > 500_000_000m, "the repayment did not go past the 500 USDC of debt into the perp cash");
        Output.WriteLine($"METRIC losing account: {seized.Count} spot liquidation(s), WBTC seized in block(s) {string.Join(", ", seized.Select(e => e.Block))}, repaid {seized.Sum(e => (decimal)e.Event.Repaid) / 1_000_000m} USDC; {audit.Liquidations.Count} position liquidation(s)");
        // the hedged account: below 1 on spot health alone, healthy on the vault's: nothing sent, nothing liquidated
        Assert.DoesNotContain(spot, e => Of(hedged, e.Event.Owner, e.Event.SubId));
        Assert.DoesNotContain(audit.Liquidations, l => Of(hedged, l.Event.Owner, l.Event.SubId));
        Assert.False(keeper.Store.TxCounts().ContainsKey("liquidate:failed"));
        Assert.False(keeper.Store.TxCounts().ContainsKey("liquidate:lost"));
    }

    /// <summary>Every account of the last scan's book: off-chain unified health equals perpHealthBatch at the same block. Returns how many were compared.</summary>
    private async Task<int> AssertOffChainEqualsChainAsync(KeeperEngine keeper)
    {
        var book = keeper.LastPerpTick!.Book;
        if (book.Accounts.Count == 0) return 0;
        var chain = (await PerpCall.QueryAsync<PerpHealthBatchFunction, PerpHealthBatchOutputDTO>(new MarginVaultService(Fixture.Admin.Web3, Fixture.Deployment.MarginVault),
            new PerpHealthBatchFunction { Owners = book.Accounts.Select(a => a.Account.Owner).ToList(), SubIds = book.Accounts.Select(a => a.Account.SubId).ToList() },
            new BlockParameter(new HexBigInteger(book.Block)))).Healths;
        for (var i = 0; i < chain.Count; i++) Assert.Equal(chain[i], book.Accounts[i].Health);
        return chain.Count;
    }

    /// <summary>Gas used by the transactions of <paramref name="from"/> in <paramref name="blocks"/>.</summary>
    private async Task<List<BigInteger>> GasUsedAsync(IEnumerable<BigInteger> blocks, string from)
    {
        var gas = new List<BigInteger>();
        foreach (var b in blocks.Distinct())
        {
            var block = await Fixture.Admin.Web3.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(new HexBigInteger(b));
            foreach (var tx in block.Transactions.Where(t => t.From.Equals(from, StringComparison.OrdinalIgnoreCase)))
                gas.Add((await Fixture.Admin.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.TransactionHash)).GasUsed.Value);
        }

        return gas;
    }

    private static async Task<string> ScrapeAsync(KeeperEngine keeper)
    {
        using var stream = new MemoryStream();
        await keeper.Metrics.Registry.CollectAndExportAsTextAsync(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
