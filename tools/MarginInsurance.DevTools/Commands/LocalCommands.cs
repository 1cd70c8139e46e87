using System.CommandLine;
using System.Globalization;
using System.Numerics;
using MarginInsurance.DevTools.Demo;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using Nethereum.JsonRpc.Client;
using Spectre.Console;

namespace MarginInsurance.DevTools.Commands;

/// <summary>
/// <c>local fund | seed | price</c>: the operator's rehearsal loop on a development node of their own (Hardhat or anvil)
/// where the protocol is deployed (<c>deploy</c>, or <c>demo --rpc … --keep-open</c>): fund a keeper with ether and base
/// asset, open borrowers at a chosen health, move a mock Chainlink price.
/// </summary>
public static class LocalCommands
{
    /// <summary>Builds the command group.</summary>
    public static Command Create()
    {
        var rpc = new Option<string>("--rpc") { Description = "JSON-RPC URL of the development node.", DefaultValueFactory = _ => "http://127.0.0.1:8545", Recursive = true };
        var deployment = new Option<string?>("--deployment") { Description = "Deployment file (default deployments/localhost.json).", Recursive = true };
        var group = new Command("local", "Rehearse on your own development node: fund a keeper, seed borrowers, move a mock price.") { rpc, deployment };

        var address = new Argument<string>("ADDRESS") { Description = "The keeper's address." };
        var eth = new Option<decimal>("--eth") { Description = "Ether balance to set (hardhat_setBalance).", DefaultValueFactory = _ => 10m };
        var baseAmount = new Option<string>("--base") { Description = "Base asset to mint to it (whole tokens).", DefaultValueFactory = _ => "1000000" };
        var fund = new Command("fund", "Give a keeper ether for gas and base-asset inventory for liquidations.") { address, eth, baseAmount };
        fund.SetAction((parse, ct) => Run(parse.GetValue(rpc)!, parse.GetValue(deployment), ct, async p =>
        {
            var who = Address.Require(parse.GetValue(address)!, "ADDRESS");
            await p.Chain.SetBalanceAsync(who, new BigInteger(parse.GetValue(eth) * 1_000_000m) * BigInteger.Pow(10, 12)).ConfigureAwait(false);
            var mint = p.Admin.Base(parse.GetValue(baseAmount)!);
            await p.MintAsync(who, p.Deployment.BaseSymbol, mint.Raw).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"funded keeper {who}: {new TokenAmount(new BigInteger(parse.GetValue(eth) * 1_000_000m) * BigInteger.Pow(10, 12), 18).Format("ETH", 4)} for gas, +{mint.Format(p.Deployment.BaseSymbol)} inventory");
        }));

        var borrowers = new Option<int>("--borrowers") { Description = "Accounts to open.", DefaultValueFactory = _ => 5 };
        var symbol = new Option<string>("--collateral") { Description = "Collateral symbol.", DefaultValueFactory = _ => "WETH" };
        var size = new Option<string>("--size") { Description = "Collateral per account (whole tokens).", DefaultValueFactory = _ => "10" };
        var health = new Option<double>("--health") { Description = "Health each account opens at (≥ 1.07 with the local config).", DefaultValueFactory = _ => 1.15 };
        var lend = new Option<string>("--supply") { Description = "Base asset a lender supplies first so there is something to borrow (0 = none).", DefaultValueFactory = _ => "5000000" };
        var seed = new Command("seed", "Open borrowers (cross accounts) at a chosen health.") { borrowers, symbol, size, health, lend };
        seed.SetAction((parse, ct) => Run(parse.GetValue(rpc)!, parse.GetValue(deployment), ct, async p =>
        {
            if (parse.GetValue(lend) is { } supply && supply != "0")
            {
                var lender = await p.CreateActorAsync((p.Deployment.BaseSymbol, supply)).ConfigureAwait(false);
                await lender.SupplyAsync(lender.Base(supply), ct).ConfigureAwait(false);
            }

            var asset = parse.GetValue(symbol)!;
            for (var i = 0; i < parse.GetValue(borrowers); i++)
            {
                var trader = await p.CreateActorAsync((asset, parse.GetValue(size)!)).ConfigureAwait(false);
                var account = new AccountId(trader.Signer, 0);
                await trader.DepositCollateralAsync(account, asset, trader.Collateral(asset, parse.GetValue(size)!), ct).ConfigureAwait(false);
                var borrowed = await Borrowers.BorrowToHealthAsync(trader, account, parse.GetValue(health), ct).ConfigureAwait(false);
                var view = await trader.GetAccountAsync(account, cancellationToken: ct).ConfigureAwait(false);
                AnsiConsole.MarkupLine($"{account}: {parse.GetValue(size)} {asset}, borrowed {borrowed.Format(p.Deployment.BaseSymbol)}, health {view.Health}");
            }
        }));

        var priceSymbol = new Argument<string>("SYMBOL") { Description = "Collateral whose mock feed to move (e.g. WETH)." };
        var price = new Argument<decimal>("PRICE") { Description = "New price in USD (e.g. 1700)." };
        var move = new Command("price", "Post a new answer on a collateral's mock Chainlink feed.") { priceSymbol, price };
        move.SetAction((parse, ct) => Run(parse.GetValue(rpc)!, parse.GetValue(deployment), ct, async p =>
        {
            var s = parse.GetValue(priceSymbol)!;
            await p.SetPriceAsync(s, parse.GetValue(price)).ConfigureAwait(false);
            AnsiConsole.MarkupLine($"{s} feed now {parse.GetValue(price).ToString("N2", CultureInfo.InvariantCulture)} USD (block {await p.Admin.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)})");
        }));

        group.Subcommands.Add(fund);
        group.Subcommands.Add(seed);
        group.Subcommands.Add(move);
        return group;
    }

    private static async Task<int> Run(string rpcUrl, string? deploymentPath, CancellationToken cancellationToken, Func<LocalProtocol, Task> action)
    {
        try
        {
            var path = deploymentPath ?? DeploymentFile.PathFor(RepositoryRoot.Find(Directory.GetCurrentDirectory()), "localhost");
            await using var protocol = await LocalProtocol.AttachAsync(rpcUrl, DeploymentFile.Load(path), cancellationToken).ConfigureAwait(false);
            await action(protocol).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is DeploymentFileException or ArgumentException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            AnsiConsole.MarkupLine($"[red]local:[/] {Markup.Escape(ex.Message)}");
            return 2;
        }
        catch (RpcClientUnknownException ex)
        {
            AnsiConsole.MarkupLine($"[red]local:[/] no node answers at --rpc {Markup.Escape(rpcUrl)} ({Markup.Escape(ex.Message)}); start it (npx hardhat node / anvil) or pass --rpc");
            return 1;
        }
    }
}
