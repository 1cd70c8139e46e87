using System.Numerics;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Errors;
using Nethereum.Web3;

namespace MarginInsurance.LocalMocks;

/// <summary>
/// The <see cref="IPoolLiquiditySource"/> of local chains whose tokens are <c>MockERC20</c> (public <c>mint</c>): mints the
/// range tokens to the deployer. Never for real tokens: their <c>mint</c> does not exist or is not the deployer's to call.
/// </summary>
public sealed class MockTokenLiquidity(IWeb3 web3) : IPoolLiquiditySource
{
    /// <inheritdoc />
    public async Task ProvideAsync(string token, string holder, BigInteger amount, string where)
    {
        var receipt = await ProtocolErrors.Guard(() => new MockERC20Service(web3, token).MintRequestAndWaitForReceiptAsync(holder, amount)).ConfigureAwait(false);
        if (receipt.Status?.Value != 1)
        {
            throw new InvalidOperationException($"{where}: mint liquidity tokens (a local deploy needs mock tokens): transaction {receipt.TransactionHash} failed (status {receipt.Status?.Value})");
        }
    }

    /// <summary>Whether <paramref name="config"/> deploys every token itself as a mock, so that this source can mint them.</summary>
    public static bool Serves(DeployConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Base.DeployMock && config.Collaterals.All(c => c.Token.DeployMock);
    }
}
