using System.Numerics;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// deploy/local.json turned into a testnet-style config: the fixture's deployed tokens and feeds stand in for existing
/// contracts (<c>deployMock: false</c> with their addresses), deployed from a fresh funded key.
/// </summary>
internal static class ExistingContractsConfig
{
    /// <summary>The config (network <paramref name="network"/>) and a signer with ether for gas.</summary>
    public static async Task<(DeployConfig Config, Web3 Web3, string Deployer)> CreateAsync(ChainFixture fixture, string network)
    {
        var (local, _) = DeployConfig.Load(Path.Combine(MarginInsurance.RepositoryRoot.Find(), "deploy", "local.json"));
        DeploymentFile d = fixture.Deployment;
        var config = local with
        {
            Network = network,
            Base = local.Base with { DeployMock = false, Address = d.BaseAsset },
            Collaterals = local.Collaterals.Select(c => c with
            {
                Token = c.Token with { DeployMock = false, Address = d.Collateral(c.Token.Symbol).Token },
                Feed = c.Feed with { DeployMock = false, Address = d.Collateral(c.Token.Symbol).Feed },
            }).ToArray(),
        };
        var account = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), fixture.ChainId);
        await fixture.Chain.SetBalanceAsync(account.Address, BigInteger.Pow(10, 22));
        return (config, new Web3(account, fixture.RpcUrl), account.Address);
    }
}
