using System.Numerics;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Signing;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Signer;
using Nethereum.Web3;

namespace MarginInsurance.Samples.ConsoleApp;

/// <summary>
/// Self-contained run: a Hardhat node of its own, a deployment from deploy/local.json, a fresh funded key.
/// Nothing is written to deployments/ and the node is killed at the end.
/// </summary>
internal static class LocalRun
{
    public static async Task RunAsync(CancellationToken ct)
    {
        var root = RepositoryRoot.Find();
        await using var node = await HardhatNode.StartAsync(ct);
        Console.WriteLine($"local Hardhat node at {node.RpcUrl}");
        var chain = new DevChain(new Web3(node.RpcUrl).Client);
        var chainId = (long)(await new Web3(node.RpcUrl).Eth.ChainId.SendRequestAsync()).Value;

        var deployer = NewFundedKey();
        await chain.SetBalanceAsync(deployer.Address, BigInteger.Pow(10, 22));
        var (config, hash) = DeployConfig.Load(Path.Combine(root, "deploy", "local.json"));
        var deployment = await new ProtocolDeployer(new Web3(deployer, node.RpcUrl)).DeployAsync(config, hash, ct);
        Console.WriteLine($"deployed deploy/local.json: vault {deployment.MarginVault}");

        var user = NewFundedKey();
        await chain.SetBalanceAsync(user.Address, BigInteger.Pow(10, 21));
        var client = await MarginClient.ConnectAsync(node.RpcUrl, user, deployment, ct);
        await SampleFlow.RunAsync(client, mintMocks: true, ct);

        Nethereum.Web3.Accounts.Account NewFundedKey() =>
            AccountLoader.FromPrivateKey(EthECKey.GenerateKey().GetPrivateKeyAsBytes().ToHex(), chainId, "generated key");
    }
}
