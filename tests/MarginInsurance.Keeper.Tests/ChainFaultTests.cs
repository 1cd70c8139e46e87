using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Hex.HexTypes;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// The chain misbehaves under the keeper: a sent liquidation vanishes from the mempool, a reorganisation removes a mined
/// liquidation, a rival outbids it, the base fee spikes above the keeper's cap. Each ends with a chain audit: 0 missed, 0 double.
/// </summary>
public sealed class ChainFaultTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    private async Task<List<AccountId>> OpenRiskyAsync(int count)
    {
        // 10 WETH at 2000 against 15000 (health 1.133); at 1700 health 0.963: one partial liquidation restores it.
        var accounts = new List<AccountId>();
        for (var i = 0; i < count; i++) accounts.Add((await Fixture.OpenAsync("WETH", "10", "15000")).Account);
        return accounts;
    }

    [Fact]
    public async Task LiquidationDroppedFromTheMempoolIsRebroadcastAndLandsOnce()
    {
        var accounts = await OpenRiskyAsync(3);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options(o => o.ReplaceAfterBlocks = 2));
        await keeper.TickAsync(force: true);
        var from = await Fixture.BlockNumberAsync();

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1700m);
        await Fixture.Chain.MineAsync();
        var scan = await keeper.TickAsync();
        Assert.Equal(3, scan!.Sent);

        // The node loses every pending liquidation (eviction, restart); its pending nonce falls back.
        foreach (var tx in keeper.Store.OpenTxs(keeper.Address)) Assert.True(await Fixture.Chain.DropTransactionAsync(tx.Hash));
        for (var i = 0; i < 6 && keeper.Store.OpenTxs(keeper.Address).Count > 0; i++)
        {
            await Fixture.Chain.MineAsync();
            await keeper.TickAsync();
        }

        Assert.Empty(keeper.Store.OpenTxs(keeper.Address));
        Assert.Equal(3, keeper.Metrics.Rebroadcasts.Value);
        Assert.Equal(3, keeper.Store.TxCounts()["liquidate:won"]);
        var audit = await AuditAsync(accounts, [keeper.Address], from);
        audit.AssertClean();
        Assert.All(accounts, a => Assert.Single(audit.Of(a)));
    }

    [Fact]
    public async Task ReorganisationThatRemovesALiquidationIsNoticedAndTheAccountIsLiquidatedAgain()
    {
        var accounts = await OpenRiskyAsync(2);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options());
        await keeper.TickAsync(force: true);
        var from = await Fixture.BlockNumberAsync();
        await Fixture.SetPriceAsync("WETH", 1700m);
        var beforeLiquidation = await Fixture.Chain.SnapshotAsync();

        var scan = await keeper.TickAsync();
        Assert.Equal(2, scan!.Sent); // automine: mined at once
        await keeper.TickAsync(force: true);
        Assert.Equal(2, keeper.Store.TxCounts()["liquidate:won"]);
        Assert.Equal(2, (await AuditAsync(accounts, [keeper.Address], from)).Liquidations.Count);

        // Reorganisation: the liquidations' block is replaced by a longer branch of empty blocks.
        await Fixture.Chain.RevertAsync(beforeLiquidation);
        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.Chain.MineAsync(3);
        Assert.Empty((await AuditAsync(accounts, [keeper.Address], from)).Liquidations);

        var noticed = await keeper.TickAsync();
        Assert.Equal(2, noticed!.Outcomes.Count(o => o.Status == TxOutcomeKind.Reorged));
        Assert.Equal(2, keeper.Metrics.ReorgedTransactions.Value);
        for (var i = 0; i < 4 && keeper.Store.OpenTxs(keeper.Address).Count > 0; i++)
        {
            await Fixture.Chain.MineAsync();
            await keeper.TickAsync();
        }

        Assert.Equal(BigInteger.Parse("2"), keeper.Store.Counter("won")); // counted once per account, not twice
        var audit = await AuditAsync(accounts, [keeper.Address], from);
        audit.AssertClean();
        Assert.All(accounts, a => Assert.Single(audit.Of(a)));
        var chainNonce = (await keeper.Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(keeper.Address)).Value;
        Assert.Equal((long)chainNonce, keeper.Transactions.NextNonce);
    }

    [Fact]
    public async Task RivalThatOutbidsTheKeeperOnSomeAccountsLeavesNoneMissedAndTheLossesAreRecognised()
    {
        // Deep under water at 1400 (health 0.793): one liquidation repays the whole debt, so whoever comes second reverts.
        var accounts = new List<AccountId>();
        for (var i = 0; i < 4; i++) accounts.Add((await Fixture.OpenAsync("WETH", "10", "15000")).Account);
        var rival = await Fixture.CreateActorAsync(("USDC", "200000"));
        await new Contracts.MockERC20.MockERC20Service(rival.Web3, Fixture.Deployment.BaseAsset)
            .ApproveRequestAndWaitForReceiptAsync(Fixture.Deployment.MarginVault, BigInteger.Pow(2, 255));
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options());
        await keeper.TickAsync(force: true);
        var from = await Fixture.BlockNumberAsync();

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1400m);
        await Fixture.Chain.MineAsync();
        Assert.Equal(4, (await keeper.TickAsync())!.Sent);
        var outbid = accounts.Take(2).ToList();
        foreach (var a in outbid)
        {
            await rival.Vault.LiquidateRequestAsync(new LiquidateFunction
            {
                Owner = a.Owner, SubId = a.SubId, CollateralAsset = Fixture.Deployment.Collateral("WETH").Token, MaxRepay = BigInteger.Pow(2, 255), Data = [],
                Gas = 1_000_000, MaxFeePerGas = new HexBigInteger(BigInteger.Pow(10, 12)), MaxPriorityFeePerGas = new HexBigInteger(BigInteger.Pow(10, 11)),
            });
        }

        await Fixture.Chain.MineAsync();
        await keeper.TickAsync();
        await Fixture.Chain.MineAsync();
        await keeper.TickAsync();

        var audit = await AuditAsync(accounts, [keeper.Address], from);
        Assert.Empty(audit.Missed);
        Assert.All(accounts, a => Assert.Single(audit.Of(a), l => l.Liquidator.Equals(outbid.Contains(a) ? rival.Signer : keeper.Address, StringComparison.OrdinalIgnoreCase)));
        // The keeper's two reverted sends are exactly the outbid accounts, recognised as lost races, and its nonce is not stuck.
        Assert.Equal(2, audit.KeeperReverts.Count);
        Assert.Equal(2, keeper.Store.TxCounts()["liquidate:lost"]);
        Assert.False(keeper.Store.TxCounts().ContainsKey("liquidate:failed"));
        var chainNonce = (await keeper.Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(keeper.Address)).Value;
        Assert.Equal((long)chainNonce, keeper.Transactions.NextNonce);
    }

    [Fact]
    public async Task BaseFeeSpikeAboveTheCapHoldsLiquidationsBackUntilFeesFallAndNeverPaysAboveTheCap()
    {
        const decimal capGwei = 20m;
        var accounts = await OpenRiskyAsync(2);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options(o => o.MaxFeePerGasGwei = capGwei));
        await keeper.TickAsync(force: true);
        var from = await Fixture.BlockNumberAsync();

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1700m);
        await Fixture.Chain.MineAsync();
        await Fixture.Chain.SetNextBlockBaseFeeAsync(BigInteger.Pow(10, 9) * 400); // 400 gwei: 20 times the cap
        await Fixture.Chain.MineAsync();
        var spike = await keeper.TickAsync(force: true);
        Assert.Equal(2, spike!.Confirmed);
        Assert.Equal(0, spike.Sent); // liquidatable, but not at any price

        // Empty blocks: the base fee falls by 1/8 per block until it is under the cap; then the keeper sends.
        var blocksToSend = 0;
        while (keeper.Store.TxCounts().GetValueOrDefault("liquidate:won") < 2 && blocksToSend < 40)
        {
            await Fixture.Chain.MineAsync();
            blocksToSend++;
            await keeper.TickAsync();
        }

        Output.WriteLine($"METRIC blocks of falling base fee until both liquidations were mined: {blocksToSend}");
        var audit = await AuditAsync(accounts, [keeper.Address], from);
        audit.AssertClean();
        var cap = BigInteger.Pow(10, 9) * (int)capGwei;
        foreach (var l in audit.Liquidations)
        {
            var tx = await Fixture.Admin.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(l.TxHash);
            Assert.True(tx.MaxFeePerGas.Value <= cap, $"{l.TxHash} offered {tx.MaxFeePerGas.Value} wei > cap {cap}");
        }
    }
}
