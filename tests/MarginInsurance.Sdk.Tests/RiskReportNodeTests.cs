using System.Numerics;
using MarginInsurance.Contracts.MockAggregator;
using MarginInsurance.Core;
using MarginInsurance.Core.Risk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Risk;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// Liquidation prices against the chain: the mock feed is moved to the Core liquidation answer and to one tick (one feed unit)
/// above it, and the vault's own <c>health</c> view must be below 1 at the first and at least 1 at the second, equal to the
/// Core figures to the wei. Accounts: cross (WETH in tier bracket 2 with a 300 bps add-on in force and a pending increase,
/// plus WBTC) and isolated (LINK in bracket 2 with a 400 bps add-on).
/// </summary>
public sealed class RiskReportNodeTests(ChainFixture fixture) : ChainTest(fixture)
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);

    [Fact]
    public async Task ChainHealthCrossesOneExactlyAtTheLiquidationPriceForCrossAndIsolatedAccounts()
    {
        var (trader, cross, isolated) = await SetUpAsync();

        var crossReport = await trader.GetRiskReportAsync(cross);
        var weth = await AssertCrossingAsync(trader, cross, crossReport, "WETH");
        // Hand-worked (debt 1,000,000 USDC, interest of a few seconds aside): WBTC (no add-on) counts 60,000 × 85% = 51,000, so
        // WETH must count 949,000 = 1,000,000 × 82% + (V − 1,000,000) × 77% → V = 1,167,532.47, price V / 700 = 1,667.9035 USDC.
        Assert.InRange((double)weth / 1e8, 1667.89, 1667.92);

        var isolatedReport = await trader.GetRiskReportAsync(isolated);
        var link = await AssertCrossingAsync(trader, isolated, isolatedReport, "LINK");
        // Hand-worked: 300,000 = 250,000 × 71% + (V − 250,000) × 61% → V = 450,819.67, price V / 40,000 = 11.2705 USDC.
        Assert.InRange((double)link / 1e8, 11.2704, 11.2706);

        // WBTC cannot liquidate the cross account: at the oracle's lowest accepted price (1 USDC) the chain says health ≥ 1.
        var wbtc = crossReport.Collateral.Single(c => c.Symbol == "WBTC");
        Assert.Equal(LiquidationPriceStatus.None, wbtc.LiquidationPrice.Status);
        var receipt = await Feed(Fixture.Admin, "WBTC").SetAnswerRequestAndWaitForReceiptAsync(100_000_000);
        Assert.True(await trader.Vault.HealthQueryAsync(cross.Owner, cross.SubId, new BlockParameter(receipt.BlockNumber)) >= Wad);
    }

    [Fact]
    public async Task ReportExplainsTiersAddOnsPendingCallAndHistoryAndWhatIfMatchesAChainLiquidation()
    {
        var (trader, cross, _) = await SetUpAsync();
        var report = await trader.GetRiskReportAsync(cross, keeperCalls: [new KeeperMarginCall(5, null, "below warning level", "1.0400")]);

        var weth = report.Collateral.Single(c => c.Symbol == "WETH").Requirement;
        Assert.Equal((8500, 8000, 2, 500, 300, 7700), (weth.LiquidationThresholdBps, weth.BorrowFactorBps, weth.Bracket, weth.BracketCutBps, weth.AddOnBps, weth.MarginalLiquidationThresholdBps));
        Assert.Equal(600, weth.Pending!.AddOnBps);
        // Hand-worked at 600 bps: WETH 1,000,000 × 79% + 400,000 × 74% = 1,086,000, WBTC 60,000 × 85% = 51,000 → 1.137 on a debt
        // of 1,000,000 grown by a day of interest at 2% + 10% × 26% utilization = 4.6% a year (× 1.000126) → health ≈ 1.13686.
        Assert.InRange(weth.Pending.HealthThen.ToDouble(), 1.1368, 1.1370);
        Assert.True(weth.Pending.EffectiveAt > report.At);
        Assert.Equal(1, report.Collateral.Single(c => c.Symbol == "WBTC").Requirement.Bracket);
        Assert.Equal(2, report.History.Count(e => e.Kind == RiskEventKind.OnChainMarginCall));
        Assert.Single(report.History, e => e.Kind == RiskEventKind.KeeperMarginCall);
        Assert.Equal(20 * 3, report.StressGrid.Count); // 20 grid levels × (WETH, WBTC, ALL)
        Assert.Equal((false, 0), (report.Now!.Liquidatable, report.Now.Liquidations));

        // What-if WETH −20% against a real liquidation at that price: health 0.96 is above the deep threshold (0.95), so one
        // liquidation of half the debt restores health ≥ 1; the chain's repaid, seized, fee and health after must equal Core's.
        var liquidator = await Fixture.CreateActorAsync(("USDC", "2000000"));
        var wethToken = Deployment.Collateral("WETH").Token;
        var shock = new PriceShock(wethToken, -2000);
        var shocked = WhatIf.Apply(report.Input, [shock]).Answers[report.Input.Collateral.ToList().FindIndex(c => c.Asset.Equals(wethToken, StringComparison.OrdinalIgnoreCase))];
        await Feed(Fixture.Admin, "WETH").SetAnswerRequestAndWaitForReceiptAsync(shocked);
        var chain = await liquidator.LiquidateAsync(cross, "WETH", liquidator.Base("2000000"));
        // Neither the feed update nor the approval touches the vault: the report's stored state plus the liquidation block's time is exact.
        var receipt = await trader.Web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(chain.TransactionHash);
        var block = await trader.Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(receipt.BlockNumber);
        var whatIf = WhatIf.Apply(report.Input with { Timestamp = block.Timestamp.Value }, [shock]);
        Assert.True(whatIf.Snapshot.IsLiquidatable);
        Assert.Equal(1, whatIf.Outcome.Liquidations);
        Assert.Equal(whatIf.Outcome.Repaid, chain.Repaid.Raw);
        Assert.Equal(whatIf.Outcome.Seized.Single().Amount, chain.Seized.Raw);
        Assert.Equal(whatIf.Outcome.InsuranceFee, chain.InsuranceFee.Raw);
        Assert.Equal(whatIf.Outcome.HealthAfter, chain.HealthAfter.Raw);
        Assert.True(chain.BadDebt.IsZero && whatIf.Outcome.BadDebt.IsZero);
        var after = await trader.GetRiskReportAsync(cross);
        Assert.Single(after.History, e => e.Kind == RiskEventKind.Liquidation);
    }

    private async Task<BigInteger> AssertCrossingAsync(MarginClient trader, AccountId account, RiskReport report, string symbol)
    {
        var token = Deployment.Collateral(symbol).Token;
        var latest = await trader.Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest());
        var t = (long)latest.Timestamp.Value + 10;
        var price = LiquidationPrices.Compute(report.Input with { Timestamp = t }).Single(p => p.Asset.Equals(token, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(LiquidationPriceStatus.Price, price.Status);
        var answer = price.Answer!.Value;

        var snapshot = await Fixture.Chain.SnapshotAsync();
        var at = await ChainHealthAfterAsync(trader, account, symbol, answer, t);
        await Fixture.Chain.RevertAsync(snapshot);
        await ResyncAsync();
        snapshot = await Fixture.Chain.SnapshotAsync();
        var above = await ChainHealthAfterAsync(trader, account, symbol, answer + 1, t);
        await Fixture.Chain.RevertAsync(snapshot);
        await ResyncAsync();

        Assert.True(at < Wad, $"{symbol}: chain health {at} at answer {answer} should be below 1");
        Assert.True(above >= Wad, $"{symbol}: chain health {above} at answer {answer + 1} should be at least 1");
        Assert.Equal(price.HealthAt, at);
        Assert.Equal(price.HealthOneTickAbove, above);
        return answer;
    }

    private async Task<BigInteger> ChainHealthAfterAsync(MarginClient trader, AccountId account, string symbol, BigInteger answer, long timestamp)
    {
        await Fixture.Chain.SetNextBlockTimestampAsync(timestamp);
        var receipt = await Feed(Fixture.Admin, symbol).SetAnswerRequestAndWaitForReceiptAsync(answer);
        return await trader.Vault.HealthQueryAsync(account.Owner, account.SubId, new BlockParameter(receipt.BlockNumber));
    }

    private async Task ResyncAsync()
    {
        if (Fixture.DeployerAccount.NonceService is { } nonces) await nonces.ResetNonceAsync();
    }

    private MockAggregatorService Feed(MarginClient client, string symbol) => new(client.Web3, Deployment.Collateral(symbol).Feed);

    private async Task<(MarginClient Trader, AccountId Cross, AccountId Isolated)> SetUpAsync()
    {
        var lender = await Fixture.CreateActorAsync(("USDC", "5000000"));
        await lender.SupplyAsync(lender.Base("5000000"));
        var trader = await Fixture.CreateActorAsync(("WETH", "700"), ("WBTC", "1"), ("LINK", "40000"));
        var cross = AccountId.Cross(trader.Signer);
        var isolated = AccountId.Isolated(trader.Signer, 1);
        await trader.DepositCollateralAsync(cross, "WETH", trader.Collateral("WETH", "700"));
        await trader.DepositCollateralAsync(cross, "WBTC", trader.Collateral("WBTC", "1"));
        await trader.DepositCollateralAsync(isolated, "LINK", trader.Collateral("LINK", "40000"));

        // Add-ons: announced, then in force after the grace; prices re-posted (the heartbeat lapsed meanwhile).
        await Fixture.Admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(Deployment.Collateral("WETH").Token, 300);
        await Fixture.Admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(Deployment.Collateral("LINK").Token, 400);
        await Fixture.Chain.IncreaseTimeAsync(86_400 + 1);
        await Fixture.RefreshPricesAsync();

        await trader.BorrowAsync(cross, trader.Base("1000000"));
        await trader.BorrowAsync(isolated, trader.Base("300000"));
        // A further WETH increase, announced and pending (a margin call in grace).
        await Fixture.Admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(Deployment.Collateral("WETH").Token, 600);
        return (trader, cross, isolated);
    }
}
