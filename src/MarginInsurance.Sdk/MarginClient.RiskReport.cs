using System.Numerics;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Risk;

namespace MarginInsurance.Sdk;

public sealed partial class MarginClient
{
    /// <summary>
    /// The trader's risk report of <paramref name="account"/> at one block (latest when null): health, utilization, the exact
    /// liquidation price and requirement of each collateral, the risk engine's stress grid with liquidation outcomes, and the
    /// history of margin calls, liquidations and bad debt from the vault's events (plus <paramref name="keeperCalls"/>, if given).
    /// </summary>
    /// <exception cref="InvalidOperationException">A held asset has no valid oracle price at the block (stale, out of bounds).</exception>
    public Task<RiskReport> GetRiskReportAsync(AccountId account, BigInteger? blockNumber = null, IEnumerable<KeeperMarginCall>? keeperCalls = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        return RpcAnswer("GetRiskReport", () => new RiskReportReader(Web3, Deployment).ReadAsync(account, blockNumber, keeperCalls, cancellationToken));
    }
}
