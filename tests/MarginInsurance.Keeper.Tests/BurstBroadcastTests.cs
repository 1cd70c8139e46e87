using System.Numerics;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// The crash send path on a real Hardhat node: a burst of hundreds of signed transactions reaches the chain whole, once, in
/// nonce order; a transaction the node forgets in the middle of a burst is found and broadcast again, so no liquidation is
/// skipped and none is sent twice.
/// </summary>
public sealed class BurstBroadcastTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    [Fact]
    public async Task BurstSendsEveryTransactionExactlyOnceInNonceOrder()
    {
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options());
        await Fixture.Chain.SetAutomineAsync(false);
        var head = await Fixture.BlockNumberAsync();
        // zero-value self-transfers (21,000 gas each, all fit one block)
        const int count = 300;
        var requests = Enumerable.Range(0, count)
            .Select(i => new TxRequest(keeper.Address, "0x", 21_000, TxKind.Cancel, Detail: $"burst item {i}")).ToList();
        var first = keeper.Transactions.NextNonce;
        var sent = await keeper.Transactions.SendBurstAsync(requests, await keeper.Transactions.GetFeesAsync(), head, CancellationToken.None);

        Assert.Equal(count, sent.Count);
        Assert.All(sent, tx => Assert.NotNull(tx));
        Assert.Equal(Enumerable.Range(0, count).Select(i => first + i), sent.Select(tx => tx!.Nonce));
        Assert.Equal(first + count, keeper.Transactions.NextNonce);
        var pending = await keeper.Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(keeper.Address, BlockParameter.CreatePending());
        Assert.Equal(first + count, (long)pending.Value); // the node holds every one of them

        await Fixture.Chain.MineAsync();
        var block = await Fixture.Admin.Web3.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(new HexBigInteger(head + 1));
        var ours = block.Transactions.Where(t => keeper.Address.Equals(t.From, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(sent.Select(tx => tx!.Hash), ours.Select(t => t.TransactionHash), StringComparer.OrdinalIgnoreCase); // each once, in nonce order
        Assert.Equal(Enumerable.Range(0, count).Select(i => (BigInteger)(first + i)), ours.Select(t => t.Nonce.Value));
    }

    [Fact]
    public async Task LiquidationTheNodeForgetsInTheMiddleOfABurstIsBroadcastAgainAndNoAccountIsSkipped()
    {
        var risky = new List<AccountId>();
        for (var i = 0; i < 7; i++) risky.Add((await Fixture.OpenAsync("WETH", "10", "15000")).Account);
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options());
        await keeper.TickAsync(force: true);

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1700m);
        await Fixture.Chain.MineAsync();
        var scan = await keeper.TickAsync();
        Assert.Equal(7, scan!.Sent);
        var burst = keeper.Store.OpenTxs(keeper.Address).Where(t => t.Kind == TxKind.Liquidate).OrderBy(t => t.Nonce).ToList();
        Assert.Equal(7, burst.Count);

        // the node forgets the fourth (evicted from its pool): the three before it are mined, the three after it wait
        var forgotten = burst[3];
        await Fixture.Admin.Web3.Client.SendRequestAsync<bool>("hardhat_dropTransaction", null, forgotten.Hash);
        Assert.Null(await keeper.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(forgotten.Hash));
        await Fixture.Chain.MineAsync();
        Assert.Equal(3, (await Fixture.LiquidationsAsync()).Count);

        var tracked = await keeper.TickAsync();
        Assert.Contains(tracked!.Outcomes, o => o.Status == TxOutcomeKind.Rebroadcast && o.Tx.Hash == forgotten.Hash); // found at once, not after ReplaceAfterBlocks
        Assert.Equal(0, tracked.Sent); // nothing signed twice
        await Fixture.Chain.MineAsync();
        await keeper.TickAsync();

        var events = await Fixture.LiquidationsAsync();
        foreach (var a in risky)
            Assert.Single(events, e => e.Event.Owner.Equals(a.Owner, StringComparison.OrdinalIgnoreCase) && e.Event.SubId == a.SubId);
        var receipt = await Fixture.Admin.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(forgotten.Hash);
        Assert.Equal(1, (int)receipt.Status.Value); // the same signed bytes, its place in the order kept
        Assert.Equal(7, keeper.Store.TxCounts()["liquidate:won"]);
        Assert.Empty(keeper.Store.OpenTxs(keeper.Address));
    }
}
