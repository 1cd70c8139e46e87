using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Keeper.State;

namespace MarginInsurance.Keeper.Chain;

/// <summary>The keeper's liquidation call: the whole debt the vault allows (maxRepay = max), no callback data.</summary>
internal static class LiquidationCall
{
    /// <summary>liquidate(owner, subId, asset, max, "") sent from <paramref name="from"/>.</summary>
    public static LiquidateFunction For(string owner, BigInteger subId, string asset, string from) =>
        new() { Owner = owner, SubId = subId, CollateralAsset = asset, MaxRepay = WadMath.MaxUint256, Data = [], FromAddress = from };

    /// <summary>The call a stored liquidation transaction made, or null when <paramref name="tx"/> is not a vault liquidation (swap mode goes through the SwapLiquidator).</summary>
    public static LiquidateFunction? Of(SentTx tx, string from) =>
        tx is { Kind: TxKind.Liquidate, Owner: { } owner, SubId: { } subId, Asset: { } asset } && !SwapLiquidationPlanner.IsSwap(tx) && !Perpetuals.PerpCalls.IsPerp(tx)
            ? For(owner, BigInteger.Parse(subId, CultureInfo.InvariantCulture), asset, from)
            : null;
}
