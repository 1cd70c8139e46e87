using System.Numerics;
using Nethereum.Web3;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>
/// The production <see cref="IPoolLiquiditySource"/>: the deployer must already hold the range tokens (read through
/// Nethereum's ERC-20 service); a shortfall is a <see cref="DeployConfigException"/> naming the pool and the fix.
/// </summary>
public sealed class DeployerHoldings(IWeb3 web3) : IPoolLiquiditySource
{
    /// <inheritdoc />
    public async Task ProvideAsync(string token, string holder, BigInteger amount, string where)
    {
        var held = await web3.Eth.ERC20.GetContractService(token).BalanceOfQueryAsync(holder).ConfigureAwait(false);
        if (held < amount)
        {
            throw new DeployConfigException(
                $"{where}.ranges: the deployer {holder} holds {held} raw units of {token} but the liquidity ranges need {amount}; send it the tokens first, or lower the ranges' values");
        }
    }
}
