using System.Numerics;
using MarginInsurance.Contracts.PerpLiquidityVault;
using MarginInsurance.Core;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using Nethereum.RPC.Eth.DTOs;
using LiquidityVaultDefinition = MarginInsurance.Contracts.PerpLiquidityVault.ContractDefinition;

namespace MarginInsurance.Sdk;

// The PerpLiquidityVault (docs/protocol.md §13.8): LPs' ERC-4626 vault, counterparty of the perps' net open interest;
// withdrawals by request, cooldown and window exactly as the insurance pool's.
public sealed partial class MarginClient
{
    /// <summary>The liquidity vault binding (shares, assets, requests), for anything the SDK does not wrap.</summary>
    /// <exception cref="UnknownPerpMarketException">The deployment has no perps.</exception>
    public PerpLiquidityVaultService LiquidityVault => new(Web3, Deployment.PerpLiquidityVault ?? throw new UnknownPerpMarketException("(liquidity vault)", []));

    /// <summary>Deposits base asset into the liquidity vault for shares (approving exactly <paramref name="amount"/>).</summary>
    public async Task<TransactionReceipt> DepositLiquidityAsync(TokenAmount amount, CancellationToken cancellationToken = default)
    {
        RequireBase(amount, nameof(amount));
        var vault = LiquidityVault;
        await ApproveAsync(Deployment.BaseAsset, vault.ContractAddress, amount.Raw, cancellationToken).ConfigureAwait(false);
        return await SendAsync(c => vault.DepositRequestAndWaitForReceiptAsync(
            new LiquidityVaultDefinition.DepositFunction { Assets = amount.Raw, Receiver = Signer }, c), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the withdrawal cooldown for <paramref name="shares"/> liquidity-vault shares (shares, not assets).</summary>
    public Task<TransactionReceipt> RequestLiquidityWithdrawalAsync(BigInteger shares, CancellationToken cancellationToken = default)
    {
        if (shares.Sign <= 0 || shares > WadMath.MaxUint256)
        {
            throw new ArgumentOutOfRangeException(nameof(shares), shares, "shares must be 1..2^256-1 liquidity-vault shares");
        }

        var vault = LiquidityVault;
        return SendAsync(c => vault.RequestWithdrawRequestAndWaitForReceiptAsync(
            new LiquidityVaultDefinition.RequestWithdrawFunction { Shares = shares }, c), cancellationToken);
    }

    /// <summary>Withdraws base asset from the liquidity vault inside the withdrawal window (<c>WithdrawWindowClosed</c> otherwise).</summary>
    public Task<TransactionReceipt> WithdrawLiquidityAsync(TokenAmount amount, CancellationToken cancellationToken = default)
    {
        RequireBase(amount, nameof(amount));
        var vault = LiquidityVault;
        return SendAsync(c => vault.WithdrawRequestAndWaitForReceiptAsync(
            new LiquidityVaultDefinition.WithdrawFunction { Assets = amount.Raw, Receiver = Signer, Owner = Signer }, c), cancellationToken);
    }
}
