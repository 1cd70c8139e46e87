using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter.ContractDefinition;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Errors;

namespace MarginInsurance.Sdk.Tests;

/// <summary>Each custom error a user can hit through the SDK surfaces as a typed exception with a readable message.</summary>
public sealed class ErrorPathTests(ChainFixture fixture) : ChainTest(fixture)
{
    private async Task<(MarginClient Trader, AccountId Account)> BorrowerAsync(string symbol = "WETH", string amount = "10", int subId = 0, string supply = "100000")
    {
        var lender = await Fixture.CreateActorAsync(("USDC", supply));
        await lender.SupplyAsync(lender.Base(supply));
        var trader = await Fixture.CreateActorAsync((symbol, amount));
        var account = new AccountId(trader.Signer, subId);
        await trader.DepositCollateralAsync(account, symbol, trader.Collateral(symbol, amount));
        return (trader, account);
    }

    [Fact]
    public async Task BorrowBeyondCapacityIsInsufficientMarginNamingTheHealth()
    {
        var (trader, account) = await BorrowerAsync();
        // 10 WETH at 2000: borrow capacity 0.80 × 20000 = 16000; 17000 would leave capacity/debt = 0.9412.
        var ex = await Assert.ThrowsAsync<MarginProtocolException<InsufficientMarginError>>(() => trader.BorrowAsync(account, trader.Base("17000")));
        Assert.Equal(trader.Base("16000").Raw, ex.Error.BorrowCapacity);
        Assert.True(ex.Error.Debt >= trader.Base("17000").Raw);
        Assert.Equal("InsufficientMargin", ex.ErrorName);
        Assert.Contains("margin health 0.9411 below the initial requirement", ex.Message, StringComparison.Ordinal);
        Assert.Contains("would exceed borrow capacity 16000 USDC)", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.RevertData);

        await trader.BorrowAsync(account, trader.Base("15000"));
        var withdraw = await Assert.ThrowsAsync<MarginProtocolException<InsufficientMarginError>>(
            () => trader.WithdrawCollateralAsync(account, "WETH", trader.Collateral("WETH", "1")));
        Assert.Contains("margin health", withdraw.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondAssetInIsolatedAccountIsIsolatedAssetMismatch()
    {
        var (trader, account) = await BorrowerAsync(subId: 3);
        await Fixture.MintAsync(trader.Signer, "WBTC", Fixture.ParseAmount("WBTC", "1"));
        var ex = await Assert.ThrowsAsync<MarginProtocolException<IsolatedAssetMismatchError>>(
            () => trader.DepositCollateralAsync(account, "WBTC", trader.Collateral("WBTC", "1")));
        Assert.Equal(Deployment.Collateral("WETH").Token, ex.Error.Held, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Deployment.Collateral("WBTC").Token, ex.Error.Asset, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("already holds", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsolatedOnlyAssetInCrossAccountIsCrossNotAllowed()
    {
        var trader = await Fixture.CreateActorAsync(("LINK", "100"));
        var ex = await Assert.ThrowsAsync<MarginProtocolException<CrossNotAllowedError>>(
            () => trader.DepositCollateralAsync(AccountId.Cross(trader.Signer), "LINK", trader.Collateral("LINK", "100")));
        Assert.StartsWith("LINK is isolated-only", ex.Message, StringComparison.Ordinal);
        await trader.DepositCollateralAsync(AccountId.Isolated(trader.Signer, 1), "LINK", trader.Collateral("LINK", "100"));
    }

    [Fact]
    public async Task DepositPastTheCapIsSupplyCapExceeded()
    {
        var trader = await Fixture.CreateActorAsync(("WBTC", "50001"));
        var ex = await Assert.ThrowsAsync<MarginProtocolException<SupplyCapExceededError>>(
            () => trader.DepositCollateralAsync(AccountId.Isolated(trader.Signer, 1), "WBTC", trader.Collateral("WBTC", "50001")));
        Assert.Equal(Fixture.ParseAmount("WBTC", "50000"), ex.Error.Cap);
        Assert.Contains("total deposits would be 50001 WBTC, cap 50000 WBTC", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BorrowAfterALargeMoveIsPriceFrozen()
    {
        var (trader, account) = await BorrowerAsync();
        await Fixture.SetPriceAsync("WETH", 2600m); // +30% > 25%
        var ex = await Assert.ThrowsAsync<MarginProtocolException<PriceFrozenError>>(() => trader.BorrowAsync(account, trader.Base("100")));
        Assert.True(ex.Error.Until > 0);
        Assert.Contains("frozen until", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<MarginProtocolException<PriceFrozenError>>(() => trader.WithdrawCollateralAsync(account, "WETH", trader.Collateral("WETH", "1")));
    }

    [Fact]
    public async Task BorrowAfterTheHeartbeatIsStalePrice()
    {
        var (trader, account) = await BorrowerAsync();
        await Fixture.Chain.IncreaseTimeAsync(86_400 + 1);
        var ex = await Assert.ThrowsAsync<MarginProtocolException<StalePriceError>>(() => trader.BorrowAsync(account, trader.Base("100")));
        Assert.Equal(Deployment.Collateral("WETH").Token, ex.Error.Asset, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("is stale", ex.Message, StringComparison.Ordinal);

        await Fixture.RefreshPricesAsync();
        await trader.BorrowAsync(account, trader.Base("100"));
    }

    [Fact]
    public async Task BorrowMoreThanTheCashIsInsufficientLiquidity()
    {
        var (trader, account) = await BorrowerAsync(supply: "1000");
        var ex = await Assert.ThrowsAsync<MarginProtocolException<InsufficientLiquidityError>>(() => trader.BorrowAsync(account, trader.Base("5000")));
        Assert.Equal(trader.Base("1000").Raw, ex.Error.Cash);
        Assert.Equal(trader.Base("5000").Raw, ex.Error.Requested);
        Assert.Contains("only 1000 USDC of cash", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawingMoreCollateralThanHeldIsInsufficientCollateral()
    {
        var (trader, account) = await BorrowerAsync(amount: "1");
        var ex = await Assert.ThrowsAsync<MarginProtocolException<InsufficientCollateralError>>(
            () => trader.WithdrawCollateralAsync(account, "WETH", trader.Collateral("WETH", "2")));
        Assert.Equal(trader.Collateral("WETH", "1").Raw, ex.Error.Balance);
    }

    [Fact]
    public async Task BorrowWhilePausedIsMarketPaused()
    {
        var (trader, account) = await BorrowerAsync();
        await Fixture.Admin.Vault.PauseRequestAndWaitForReceiptAsync();
        var ex = await Assert.ThrowsAsync<MarginProtocolException<MarketPausedError>>(() => trader.BorrowAsync(account, trader.Base("100")));
        Assert.Contains("paused", ex.Message, StringComparison.Ordinal);
        await Fixture.MintAsync(trader.Signer, "WETH", Fixture.ParseAmount("WETH", "1"));
        await trader.DepositCollateralAsync(account, "WETH", trader.Collateral("WETH", "1")); // deposits are never paused
    }

    [Fact]
    public async Task LiquidatingAHealthyAccountIsHealthyAccount()
    {
        var (trader, account) = await BorrowerAsync();
        await trader.BorrowAsync(account, trader.Base("8000"));
        var liquidator = await Fixture.CreateActorAsync(("USDC", "10000"));
        var ex = await Assert.ThrowsAsync<MarginProtocolException<HealthyAccountError>>(() => liquidator.LiquidateAsync(account, "WETH", liquidator.Base("1000")));
        // 0.85 × 20000 / 8000 = 2.125, less the interest accrued since the borrow.
        Assert.InRange(ex.Error.Health, BigInteger.Parse("2124000000000000000", CultureInfo.InvariantCulture), BigInteger.Parse("2125000000000000000", CultureInfo.InvariantCulture));
        Assert.Contains("margin health is 2.12", ex.Message, StringComparison.Ordinal);
    }
}
