using System.Numerics;
using MarginInsurance.Contracts.MockAggregator.ContractDefinition;
using MarginInsurance.Contracts.MockERC20.ContractDefinition;
using MarginInsurance.Sdk.Deploy;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.LocalMocks;

/// <summary>
/// The <see cref="IMockContractDeployer"/> of local chains: deploys <c>MockERC20</c> tokens and <c>MockAggregator</c>
/// feeds for the config entries marked <c>deployMock: true</c>.
/// </summary>
public sealed class MockContracts(IWeb3 web3) : IMockContractDeployer
{
    /// <inheritdoc />
    public Task<TransactionReceipt> DeployTokenAsync(string symbol, int decimals) =>
        web3.Eth.GetContractDeploymentHandler<MockERC20Deployment>().SendRequestAndWaitForReceiptAsync(
            new MockERC20Deployment { Name = $"Mock {symbol}", Symbol = symbol, Decimals = (byte)decimals });

    /// <inheritdoc />
    public Task<TransactionReceipt> DeployFeedAsync(int decimals, BigInteger initialAnswer) =>
        web3.Eth.GetContractDeploymentHandler<MockAggregatorDeployment>().SendRequestAndWaitForReceiptAsync(
            new MockAggregatorDeployment { Decimals = (byte)decimals, InitialAnswer = initialAnswer });

    /// <summary>Whether <paramref name="config"/> asks for any mock token or feed.</summary>
    public static bool Needed(DeployConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Base.DeployMock || config.Collaterals.Any(c => c.Token.DeployMock || c.Feed.DeployMock);
    }
}
