using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.MockAggregator;
using MarginMath = MarginInsurance.Core.MarginMath;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Signing;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Web3;
using Spectre.Console;

namespace MarginInsurance.Cli.Demo;

/// <summary>Options of the demo run.</summary>
/// <param name="Scenario">Crash window to replay.</param>
/// <param name="Borrowers">Number of borrowing accounts.</param>
/// <param name="Seed">Seed for the borrowers' sizes and health levels.</param>
public sealed record CrashDemoOptions(string Scenario, int Borrowers, int Seed);

/// <summary>Totals of a demo run.</summary>
public sealed record CrashDemoSummary(
    int Accounts, int AccountsLiquidated, int Liquidations, decimal VolumeRepaid, decimal InsuranceFees,
    decimal BadDebt, decimal InsuranceDrawn, decimal LendersLoss, decimal PeakUtilization, BigInteger GasUsed,
    int LeftLiquidatable, TimeSpan Elapsed);

/// <summary>
/// The main job on a local Hardhat node: deploy, seed lenders, insurers and borrowers (cross and
/// isolated), replay a real crash through the mock Chainlink feeds, liquidate every account that
/// falls below health 1 and report what happened.
/// </summary>
public sealed class CrashDemo(CrashDemoOptions options)
{
    private readonly Random _random = new(options.Seed);

    /// <summary>Runs the demo; the summary's <c>LeftLiquidatable</c> must be 0.</summary>
    public async Task<CrashDemoSummary> RunAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var root = RepositoryRoot.Find();
        var scenario = DemoScenario.Load(options.Scenario, Path.Combine(root, "data", "prices"));
        AnsiConsole.MarkupLine($"[bold]MarginInsurance demo[/]: replaying [yellow]{scenario.Name}[/] ({scenario.Dates[0]:yyyy-MM-dd} .. {scenario.Dates[^1]:yyyy-MM-dd}) with {options.Borrowers} borrowers");

        await using var node = await HardhatNode.StartAsync(cancellationToken).ConfigureAwait(false);
        var chain = new DevChain(new Web3(node.RpcUrl).Client);
        AnsiConsole.MarkupLine($"local Hardhat node at {node.RpcUrl}");

        var deployerKey = EthECKey.GenerateKey();
        var deployerAccount = AccountLoader.FromPrivateKey(deployerKey.GetPrivateKeyAsBytes().ToHex(), 31337);
        await chain.SetBalanceAsync(deployerAccount.Address, BigInteger.Pow(10, 22)).ConfigureAwait(false);
        var (config, hash) = DeployConfig.Load(Path.Combine(root, "deploy", "local.json"));
        var deployment = await new ProtocolDeployer(new Web3(deployerAccount, node.RpcUrl)).DeployAsync(config, hash, cancellationToken).ConfigureAwait(false);
        deployment.Save(Path.Combine(root, "deployments", "localhost.json"));
        AnsiConsole.MarkupLine($"deployed: vault [grey]{deployment.MarginVault}[/], insurance [grey]{deployment.InsurancePool}[/] → deployments/localhost.json");

        var admin = await MarginClient.ConnectAsync(node.RpcUrl, deployerAccount, deployment, cancellationToken).ConfigureAwait(false);
        await SetPricesAsync(admin, scenario, 0).ConfigureAwait(false);
        // Moving the mocks from their deploy-time prices to the scenario's first close trips the circuit
        // breaker; let its cool-off pass, then post the first close again so positions open on a calm market.
        await chain.IncreaseTimeAsync(2 * 86_400).ConfigureAwait(false);
        await SetPricesAsync(admin, scenario, 0).ConfigureAwait(false);
        var actors = new DemoActors(node.RpcUrl, chain, deployment, admin);

        var lender = await actors.CreateAsync(new Dictionary<string, string> { ["USDC"] = "5000000" }, cancellationToken).ConfigureAwait(false);
        await lender.SupplyAsync(lender.Base("5000000"), cancellationToken).ConfigureAwait(false);
        var insurer = await actors.CreateAsync(new Dictionary<string, string> { ["USDC"] = "1500000" }, cancellationToken).ConfigureAwait(false);
        await insurer.DepositInsuranceAsync(insurer.Base("1500000"), cancellationToken).ConfigureAwait(false);
        var liquidator = await actors.CreateAsync(new Dictionary<string, string> { ["USDC"] = "50000000" }, cancellationToken).ConfigureAwait(false);

