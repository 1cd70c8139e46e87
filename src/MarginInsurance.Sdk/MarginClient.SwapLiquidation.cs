using System.Numerics;
using MarginInsurance.Contracts.SwapLiquidator;
using MarginInsurance.Contracts.SwapLiquidator.ContractDefinition;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using Nethereum.Contracts;

namespace MarginInsurance.Sdk;

/// <summary>A liquidation settled through the pool.</summary>
/// <param name="TransactionHash">The transaction.</param>
/// <param name="Repaid">Debt repaid.</param>
/// <param name="Seized">Collateral seized and sold.</param>
/// <param name="Proceeds">Base the sale fetched.</param>
/// <param name="Profit">Base left to the caller after repaying the vault.</param>
/// <param name="GasUsed">Gas of the transaction.</param>
public sealed record SwapLiquidationResult(string TransactionHash, TokenAmount Repaid, TokenAmount Seized, TokenAmount Proceeds, TokenAmount Profit, BigInteger GasUsed);

public sealed partial class MarginClient
{
    /// <summary>
    /// Liquidates with no base of the caller's own: the SwapLiquidator sells the seized <paramref name="asset"/> through its
    /// Uniswap v3 pool and repays the vault from the proceeds; the profit is sent to the signer. Reverts (PoolOracleDivergence,
    /// SwapProceedsTooLow) when the pool is more than <paramref name="maxDivergence"/> away from the oracle or the sale would
    /// fetch less than the oracle value less <paramref name="maxSlippage"/>.
    /// </summary>
    public async Task<SwapLiquidationResult> SwapLiquidateAsync(
        AccountId account, string asset, TokenAmount maxRepay, decimal maxDivergence, decimal maxSlippage, CancellationToken cancellationToken = default)
    {
        RequireBase(maxRepay, nameof(maxRepay));
        var (token, pool) = Market(asset);
        var receipt = await SendAsync(c => new SwapLiquidatorService(Web3, Uniswap.SwapLiquidator).LiquidateRequestAndWaitForReceiptAsync(new LiquidateFunction
        {
            Owner = account.Owner, SubId = account.SubId, Collateral = token.Token, MaxRepay = maxRepay.Raw, Pool = pool.Address,
            MaxDivergenceBps = ToBps(maxDivergence, nameof(maxDivergence)), MaxSlippageBps = ToBps(maxSlippage, nameof(maxSlippage)),
        }, c), cancellationToken, token.Token).ConfigureAwait(false);
        var ev = receipt.DecodeAllEvents<SwapLiquidationEventDTO>().Single().Event;
        return new SwapLiquidationResult(
            receipt.TransactionHash, new TokenAmount(ev.Repaid, Deployment.BaseDecimals), new TokenAmount(ev.Seized, token.Decimals),
            new TokenAmount(ev.Proceeds, Deployment.BaseDecimals), new TokenAmount(ev.Profit, Deployment.BaseDecimals), receipt.GasUsed.Value);
    }

    private static BigInteger ToBps(decimal ratio, string parameter) =>
        ratio is >= 0 and < 1
            ? new BigInteger(decimal.Round(ratio * 10_000m))
            : throw new ArgumentOutOfRangeException(parameter, ratio, "a ratio in [0, 1), e.g. 0.02 for 2 %");
}
