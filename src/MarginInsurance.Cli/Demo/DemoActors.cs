using System.Numerics;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Cli.Demo;

/// <summary>Creates demo participants: fresh keys, funded with ether for gas and minted mock tokens.</summary>
internal sealed class DemoActors(string rpcUrl, DevChain chain, DeploymentFile deployment, MarginClient deployer)
{
    private static readonly BigInteger GasMoney = BigInteger.Pow(10, 21);

    /// <summary>A new funded participant holding <paramref name="mints"/> (symbol → human amount).</summary>
    public async Task<MarginClient> CreateAsync(IReadOnlyDictionary<string, string> mints, CancellationToken cancellationToken)
    {
        var key = EthECKey.GenerateKey();
        var account = new Account(key.GetPrivateKeyAsBytes(), deployment.ChainId);
        await chain.SetBalanceAsync(account.Address, GasMoney).ConfigureAwait(false);
        foreach (var (symbol, amount) in mints)
        {
            var isBase = symbol == deployment.BaseSymbol;
            var token = isBase ? deployment.BaseAsset : deployment.Collateral(symbol).Token;
            var raw = isBase ? deployer.Base(amount).Raw : deployer.Collateral(symbol, amount).Raw;
            await new Contracts.MockERC20.MockERC20Service(deployer.Web3, token)
                .MintRequestAndWaitForReceiptAsync(account.Address, raw).ConfigureAwait(false);
        }

        return await MarginClient.ConnectAsync(rpcUrl, account, deployment, cancellationToken).ConfigureAwait(false);
    }
}
