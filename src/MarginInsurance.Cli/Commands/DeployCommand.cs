using System.CommandLine;
using MarginInsurance.LocalMocks;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Signing;
using Nethereum.Web3;
using Spectre.Console;

namespace MarginInsurance.Cli.Commands;

/// <summary>The <c>deploy</c> command: deploy the protocol through Nethereum from a JSON config.</summary>
public static class DeployCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var rpc = new Option<string>("--rpc") { Description = "JSON-RPC URL of the chain.", Required = true };
        var config = new Option<FileInfo>("--config") { Description = "Deploy configuration (e.g. deploy/local.json).", Required = true };
        var keystore = new Option<FileInfo?>("--keystore") { Description = "Encrypted keystore file; its password is read from $MARGIN_KEYSTORE_PASSWORD. Without it the key comes from $MARGIN_PRIVATE_KEY." };
        var network = new Option<string?>("--network") { Description = "Deployment name (default: the config's network); writes deployments/<network>.json." };
        var force = new Option<bool>("--force") { Description = "Overwrite a deployment file that belongs to another chain id." };
        var command = new Command("deploy", "Deploy, wire and verify the protocol; write deployments/<network>.json.") { rpc, config, keystore, network, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var (cfg, hash) = DeployConfig.Load(parse.GetValue(config)!.FullName);
                var name = parse.GetValue(network) ?? cfg.Network;
                var url = parse.GetValue(rpc)!;
                var chainId = (long)(await new Web3(url).Eth.ChainId.SendRequestAsync().ConfigureAwait(false)).Value;
                var account = parse.GetValue(keystore) is { } ks
                    ? AccountLoader.FromKeystore(ks.FullName, "MARGIN_KEYSTORE_PASSWORD", chainId)
                    : AccountLoader.FromEnvironment(chainId);
                var path = DeploymentFile.PathFor(DeploymentsFolder(), name);
                try
                {
                    ProtocolDeployer.CheckOverwrite(path, chainId, parse.GetValue(force));
                }
                catch (DeployConfigException ex)
                {
                    throw new DeployConfigException($"{ex.Message}: pass --network <another name>, or --force");
                }
                var web3 = new Web3(account, url);
                // A local config (deploy/local.json) may ask for mock tokens and feeds; pool liquidity comes from the
                // deployer's holdings, or is minted when every token of the config is a mock.
                var mocks = MockContracts.Needed(cfg) ? new MockContracts(web3) : null;
                var liquidity = MockTokenLiquidity.Serves(cfg) ? new MockTokenLiquidity(web3) : null;
                var deployment = await new ProtocolDeployer(web3, poolLiquidity: liquidity, mocks: mocks).DeployAsync(cfg with { Network = name }, hash, cancellationToken).ConfigureAwait(false);
                deployment.Save(path);
                AnsiConsole.MarkupLine($"[green]deployed and verified[/] on chain {deployment.ChainId}: vault {deployment.MarginVault} → {path}");
                if (deployment.PerpLiquidityVault is { } plv)
                {
                    AnsiConsole.MarkupLine($"perps: liquidity vault {plv}, markets {Markup.Escape(string.Join(", ", deployment.PerpMarkets.Select(m => $"{m.MarketId} {m.Symbol} ({m.Underlying})")))}");
                }

                return 0;
            }
            catch (Exception ex) when (ex is DeployConfigException or SigningKeyException or DeploymentFileException or ArgumentException)
            {
                AnsiConsole.MarkupLine($"[red]deploy failed:[/] {Markup.Escape(ex.Message)}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>The repository root when run inside the repository (dotnet run), else the current folder (installed tool).</summary>
    private static string DeploymentsFolder()
    {
        var here = Directory.GetCurrentDirectory();
        try
        {
            return RepositoryRoot.Find(here);
        }
        catch (DirectoryNotFoundException)
        {
            return here;
        }
    }
}
