using System.Numerics;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>
/// Deploys the mock token and mock Chainlink feed a config asks for (<c>deployMock: true</c>, local chains only). The SDK
/// holds no mock binding: <see cref="ProtocolDeployer"/> is given one of these (MarginInsurance.LocalMocks) when a config
/// uses mocks, and otherwise refuses them with a config error.
/// </summary>
public interface IMockContractDeployer
{
    /// <summary>Sends the deployment of a mock ERC-20 (public mint) and returns its receipt.</summary>
    /// <param name="symbol">Token symbol.</param>
    /// <param name="decimals">Token decimals (0..18).</param>
    Task<TransactionReceipt> DeployTokenAsync(string symbol, int decimals);

    /// <summary>Sends the deployment of a mock Chainlink aggregator and returns its receipt.</summary>
    /// <param name="decimals">Answer decimals.</param>
    /// <param name="initialAnswer">First answer, raw (scaled by <paramref name="decimals"/>).</param>
    Task<TransactionReceipt> DeployFeedAsync(int decimals, BigInteger initialAnswer);
}
