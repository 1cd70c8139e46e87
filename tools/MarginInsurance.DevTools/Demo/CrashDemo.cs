using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MockAggregator;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Perps;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Spectre.Console;

namespace MarginInsurance.DevTools.Demo;

/// <summary>Options of the demo run.</summary>
/// <param name="Scenario">Crash window to replay.</param>
/// <param name="Borrowers">Number of borrowing accounts.</param>
/// <param name="Seed">Seed for the borrowers' sizes and health levels.</param>
/// <param name="KeepOpen">Leave node, keeper and dashboard running after the summary until Ctrl+C.</param>
/// <param name="KeeperBaseInventory">Base asset given to the keeper at start (default none: it liquidates in swap mode through the pools).</param>
/// <param name="AfterReplay">
/// Called after the replay and the summary, while node, keeper and dashboard are still up (where <paramref name="KeepOpen"/>
/// waits); e.g. a browser test of the live dashboard. Its exception ends the run (after stopping the keeper and the node).
/// </param>
/// <param name="RpcUrl">An existing development node to use (left running), instead of starting one.</param>
/// <param name="KeeperUrl">Fixed URL for the keeper's HTTP endpoints and dashboard, instead of a free port.</param>
/// <param name="PerpTraders">Number of leveraged perpetual positions (2× to 20×, longs and shorts, cross and isolated).</param>
/// <param name="PerpMix">Which positions: the smoke set or the full cycle.</param>
public sealed record CrashDemoOptions(
    string Scenario, int Borrowers, int Seed, bool KeepOpen = false, Func<DemoLiveContext, CancellationToken, Task>? AfterReplay = null,
    string? RpcUrl = null, string? KeeperUrl = null, string KeeperBaseInventory = "0", int PerpTraders = 5, PerpMix PerpMix = PerpMix.Smoke);

/// <summary>What is live at the end of a demo run: the keeper's dashboard, the node, the deployment and the borrowers' accounts.</summary>
/// <param name="DashboardUrl">The dashboard served by the keeper (ends with '/').</param>
/// <param name="RpcUrl">The local Hardhat node.</param>
/// <param name="Deployment">The deployed protocol.</param>
/// <param name="Accounts">The borrowing accounts seeded by the demo.</param>
/// <param name="KeeperAddress">The keeper's address.</param>
/// <param name="ReplayStartBlock">First block of the crash replay.</param>
public sealed record DemoLiveContext(
    string DashboardUrl, string RpcUrl, DeploymentFile Deployment, IReadOnlyList<AccountId> Accounts, string? KeeperAddress = null, long ReplayStartBlock = 0);

/// <summary>Totals of a demo run; liquidation figures are decoded from the vault's events. <c>Accounts</c> counts the
/// borrowers and the perp traders' accounts: spot liquidations also seize perp traders' collateral (§13.8).</summary>
public sealed record CrashDemoSummary(
    int Accounts, int AccountsLiquidated, int Liquidations, decimal VolumeRepaid, decimal InsuranceFees,
    decimal BadDebt, decimal InsuranceDrawn, decimal LendersLoss, decimal PeakUtilization, BigInteger GasUsed,
    int LeftLiquidatable, TimeSpan Elapsed,
    long MarginCallsRaised = 0, long MarginCallsResolved = 0, decimal KeeperGasEth = 0, decimal KeeperProfit = 0,
    long AddOnsPosted = 0, int CircuitBreakerTrips = 0, string? DashboardUrl = null,
    decimal KeeperBaseInventory = 0, int PoolLiquidations = 0, IReadOnlyList<PoolSaleStats>? PoolSales = null,
    int PerpPositions = 0, int PositionsLiquidated = 0, decimal PerpInsuranceDrawn = 0, int PositionsDeleveraged = 0,
    decimal LiquidityVaultDeposit = 0, decimal LiquidityVaultPnl = 0, decimal LendersPerpLoss = 0, decimal ConservationDifference = 0)
{
    /// <summary>The liquidity vault's PnL as a fraction of the LP's deposit.</summary>
    public decimal LiquidityVaultReturn => LiquidityVaultDeposit == 0 ? 0 : LiquidityVaultPnl / LiquidityVaultDeposit;

    /// <summary>Whether a promise broke: an account left below health 1, lenders paying for perpetual losses, or base asset not conserved.</summary>
    public bool PromiseBroken => LeftLiquidatable > 0 || LendersPerpLoss > 0 || ConservationDifference != 0;
}

