using System.Globalization;
using System.Numerics;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.OffChain;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace MarginInsurance.Keeper.Liquidation;

/// <summary>
/// Decides one liquidation: inventory mode when the keeper's base pays the repayment (the vault call simulated),
/// otherwise swap mode (the seized collateral sold in the pool inside the liquidation, priced from the QuoterV2 quote
/// after price impact); skipped for inventory when neither can pay (decided here only), skipped when the expected
/// profit after gas is below Keeper:MinProfit.
/// </summary>
internal sealed class LiquidationPlanner(DeploymentFile deployment, KeeperOptions options, SwapLiquidationPlanner swap, KeeperFunds funds, KeeperMetrics metrics, ILogger logger)
{
    private readonly HashSet<string> _unprofitableLogged = new(StringComparer.OrdinalIgnoreCase);
    private readonly BigInteger _minProfit = KeeperOptions.BaseUnits(options.MinProfit, deployment.BaseDecimals);

    /// <summary>Whether simulating the vault call is pointless: no inventory, and a pool to settle through instead.</summary>
    public bool SwapOnly(BigInteger inventory) => inventory.IsZero && swap.Liquidator is not null;

    /// <summary>
    /// The plan for <paramref name="c"/>, or null (skipped; <c>Unprofitable</c> says whether for profit). One swap-mode
    /// liquidation per pool per pass (<paramref name="poolsUsed"/>): each was simulated on the pool as it is now, and the
    /// first sale moves it.
    /// </summary>
    public async Task<(LiquidationPlan? Plan, bool Unprofitable)> PlanAsync(
        Candidate c, Simulation? simulation, BigInteger inventory, IReadOnlySet<string> poolsUsed, Fees fees, OffChainMarket market, bool ignoreProfit)
    {
        var inventoryPays = simulation?.Result is { } r0 && r0.Repaid + r0.Fee <= inventory;
        if (!inventoryPays && poolsUsed.Contains(c.Asset)) return (null, false); // next pass, re-simulated on the moved pool
        var swapPlan = inventoryPays ? null : await swap.PlanAsync(c.Account, c.Asset).ConfigureAwait(false);
        if (!inventoryPays && swapPlan is null)
        {
            // The inventory is the reason only when no pool can settle the asset at all and the vault call would otherwise
            // work (or was not tried for want of any). A pool that cannot settle right now (far from the oracle in a
            // crash, logged by the swap planner) defers the liquidation to the next pass: not a want of inventory.
            if (!swap.HasPool(c.Asset) && ShortOf(simulation, inventory) is { } why) funds.SkipForInventory(c.Account.ToString(), inventory, why);
            return (null, false);
        }

        var (repaid, seized, fee) = swapPlan is { } sp ? (sp.Repaid, sp.Seized, sp.Fee) : (simulation!.Result!.Repaid, simulation.Result.Seized, simulation.Result.Fee);
        var limit = new BigInteger(swapPlan is null ? options.LiquidationGasLimit : Math.Max(options.LiquidationGasLimit, SwapLiquidationPlanner.GasLimit));
        var asset = market.Assets.First(a => a.Token.Equals(c.Asset, StringComparison.OrdinalIgnoreCase));
        var seizedValue = swapPlan?.Proceeds ?? MarginMath.CollateralValue(seized, asset.PriceWad ?? BigInteger.Zero, asset.Config.Decimals, deployment.BaseDecimals);
        var gasAsset = market.Assets.FirstOrDefault(a => a.Symbol.Equals(options.GasPriceAsset, StringComparison.OrdinalIgnoreCase));
        var gasWei = limit * fees.Expected; // upper bound of the gas cost
        var gasBase = gasAsset?.PriceWad is { } p ? gasWei * p * WadMath.Pow10(deployment.BaseDecimals) / BigInteger.Pow(10, 36) : BigInteger.Zero;
        var profit = seizedValue - repaid - fee - gasBase;
        var key = $"{c.Account.Owner}/{c.Account.SubId}";
        if (profit < _minProfit && !ignoreProfit)
        {
            metrics.SkippedUnprofitable.Inc();
            if (_unprofitableLogged.Add(key))
                logger.LogInformation("skip {Account}: profit {Profit} < Keeper:MinProfit {Min} ({Mode}: proceeds {Proceeds} − repaid {Repaid} − fee {Fee} − gas {Gas})",
                    c.Account, Base(profit), Base(_minProfit), swapPlan is null ? "inventory" : "swap", Base(seizedValue), Base(repaid), Base(fee), Base(gasBase));
            return (null, true);
        }

        _unprofitableLogged.Remove(key);
        var (to, data, detail) = swapPlan is { } plan
            ? (swap.Liquidator!, plan.Call.GetCallData().ToHex(true), $"{SwapLiquidationPlanner.DetailPrefix}health {new Wad(c.Health)} repay {Base(repaid)} seize {seized} fee {Base(fee)} proceeds {Base(plan.Proceeds)} profit {Base(profit)}")
            : (deployment.MarginVault, simulation!.Function.GetCallData().ToHex(true), $"health {new Wad(c.Health)} repay {Base(repaid)} seize {seized} fee {Base(fee)} profit {Base(profit)}");
        var request = new TxRequest(to, data, limit, TxKind.Liquidate, c.Account.Owner, c.Account.SubId.ToString(CultureInfo.InvariantCulture), c.Asset, detail);
        return (new LiquidationPlan(c, request, profit, swapPlan is null ? repaid + fee : BigInteger.Zero, swapPlan is not null), false);
    }

    /// <summary>Why the inventory cannot pay, for the skip warning; null when the liquidation fails for another reason (logged by the simulator).</summary>
    private string? ShortOf(Simulation? simulation, BigInteger inventory) => simulation switch
    {
        { Result: { } r } => $"{Base(r.Repaid + r.Fee)} (repay + insurance fee) and no pool can settle it",
        { InventoryShort: true, Error: { } e } => $"the repayment ({e.Message}) and no pool can settle it",
        null when inventory.IsZero => "any repayment and no pool can settle it",
        _ => null,
    };

    private string Base(BigInteger raw) => funds.Base(raw);
}
