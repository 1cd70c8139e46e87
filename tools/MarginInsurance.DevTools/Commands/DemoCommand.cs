using System.CommandLine;
using System.Globalization;
using MarginInsurance.DevTools.Demo;
using Spectre.Console;

namespace MarginInsurance.DevTools.Commands;

/// <summary>The <c>demo</c> command: replay a real crash on a local Hardhat node.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var scenario = new Option<string>("--scenario") { Description = $"Crash window to replay: {string.Join(", ", DemoScenario.Names)}.", DefaultValueFactory = _ => "march-2020" };
        var borrowers = new Option<int>("--borrowers") { Description = "Number of borrowing accounts.", DefaultValueFactory = _ => 40 };
        var ci = new Option<bool>("--ci") { Description = "Short smoke-test run (12 borrowers, the 5 positions of the perpetuals smoke set)." };
        var perpTraders = new Option<int>("--perp-traders") { Description = "Number of leveraged perpetual positions (2× to 20×, longs and shorts, cross and isolated).", DefaultValueFactory = _ => 24 };
        var seed = new Option<int>("--seed") { Description = "Seed for position sizes and health levels.", DefaultValueFactory = _ => 7 };
        var keepOpen = new Option<bool>("--keep-open") { Description = "After the summary, leave the node, keeper and dashboard running until Ctrl+C." };
        var rpc = new Option<string?>("--rpc") { Description = "Use this development node (Hardhat or anvil, left running) instead of starting one; the protocol is deployed to it afresh." };
        var keeperUrl = new Option<string?>("--keeper-url") { Description = "Fixed URL of the keeper's /status, /metrics and dashboard (default: a free port), e.g. http://127.0.0.1:9464." };
        var command = new Command("demo", "Start a local Hardhat node (or use --rpc), deploy, open positions, start the keeper (with its dashboard) and replay a real crash.") { scenario, borrowers, perpTraders, ci, seed, keepOpen, rpc, keeperUrl };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(ci) ? 12 : parse.GetValue(borrowers);
            if (count is < 1 or > 2000)
            {
                AnsiConsole.MarkupLine("[red]--borrowers must be 1..2000[/]");
                return 2;
            }

            var perps = parse.GetValue(ci) ? 5 : parse.GetValue(perpTraders);
            if (perps is < 0 or > 500)
            {
                AnsiConsole.MarkupLine("[red]--perp-traders must be 0..500[/]");
                return 2;
            }

            CrashDemoSummary summary;
            try
            {
                summary = await new CrashDemo(new CrashDemoOptions(parse.GetValue(scenario)!, count, parse.GetValue(seed), parse.GetValue(keepOpen), RpcUrl: parse.GetValue(rpc), KeeperUrl: parse.GetValue(keeperUrl), PerpTraders: perps, PerpMix: parse.GetValue(ci) ? PerpMix.Smoke : PerpMix.Cycle))
                    .RunAsync(Print, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("[yellow]demo interrupted; node and keeper stopped[/]");
                return 130;
            }

            if (summary.PromiseBroken)
            {
                return 1;
            }

            return 0;
        });
        return command;
    }

    private static void Print(CrashDemoSummary s)
    {
        static string N(decimal v) => v.ToString("N2", CultureInfo.InvariantCulture);
        var table = new Table().Title("[bold]demo summary[/]").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("accounts (borrowers and perp traders)", s.Accounts.ToString(CultureInfo.InvariantCulture));
        table.AddRow("accounts liquidated (spot liquidate)", s.AccountsLiquidated.ToString(CultureInfo.InvariantCulture));
        table.AddRow("liquidations", s.Liquidations.ToString(CultureInfo.InvariantCulture));
        table.AddRow("  settled through the Uniswap pools", s.PoolLiquidations.ToString(CultureInfo.InvariantCulture));
        table.AddRow("keeper base inventory at start (USDC)", N(s.KeeperBaseInventory));
        table.AddRow("volume repaid (USDC)", N(s.VolumeRepaid));
        table.AddRow("insurance fees from bonuses (USDC)", N(s.InsuranceFees));
        table.AddRow("bad debt realized (USDC)", N(s.BadDebt));
        table.AddRow("insurance drawn (USDC)", N(s.InsuranceDrawn));
        table.AddRow("lenders' loss (USDC)", N(s.LendersLoss));
        table.AddRow("perpetual positions opened", s.PerpPositions.ToString(CultureInfo.InvariantCulture));
        table.AddRow("positions liquidated", s.PositionsLiquidated.ToString(CultureInfo.InvariantCulture));
        table.AddRow("insurance drawn for positions (USDC)", N(s.PerpInsuranceDrawn));
        table.AddRow("positions deleveraged", s.PositionsDeleveraged.ToString(CultureInfo.InvariantCulture));
        table.AddRow("liquidity vault PnL (USDC)", $"{s.LiquidityVaultPnl.ToString("+#,0.00;-#,0.00;0.00", CultureInfo.InvariantCulture)} ({s.LiquidityVaultReturn.ToString("+0.00%;-0.00%;0.00%", CultureInfo.InvariantCulture)} of {N(s.LiquidityVaultDeposit)})");
        table.AddRow("lenders' loss from perpetuals (USDC)", N(s.LendersPerpLoss));
        table.AddRow("base asset not conserved (USDC)", N(s.ConservationDifference));
        table.AddRow("peak market utilization", s.PeakUtilization.ToString("P1", CultureInfo.InvariantCulture));
        table.AddRow("liquidation gas (total)", s.GasUsed.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("margin calls raised / resolved", $"{s.MarginCallsRaised} / {s.MarginCallsResolved}");
        table.AddRow("risk add-ons posted", s.AddOnsPosted.ToString(CultureInfo.InvariantCulture));
        table.AddRow("circuit breaker trips", s.CircuitBreakerTrips.ToString(CultureInfo.InvariantCulture));
        table.AddRow("keeper gas spent (ETH)", s.KeeperGasEth.ToString("0.######", CultureInfo.InvariantCulture));
        table.AddRow("keeper est. profit (USDC)", N(s.KeeperProfit));
        table.AddRow("accounts left below health 1", s.LeftLiquidatable.ToString(CultureInfo.InvariantCulture));
        table.AddRow("run time", $"{s.Elapsed.TotalSeconds:F1} s");
        AnsiConsole.Write(table);
        if (s.PoolSales is { Count: > 0 } sales)
        {
            // the closing note's figures: gas of a swap-mode liquidation and the measured slippage at the demo's liquidation sizes
            var pools = new Table().Title("[bold]liquidations through the pools[/]").AddColumn("collateral")
                .AddColumn(new TableColumn("liquidations").RightAligned()).AddColumn(new TableColumn("sale at oracle price (USDC)").RightAligned())
                .AddColumn(new TableColumn("slippage vs oracle, fee incl. (bps) min / mean / max").RightAligned()).AddColumn(new TableColumn("gas per liquidation").RightAligned());
            foreach (var p in sales)
            {
                pools.AddRow(p.Collateral, p.Count.ToString(CultureInfo.InvariantCulture),
                    FormattableString.Invariant($"{p.MinSale:N0} – {p.MaxSale:N0}"),
                    FormattableString.Invariant($"{p.MinSlippageBps:F1} / {p.MeanSlippageBps:F1} / {p.MaxSlippageBps:F1}"),
                    FormattableString.Invariant($"{p.MinGas:N0} – {p.MaxGas:N0}"));
            }

            AnsiConsole.Write(pools);
        }

        if (s.LeftLiquidatable > 0)
        {
            AnsiConsole.MarkupLine($"[red]broken promise: {s.LeftLiquidatable} accounts were left below health 1 after the keeper had {CrashDemo.GraceBlocks} more blocks[/]");
        }

        if (s.LendersPerpLoss > 0)
        {
            AnsiConsole.MarkupLine($"[red]broken promise: spot lenders' supply fell by {N(s.LendersPerpLoss)} USDC beyond the spot bad debt socialized: lenders paid for perpetual losses[/]");
        }

        if (s.ConservationDifference != 0)
        {
            AnsiConsole.MarkupLine($"[red]broken promise: base asset not conserved: vault, liquidity vault, insurance, accounts and liquidators hold {N(s.ConservationDifference)} USDC more than their transfers explain[/]");
        }
    }
}
