using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.OffChain;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Sdk.Tests;

/// <summary>Behaviour of <see cref="OffChainMarginReader"/> beyond the property test: pinned history, unpriced assets, request count.</summary>
public sealed class OffChainReaderTests(ChainFixture fixture) : ChainTest(fixture)
{
    [Fact]
    public async Task ReadsAPastBlockAndReportsUnpricedAssetsInFourRequests()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "100000"));
        await lender.SupplyAsync(lender.Base("100000"));
        var trader = await Fixture.CreateActorAsync(("WETH", "10"), ("LINK", "1000"));
        var cross = AccountId.Cross(trader.Signer);
        var isolated = AccountId.Isolated(trader.Signer, 2);
        await trader.DepositCollateralAsync(cross, "WETH", trader.Collateral("WETH", "10"));
        await trader.DepositCollateralAsync(isolated, "LINK", trader.Collateral("LINK", "1000"));
        await trader.BorrowAsync(cross, trader.Base("12000"));
        await trader.BorrowAsync(isolated, trader.Base("5000"));
        var pinned = await trader.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync();

        await Fixture.Chain.IncreaseTimeAsync(86_400 + 1); // prices now stale
        var reader = new OffChainMarginReader(trader.Web3, Deployment);
        var accounts = new[] { cross, isolated };

        var past = await reader.ReadAsync(accounts, pinned.Value);
        Assert.Equal(4, past.RpcCalls);
        Assert.Equal(pinned.Value, past.Market.BlockNumber);
        for (var i = 0; i < accounts.Length; i++)
        {
            var chain = (await trader.Vault.AccountStateQueryAsync(new AccountStateFunction { Owner = accounts[i].Owner, SubId = accounts[i].SubId }, new BlockParameter(pinned))).S;
            var snap = past.Accounts[i].Snapshot!;
            Assert.Equal(chain.Debt, snap.Debt);
            Assert.Equal(chain.Health, snap.Health);
            Assert.Equal(chain.Utilization, snap.Utilization);
        }

        var now = await reader.ReadAsync(accounts);
        Assert.All(now.Accounts, a => Assert.Null(a.Snapshot));
        Assert.Contains("WETH", now.Accounts[0].Problem, StringComparison.Ordinal);
        Assert.Contains("LINK", now.Accounts[1].Problem, StringComparison.Ordinal);
        Assert.All(now.Market.Assets, a => Assert.Null(a.PriceWad));
    }

    /// <summary>
    /// Pages in flight at once (<see cref="OffChainMarginReader.ConcurrentPages"/>) change neither the figures nor their
    /// order nor the request count: tiny pages, several in flight, against one page at a time.
    /// </summary>
    [Fact]
    public async Task ConcurrentPagesGiveTheSameAccountsInOrderAndOneRequestPerPage()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "100000"));
        await lender.SupplyAsync(lender.Base("100000"));
        var trader = await Fixture.CreateActorAsync(("WETH", "10"), ("LINK", "1000"));
        var accounts = new List<AccountId>();
        for (var i = 0; i < 7; i++)
        {
            var account = AccountId.Isolated(trader.Signer, 10 + i);
            await trader.DepositCollateralAsync(account, i % 2 == 0 ? "WETH" : "LINK", i % 2 == 0 ? trader.Collateral("WETH", "1") : trader.Collateral("LINK", $"{10 * (1 + i)}"));
            if (i % 3 != 0) await trader.BorrowAsync(account, trader.Base($"{100 * i}"));
            accounts.Add(account);
        }

        var head = (await trader.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync()).Value;
        var sequential = await new OffChainMarginReader(trader.Web3, Deployment) { PageSize = 2, ConcurrentPages = 1 }.ReadAsync(accounts, head);
        var concurrent = await new OffChainMarginReader(trader.Web3, Deployment) { PageSize = 2, ConcurrentPages = 3 }.ReadAsync(accounts, head);
        var onePage = await new OffChainMarginReader(trader.Web3, Deployment).ReadAsync(accounts, head);
        // one request per page either way (the market multicall pages by PageSize too); one page each: 1 header + 1 market + 1 + 1
        Assert.Equal(sequential.RpcCalls, concurrent.RpcCalls);
        Assert.True(sequential.RpcCalls >= 2 + 4 + 4, $"{sequential.RpcCalls} requests: 4 position pages and 4 balance pages expected");
        Assert.Equal(4, onePage.RpcCalls);
        for (var i = 0; i < accounts.Count; i++)
        {
            foreach (var read in new[] { concurrent, onePage })
            {
                Assert.Equal(accounts[i], read.Accounts[i].Account);
                Assert.Equal(sequential.Accounts[i].BorrowPrincipal, read.Accounts[i].BorrowPrincipal);
                Assert.Equal(sequential.Accounts[i].Balances, read.Accounts[i].Balances);
                Assert.Equal(AccountHealth(sequential.Accounts[i]), AccountHealth(read.Accounts[i]));
            }

            var chain = (await trader.Vault.AccountStateQueryAsync(new AccountStateFunction { Owner = accounts[i].Owner, SubId = accounts[i].SubId }, new BlockParameter(new HexBigInteger(head)))).S;
            Assert.Equal(chain.Health, concurrent.Accounts[i].Snapshot!.Health);
            Assert.Equal(chain.Debt, concurrent.Accounts[i].Snapshot!.Debt);
        }
    }

    private static Core.AccountHealth AccountHealth(OffChainAccount a) => Core.AccountHealth.From(a.Snapshot!);

    /// <summary>
    /// Issue 15, finding 2: one stale feed of a dust asset made healthBatch revert for the whole batch and left the account
    /// unevaluated. Now the reader, healthBatch and liquidation all value the unpriced asset at 0, agree on the health,
    /// flag the account, and the account is liquidated against the priced asset.
    /// </summary>
    [Fact]
    public async Task AnAccountWithAStaleDustAssetIsValuedAtZeroFlaggedAndLiquidated()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "100000"));
        await lender.SupplyAsync(lender.Base("100000"));
        var trader = await Fixture.CreateActorAsync(("WETH", "10"), ("WBTC", "0.001"));
        var cross = AccountId.Cross(trader.Signer);
        await trader.DepositCollateralAsync(cross, "WETH", trader.Collateral("WETH", "10"));
        await trader.DepositCollateralAsync(cross, "WBTC", trader.Collateral("WBTC", "0.001"));
        await trader.BorrowAsync(cross, trader.Base("15000"));

        await Fixture.Chain.IncreaseTimeAsync(86_400 + 1); // every feed stale ...
        await Fixture.SetPriceAsync("WETH", 1700m); // ... but WETH's, which fell: 17,000 × 85 % < 15,000 + interest
        var read = await new OffChainMarginReader(trader.Web3, Deployment).ReadAsync([cross]);
        var account = read.Accounts[0];
        Assert.NotNull(account.Snapshot);
        Assert.Contains("WBTC", account.Problem, StringComparison.Ordinal);
        Assert.Contains("valued at 0", account.Problem, StringComparison.Ordinal);
        var health = (await trader.GetHealthsAsync([cross], new BlockParameter(new HexBigInteger(read.Market.BlockNumber))))[0];
        Assert.True(health.HasUnpricedCollateral);
        var wbtcIndex = read.Market.Assets.Single(a => a.Symbol == "WBTC").Index;
        Assert.Equal(1 << wbtcIndex, health.UnpricedMask);
        Assert.Equal(account.Snapshot!.Health, health.Health.Raw);
        Assert.True(account.Snapshot.Health < MarginInsurance.Core.WadMath.WAD);

        var liquidator = await Fixture.CreateActorAsync(("USDC", "20000"));
        var result = await liquidator.LiquidateAsync(cross, "WETH", liquidator.Base("20000"));
        Assert.True(result.Repaid.Raw > 0);
    }

    /// <summary>
    /// A what-if price (<see cref="OffChainMarginReader.Reprice"/>, the keeper's view of a pending price update) gives each
    /// account holding the asset what <see cref="Core.AccountMath.Compute"/> gives at that price and the read's block
    /// time, and leaves the accounts that do not hold it as read.
    /// </summary>
    [Fact]
    public async Task RepricingAnAssetRecomputesOnlyItsHoldersAsAccountMathDoes()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "100000"));
        await lender.SupplyAsync(lender.Base("100000"));
        var trader = await Fixture.CreateActorAsync(("WETH", "10"), ("WBTC", "1"), ("LINK", "1000"));
        var cross = AccountId.Cross(trader.Signer);
        var isolated = AccountId.Isolated(trader.Signer, 3);
        await trader.DepositCollateralAsync(cross, "WETH", trader.Collateral("WETH", "5"));
        await trader.DepositCollateralAsync(cross, "WBTC", trader.Collateral("WBTC", "0.1"));
        await trader.DepositCollateralAsync(isolated, "LINK", trader.Collateral("LINK", "500"));
        await trader.BorrowAsync(cross, trader.Base("7000"));
        await trader.BorrowAsync(isolated, trader.Base("3000"));
        var read = await new OffChainMarginReader(trader.Web3, Deployment).ReadAsync([cross, isolated]);
        var weth = read.Market.Assets.Single(a => a.Symbol == "WETH");
        var crashed = weth.PriceWad!.Value * 3 / 4;

        var what = OffChainMarginReader.Reprice(read, weth.Token.ToUpperInvariant(), crashed);

        Assert.Equal(crashed, what.Market.Assets.Single(a => a.Symbol == "WETH").PriceWad);
        Assert.Equal(0, what.RpcCalls);
        Assert.Same(read.Accounts[1], what.Accounts[1]); // holds no WETH: as read
        var positions = read.Market.Assets.Where(a => read.Accounts[0].Balances.ContainsKey(a.Token))
            .Select(a => new Core.CollateralPosition(a.Token, a.Config, read.Accounts[0].Balances[a.Token], a.Symbol == "WETH" ? crashed : a.PriceWad!.Value));
        var expected = Core.AccountMath.Compute(positions, read.Accounts[0].BorrowPrincipal, read.Market.Market, read.Market.Timestamp);
        var got = what.Accounts[0].Snapshot!;
        Assert.Equal(expected.Health, got.Health);
        Assert.Equal(expected.LiquidationCapacity, got.LiquidationCapacity);
        Assert.Equal(expected.Debt, got.Debt);
        Assert.True(got.Health < read.Accounts[0].Snapshot!.Health, "a lower WETH price lowers the holder's health");
        Assert.Throws<ArgumentOutOfRangeException>(() => OffChainMarginReader.Reprice(read, weth.Token, 0));
    }
}
