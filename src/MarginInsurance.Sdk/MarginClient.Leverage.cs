using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.LeverageRouter;
using MarginInsurance.Contracts.LeverageRouter.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Uniswap;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Sdk;

/// <summary>Result of a one-transaction leverage change.</summary>
/// <param name="TransactionHash">The transaction.</param>
/// <param name="Collateral">Collateral bought (open) or sold (deleverage/close).</param>
/// <param name="Debt">Base borrowed (open) or repaid (deleverage/close).</param>
/// <param name="GasUsed">Gas of the transaction.</param>
public sealed record LeverageResult(string TransactionHash, TokenAmount Collateral, TokenAmount Debt, BigInteger GasUsed);

public sealed partial class MarginClient
{
    /// <summary>
    /// Opens (or increases) a leveraged position in one transaction: deposits <paramref name="initial"/> of
    /// <paramref name="collateral"/> and buys more with borrowed base through the Uniswap v3 pool (a flash swap), so the
    /// position's collateral is worth about <paramref name="targetLeverage"/> × the initial amount. Cross (subId 0) and
    /// isolated accounts keep their rules (a cross-disallowed collateral, a second isolated asset revert).
    /// </summary>
    /// <param name="account">The signer's account (owner must be the signer).</param>
    /// <param name="collateral">Collateral symbol.</param>
    /// <param name="initial">The trader's own collateral.</param>
    /// <param name="targetLeverage">Collateral value over equity, e.g. 3 (above 1).</param>
    /// <param name="maxSlippage">Largest shortfall of the purchase below the oracle price, e.g. 0.01.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="LeverageAboveMarginException">The target is above what the borrow factor allows.</exception>
    public async Task<LeverageResult> OpenLeveragedAsync(
        AccountId account, string collateral, TokenAmount initial, decimal targetLeverage, decimal maxSlippage, CancellationToken cancellationToken = default)
    {
        var (token, pool) = Market(collateral);
        RequireOwner(account);
        if (targetLeverage <= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(targetLeverage), targetLeverage, "the target leverage must be above 1 (e.g. 3 for 3x)");
        }

        RequireSlippage(maxSlippage);
        var config = (await Vault.CollateralConfigQueryAsync(token.Token).ConfigureAwait(false)).ReturnValue1;
        var factor = config.BorrowFactorBps / 10_000m * (1 - maxSlippage);
        var maximum = factor >= 1 ? decimal.MaxValue : 1 / (1 - factor);
        if (targetLeverage >= maximum)
        {
            throw new LeverageAboveMarginException(targetLeverage, maximum, token.Symbol);
        }

