using MarginInsurance.Core;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Deployments;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts.Standards.ERC20.ContractDefinition;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Processing;

/// <summary>Approves the vault once to pull the base asset (liquidations repay from the keeper's inventory).</summary>
internal static class BaseAssetApproval
{
    /// <summary>Sends approve(vault, max) unless the allowance is already large or an approval is in flight, and waits up to a minute for it.</summary>
    public static async Task EnsureAsync(IWeb3 web3, DeploymentFile deployment, TransactionManager transactions, IKeeperStore store, ILogger logger, CancellationToken cancellationToken)
    {
        var max = WadMath.MaxUint256;
        var token = web3.Eth.ERC20.GetContractService(deployment.BaseAsset);
        if (await token.AllowanceQueryAsync(transactions.Address, deployment.MarginVault).ConfigureAwait(false) >= max / 2) return;
        if (store.OpenTxs(transactions.Address).Any(t => t.Kind == TxKind.Approve)) return;
        var data = new ApproveFunction { Spender = deployment.MarginVault, Value = max }.GetCallData().ToHex(true);
        var head = await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false);
        var sent = await transactions.SendAsync(new TxRequest(deployment.BaseAsset, data, 80_000, TxKind.Approve), await transactions.GetFeesAsync().ConfigureAwait(false), head.Value, cancellationToken).ConfigureAwait(false)
                   ?? throw new InvalidOperationException("could not send the base-asset approval; check the keeper's ether balance");
        for (var i = 0; i < 600 && !cancellationToken.IsCancellationRequested; i++)
        {
            if (await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(sent.Hash).ConfigureAwait(false) is { } r)
            {
                store.SetStatus(sent.Hash, r.Status?.Value == 1 ? TxStatus.Won : TxStatus.Failed);
                logger.LogInformation("approved the vault to pull {Base} (tx {Hash})", deployment.BaseSymbol, sent.Hash);
                return;
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        logger.LogWarning("approval {Hash} not mined yet; liquidations will fail their simulation until it is", sent.Hash);
    }
}
