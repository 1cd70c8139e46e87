using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.SwapLiquidator.ContractDefinition;
using MarginInsurance.LocalMocks;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Uniswap;
using Xunit.Abstractions;

namespace MarginInsurance.Sdk.Tests;

/// <summary>The Uniswap v3 market beside the vault (deploy/local.json): leverage in one transaction, capital-free liquidation.</summary>
[Collection(ChainCollection.Name)]
public sealed class UniswapTests(ChainFixture fixture, ITestOutputHelper output) : ChainTest(fixture)
{
    private async Task SupplyAsync()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "1000000"));
        await lender.SupplyAsync(lender.Base("1000000"));
    }

    [Theory]
    [InlineData("WETH", 0, "10", 3.0)] // cross
    [InlineData("WETH", 1, "10", 4.0)] // isolated
    [InlineData("WBTC", 2, "0.5", 2.5)] // isolated
    [InlineData("LINK", 3, "2000", 2.0)] // isolated (LINK is not allowed in cross)
    public async Task LeveragedOpenAndCloseRoundTrip(string symbol, int subId, string initial, double leverage)
    {
        await SupplyAsync();
        var trader = await Fixture.CreateActorAsync((symbol, initial));
        var account = new AccountId(trader.Signer, subId);
        var own = trader.Collateral(symbol, initial);

        var open = await trader.OpenLeveragedAsync(account, symbol, own, (decimal)leverage, 0.01m);
        var view = await trader.GetAccountAsync(account);
        var held = view.Collateral.Single().Balance.Raw;
        // Collateral ≈ leverage × own (less the pool fee and price impact, within the 1 % allowed); debt = (leverage − 1) × value.
        Assert.Equal(own.Raw + open.Collateral.Raw, held);
        var target = new BigInteger((double)own.Raw * leverage);
        Assert.InRange(held, target * 99 / 100, target);
        Assert.InRange(view.Debt.Raw - open.Debt.Raw, BigInteger.Zero, BigInteger.One); // the vault rounds debt up by at most 1 wei
        Assert.True(view.Health.Raw > Amounts.Wad.One);

        var close = await trader.CloseLeveragedAsync(account, symbol, 0.01m);
        var after = await trader.GetAccountAsync(account);
        Assert.True(after.Debt.IsZero);
        Assert.DoesNotContain(after.Collateral, a => !a.Balance.IsZero);
        var back = (await trader.BalanceAsync(symbol)).Raw;
        // Round trip cost: two pool fees and price impact on (leverage − 1) × own, under 2 % of that here.
        Assert.InRange(back, own.Raw - (own.Raw * (BigInteger)((leverage - 1) * 200) / 10_000), own.Raw);
        output.WriteLine($"{symbol} subId {subId} {leverage}x on {initial}: open gas {open.GasUsed}, close gas {close.GasUsed}, bought {open.Collateral}, borrowed {open.Debt} USDC, returned {await trader.BalanceAsync(symbol)} of {initial}");
    }

    [Fact]
    public async Task LeverageAboveMarginOrAgainstTheMarginModeIsATypedError()
    {
        await SupplyAsync();
        var trader = await Fixture.CreateActorAsync(("WETH", "10"), ("LINK", "1000"));
        // WETH borrow factor 0.80: at most 1 / (1 − 0.8 × 0.99) ≈ 4.8x.
        var above = await Assert.ThrowsAsync<LeverageAboveMarginException>(() =>
            trader.OpenLeveragedAsync(AccountId.Cross(trader.Signer), "WETH", trader.Collateral("WETH", "10"), 6m, 0.01m));
        Assert.Equal(4.81m, decimal.Round(above.Maximum, 2));
        // LINK may not back a cross account: the vault's own rule, decoded.
        await Assert.ThrowsAsync<MarginProtocolException<CrossNotAllowedError>>(() =>
            trader.OpenLeveragedAsync(AccountId.Cross(trader.Signer), "LINK", trader.Collateral("LINK", "1000"), 2m, 0.01m));
    }

    [Fact]
    public async Task SwapLiquidationRepaysFromProceedsAndAPushedPoolReverts()
    {
        await SupplyAsync();
        var insurer = await Fixture.CreateActorAsync(("USDC", "20000"));
        await insurer.DepositInsuranceAsync(insurer.Base("20000"));
        var trader = await Fixture.CreateActorAsync(("WETH", "10"));
        var account = AccountId.Cross(trader.Signer);
        await trader.DepositCollateralAsync(account, "WETH", trader.Collateral("WETH", "10"));
        await trader.BorrowAsync(account, trader.Base("15000"));
        var market = new UniswapMarket(Fixture.Admin.Web3, Deployment);
        var arbitrage = new MockArbitrage(Fixture.Admin.Web3, Deployment);

        await Fixture.SetPriceAsync("WETH", 1400m);
        var keeper = await Fixture.CreateActorAsync(); // no base inventory at all
        Assert.True((await keeper.BalanceAsync("USDC")).IsZero);

        // The pool still at 2000 while the oracle says 1400: 43 % apart, beyond any sane bound → revert, nothing lost.
        var pushed = await Assert.ThrowsAsync<MarginProtocolException<PoolOracleDivergenceError>>(() =>
            keeper.SwapLiquidateAsync(account, "WETH", keeper.Base("15000"), 0.02m, 0.03m));
        output.WriteLine(pushed.Message);
        // Pushed below the oracle (a sandwich selling into the pool): 1300 vs 1400 also reverts.
        await arbitrage.ArbitrageToAsync("WETH", 1300);
        await Assert.ThrowsAsync<MarginProtocolException<PoolOracleDivergenceError>>(() =>
            keeper.SwapLiquidateAsync(account, "WETH", keeper.Base("15000"), 0.02m, 0.03m));
        // A generous divergence bound but a tight slippage bound: the sale itself reverts below the oracle-derived minimum.
        await Assert.ThrowsAnyAsync<MarginProtocolException>(() =>
            keeper.SwapLiquidateAsync(account, "WETH", keeper.Base("15000"), 0.10m, 0.03m));
        Assert.True((await keeper.GetAccountAsync(account)).IsLiquidatable);

        // Arbitrage brings the pool to the oracle: the same keeper, still with no base, liquidates through the pool.
        await arbitrage.ArbitrageToAsync("WETH", 1400);
        Assert.InRange(await market.PriceAsync("WETH"), 1399.9, 1400.1);
        var result = await keeper.SwapLiquidateAsync(account, "WETH", keeper.Base("15000"), 0.02m, 0.03m);
        Assert.True(result.Repaid.Raw > 0);
        Assert.True(result.Profit.Raw > 0);
        Assert.Equal(result.Profit, await keeper.BalanceAsync("USDC"));
        Assert.True((await keeper.BalanceAsync("WETH")).IsZero);
        var slippage = 1 - ((double)result.Proceeds.Raw / 1e6 / ((double)result.Seized.Raw / 1e18 * 1400));
        output.WriteLine($"swap-mode liquidation: gas {result.GasUsed}, repaid {result.Repaid} USDC, seized {result.Seized} WETH, proceeds {result.Proceeds} USDC, profit {result.Profit} USDC, slippage vs oracle {slippage:P3}");
    }
}
