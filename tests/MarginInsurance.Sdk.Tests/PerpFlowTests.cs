using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Perps;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// The perps SDK end to end on the node (issue 19): margin in, open / increase / reduce / close through perp(bytes), the
/// positions view against hand-computed §13 values, the Core liquidation price against the chain's own health, margin out.
/// Expected numbers are worked by hand from docs/protocol.md §13 and deploy/local.json's ETH-PERP (IMF 5 %, MMF 3 %,
/// taker 5 bps, skew scale 1,000,000 ETH, PnL weight 80 %).
/// </summary>
public sealed class PerpFlowTests(ChainFixture fixture) : ChainTest(fixture)
{
    private async Task<MarginClient> LiquidityAsync()
    {
        var lp = await Fixture.CreateActorAsync(("USDC", "1000000"));
        await lp.DepositLiquidityAsync(lp.Base("1000000"));
        return lp;
    }

    [Fact]
    public async Task OpenIncreaseReduceCloseWithHandComputedFeesAndMargin()
    {
        await LiquidityAsync();
        var trader = await Fixture.CreateActorAsync(("USDC", "1000"));
        var account = AccountId.Isolated(trader.Signer, 1);
        await trader.TransferMarginAsync(account, trader.Base("1000"), MarginTransfer.Deposit);

        // Fee of a 2 ETH long on an empty book at 2,000: ⌈2 × 2,000 × 5 / 10⁴⌉ = 2 USDC + ⌈2 × 2 × 2,000 / (2 × 10⁶)⌉ = 0.004 USDC.
        var two = trader.PerpSize("ETH-PERP", "2");
        Assert.Equal(trader.Base("2.004"), await trader.QuoteTradeFeeAsync("ETH-PERP", PositionSide.Long, two));
        var open = await trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Long, two);
        Assert.Equal(trader.Base("2.004"), open.Fee);
        Assert.Equal((PositionSide.Long, "2"), (open.Side, open.Size.ToString()));
        Assert.Equal("2000", open.Price.ToString());

        var view = await trader.GetPositionsAsync(account);
        var p = Assert.Single(view.Positions);
        Assert.Equal(("ETH-PERP", PositionSide.Long, "2", "2000", "2000"), (p.Market, p.Side, p.Size.ToString(), p.EntryPrice.ToString(), p.Mark.ToString()));
        Assert.Equal(trader.Base("4000"), p.Notional);
        Assert.Equal(trader.Base("200"), p.InitialMargin);      // 4,000 × 5 %
        Assert.Equal(trader.Base("120"), p.MaintenanceMargin);  // 4,000 × 3 %
        Assert.Equal(new SignedAmount(0, 6), p.UnrealizedPnl);
        Assert.Equal(new SignedAmount(997_996_000, 6), view.Cash);
        Assert.Equal(new SignedAmount(997_996_000, 6), view.Equity);
        Assert.Equal(997_996_000 * Wad.One / 120_000_000, view.Health.Raw);   // 8.3166…

        // Liquidation price (Core math): 997.996 + 2 (p − 2,000) − 0.06 p < 0 ⇔ p < 3,002.004 / 1.94 = 1,547.4247…
        Assert.Equal(PerpLiquidationPriceStatus.Price, p.LiquidationPrice.Status);
        var lp = p.LiquidationPrice.Price!.Value;
        Assert.InRange(lp.ToDouble(), 1547.4247, 1547.4248);
        // The chain agrees: its own health is below 1 just under that price and at least 1 just above (10⁻⁵ USDC: funding
        // accrued over the blocks the price moves take is one unit of USDC at most).
        var tick = BigInteger.Pow(10, 13); // 0.00001 in WAD
        await Fixture.SetPriceAsync("WETH", ToDecimal(lp.Wad - tick));
        Assert.True((await trader.GetPositionsAsync(account)).Health.Raw < Wad.One);
        Assert.Equal(PerpLiquidationPriceStatus.Now, (await trader.GetPositionsAsync(account)).Positions[0].LiquidationPrice.Status);
        await Fixture.SetPriceAsync("WETH", ToDecimal(lp.Wad + tick));
        Assert.True((await trader.GetPositionsAsync(account)).Health.Raw >= Wad.One);
        await Fixture.SetPriceAsync("WETH", 1800m); // back in two steps of < 25 %: the deviation breaker would freeze increases
        await Fixture.SetPriceAsync("WETH", 2000m);

