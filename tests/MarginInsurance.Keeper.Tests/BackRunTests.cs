using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Hex.HexTypes;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// The same-block defence (Keeper:BackRunOracleUpdates) on anvil, the node with pending filters and eth_simulateV1: a
/// price update still in the pending pool is answered before it is mined, and the liquidations land in its own block,
/// after it. Own node (not the Hardhat collection's).
/// </summary>
public sealed class BackRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task LiquidationsLandInThePriceUpdatesOwnBlockAfterItAndAreNotSentAgain()
    {
        await using var protocol = await LocalProtocol.StartOnAnvilAsync();
        var lender = await protocol.CreateActorAsync(("USDC", "1000000"));
        await lender.SupplyAsync(lender.Base("1000000"));
        await protocol.SetPriceAsync("WETH", 2000m);
        // 1 WETH at 2,000: a debt of 1,500 is health 1.13, 0.96 at 1,700; a debt of 1,000 stays above 1 (1.45)
        var risky = new List<AccountId>();
        var healthy = new List<AccountId>();
        for (var i = 0; i < 6; i++)
        {
            var trader = await protocol.CreateActorAsync(("WETH", "1"));
            var account = AccountId.Isolated(trader.Signer, 1);
            await trader.DepositCollateralAsync(account, "WETH", trader.Collateral("WETH", "1"));
            await trader.BorrowAsync(account, trader.Base(i < 4 ? "1500" : "1000"));
            (i < 4 ? risky : healthy).Add(account);
        }

        var key = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), protocol.ChainId);
        await protocol.Chain.SetBalanceAsync(key.Address, BigInteger.Pow(10, 21));
        await protocol.MintAsync(key.Address, "USDC", protocol.ParseAmount("USDC", "100000"));
        var state = Path.Combine(Path.GetTempPath(), $"keeper-backrun-{Guid.NewGuid():N}.db");
        var options = new KeeperOptions
        {
            RpcUrl = protocol.RpcUrl, StatePath = state, MinProfit = "0", MaxFeePerGasGwei = 500m, HttpUrl = string.Empty, BackRunOracleUpdates = true,
        };
        Assert.True(new KeeperOptionsValidator().Validate(null, options).Succeeded);
        using var engine = await KeeperEngine.StartAsync(options, protocol.Deployment, key, new TestLogger(output));
        var warm = await engine.TickAsync(force: true);
        Assert.Equal(6, warm!.Accounts);
        Assert.Equal(0, warm.Sent);

        // the update waits in the pool (automine off, no interval): the keeper sees it there and answers it
        await protocol.Chain.SetAutomineAsync(false);
        var priceTx = await protocol.PostPriceAsync("WETH", 1700m);
        var sent = await engine.BackRunAsync(CancellationToken.None);
        Assert.Equal(risky.Count, sent);
        await protocol.Chain.MineAsync();

        var web3 = protocol.Admin.Web3;
        var priceReceipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(priceTx);
        var block = await web3.Eth.Blocks.GetBlockWithTransactionsByNumber.SendRequestAsync(priceReceipt.BlockNumber);
        var order = block.Transactions.Select(t => t.From.ToLowerInvariant()).ToList();
        Assert.Equal(1 + risky.Count, order.Count);
        Assert.Equal(0, (int)priceReceipt.TransactionIndex.Value); // the update first, then the keeper's liquidations
        Assert.All(order.Skip(1), from => Assert.Equal(key.Address.ToLowerInvariant(), from));
        foreach (var tx in block.Transactions.Skip(1))
            Assert.Equal(BigInteger.One, (await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(tx.TransactionHash)).Status.Value);

        var vault = new MarginVaultService(web3, protocol.Deployment.MarginVault);
        var liquidated = await web3.Eth.GetEvent<LiquidateEventDTO>(protocol.Deployment.MarginVault)
            .GetAllChangesAsync(web3.Eth.GetEvent<LiquidateEventDTO>(protocol.Deployment.MarginVault).CreateFilterInput(
                new Nethereum.RPC.Eth.DTOs.BlockParameter(priceReceipt.BlockNumber), new Nethereum.RPC.Eth.DTOs.BlockParameter(priceReceipt.BlockNumber)));
        Assert.Equal(risky.Select(a => a.Owner.ToLowerInvariant()).Order(), liquidated.Select(e => e.Event.Owner.ToLowerInvariant()).Order());
        foreach (var a in healthy) Assert.True(await vault.HealthQueryAsync(a.Owner, a.SubId) >= WadMath.WAD);

        // the next tick books the outcomes and sends nothing again
        await protocol.Chain.SetAutomineAsync(true);
        var after = await engine.TickAsync();
        Assert.NotNull(after);
        Assert.Equal(0, after.Sent);
        Assert.Equal(risky.Count, engine.Store.TxCounts().GetValueOrDefault("liquidate:won"));
        Assert.Equal(risky.Count, (int)engine.Metrics.BackRunLiquidationsSent.Value);
        foreach (var f in new[] { state, state + "-wal", state + "-shm" })
        {
            try { File.Delete(f); } catch (IOException) { }
        }
    }
}