        var accounts = await SeedBorrowersAsync(actors, admin, scenario, cancellationToken).ConfigureAwait(false);
        var market = await admin.GetMarketAsync(cancellationToken).ConfigureAwait(false);
        AnsiConsole.MarkupLine($"seeded {accounts.Count} accounts: supply {market.TotalSupply} USDC, borrows {market.TotalBorrows} USDC, insurance {market.InsuranceAssets} USDC");

        var results = new List<LiquidationResult>();
        var liquidated = new HashSet<AccountId>();
        var peakUtilization = market.Utilization.ToDouble();
        for (var day = 1; day < scenario.Dates.Count; day++)
        {
            await chain.IncreaseTimeAsync(86_400).ConfigureAwait(false);
            await SetPricesAsync(admin, scenario, day).ConfigureAwait(false);
            var prices = string.Join("  ", scenario.Prices.Select(p => $"{p.Key} {p.Value[day].ToString("N2", CultureInfo.InvariantCulture)} ({Change(p.Value, day)})"));
            AnsiConsole.MarkupLine($"\n[bold]{scenario.Dates[day]:yyyy-MM-dd}[/]  {prices}");
            foreach (var symbol in scenario.Prices.Keys)
            {
                var frozen = await admin.Oracle.FrozenUntilQueryAsync(deployment.Collateral(symbol).Token).ConfigureAwait(false);
                if (frozen > 0)
                {
                    AnsiConsole.MarkupLine($"  [orange1]circuit breaker[/]: {symbol} moved beyond its deviation limit; borrows/withdrawals frozen until {DateTimeOffset.FromUnixTimeSeconds((long)frozen):HH:mm:ss} (liquidations continue)");
                }
            }

            await LiquidateAllAsync(liquidator, accounts, results, liquidated, cancellationToken).ConfigureAwait(false);
            market = await admin.GetMarketAsync(cancellationToken).ConfigureAwait(false);
            peakUtilization = Math.Max(peakUtilization, market.Utilization.ToDouble());
        }

