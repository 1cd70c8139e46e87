using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Hex.HexTypes;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>The issue's keeper scenarios on a real Hardhat node (automine off where block precision matters).</summary>
public sealed class LiquidationTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    private static bool Same(AccountId a, string owner, BigInteger subId) =>
        a.Owner.Equals(owner, StringComparison.OrdinalIgnoreCase) && a.SubId == subId;

    [Fact]
    public async Task PriceDropLiquidatesEveryLiquidatableAccountWithinTwoBlocksAndLeavesHealthyOnes()
    {
        // 10 WETH at 2000 each; borrowing 15000 gives health 1.133, 10000 gives 1.7. At 1700: 0.963 vs 1.445.
        var risky = new List<AccountId>();
        var healthy = new List<AccountId>();
        for (var i = 0; i < 6; i++) risky.Add((await Fixture.OpenAsync("WETH", "10", i % 2 == 0 ? "15000" : "14800")).Account);
        for (var i = 0; i < 3; i++) healthy.Add((await Fixture.OpenAsync("WETH", "10", "10000")).Account);

        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options());
        var first = await keeper.TickAsync(force: true);
        Assert.NotNull(first);
        Assert.Equal(9, first.Accounts);
        Assert.Equal(0, first.Confirmed);

        await Fixture.Chain.SetAutomineAsync(false);
        var priceTx = await Fixture.PostPriceAsync("WETH", 1700m);
        await Fixture.Chain.MineAsync();
        var priceBlock = await Fixture.BlockOfAsync(priceTx);

        var scan = await keeper.TickAsync();
        Assert.NotNull(scan);
        Assert.Equal(6, scan.Confirmed);
        Assert.Equal(6, scan.Sent);
        await Fixture.Chain.MineAsync();
        var track = await keeper.TickAsync();

        var events = await Fixture.LiquidationsAsync();
        foreach (var a in risky)
        {
            var mine = events.Where(e => Same(a, e.Event.Owner, e.Event.SubId)).ToList();
            Assert.Single(mine);
            Assert.Equal(keeper.Address, mine[0].Event.Liquidator, StringComparer.OrdinalIgnoreCase);
            Assert.InRange(mine[0].Block - priceBlock, 1, 2);
        }

        Assert.DoesNotContain(events, e => healthy.Any(h => Same(h, e.Event.Owner, e.Event.SubId)));
        var blocks = events.Select(e => (int)(e.Block - priceBlock)).Distinct().ToList();
        Output.WriteLine($"METRIC blocks from price update to liquidation: {string.Join(", ", blocks)} (6 liquidations, consecutive nonces, one block)");
        Output.WriteLine($"METRIC RPC calls for the per-block scan of {scan.Accounts} accounts: {scan.ScanRpcCalls} (whole tick incl. 6 simulations + sends: {scan.RpcCalls})");
        Assert.Equal(6, keeper.Store.TxCounts()["liquidate:won"]);
        Assert.NotNull(track);
    }

    [Fact]
    public async Task CrashInOneCollateralLiquidatesOnlyTheIsolatedSubaccountHoldingIt()
    {
        var trader = await Fixture.CreateActorAsync();
        var (_, link) = await Fixture.OpenAsync("LINK", "1000", "9000", subId: 1, trader: trader);    // 15000 × 0.75 / 9000 = 1.25; at 9: 0.75
        var (_, weth) = await Fixture.OpenAsync("WETH", "5", "6000", subId: 2, trader: trader);      // 10000 × 0.85 / 6000 = 1.417
        var (_, cross) = await Fixture.OpenAsync("WBTC", "0.5", "15000", subId: 0, trader: trader);  // 30000 × 0.85 / 15000 = 1.7
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options());
        await keeper.TickAsync(force: true);
        var before = new Dictionary<AccountId, BigInteger>();
        foreach (var a in new[] { weth, cross }) before[a] = await trader.Vault.DebtOfQueryAsync(a.Owner, a.SubId);

        await Fixture.Chain.SetAutomineAsync(false);
        var priceTx = await Fixture.PostPriceAsync("LINK", 9m);
        await Fixture.Chain.MineAsync();
        var priceBlock = await Fixture.BlockOfAsync(priceTx);
        var scan = await keeper.TickAsync();
        Assert.Equal(1, scan!.Confirmed);
        await Fixture.Chain.MineAsync();
        await keeper.TickAsync();

        var events = await Fixture.LiquidationsAsync();
        var only = Assert.Single(events);
        Assert.True(Same(link, only.Event.Owner, only.Event.SubId));
        Assert.Equal(Fixture.Deployment.Collateral("LINK").Token, only.Event.Asset, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(1, (int)(only.Block - priceBlock));
        foreach (var a in new[] { weth, cross })
        {
            Assert.True(await trader.Vault.DebtOfQueryAsync(a.Owner, a.SubId) >= before[a], $"{a} untouched");
        }

        Assert.Equal(Fixture.ParseAmount("WETH", "5"), await trader.Vault.CollateralOfQueryAsync(weth.Owner, weth.SubId, Fixture.Deployment.Collateral("WETH").Token));
        Assert.Equal(Fixture.ParseAmount("WBTC", "0.5"), await trader.Vault.CollateralOfQueryAsync(cross.Owner, cross.SubId, Fixture.Deployment.Collateral("WBTC").Token));
    }

    [Fact]
    public async Task LostRaceIsCountedWithoutStuckNonceAndLaterLiquidationsGoThrough()
    {
        // Deep under water at 1400 (health 0.793 < 0.95): one liquidation repays the whole debt, so the loser reverts.
        var (_, a) = await Fixture.OpenAsync("WETH", "10", "15000");
        var (_, b) = await Fixture.OpenAsync("WETH", "10", "15000");
        var (_, c) = await Fixture.OpenAsync("WETH", "10", "10000"); // 1400: 1.19, 1100: 0.935
        var rival = await Fixture.CreateActorAsync(("USDC", "100000"));
        await new Contracts.MockERC20.MockERC20Service(rival.Web3, Fixture.Deployment.BaseAsset)
            .ApproveRequestAndWaitForReceiptAsync(Fixture.Deployment.MarginVault, BigInteger.Pow(2, 255));
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options());
        await keeper.TickAsync(force: true);

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1400m);
        await Fixture.Chain.MineAsync();
        var scan = await keeper.TickAsync();
        Assert.Equal(2, scan!.Sent);

        // The rival sees the keeper's pending tx for A and outbids it.
        await rival.Vault.LiquidateRequestAsync(new LiquidateFunction
        {
            Owner = a.Owner, SubId = a.SubId, CollateralAsset = Fixture.Deployment.Collateral("WETH").Token, MaxRepay = BigInteger.Pow(2, 255), Data = [],
            Gas = 1_000_000, MaxFeePerGas = new HexBigInteger(BigInteger.Pow(10, 12)), MaxPriorityFeePerGas = new HexBigInteger(BigInteger.Pow(10, 11)),
        });
        await Fixture.Chain.MineAsync();
        var track = await keeper.TickAsync();
        var lost = Assert.Single(track!.Outcomes, o => o.Status == TxOutcomeKind.Lost);
        Assert.Equal(a.Owner, lost.Tx.Owner, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(lost.Error!.ErrorName, new[] { "HealthyAccount", "NothingToLiquidate" });
        Assert.Single(track.Outcomes, o => o.Status == TxOutcomeKind.Won);
        Assert.Equal(1, keeper.Metrics.LiquidationsLost.Value);
        Assert.Equal(BigInteger.One, keeper.Store.Counter("lost"));
        var chainNonce = (await keeper.Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(keeper.Address)).Value;
        Assert.Equal((long)chainNonce, keeper.Transactions.NextNonce);

        // Later liquidations still go through with the next nonce.
        await Fixture.PostPriceAsync("WETH", 1100m);
        await Fixture.Chain.MineAsync();
        var later = await keeper.TickAsync();
        Assert.Equal(1, later!.Sent);
        await Fixture.Chain.MineAsync();
        var done = await keeper.TickAsync();
        Assert.Contains(done!.Outcomes, o => o.Status == TxOutcomeKind.Won && o.Tx.Owner!.Equals(c.Owner, StringComparison.OrdinalIgnoreCase));
        var events = await Fixture.LiquidationsAsync();
        Assert.Equal(rival.Signer, events.Single(e => Same(a, e.Event.Owner, e.Event.SubId)).Event.Liquidator, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(events, e => Same(b, e.Event.Owner, e.Event.SubId) && e.Event.Liquidator.Equals(keeper.Address, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(events, e => Same(c, e.Event.Owner, e.Event.SubId) && e.Event.Liquidator.Equals(keeper.Address, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task RestartMidRunResumesFromStoredBlockSendsNothingTwiceMissesNothing()
    {
        var risky = new List<AccountId>();
        for (var i = 0; i < 4; i++) risky.Add((await Fixture.OpenAsync("WETH", "10", "15000")).Account);
        var key = await Fixture.KeeperKeyAsync();
        var options = Options(o => o.MaxLiquidationsPerBlock = 2);
        var first = await StartKeeperAsync(key, options);
        await first.TickAsync(force: true);

        await Fixture.Chain.SetAutomineAsync(false);
        var priceTx = await Fixture.PostPriceAsync("WETH", 1700m);
        await Fixture.Chain.MineAsync();
        var priceBlock = await Fixture.BlockOfAsync(priceTx);
        var scan = await first.TickAsync();
        Assert.Equal(4, scan!.Confirmed);
        Assert.Equal(2, scan.Sent);
        var stored = first.Store.LastBlock;
        Assert.Equal(priceBlock, stored);
        Stop(first); // crash: two liquidations in the mempool, not yet confirmed

        var second = await StartKeeperAsync(key, options);
        Assert.Equal(stored, second.Store.LastBlock);
        Assert.Equal(4, second.Store.Accounts().Count);
        var rpcBefore = second.Rpc.Count;
        var resumed = await second.TickAsync();
        Assert.Equal(2, resumed!.Sent); // the other two; the in-flight ones are not sent again
        Output.WriteLine($"METRIC restart: first tick after restart made {second.Rpc.Count - rpcBefore} RPC calls (indexing resumed at block {stored} − reorg depth, not at deployment)");
        await Fixture.Chain.MineAsync();
        var track = await second.TickAsync();
        Assert.Equal(4, track!.Outcomes.Count(o => o.Status == TxOutcomeKind.Won));

        var events = await Fixture.LiquidationsAsync();
        foreach (var a in risky)
        {
            var e = Assert.Single(events, x => Same(a, x.Event.Owner, x.Event.SubId));
            Assert.Equal(1, (int)(e.Block - priceBlock));
        }

        var chainNonce = (await second.Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(second.Address)).Value;
        Assert.Equal((long)chainNonce, second.Transactions.NextNonce);
    }

    [Fact]
    public async Task UnprofitableLiquidationIsSkippedAndMarginCallRaisedOnceThenResolvedOnTopUp()
    {
        // 0.5 WETH at 2000, debt 780: health 1.0897 < 1.10 → margin call. At 1800: 0.98, a 390 repay earns ~19.5 − fee − gas < 50.
        var (trader, small) = await Fixture.OpenAsync("WETH", "0.5", "780");
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options(o => o.MinProfit = "50"));
        await keeper.TickAsync(force: true);
        var call = keeper.Store.OpenMarginCall(small);
        Assert.NotNull(call);
        Assert.Equal("below warning level", call.Reason);

        await Fixture.SetPriceAsync("WETH", 1800m);
        var scan = await keeper.TickAsync();
        Assert.Equal(1, scan!.Confirmed);
        Assert.Equal(0, scan.Sent);
        Assert.Equal(1, scan.SkippedUnprofitable);
        await Fixture.Chain.MineAsync(3);
        await keeper.TickAsync();
        Assert.Single(keeper.Store.MarginCalls()); // once per episode, not every block
        Assert.Equal(1, keeper.Metrics.MarginCallsRaised.Value);
        Assert.Empty(await Fixture.LiquidationsAsync());

        await Fixture.MintAsync(trader.Signer, "WETH", Fixture.ParseAmount("WETH", "1"));
        await trader.DepositCollateralAsync(small, "WETH", trader.Collateral("WETH", "1"));
        await keeper.TickAsync();
        Assert.Null(keeper.Store.OpenMarginCall(small));
        var resolved = Assert.Single(keeper.Store.MarginCalls());
        Assert.NotNull(resolved.ResolvedBlock);
        Assert.Empty(await Fixture.LiquidationsAsync());
    }

    /// <summary>
    /// Issue 15, finding 2: a cross account holding a speck of an asset whose feed died was skipped every scan (and the
    /// chain's healthBatch reverted for its whole batch). Now the unpriced asset counts as worth 0 off-chain and on-chain,
    /// the account is confirmed, liquidated against the priced asset, and its problem stays in the scan report.
    /// </summary>
    [Fact]
    public async Task AStaleDustAssetNeitherBlindsTheScanNorSavesTheAccount()
    {
        var (trader, risky) = await Fixture.OpenAsync("WETH", "10", "15000");                 // 20000 × 0.85 / 15000 = 1.133
        await Fixture.MintAsync(trader.Signer, "WBTC", 1);
        await trader.DepositCollateralAsync(risky, "WBTC", trader.Collateral("WBTC", "0.00000001")); // 1 sat of WBTC
        var (_, healthy) = await Fixture.OpenAsync("WETH", "10", "10000");
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options());
        await keeper.TickAsync(force: true);

        await Fixture.Chain.IncreaseTimeAsync(86_400 + 1);   // every feed stale ...
        await Fixture.SetPriceAsync("WETH", 1700m);           // ... but WETH's: risky at 0.963, healthy at 1.445
        var scan = await keeper.TickAsync(force: true);
        Assert.NotNull(scan);
        var flagged = Assert.Single(scan.Scan, a => a.Problem is not null);
        Assert.Equal(risky, flagged.Account);
        Assert.Contains("WBTC", flagged.Problem, StringComparison.Ordinal);
        Assert.Equal(1, scan.Confirmed);
        Assert.Equal(1, scan.Sent);
        await keeper.TickAsync();

        var only = Assert.Single(await Fixture.LiquidationsAsync());
        Assert.True(Same(risky, only.Event.Owner, only.Event.SubId));
        Assert.Equal(Fixture.Deployment.Collateral("WETH").Token, only.Event.Asset, StringComparer.OrdinalIgnoreCase);
        Assert.False(Same(healthy, only.Event.Owner, only.Event.SubId));
    }
}