/// <summary>
/// The main job on a local Hardhat node: deploy, seed lenders, insurers and borrowers (cross and isolated), start the
/// real keeper (<c>margin-keeper run</c>, serving the dashboard) as a child process, replay a real crash through the
/// mock Chainlink feeds and, after each day, wait until the keeper has caught up; the liquidations reported are the
/// chain's own Liquidate/BadDebtRealized events.
/// </summary>
public sealed class CrashDemo(CrashDemoOptions options)
{
    /// <summary>Blocks the keeper gets, once it stops moving, before an account left below health 1 counts as a broken promise.</summary>
    public const int GraceBlocks = 5;

    private static readonly TimeSpan CatchUpTimeout = TimeSpan.FromSeconds(60);
    private readonly Random _random = new(options.Seed);

    /// <summary>Runs the demo, hands the summary to <paramref name="report"/>; the summary's <c>LeftLiquidatable</c> must be 0.</summary>
    public async Task<CrashDemoSummary> RunAsync(Action<CrashDemoSummary> report, CancellationToken outerToken)
    {
        // Ctrl+C and SIGTERM cancel the run (instead of ending the process) so the finally blocks stop the keeper and the node.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(outerToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return await RunCoreAsync(report, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private async Task<CrashDemoSummary> RunCoreAsync(Action<CrashDemoSummary> report, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var root = RepositoryRoot.Find();
        var scenario = DemoScenario.Load(options.Scenario, Path.Combine(root, "data", "prices"));
        var keeperDll = KeeperProcess.FindDll(root);
        AnsiConsole.MarkupLine($"[bold]MarginInsurance demo[/]: replaying [yellow]{scenario.Name}[/] ({scenario.Dates[0]:yyyy-MM-dd} .. {scenario.Dates[^1]:yyyy-MM-dd}) with {options.Borrowers} borrowers and {options.PerpTraders} perpetual traders");

        await using var protocol = await LocalProtocol.StartAsync(options.RpcUrl, cancellationToken).ConfigureAwait(false);
        var chain = protocol.Chain;
        var deployment = protocol.Deployment;
        var admin = protocol.Admin;
        AnsiConsole.MarkupLine(options.RpcUrl is null ? $"local Hardhat node at {protocol.RpcUrl}" : $"your node at {protocol.RpcUrl} (left running)");
        var deploymentPath = Path.Combine(root, "deployments", "localhost.json");
        deployment.Save(deploymentPath);
        AnsiConsole.MarkupLine($"deployed: vault [grey]{deployment.MarginVault}[/], insurance [grey]{deployment.InsurancePool}[/] → deployments/localhost.json");

        await SetPricesAsync(admin, scenario, 0).ConfigureAwait(false);
        // Moving the mocks from their deploy-time prices to the scenario's first close trips the circuit
        // breaker; let its cool-off pass, then post the first close again so positions open on a calm market.
        await chain.IncreaseTimeAsync(2 * 86_400).ConfigureAwait(false);
        await SetPricesAsync(admin, scenario, 0).ConfigureAwait(false);
        var pools = new DemoMarket(admin);
        await pools.CenterAsync(scenario).ConfigureAwait(false);

        // The keeper: its own key, ether for gas and (only if asked) a base-asset inventory; without one it liquidates
        // in swap mode, repaying from the sale of the seized collateral in the pool.
        var keeperKey = EthECKey.GenerateKey();
        var keeperAddress = keeperKey.GetPublicAddress();
        await chain.SetBalanceAsync(keeperAddress, BigInteger.Pow(10, 22)).ConfigureAwait(false);
        var inventory = admin.Base(options.KeeperBaseInventory);
        if (!inventory.IsZero)
        {
            await new MockERC20Service(admin.Web3, deployment.BaseAsset).MintRequestAndWaitForReceiptAsync(keeperAddress, inventory.Raw).ConfigureAwait(false);
        }
        // The risk loop posts add-ons with its own RISK_ORACLE key, so its nonces never race the demo's price updates.
        var riskKey = EthECKey.GenerateKey();
        await chain.SetBalanceAsync(riskKey.GetPublicAddress(), BigInteger.Pow(10, 21)).ConfigureAwait(false);
        var vault = new MarginVaultService(admin.Web3, deployment.MarginVault);
        await vault.GrantRoleRequestAndWaitForReceiptAsync(await vault.RiskOracleRoleQueryAsync().ConfigureAwait(false), riskKey.GetPublicAddress()).ConfigureAwait(false);
        var stateDir = Directory.CreateTempSubdirectory("margin-demo-keeper-");
        const string riskKeyVariable = "MARGIN_DEMO_RISK_KEY";
        using var keeper = KeeperProcess.Start(
            keeperDll, root, protocol.RpcUrl, deploymentPath, stateDir.FullName, keeperKey.GetPrivateKeyAsBytes().ToHex(true),
            [
                "--Keeper:Risk:Enabled=true", "--Keeper:Risk:DryRun=false", "--Keeper:Risk:IntervalSeconds=2",
                "--Keeper:Risk:HistoryDays=60", "--Keeper:Risk:MinReturns=3", $"--Keeper:Risk:KeyVariable={riskKeyVariable}",
            ],
            new Dictionary<string, string> { [riskKeyVariable] = riskKey.GetPrivateKeyAsBytes().ToHex(true) },
            options.KeeperUrl);
        var keepLog = false;
        try
        {
            var lender = await protocol.CreateActorAsync(("USDC", "5000000")).ConfigureAwait(false);
            await lender.SupplyAsync(lender.Base("5000000"), cancellationToken).ConfigureAwait(false);
            var insurer = await protocol.CreateActorAsync(("USDC", "1500000")).ConfigureAwait(false);
            await insurer.DepositInsuranceAsync(insurer.Base("1500000"), cancellationToken).ConfigureAwait(false);

            var accounts = await SeedBorrowersAsync(protocol, scenario, cancellationToken).ConfigureAwait(false);
            var market = await admin.GetMarketAsync(cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"seeded {accounts.Count} accounts: supply {market.TotalSupply} USDC, borrows {market.TotalBorrows} USDC, insurance {market.InsuranceAssets} USDC");
            var holders = new List<string> { deployment.MarginVault, deployment.InsurancePool, lender.Signer, insurer.Signer, keeperAddress };
            holders.AddRange(accounts.Select(a => a.Owner));
            var perps = new List<PerpTrader>();
            var lvDeposit = BigInteger.Zero;
            if (options.PerpTraders > 0 && deployment.PerpLiquidityVault is { } liquidityVault)
            {
                var lp = await PerpTraders.FundLiquidityAsync(protocol, cancellationToken).ConfigureAwait(false);
                lvDeposit = lp.Base(PerpTraders.LiquidityDeposit).Raw;
                perps = await PerpTraders.OpenAsync(protocol, scenario, options.PerpTraders, options.PerpMix, _random, cancellationToken).ConfigureAwait(false);
                holders.AddRange([liquidityVault, lp.Signer, .. perps.Select(p => p.Account.Owner)]);
                var described = perps.GroupBy(p => p.Market).Select(g => $"{g.Key} {g.Count(p => p.Side == PositionSide.Long)} long / {g.Count(p => p.Side == PositionSide.Short)} short");
                AnsiConsole.MarkupLine($"liquidity vault funded with {lp.Base(PerpTraders.LiquidityDeposit).Format(deployment.BaseSymbol)}; {perps.Count} perpetual positions at {perps.Min(p => p.Leverage)}× to {perps.Max(p => p.Leverage)}× ({perps.Count(p => p.Isolated)} isolated, {perps.Count(p => !p.Isolated)} cross): {string.Join(", ", described)}");
            }

            var perpAccounts = perps.Select(p => p.Account).ToList();

            await keeper.WaitReadyAsync(cancellationToken).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"keeper [grey]{keeperAddress}[/] running with base inventory {inventory} {deployment.BaseSymbol} (log {Markup.Escape(keeper.LogPath)})");
            AnsiConsole.MarkupLine($"[bold]dashboard:[/] [link]{keeper.Url}/[/]   keeper status: {keeper.Url}/status   metrics: {keeper.Url}/metrics");
            await WaitForKeeperAsync(keeper, admin, accounts, perpAccounts, () => Task.CompletedTask, cancellationToken).ConfigureAwait(false);

            var events = new ChainEvents(admin, deployment);
            var perpEvents = new PerpEvents(admin);
            var conservation = new BaseConservation(admin, holders);
            await conservation.StartAsync().ConfigureAwait(false);
            var supplyStart = await vault.TotalSupplyAssetsQueryAsync().ConfigureAwait(false);
            var fromBlock = (long)(await admin.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value + 1;
            var replayStart = fromBlock;
            var peakUtilization = market.Utilization.ToDouble();
            var trips = 0;
            var left = 0;
            for (var day = 1; day < scenario.Dates.Count; day++)
            {
                await chain.IncreaseTimeAsync(86_400).ConfigureAwait(false);
                await SetPricesAsync(admin, scenario, day).ConfigureAwait(false);
                await pools.ArbitrageAsync(scenario, day).ConfigureAwait(false);
                var prices = string.Join("  ", scenario.Prices.Select(p => $"{p.Key} {p.Value[day].ToString("N2", CultureInfo.InvariantCulture)} ({Change(p.Value, day)})"));
                AnsiConsole.MarkupLine($"\n[bold]{scenario.Dates[day]:yyyy-MM-dd}[/]  {prices}");
                foreach (var symbol in scenario.Prices.Keys)
                {
                    var frozen = await admin.Oracle.FrozenUntilQueryAsync(deployment.Collateral(symbol).Token).ConfigureAwait(false);
                    if (frozen > 0)
                    {
                        trips++;
                        AnsiConsole.MarkupLine($"  [orange1]circuit breaker[/]: {symbol} moved beyond its deviation limit; borrows/withdrawals frozen until {DateTimeOffset.FromUnixTimeSeconds((long)frozen):HH:mm:ss} (liquidations continue)");
                    }
                }

                var today = day;
                left = await WaitForKeeperAsync(keeper, admin, accounts, perpAccounts, () => pools.ArbitrageAsync(scenario, today), cancellationToken).ConfigureAwait(false);
                var head = (long)(await admin.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
                var printed = await events.ReadAsync(fromBlock, head).ConfigureAwait(false);
                printed += await perpEvents.ReadAsync(fromBlock, head).ConfigureAwait(false);
                fromBlock = head + 1;
                if (printed == 0) AnsiConsole.MarkupLine("  no liquidation needed");
                if (keeper.Status is { } st)
                {
                    AnsiConsole.MarkupLine($"  [grey]keeper: block {st.LastScannedBlock}, margin calls open {st.OpenMarginCalls}, raised {st.MarginCallsRaised}, add-ons posted {st.AddOnsPosted}[/]");
                }

                market = await admin.GetMarketAsync(cancellationToken).ConfigureAwait(false);
                peakUtilization = Math.Max(peakUtilization, market.Utilization.ToDouble());
            }

            var s = keeper.Status ?? new KeeperSnapshot(0, 0, 0, 0, 0, 0, 0, 0, 0);
            var poolSales = await pools.PoolLiquidationsAsync(replayStart).ConfigureAwait(false);
            var r = events.Liquidations;
            var end = (long)(await admin.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
            var endBlock = new BlockParameter(new HexBigInteger(end));
            var supplyEnd = await vault.TotalSupplyAssetsQueryAsync(endBlock).ConfigureAwait(false);
            var spotSocialized = events.BadDebts.Aggregate(BigInteger.Zero, (a, b) => a + b.Socialized);
            var lendersPerpLoss = BigInteger.Max(BigInteger.Zero, supplyStart - spotSocialized - supplyEnd);
            var lvPnl = lvDeposit.IsZero ? BigInteger.Zero : await admin.LiquidityVault.TotalAssetsQueryAsync(endBlock).ConfigureAwait(false) - lvDeposit;
            var conserved = await conservation.DifferenceAsync(end).ConfigureAwait(false);
            decimal Signed(BigInteger x) => x.Sign < 0 ? -Base([-x]) : Base([x]);
            decimal Base(IEnumerable<BigInteger> xs) => decimal.Parse(new TokenAmount(xs.Aggregate(BigInteger.Zero, (a, b) => a + b), deployment.BaseDecimals).ToString(), CultureInfo.InvariantCulture);
            var summary = new CrashDemoSummary(
                accounts.Concat(perpAccounts).Select(a => (a.Owner.ToLowerInvariant(), a.SubId)).Distinct().Count(),
                r.Select(x => (x.Owner.ToLowerInvariant(), x.SubId)).Distinct().Count(), r.Count,
                Base(r.Select(x => x.Repaid)), Base(r.Select(x => x.Fee)),
                Base(events.BadDebts.Select(x => x.BadDebt)), Base(events.BadDebts.Select(x => x.Covered)), Base(events.BadDebts.Select(x => x.Socialized)),
                (decimal)peakUtilization, events.GasUsed, left, clock.Elapsed,
                s.MarginCallsRaised, s.MarginCallsResolved, s.GasSpentWei / 1_000_000_000_000_000_000m,
                Base([s.ProfitBaseUnits]), s.AddOnsPosted, trips, keeper.Url + "/",
                Base([inventory.Raw]), poolSales.Count, PoolSaleStats.Of(poolSales),
                perps.Count, perpEvents.Liquidations.Count, Base(perpEvents.Deficits.Select(x => x.Covered)), perpEvents.Deleveraged.Count,
                Base([lvDeposit]), Signed(lvPnl), Base([lendersPerpLoss]), Signed(conserved));
            keepLog = summary.PromiseBroken;
            report(summary);
            if (options.AfterReplay is { } afterReplay)
            {
                await afterReplay(new DemoLiveContext(keeper.Url + "/", protocol.RpcUrl, deployment, accounts, keeperAddress, replayStart), cancellationToken).ConfigureAwait(false);
            }

            if (options.KeepOpen)
            {
                AnsiConsole.MarkupLine($"[bold]--keep-open[/]: node {protocol.RpcUrl}, keeper and dashboard {keeper.Url}/ stay up; Ctrl+C to stop");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }

            return summary;
        }
        finally
        {
            keeper.Stop();
            try
            {
                if (keepLog) AnsiConsole.MarkupLine($"[red]keeper log kept for the broken promise:[/] {Markup.Escape(keeper.LogPath)}");
                else stateDir.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>
    /// Waits until the keeper has scanned the head, has nothing in flight and the chain shows no account with debt
    /// below health 1 (perp accounts by their unified health, positions included), running the pools' arbitrage step between polls. If it stalls, gives it <see cref="GraceBlocks"/> more blocks; returns the accounts still below 1.
    /// </summary>
    private static async Task<int> WaitForKeeperAsync(
        KeeperProcess keeper, MarginClient admin, IReadOnlyList<AccountId> accounts, IReadOnlyList<AccountId> perpAccounts, Func<Task> arbitrage, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + CatchUpTimeout;
        var graceGiven = false;
        while (true)
        {
            keeper.ThrowIfExited();
            var head = (long)(await admin.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
            var status = await keeper.PollAsync(cancellationToken).ConfigureAwait(false);
            var healths = await admin.GetHealthsAsync(accounts, new BlockParameter(new HexBigInteger(head)), cancellationToken).ConfigureAwait(false);
            var belowAccounts = healths.Where(h => h.Health.Raw < Wad.One && !h.Debt.IsZero).Select(h => h.Account).ToList();
            belowAccounts.AddRange(await PerpHealth.BelowOneAsync(admin, perpAccounts, new BlockParameter(new HexBigInteger(head))).ConfigureAwait(false));
            var below = belowAccounts.Count;
            if (status is { } s && s.LastScannedBlock >= head && s.InFlight == 0 && below == 0) return 0;
            if (DateTime.UtcNow > deadline)
            {
                if (graceGiven)
                {
                    AnsiConsole.MarkupLine($"  [red]{below} account(s) still below health 1 after {GraceBlocks} more blocks[/] (keeper at block {status?.LastScannedBlock}, head {head}): {string.Join(", ", belowAccounts.Select(Short))}");
                    return below;
                }

                graceGiven = true;
                deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
                await new DevChain(admin.Web3.Client).MineAsync(GraceBlocks).ConfigureAwait(false);
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            await arbitrage().ConfigureAwait(false); // arbitrageurs restore the pools after liquidations sold into them
        }
    }

    private async Task<List<AccountId>> SeedBorrowersAsync(LocalProtocol protocol, DemoScenario scenario, CancellationToken cancellationToken)
    {
        var admin = protocol.Admin;
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
                var mints = new List<(string Symbol, string Amount)> { (symbol, qty), ("USDC", "1000") };
                string? second = null;
                if (kind == 0)
                {
                    second = Quantity(usd / 2, scenario.Prices["WBTC"][0], 8);
                    mints.Add(("WBTC", second));
                }

                cancellationToken.ThrowIfCancellationRequested();
                var trader = await protocol.CreateActorAsync([.. mints]).ConfigureAwait(false);
                var account = new AccountId(trader.Signer, subId);
                await trader.DepositCollateralAsync(account, symbol, trader.Collateral(symbol, qty), cancellationToken).ConfigureAwait(false);
                if (second is not null)
                {
                    await trader.DepositCollateralAsync(account, "WBTC", trader.Collateral("WBTC", second), cancellationToken).ConfigureAwait(false);
                }

                // Spread health between 1.07 (the most a borrow factor of 0.80 against a threshold of 0.85 allows is 1.0625) and 1.9.
                await Borrowers.BorrowToHealthAsync(trader, account, 1.07 + (_random.NextDouble() * 0.83), cancellationToken).ConfigureAwait(false);
                accounts.Add(account);
                task.Increment(1);
            }
        }).ConfigureAwait(false);
        return accounts;
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
