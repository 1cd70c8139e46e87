using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Sdk;

/// <summary>
/// Signs with the account and adds <see cref="HeadroomPercent"/> to every gas estimate. An estimate is the least gas that
/// succeeds on the state the node saw; when other transactions land first (interest accrues over one more second, a slot
/// turns from zero to non-zero) the same call can need a little more, and a call short of gas fails inside its oracle
/// read with no reason at all (the read gets 63/64 of what is left). Unused gas is not paid.
/// </summary>
internal sealed class GasHeadroomTransactionManager(IClient client, Account account, BigInteger chainId)
    : AccountSignerTransactionManager(client, account, chainId)
{
    /// <summary>Headroom added to each estimate, in percent.</summary>
    public const int HeadroomPercent = 25;

    /// <inheritdoc />
    public override async Task<HexBigInteger> EstimateGasAsync(CallInput callInput)
    {
        var estimate = await base.EstimateGasAsync(callInput).ConfigureAwait(false);
        return new HexBigInteger(estimate.Value * (100 + HeadroomPercent) / 100);
    }
}
