using System.CommandLine;
using System.Numerics;
using MarginInsurance.DevTools.Commands;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.LocalChain;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Web3;
using Xunit.Abstractions;

namespace MarginInsurance.Dashboard.Tests;

/// <summary>
/// The operator's rehearsal on a node of their own: the protocol deployed to an already running node, then the CLI's
/// <c>local fund</c>, <c>local seed</c> and <c>local price</c> against it, and the real keeper on a fixed port
/// liquidating what the price move pushed under 1.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OperatorLoopTests(ITestOutputHelper output)
{
    private static Task<int> Cli(params string[] args) => new RootCommand { LocalCommands.Create() }.Parse(args).InvokeAsync();

    [Fact]
    public async Task FundSeedAndMoveAPriceOnAnExistingNodeThenTheKeeperLiquidates()
    {
        await using var node = await HardhatNode.StartAsync(); // "the operator's node"
        await using var deployed = await LocalProtocol.StartAsync(node.RpcUrl);
        var dir = Directory.CreateTempSubdirectory("mi-operator-loop-");
        try
        {
            var deployment = Path.Combine(dir.FullName, "localhost.json");
            deployed.Deployment.Save(deployment);
            var keeperKey = EthECKey.GenerateKey();
            var keeper = keeperKey.GetPublicAddress();
            var web3 = new Web3(node.RpcUrl);

            Assert.Equal(0, await Cli("local", "fund", keeper, "--eth", "3", "--base", "250000", "--rpc", node.RpcUrl, "--deployment", deployment));
            Assert.Equal(BigInteger.Pow(10, 18) * 3, (await web3.Eth.GetBalance.SendRequestAsync(keeper)).Value);
            Assert.Equal(deployed.ParseAmount("USDC", "250000"), await new MockERC20Service(web3, deployed.Deployment.BaseAsset).BalanceOfQueryAsync(keeper));

            Assert.Equal(0, await Cli("local", "seed", "--borrowers", "2", "--health", "1.1", "--rpc", node.RpcUrl, "--deployment", deployment));
            var healths = await deployed.Admin.GetHealthsAsync(await AccountsAsync(deployed));
            Assert.Equal(2, healths.Count);
            Assert.All(healths, h => Assert.InRange(h.Health.ToDouble(), 1.09, 1.11));

            var url = $"http://127.0.0.1:{MarginInsurance.LocalChain.FreeTcpPort.Next()}"; // a fixed port, as an operator would configure it
            using var process = KeeperProcess.Start(KeeperProcess.FindDll(RepositoryRoot.Find()), RepositoryRoot.Find(), node.RpcUrl, deployment, dir.FullName,
                keeperKey.GetPrivateKeyAsBytes().ToHex(true), url: url);
            await process.WaitReadyAsync(CancellationToken.None);
            Assert.Equal(url, process.Url);

            Assert.Equal(0, await Cli("local", "price", "WETH", "1700", "--rpc", node.RpcUrl, "--deployment", deployment));
            var deadline = DateTime.UtcNow.AddSeconds(60);
            var liquidated = 0;
            while (DateTime.UtcNow < deadline && liquidated < 2)
            {
                process.ThrowIfExited();
                await Task.Delay(500);
                liquidated = (await deployed.Admin.GetHealthsAsync(await AccountsAsync(deployed))).Count(h => h.Health.ToDouble() >= 1 || h.Debt.IsZero);
            }

            output.WriteLine(string.Join('\n', process.ReadLog().TakeLast(15)));
            Assert.Equal(2, liquidated);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The vault's accounts under the one discovery rule (<see cref="Sdk.Accounts.AccountDiscovery"/>).</summary>
    private static async Task<List<Sdk.Accounts.AccountId>> AccountsAsync(LocalProtocol p) =>
        [.. await Sdk.Accounts.AccountDiscovery.ReadAsync(p.Admin.Web3, p.Deployment.MarginVault,
            new Nethereum.RPC.Eth.DTOs.BlockParameter(new Nethereum.Hex.HexTypes.HexBigInteger(p.Deployment.DeploymentBlock)), Nethereum.RPC.Eth.DTOs.BlockParameter.CreateLatest())];

}
