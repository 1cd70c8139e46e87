using System.Numerics;
using MarginInsurance.Contracts.SwapLiquidator.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using MarginInsurance.Sdk.Uniswap;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Chain;

/// <summary>A liquidation planned in swap mode: the call to the SwapLiquidator, what it repays and seizes, and the quote.</summary>
/// <param name="Call">The SwapLiquidator call (sent as is).</param>
/// <param name="Repaid">Debt the liquidation repays (simulated).</param>
/// <param name="Seized">Collateral it seizes (simulated).</param>
/// <param name="Proceeds">Base the sale of the seized collateral fetches (QuoterV2, after price impact and the pool fee).</param>
/// <param name="SimulatedProfit">Base left to the keeper in the simulation (proceeds − repaid − fee), before gas.</param>
internal sealed record SwapPlan(LiquidateFunction Call, BigInteger Repaid, BigInteger Seized, BigInteger Proceeds, BigInteger SimulatedProfit)
{
    /// <summary>The protocol fee the vault takes (proceeds − repaid − profit).</summary>
    public BigInteger Fee => BigInteger.Max(BigInteger.Zero, Proceeds - Repaid - SimulatedProfit);
}

/// <summary>
/// Swap mode of the keeper: when its base inventory cannot pay a liquidation, it liquidates through the SwapLiquidator,
/// which sells the seized collateral in the Uniswap v3 pool and repays from the proceeds. The proceeds are quoted with
/// QuoterV2 by <c>eth_call</c>, the whole call is simulated, and a pool far from the oracle makes both revert.
/// </summary>
internal sealed class SwapLiquidationPlanner(IWeb3 web3, DeploymentFile deployment, string from, ILogger logger, bool enabled = true)
{
    /// <summary>Gas limit of a swap-mode liquidation (measured about 300,000 with no tick crossed; each crossing adds).</summary>
    public const long GasLimit = 900_000;

    /// <summary>Largest pool/oracle gap the keeper trades at (the SwapLiquidator reverts beyond it).</summary>
    public const int MaxDivergenceBps = 300;

    /// <summary>Largest shortfall of the sale below the oracle value of the seized collateral.</summary>
    public const int MaxSlippageBps = 500;

    /// <summary>The detail prefix that marks a stored liquidation transaction as swap mode.</summary>
    public const string DetailPrefix = "swap mode: ";

    private readonly UniswapMarket? _market = !enabled || deployment.Uniswap is null ? null : new UniswapMarket(web3, deployment);

    /// <summary>True when <paramref name="tx"/> is a swap-mode liquidation.</summary>
    public static bool IsSwap(SentTx tx) => tx.Detail?.StartsWith(DetailPrefix, StringComparison.Ordinal) == true;

    /// <summary>The SwapLiquidator's address, or null without a market (or with Keeper:SwapMode off).</summary>
    public string? Liquidator => enabled ? deployment.Uniswap?.SwapLiquidator : null;

    /// <summary>Whether swap mode has a pool to sell <paramref name="asset"/> through (whatever the pool's state now).</summary>
    public bool HasPool(string asset) =>
        _market is not null && deployment.Uniswap is { } uni && uni.PoolFor(deployment.Collateral(asset).Symbol) is not null;

    /// <summary>
    /// Plans a swap-mode liquidation of <paramref name="account"/>: simulates the SwapLiquidator call (which reverts on a
    /// pool far from the oracle or a sale below the minimum), then quotes the seized amount with QuoterV2 (skipped when
    /// <paramref name="quote"/> is false); null when there is no pool or the call would revert.
    /// </summary>
    public async Task<SwapPlan?> PlanAsync(AccountId account, string asset, bool quote = true)
    {
        if (_market is null || deployment.Uniswap is not { } uni) return null;
        var symbol = deployment.Collateral(asset).Symbol;
        if (uni.PoolFor(symbol) is not { } pool) return null;
        var call = new LiquidateFunction
        {
            Owner = account.Owner, SubId = account.SubId, Collateral = asset, MaxRepay = WadMath.MaxUint256, Pool = pool.Address,
            MaxDivergenceBps = MaxDivergenceBps, MaxSlippageBps = MaxSlippageBps, FromAddress = from,
        };
        try
        {
            var sim = await web3.Eth.GetContractQueryHandler<LiquidateFunction>()
                .QueryDeserializingToObjectAsync<LiquidateOutputDTO>(call, uni.SwapLiquidator, BlockParameter.CreateLatest()).ConfigureAwait(false);
            var proceeds = quote && sim.Seized > 0 ? (await _market.QuoteSellAsync(symbol, sim.Seized).ConfigureAwait(false)).AmountOut : BigInteger.Zero;
            return new SwapPlan(call, sim.Repaid, sim.Seized, proceeds, sim.Profit);
        }
        catch (Exception ex) when (ProtocolErrors.Translate(ex) is { } err)
        {
            logger.LogInformation("swap-mode simulation of liquidating {Account} reverted: {Error} ({Name})", account, err.Message, err.ErrorName);
            return null;
        }
    }

    /// <summary>The call data of a stored swap-mode liquidation, re-simulated; null when it would now revert.</summary>
    public async Task<string?> ResimulateAsync(SentTx tx)
    {
        if (Liquidator is null || tx is not { Owner: { } owner, SubId: { } sub, Asset: { } asset }) return null;
        var plan = await PlanAsync(new AccountId(owner, BigInteger.Parse(sub, System.Globalization.CultureInfo.InvariantCulture)), asset, quote: false).ConfigureAwait(false);
        return plan?.Call.GetCallData().ToHex(true);
    }
}