        var finalHealths = await admin.GetHealthsAsync(accounts, cancellationToken: cancellationToken).ConfigureAwait(false);
        var left = finalHealths.Count(h => h.Health.Raw < Wad.One && !h.Debt.IsZero);
        decimal Base(IEnumerable<TokenAmount> xs) => decimal.Parse(xs.Aggregate(TokenAmount.Zero(deployment.BaseDecimals), (a, b) => a + b).ToString(), CultureInfo.InvariantCulture);
        return new CrashDemoSummary(
            accounts.Count, liquidated.Count, results.Count,
            Base(results.Select(r => r.Repaid)), Base(results.Select(r => r.InsuranceFee)),
            Base(results.Select(r => r.BadDebt)), Base(results.Select(r => r.CoveredByInsurance)), Base(results.Select(r => r.Socialized)),
            (decimal)peakUtilization, results.Aggregate(BigInteger.Zero, (a, r) => a + r.GasUsed), left, clock.Elapsed);
    }

    private async Task<List<AccountId>> SeedBorrowersAsync(DemoActors actors, MarginClient admin, DemoScenario scenario, CancellationToken cancellationToken)
    {
        var accounts = new List<AccountId>();
        await AnsiConsole.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask("opening positions", maxValue: options.Borrowers);
            for (var i = 0; i < options.Borrowers; i++)
            {
                var usd = 5_000 + (_random.NextDouble() * 195_000);
                var kind = i % 4;
                var (symbol, subId) = kind switch { 0 => ("WETH", 0), 1 => ("WETH", 1), 2 => ("WBTC", 1), _ => ("LINK", 2) };
                var qty = Quantity(usd, scenario.Prices[symbol][0], admin.Deployment.Collateral(symbol).Decimals);
                var mints = new Dictionary<string, string> { [symbol] = qty, ["USDC"] = "1000" };
                string? second = null;
                if (kind == 0)
                {
                    second = Quantity(usd / 2, scenario.Prices["WBTC"][0], 8);
                    mints["WBTC"] = second;
                }

                var trader = await actors.CreateAsync(mints, cancellationToken).ConfigureAwait(false);
                var account = new AccountId(trader.Signer, subId);
                await trader.DepositCollateralAsync(account, symbol, trader.Collateral(symbol, qty), cancellationToken).ConfigureAwait(false);
                if (second is not null)
                {
                    await trader.DepositCollateralAsync(account, "WBTC", trader.Collateral("WBTC", second), cancellationToken).ConfigureAwait(false);
                }

                // Spread health between 1.07 (the most a borrow factor of 0.80 against a threshold of 0.85 allows is 1.0625) and 1.9.
                var view = await trader.GetAccountAsync(account, cancellationToken: cancellationToken).ConfigureAwait(false);
                var targetHealth = 1.07 + (_random.NextDouble() * 0.83);
                var byHealth = view.LiquidationCapacity.Raw * 1000 / (BigInteger)(targetHealth * 1000);
                var borrow = BigInteger.Min(byHealth, view.BorrowCapacity.Raw * 999 / 1000);
                await trader.BorrowAsync(account, new TokenAmount(borrow, admin.Deployment.BaseDecimals), cancellationToken: cancellationToken).ConfigureAwait(false);
                accounts.Add(account);
                task.Increment(1);
            }
        }).ConfigureAwait(false);
        return accounts;
    }

    private static async Task LiquidateAllAsync(MarginClient liquidator, IReadOnlyList<AccountId> accounts, List<LiquidationResult> results, HashSet<AccountId> liquidated, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 10; round++)
        {
            var healths = await liquidator.GetHealthsAsync(accounts, cancellationToken: cancellationToken).ConfigureAwait(false);
            var underwater = healths.Where(h => h.Health.Raw < Wad.One && !h.Debt.IsZero).OrderBy(h => h.Health.Raw).ToList();
            if (underwater.Count == 0)
            {
                if (round == 0)
                {
                    AnsiConsole.MarkupLine("  every account is above health 1");
                }

                return;
            }

            foreach (var target in underwater)
            {
                var view = await liquidator.GetAccountAsync(target.Account, cancellationToken: cancellationToken).ConfigureAwait(false);
                var largest = view.Collateral.Where(c => !c.Balance.IsZero).OrderByDescending(c => c.Value.Raw).FirstOrDefault();
                if (largest is null)
                {
                    continue;
                }

                try
                {
                    var r = await liquidator.LiquidateAsync(target.Account, largest.Symbol, view.Debt, cancellationToken).ConfigureAwait(false);
                    results.Add(r);
                    liquidated.Add(target.Account);
                    var seizedValue = MarginMath.CollateralValue(r.Seized.Raw, largest.PriceWad, r.Seized.Decimals, r.Repaid.Decimals);
                    var bonus = new TokenAmount(BigInteger.Max(seizedValue - r.Repaid.Raw, 0), r.Repaid.Decimals);
                    var bad = r.BadDebt.IsZero ? string.Empty : $"  [red]bad debt {r.BadDebt} (insurance {r.CoveredByInsurance}, lenders {r.Socialized})[/]";
                    AnsiConsole.MarkupLine(
                        $"  [green]liquidated[/] {Short(target.Account)} health {r.HealthBefore} → {r.HealthAfter}: repaid {r.Repaid} USDC, seized {r.Seized} {largest.Symbol}, bonus {bonus} USDC, insurance fee {r.InsuranceFee} USDC, gas {r.GasUsed}{bad}");
                }
                catch (MarginProtocolException ex)
                {
                    AnsiConsole.MarkupLine($"  [yellow]skipped[/] {Short(target.Account)}: {Markup.Escape(ex.Message)}");
                }
            }
        }
    }

    private static async Task SetPricesAsync(MarginClient admin, DemoScenario scenario, int day)
    {
        foreach (var (symbol, prices) in scenario.Prices)
        {
            var feed = new MockAggregatorService(admin.Web3, admin.Deployment.Collateral(symbol).Feed);
            var answer = new BigInteger(Math.Round(prices[day] * 1e8));
            await feed.SetAnswerRequestAndWaitForReceiptAsync(answer).ConfigureAwait(false);
        }
    }

    private static string Quantity(double usd, double price, int decimals) =>
        Math.Round(usd / price, Math.Min(decimals, 6)).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Change(IReadOnlyList<double> prices, int day)
    {
        var change = (prices[day] / prices[day - 1]) - 1;
        var text = change.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture);
        return change < -0.1 ? $"[red]{text}[/]" : text;
    }

    private static string Short(AccountId account) => $"{account.Owner[..8]}…/{account.SubId}";
}
