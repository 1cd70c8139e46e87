using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Perps;

namespace MarginInsurance.Sdk.Tests;

/// <summary>Each perps custom error a caller can hit surfaces as a typed exception whose message names the market, the amounts and the fix.</summary>
public sealed class PerpErrorTests(ChainFixture fixture) : ChainTest(fixture)
{
    private async Task<(MarginClient Trader, AccountId Account)> TraderAsync(string cash, int subId = 1)
    {
        var lp = await Fixture.CreateActorAsync(("USDC", "1000000"));
        await lp.DepositLiquidityAsync(lp.Base("1000000"));
        var trader = await Fixture.CreateActorAsync(("USDC", cash));
        var account = new AccountId(trader.Signer, subId);
        await trader.TransferMarginAsync(account, trader.Base(cash), MarginTransfer.Deposit);
        return (trader, account);
    }

    private Task<T> Raw<T>(Func<Task<T>> call) => ProtocolErrors.Guard(call, new ErrorContext(Deployment));

    [Fact]
    public async Task TradeErrorsAreTypedWithTheNumbers()
    {
        var (trader, account) = await TraderAsync("100");
        // 2 ETH at 2,000 needs IM 200 USDC; the account has 100 − 2.004 of fee.
        var margin = await Assert.ThrowsAsync<MarginProtocolException<InsufficientPerpMarginError>>(
            () => trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Long, trader.PerpSize("ETH-PERP", "2")));
        Assert.Equal((97_996_000, 200_000_000), ((long)margin.Error.Numerator, (long)margin.Error.Requirement));
        Assert.Contains("equity 97.996 USDC below the initial requirement 200 USDC", margin.Message, StringComparison.Ordinal);
        Assert.Contains("deposit margin or trade less", margin.Message, StringComparison.Ordinal);

        var slippage = await Assert.ThrowsAsync<MarginProtocolException<SlippageExceededError>>(
            () => trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Short, trader.PerpSize("ETH-PERP", "1"), maxFee: trader.Base("0.5")));
        Assert.Equal(1_001_000, (long)slippage.Error.Fee); // 1 USDC flat + ⌈1 × 1 × 2,000 / 2e6⌉ = 0.001
        Assert.Contains("the trade fee 1.001 USDC exceeds the limit maxFee 0.5 USDC", slippage.Message, StringComparison.Ordinal);

        await trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Long, trader.PerpSize("ETH-PERP", "0.5"));
        var isolated = await Assert.ThrowsAsync<MarginProtocolException<IsolatedInstrumentMismatchError>>(
            () => trader.OpenPositionAsync(account, "LINK-PERP", PositionSide.Long, trader.PerpSize("LINK-PERP", "1")));
        Assert.Contains("use another subaccount", isolated.Message, StringComparison.Ordinal);
        var twice = await Assert.ThrowsAsync<InvalidOperationException>(
            () => trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Short, trader.PerpSize("ETH-PERP", "0.5")));
        Assert.Contains("already holds a long ETH-PERP position of 0.5", twice.Message, StringComparison.Ordinal);
        var tooMuch = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => trader.ReducePositionAsync(account, "ETH-PERP", trader.PerpSize("ETH-PERP", "0.6")));
        Assert.Contains("only 0.5", tooMuch.Message, StringComparison.Ordinal);

        // Reduce-only (GUARDIAN): increases refused naming the market, reductions go through.
        await PerpCall.SendAsync(Fixture.Admin.Vault, new SetPerpMarketStatusFunction { MarketId = 0, Status = 2 });
        var reduceOnly = await Assert.ThrowsAsync<MarginProtocolException<MarketReduceOnlyError>>(
            () => trader.IncreasePositionAsync(account, "ETH-PERP", trader.PerpSize("ETH-PERP", "0.1")));
        Assert.Contains("ETH-PERP (market 0) is reduce-only", reduceOnly.Message, StringComparison.Ordinal);
        await trader.ReducePositionAsync(account, "ETH-PERP", trader.PerpSize("ETH-PERP", "0.1"));

        // Delisted (ADMIN): no new position.
        await PerpCall.SendAsync(Fixture.Admin.Vault, new SetPerpMarketStatusFunction { MarketId = 2, Status = 3 });
        var other = new AccountId(trader.Signer, 2);
        var delisted = await Assert.ThrowsAsync<MarginProtocolException<MarketDelistedError>>(
            () => trader.OpenPositionAsync(other, "LINK-PERP", PositionSide.Long, trader.PerpSize("LINK-PERP", "1")));
        Assert.Contains("LINK-PERP (market 2) is delisted", delisted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CapsAndKeeperCallsAreTyped()
    {
        var (trader, account) = await TraderAsync("100000");
        // 10 BTC at 60,000 = 600,000 USDC of net notional, above 50 % of the vault's 1,000,000 USDC of capital.
        var cap = await Assert.ThrowsAsync<MarginProtocolException<OpenInterestCapExceededError>>(
            () => trader.OpenPositionAsync(account, "BTC-PERP", PositionSide.Long, trader.PerpSize("BTC-PERP", "10")));
        Assert.Equal(trader.Base("500000").Raw, cap.Error.Cap);
        Assert.Contains("BTC-PERP (market 1): open interest would reach", cap.Message, StringComparison.Ordinal);

        var vault = trader.Vault;
        var notListed = await Assert.ThrowsAsync<MarginProtocolException<PerpMarketNotListedError>>(() => Raw(() => PerpCall.SendAsync(vault,
            new ModifyPositionFunction { Owner = trader.Signer, SubId = 1, MarketId = 9, SizeDelta = 1, MaxFee = 0 })));
        Assert.Contains("market 9 is not listed", notListed.Message, StringComparison.Ordinal);

        var noDeficit = await Assert.ThrowsAsync<MarginProtocolException<NoDeficitError>>(() => Raw(() => PerpCall.SendAsync(vault,
            new DeleverageFunction { MarketId = 0, TargetOwner = trader.Signer, TargetSubId = 1, Owners = [], SubIds = [] })));
        Assert.Contains("ETH-PERP (market 0) has no uncovered deficit", noDeficit.Message, StringComparison.Ordinal);

        await trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Short, trader.PerpSize("ETH-PERP", "1"));
        var healthy = await Assert.ThrowsAsync<MarginProtocolException<HealthyAccountError>>(() => Raw(() => PerpCall.SendAsync(vault,
            new LiquidatePositionFunction { Owner = trader.Signer, SubId = 1, MarketId = 0, MaxCloseSize = 1 })));
        Assert.Contains("not liquidatable", healthy.Message, StringComparison.Ordinal);

        // A write sent to the view entry point.
        var unknown = await Assert.ThrowsAsync<MarginProtocolException<UnknownPerpCallError>>(() => Raw(() =>
            vault.PerpViewQueryAsync(new PerpViewFunction { Call = PerpCall.Encode(new TransferMarginFunction { Owner = trader.Signer, SubId = 1, Amount = 1, Receiver = trader.Signer }) })));
        Assert.Contains("is not a function of IPerpMarkets for this entry point", unknown.Message, StringComparison.Ordinal);

        // Withdrawing more cash than the initial margin allows.
        var withdraw = await Assert.ThrowsAsync<MarginProtocolException<InsufficientPerpMarginError>>(
            () => trader.TransferMarginAsync(account, trader.Base("99990"), MarginTransfer.Withdraw));
        Assert.Contains("below the initial requirement 100 USDC", withdraw.Message, StringComparison.Ordinal); // 2,000 × 5 %
    }
}