        var price = (decimal)(await Oracle.GetPriceQueryAsync(token.Token).ConfigureAwait(false)) / (decimal)WadMath.WAD;
        var initialValue = Human(initial) * price;
        var borrow = TokenAmount.FromDecimal(decimal.Round(initialValue * (targetLeverage - 1), Deployment.BaseDecimals), Deployment.BaseDecimals);
        var minOut = TokenAmount.FromDecimal(decimal.Round(Human(borrow) / price * (1 - maxSlippage), token.Decimals, MidpointRounding.ToZero), token.Decimals);
        await EnsureOperatorAsync(cancellationToken).ConfigureAwait(false);
        await ApproveAsync(token.Token, Uniswap.LeverageRouter, initial.Raw, cancellationToken).ConfigureAwait(false);
        var receipt = await SendAsync(c => Router.OpenLeveragedRequestAndWaitForReceiptAsync(new OpenLeveragedFunction
        {
            SubId = account.SubId, Collateral = token.Token, Pool = pool.Address,
            OwnAmount = initial.Raw, BorrowAmount = borrow.Raw, MinCollateralOut = minOut.Raw,
        }, c), cancellationToken, token.Token).ConfigureAwait(false);
        var ev = receipt.DecodeAllEvents<LeverageOpenedEventDTO>().Single().Event;
        return new LeverageResult(receipt.TransactionHash, new TokenAmount(ev.Bought, token.Decimals), new TokenAmount(ev.Borrowed, Deployment.BaseDecimals), receipt.GasUsed.Value);
    }

    /// <summary>
    /// Repays <paramref name="repay"/> of the account's debt by selling its <paramref name="collateral"/> through the
    /// pool in one transaction (a flash swap), selling at most the oracle value plus <paramref name="maxSlippage"/>.
    /// </summary>
    public Task<LeverageResult> DeleverageAsync(AccountId account, string collateral, TokenAmount repay, decimal maxSlippage, CancellationToken cancellationToken = default)
    {
        RequireBase(repay, nameof(repay));
        return ReduceAsync(account, collateral, repay.Raw, maxSlippage, close: false, cancellationToken);
    }

    /// <summary>
    /// Closes the leveraged position in one transaction: repays all the debt by selling <paramref name="collateral"/>
    /// through the pool and withdraws the rest of that collateral to the signer.
    /// </summary>
    public Task<LeverageResult> CloseLeveragedAsync(AccountId account, string collateral, decimal maxSlippage, CancellationToken cancellationToken = default) =>
        ReduceAsync(account, collateral, null, maxSlippage, close: true, cancellationToken);

    private async Task<LeverageResult> ReduceAsync(AccountId account, string collateral, BigInteger? repay, decimal maxSlippage, bool close, CancellationToken cancellationToken)
    {
        var (token, pool) = Market(collateral);
        RequireOwner(account);
        RequireSlippage(maxSlippage);
        var debt = await Vault.DebtOfQueryAsync(account.Owner, account.SubId).ConfigureAwait(false);
        var amount = repay ?? debt;
        var price = (decimal)(await Oracle.GetPriceQueryAsync(token.Token).ConfigureAwait(false)) / (decimal)WadMath.WAD;
        // A second of interest more than the debt read now, at the oracle price plus the slippage allowed.
        var maxIn = TokenAmount.FromDecimal(decimal.Round(Human(new TokenAmount(amount, Deployment.BaseDecimals)) * 1.0001m / price * (1 + maxSlippage), token.Decimals, MidpointRounding.AwayFromZero), token.Decimals);
        await EnsureOperatorAsync(cancellationToken).ConfigureAwait(false);
        var receipt = await SendAsync(c => Router.DeleverageRequestAndWaitForReceiptAsync(new DeleverageFunction
        {
            SubId = account.SubId, Collateral = token.Token, Pool = pool.Address,
            RepayAmount = repay ?? WadMath.MaxUint256, MaxCollateralIn = maxIn.Raw, Close = close,
        }, c), cancellationToken, token.Token).ConfigureAwait(false);
        var ev = receipt.DecodeAllEvents<LeverageReducedEventDTO>().Single().Event;
        return new LeverageResult(receipt.TransactionHash, new TokenAmount(ev.Sold, token.Decimals), new TokenAmount(ev.Repaid, Deployment.BaseDecimals), receipt.GasUsed.Value);
    }

    private DeployedUniswap Uniswap => Deployment.Uniswap ?? throw new NoMarketException("leverage");

    private LeverageRouterService Router => new(Web3, Uniswap.LeverageRouter);

    private (DeployedCollateral Token, DeployedPool Pool) Market(string collateral)
    {
        var token = Deployment.Collateral(collateral);
        return (token, Uniswap.PoolFor(token.Symbol) ?? throw new NoMarketException(token.Symbol));
    }

    private void RequireOwner(AccountId account)
    {
        if (!string.Equals(account.Owner, Signer, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"account {account.Owner}/{account.SubId}: leverage acts for the signer's own accounts ({Signer})", nameof(account));
        }
    }

    private static decimal Human(TokenAmount amount) => decimal.Parse(amount.ToString(), CultureInfo.InvariantCulture);

    private static void RequireSlippage(decimal maxSlippage)
    {
        if (maxSlippage is < 0 or >= 0.5m)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSlippage), maxSlippage, "the slippage is a ratio in [0, 0.5), e.g. 0.01 for 1 %");
        }
    }

    private async Task EnsureOperatorAsync(CancellationToken cancellationToken)
    {
        if (!await Vault.IsAuthorizedQueryAsync(Signer, Uniswap.LeverageRouter).ConfigureAwait(false))
        {
            await SetOperatorAsync(Uniswap.LeverageRouter, true, cancellationToken).ConfigureAwait(false);
        }
    }
}
