using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Perps;

namespace MarginInsurance.Samples.ConsoleApp;

/// <summary>
/// The perpetual-futures flow (docs/sdk.md, "Perpetual futures"): margin into an isolated account, a 2 ETH long on
/// ETH-PERP, the position read back (entry, mark, PnL, funding, margin used, liquidation price), an over-sized open
/// rejected, the position closed and the margin withdrawn.
/// </summary>
internal static class PerpFlow
{
    public static async Task RunAsync(MarginClient client, CancellationToken ct)
    {
        var d = client.Deployment;
        if (d.PerpMarkets.Count == 0)
        {
            Console.WriteLine("\nthis deployment has no perp markets; skipping the perps flow");
            return;
        }

        Console.WriteLine($"\nperps: {string.Join(", ", d.PerpMarkets.Select(m => m.Symbol))}, liquidity vault {d.PerpLiquidityVault}");

        // The liquidity vault is the counterparty of the net open interest; give it capital if it has little.
        // (The net open interest is capped at a share of its capital: 50 % in deploy/local.json.)
        if (await client.LiquidityVault.TotalAssetsQueryAsync() < client.Base("50000").Raw)
        {
            await client.DepositLiquidityAsync(client.Base("50000"), ct);
            Console.WriteLine($"deposited 50000 {d.BaseSymbol} into the liquidity vault");
        }

        // An isolated account holds one instrument: here ETH-PERP, backed by 1000 USDC of perp cash.
        var account = AccountId.Isolated(client.Signer, 2);
        await client.TransferMarginAsync(account, client.Base("1000"), MarginTransfer.Deposit, cancellationToken: ct);

        var size = client.PerpSize("ETH-PERP", "2");
        var quote = await client.QuoteTradeFeeAsync("ETH-PERP", PositionSide.Long, size, ct);
        var open = await client.OpenPositionAsync(account, "ETH-PERP", PositionSide.Long, size, maxFee: quote, cancellationToken: ct);
        Console.WriteLine($"opened {open.Side} {open.Size.Format()} at {open.Price.Format(d.BaseSymbol)}, fee {open.Fee.Format(d.BaseSymbol, 6)}");

        Print(await client.GetPositionsAsync(account, cancellationToken: ct), d.BaseSymbol);

        // Growing the position to 11 ETH (22,000 USDC of notional, IM 1,100) on 998 USDC of equity is rejected with
        // InsufficientPerpMargin.
        try
        {
            await client.IncreasePositionAsync(account, "ETH-PERP", client.PerpSize("ETH-PERP", "9"), cancellationToken: ct);
            throw new InvalidOperationException("the over-sized increase was accepted; the vault should have rejected it");
        }
        catch (MarginProtocolException<InsufficientPerpMarginError> e)
        {
            Console.WriteLine($"rejected as expected ({e.ErrorName}): {e.Message}");
        }

        var closed = await client.ClosePositionAsync(account, "ETH-PERP", cancellationToken: ct);
        Console.WriteLine($"closed at {closed.Price.Format(d.BaseSymbol)}: realized {closed.RealizedPnl.Format(d.BaseSymbol)}, fee {closed.Fee.Format(d.BaseSymbol, 6)}, funding {closed.FundingPaid.Format(d.BaseSymbol, 6)}");
        var after = await client.GetPositionsAsync(account, cancellationToken: ct);
        await client.TransferMarginAsync(account, after.Cash.Abs, MarginTransfer.Withdraw, cancellationToken: ct);
        Console.WriteLine($"withdrew the account's {after.Cash.Format(d.BaseSymbol, 6)} of perp cash");
    }

    private static void Print(PerpAccountView view, string baseSymbol)
    {
        Console.WriteLine($"{view.Account} at block {view.Block} ({view.At:u})");
        Console.WriteLine($"  cash {view.Cash.Format(baseSymbol)}, equity {view.Equity.Format(baseSymbol)}, health {view.Health}, initial health {view.InitialHealth}");
        foreach (var p in view.Positions)
        {
            var liquidation = p.LiquidationPrice.Status switch
            {
                PerpLiquidationPriceStatus.Price => $"{p.LiquidationPrice.Price!.Value.Format(baseSymbol)} (Core math)",
                PerpLiquidationPriceStatus.Now => "liquidatable now",
                _ => "none",
            };
            Console.WriteLine($"  {p.Market} {p.Side} {p.Size.Format()}: entry {p.EntryPrice.Format(baseSymbol)}, mark {p.Mark.Format(baseSymbol)}, " +
                              $"uPnL {p.UnrealizedPnl.Format(baseSymbol)}, funding owed {p.FundingOwed.Format(baseSymbol, 6)}");
            Console.WriteLine($"    notional {p.Notional.Format(baseSymbol)}, margin used (IM) {p.InitialMargin.Format(baseSymbol)}, MM {p.MaintenanceMargin.Format(baseSymbol)}, liquidation price {liquidation}");
        }
    }
}