        // Increase by 1 (fee 1 USDC + ⌈1 × (2·2 + 1) × 2,000 / 2e6⌉ = 0.005), reduce 0.5, close.
        var increased = await trader.IncreasePositionAsync(account, "ETH-PERP", trader.PerpSize("ETH-PERP", "1"));
        Assert.Equal(("3", trader.Base("1.005")), (increased.Size.ToString(), increased.Fee));
        var reduced = await trader.ReducePositionAsync(account, "ETH-PERP", trader.PerpSize("ETH-PERP", "0.5"));
        Assert.Equal(("2.5", trader.Base("0.5")), (reduced.Size.ToString(), reduced.Fee)); // reducing the skew: flat fee only
        var closed = await trader.ClosePositionAsync(account, "ETH-PERP");
        Assert.Equal((PositionSide.None, true), (closed.Side, closed.Size.IsZero));

        var after = await trader.GetPositionsAsync(account);
        Assert.Empty(after.Positions);
        var trades = new[] { open, increased, reduced, closed };
        var expectedCash = 1_000_000_000 - trades.Aggregate(BigInteger.Zero, (s, t) => s + t.Fee.Raw - t.RealizedPnl.Raw + t.FundingPaid.Raw);
        Assert.Equal(expectedCash, after.Cash.Raw);
        Assert.True(after.Health.IsInfinite);

        // Everything back out: the wallet gets the cash.
        await trader.TransferMarginAsync(account, new TokenAmount(expectedCash, 6), MarginTransfer.Withdraw);
        Assert.Equal(new TokenAmount(expectedCash, 6), await trader.BalanceAsync("USDC"));
        Assert.Equal(new SignedAmount(0, 6), (await trader.GetPositionsAsync(account)).Cash);
    }

    [Fact]
    public async Task SizesAreTypedByMarketAndSideChecksHappenBeforeSending()
    {
        var trader = await Fixture.CreateActorAsync(("USDC", "100"));
        var account = AccountId.Isolated(trader.Signer, 1);
        var btc = trader.PerpSize("BTC-PERP", "1");
        var wrong = await Assert.ThrowsAsync<ArgumentException>(() => trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Long, btc));
        Assert.Contains("size of BTC-PERP, not of ETH-PERP", wrong.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Long, trader.PerpSize("ETH-PERP", "0")));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.None, trader.PerpSize("ETH-PERP", "1")));
        var none = await Assert.ThrowsAsync<InvalidOperationException>(() => trader.ClosePositionAsync(account, "ETH-PERP"));
        Assert.Contains("holds no ETH-PERP position", none.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => trader.OpenPositionAsync(account, "ETH-PERP", PositionSide.Long, trader.PerpSize("ETH-PERP", "1"), maxFee: trader.Collateral("WETH", "1")));
        await Assert.ThrowsAsync<ArgumentException>(() => trader.TransferMarginAsync(account, trader.Collateral("WETH", "1"), MarginTransfer.Deposit));
        var unknown = Assert.Throws<Deployments.UnknownPerpMarketException>(() => trader.PerpSize("DOGE-PERP", "1"));
        Assert.Contains("ETH-PERP, BTC-PERP, LINK-PERP", unknown.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => trader.PerpSize("ETH-PERP", "1.0000000000000000001"));
        Assert.Equal(0, await trader.Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(trader.Signer).ContinueWith(t => (int)t.Result.Value));
    }

    [Fact]
    public async Task LiquidityVaultDepositRequestAndWithdrawInsideTheWindow()
    {
        var lp = await LiquidityAsync();
        var shares = await lp.LiquidityVault.BalanceOfQueryAsync(lp.Signer);
        Assert.True(shares > 0);
        Assert.Equal(lp.Base("1000000").Raw, await lp.LiquidityVault.TotalAssetsQueryAsync());
        await lp.RequestLiquidityWithdrawalAsync(shares / 2);
        var early = await Assert.ThrowsAnyAsync<Errors.MarginProtocolException>(() => lp.WithdrawLiquidityAsync(lp.Base("1000")));
        Assert.Equal("WithdrawWindowClosed", early.ErrorName);
        Assert.Contains("perp liquidity vault are possible only between", early.Message, StringComparison.Ordinal);
        await Fixture.Chain.IncreaseTimeAsync(604_800 + 60);
        await Fixture.RefreshPricesAsync();
        await lp.WithdrawLiquidityAsync(lp.Base("1000"));
        Assert.Equal(lp.Base("1000"), await lp.BalanceAsync("USDC"));
    }

    internal static decimal ToDecimal(BigInteger wad) => decimal.Round((decimal)(wad / BigInteger.Pow(10, 10)) / 100_000_000m, 8, MidpointRounding.ToZero);
}
