using System.Numerics;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.Contracts.SwapRouter;
using MarginInsurance.Contracts.SwapRouter.ContractDefinition;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Uniswap;
using Nethereum.Web3;

namespace MarginInsurance.LocalMocks;

/// <summary>
/// The demo's arbitrageur on a local chain: trades a Uniswap pool to a target price through the SwapRouter with a price
/// limit, as an arbitrageur would after an oracle move, paying with freshly minted mock tokens (MockERC20's public mint).
/// </summary>
public sealed class MockArbitrage(IWeb3 web3, DeploymentFile deployment)
{
    private static readonly BigInteger Deadline = BigInteger.Pow(2, 64);
    private readonly UniswapMarket _market = new(web3, deployment);

    /// <summary>
    /// Trades the pool of <paramref name="collateral"/> to <paramref name="price"/> (base per whole collateral); false when
    /// it is already there (within 1e-6).
    /// </summary>
    public async Task<bool> ArbitrageToAsync(string collateral, double price)
    {
        // The pool may move between the price read and the swap (a keeper's swap-mode liquidation sells into it): a
        // limit then on the wrong side of the price reverts with Uniswap's 'SPL'. Read again and trade from there.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TradeToAsync(collateral, price).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < 3 && IsPriceLimitRevert(ex))
            {
            }
        }
    }

    private async Task<bool> TradeToAsync(string collateral, double price)
    {
        var (token, pool, colIsToken0) = await _market.ResolveAsync(collateral).ConfigureAwait(false);
        var current = await _market.PriceAsync(collateral).ConfigureAwait(false);
        if (Math.Abs(current / price - 1) < 1e-6)
        {
            return false;
        }

        var router = deployment.Uniswap?.SwapRouter ?? throw new NoMarketException("uniswap");
        var sellCollateral = price < current;
        var (tokenIn, tokenOut) = sellCollateral ? (token.Token, deployment.BaseAsset) : (deployment.BaseAsset, token.Token);
        var signer = web3.TransactionManager.Account?.Address ?? throw new InvalidOperationException("the Web3 instance has no signing account");
        var amount = BigInteger.Pow(10, 36);
        var erc20 = new MockERC20Service(web3, tokenIn);
        await ProtocolErrors.Guard(() => erc20.MintRequestAndWaitForReceiptAsync(signer, amount)).ConfigureAwait(false);
        await ProtocolErrors.Guard(() => erc20.ApproveRequestAndWaitForReceiptAsync(router, amount)).ConfigureAwait(false);
        var limit = PoolMath.SqrtPriceX96(PoolMath.PoolPrice(price, token.Decimals, deployment.BaseDecimals, colIsToken0));
        try
        {
            await ProtocolErrors.Guard(() => new SwapRouterService(web3, router).ExactInputSingleRequestAndWaitForReceiptAsync(new ExactInputSingleParams
            {
                TokenIn = tokenIn, TokenOut = tokenOut, Fee = pool.Fee, Recipient = signer, Deadline = Deadline,
                AmountIn = amount, AmountOutMinimum = 0, SqrtPriceLimitX96 = limit,
            })).ConfigureAwait(false);
        }
        finally
        {
            await ProtocolErrors.Guard(() => erc20.ApproveRequestAndWaitForReceiptAsync(router, 0)).ConfigureAwait(false);
        }

        return true;
    }

    private static bool IsPriceLimitRevert(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (System.Text.RegularExpressions.Regex.IsMatch(e.Message, @"\bSPL\b"))
            {
                return true;
            }
        }

        return false;
    }
}
