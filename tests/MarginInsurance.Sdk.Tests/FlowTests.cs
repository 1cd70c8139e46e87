using System.Numerics;
using MarginInsurance.Contracts.InsurancePool.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Errors;

namespace MarginInsurance.Sdk.Tests;

/// <summary>Every user flow of <see cref="MarginClient"/> against the deployed protocol on the node.</summary>
public sealed class FlowTests(ChainFixture fixture) : ChainTest(fixture)
{
    [Fact]
    public async Task SupplyAndWithdrawBase()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "1000"));
        await lender.SupplyAsync(lender.Base("1000"));
        Assert.Equal(lender.Base("0"), await lender.BalanceAsync("USDC"));
        Assert.Equal(lender.Base("1000").Raw, await lender.Vault.SupplyBalanceOfQueryAsync(lender.Signer));

        await lender.WithdrawAsync(lender.Base("400"));
        Assert.Equal(lender.Base("400"), await lender.BalanceAsync("USDC"));
        await lender.WithdrawAsync(null);
        Assert.Equal(lender.Base("1000"), await lender.BalanceAsync("USDC"));
        Assert.Equal(BigInteger.Zero, await lender.Vault.SupplyPrincipalQueryAsync(lender.Signer));
        Assert.Equal(BigInteger.Zero, await lender.Vault.SupplyBalanceOfQueryAsync(lender.Signer));
    }

    [Fact]
    public async Task DepositAndWithdrawCollateralCrossAndIsolated()
    {
        var trader = await Fixture.CreateActorAsync(("WETH", "3"), ("WBTC", "0.5"));
        var cross = AccountId.Cross(trader.Signer);
        var isolated = AccountId.Isolated(trader.Signer, 7);
        await trader.DepositCollateralAsync(cross, "WETH", trader.Collateral("WETH", "1"));
        await trader.DepositCollateralAsync(cross, "WBTC", trader.Collateral("WBTC", "0.5"));
        await trader.DepositCollateralAsync(isolated, "WETH", trader.Collateral("WETH", "2"));

        var view = await trader.GetAccountAsync(cross);
        Assert.Equal(2, view.Collateral.Count);
        Assert.Equal(trader.Base("32000").Raw, view.Collateral.Aggregate(BigInteger.Zero, (acc, c) => acc + c.Value.Raw));
        var iso = await trader.GetAccountAsync(isolated);
        Assert.Single(iso.Collateral);
        Assert.Equal(trader.Collateral("WETH", "2"), iso.Collateral[0].Balance);

        await trader.WithdrawCollateralAsync(cross, "WBTC", trader.Collateral("WBTC", "0.5"));
        await trader.WithdrawCollateralAsync(isolated, "WETH", trader.Collateral("WETH", "0.5"));
        Assert.Equal(trader.Collateral("WBTC", "0.5"), await trader.BalanceAsync("WBTC"));
        Assert.Equal(trader.Collateral("WETH", "0.5"), await trader.BalanceAsync("WETH"));
        Assert.Single((await trader.GetAccountAsync(cross)).Collateral);
        Assert.Equal(trader.Collateral("WETH", "1.5"), (await trader.GetAccountAsync(isolated)).Collateral[0].Balance);
    }

    [Fact]
    public async Task BorrowThenRepayPartOfItThenAll()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "100000"));
        await lender.SupplyAsync(lender.Base("100000"));
        var trader = await Fixture.CreateActorAsync(("WETH", "10"), ("USDC", "100"));
        var account = AccountId.Isolated(trader.Signer, 1);
        await trader.DepositCollateralAsync(account, "WETH", trader.Collateral("WETH", "10"));
        await trader.BorrowAsync(account, trader.Base("10000"));
        Assert.Equal(trader.Base("10100"), await trader.BalanceAsync("USDC"));
        var view = await trader.GetAccountAsync(account);
        Assert.True(view.Debt.Raw >= trader.Base("10000").Raw);
        Assert.True(view.Health.Raw > Amounts.Wad.One);

        await Fixture.Chain.IncreaseTimeAsync(3_600);
        await trader.RepayAsync(account, trader.Base("4000"));
        var afterPartial = await trader.GetAccountAsync(account);
        Assert.InRange(afterPartial.Debt.Raw, trader.Base("6000").Raw, trader.Base("6010").Raw);

        await trader.RepayAsync(account, null);
        Assert.Equal(BigInteger.Zero, (await trader.GetAccountAsync(account)).Debt.Raw);
        Assert.Equal(BigInteger.Zero, await new Contracts.MockERC20.MockERC20Service(trader.Web3, Deployment.BaseAsset).AllowanceQueryAsync(trader.Signer, Deployment.MarginVault));
        Assert.True((await trader.BalanceAsync("USDC")).Raw < trader.Base("100").Raw, "interest was paid");
    }

    [Fact]
    public async Task OperatorActsForOwnerAndStrangerIsUnauthorized()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "50000"));
        await lender.SupplyAsync(lender.Base("50000"));
        var owner = await Fixture.CreateActorAsync();
        var op = await Fixture.CreateActorAsync(("WETH", "5"));
        var account = AccountId.Cross(owner.Signer);

        var denied = await Assert.ThrowsAsync<MarginProtocolException<UnauthorizedError>>(() => op.DepositCollateralAsync(account, "WETH", op.Collateral("WETH", "5")));
        Assert.Equal(owner.Signer, denied.Error.Owner, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("may not act for", denied.Message, StringComparison.Ordinal);
        Assert.Contains("setOperator", denied.Message, StringComparison.Ordinal);

        await owner.SetOperatorAsync(op.Signer, true);
        await op.DepositCollateralAsync(account, "WETH", op.Collateral("WETH", "5"));
        await op.BorrowAsync(account, op.Base("1000"));
        Assert.Equal(op.Base("1000"), await op.BalanceAsync("USDC"));
        Assert.Equal(op.Collateral("WETH", "5"), (await owner.GetAccountAsync(account)).Collateral[0].Balance);

        await owner.SetOperatorAsync(op.Signer, false);
        await Assert.ThrowsAsync<MarginProtocolException<UnauthorizedError>>(() => op.BorrowAsync(account, op.Base("1")));
    }

    [Fact]
    public async Task LiquidateAfterPriceCrashWhileBreakerFreezesBorrows()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "100000"));
        await lender.SupplyAsync(lender.Base("100000"));
        var insurer = await Fixture.CreateActorAsync(("USDC", "20000"));
        await insurer.DepositInsuranceAsync(insurer.Base("20000"));
        var trader = await Fixture.CreateActorAsync(("WETH", "10"));
        var account = AccountId.Cross(trader.Signer);
        await trader.DepositCollateralAsync(account, "WETH", trader.Collateral("WETH", "10"));
        await trader.BorrowAsync(account, trader.Base("15000"));
        var liquidator = await Fixture.CreateActorAsync(("USDC", "50000"));

        var healthy = await Assert.ThrowsAsync<MarginProtocolException<HealthyAccountError>>(() => liquidator.LiquidateAsync(account, "WETH", liquidator.Base("15000")));
        Assert.Contains("not liquidatable", healthy.Message, StringComparison.Ordinal);
        Assert.Contains("1.13", healthy.Message, StringComparison.Ordinal); // 0.85 × 20000 / 15000 = 1.1333

        // -30% > maxDeviationBps (25%): the breaker freezes borrows and withdrawals, not liquidations.
        await Fixture.SetPriceAsync("WETH", 1400m);
        var frozen = await Assert.ThrowsAsync<MarginProtocolException<PriceFrozenError>>(() => trader.BorrowAsync(account, trader.Base("1")));
        Assert.Contains("circuit-breaker", frozen.Message, StringComparison.Ordinal);
        var before = await liquidator.GetAccountAsync(account);
        Assert.True(before.IsLiquidatable);

        var result = await liquidator.LiquidateAsync(account, "WETH", liquidator.Base("15000"));
        Assert.True(result.Repaid.Raw > 0);
        Assert.True(result.Seized.Raw > 0);
        Assert.True(result.HealthBefore.Raw < Amounts.Wad.One);
        Assert.Equal(result.Seized, await liquidator.BalanceAsync("WETH"));
        var after = await liquidator.GetAccountAsync(account);
        Assert.True(after.Debt.Raw < before.Debt.Raw);

        // After the cool-off and a calm round, borrowing is no longer frozen (it fails on margin, if at all).
        await Fixture.Chain.IncreaseTimeAsync(3_601);
        await Fixture.SetPriceAsync("WETH", 1400m);
        var ex = await Record.ExceptionAsync(() => trader.BorrowAsync(account, trader.Base("1")));
        Assert.True(ex is null or MarginProtocolException<InsufficientMarginError> or MarginProtocolException<HealthyAccountError>, ex?.Message);
    }

    [Fact]
    public async Task InsuranceDepositRequestCooldownWindowWithdraw()
    {
        var insurer = await Fixture.CreateActorAsync(("USDC", "10000"));
        await insurer.DepositInsuranceAsync(insurer.Base("10000"));
        var shares = await insurer.Insurance.BalanceOfQueryAsync(insurer.Signer);
        Assert.True(shares > 0);

        var noRequest = await Assert.ThrowsAsync<MarginProtocolException<WithdrawWindowClosedError>>(() => insurer.WithdrawInsuranceAsync(insurer.Base("1")));
        Assert.Contains("request a withdrawal first", noRequest.Message, StringComparison.Ordinal);

        await insurer.RequestInsuranceWithdrawalAsync(shares / 2);
        var early = await Assert.ThrowsAsync<MarginProtocolException<WithdrawWindowClosedError>>(() => insurer.WithdrawInsuranceAsync(insurer.Base("5000")));
        Assert.True(early.Error.OpensAt > 0);
        Assert.Equal(early.Error.OpensAt + 172_800, early.Error.ClosesAt);

        await Fixture.Chain.IncreaseTimeAsync(604_800 + 1);
        await insurer.WithdrawInsuranceAsync(insurer.Base("5000"));
        Assert.Equal(insurer.Base("5000"), await insurer.BalanceAsync("USDC"));

        // Past the window the request lapses.
        await Fixture.Chain.IncreaseTimeAsync(172_800 + 1);
        await Assert.ThrowsAsync<MarginProtocolException<WithdrawWindowClosedError>>(() => insurer.WithdrawInsuranceAsync(insurer.Base("1")));
    }
}
