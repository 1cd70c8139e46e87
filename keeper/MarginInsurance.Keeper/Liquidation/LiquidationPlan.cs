using System.Numerics;
using MarginInsurance.Keeper.Chain;

namespace MarginInsurance.Keeper.Liquidation;

/// <summary>A liquidation ready to send: the candidate, the transaction, its expected profit and what it takes from the inventory.</summary>
/// <param name="Candidate">The confirmed account.</param>
/// <param name="Request">The vault call (inventory mode) or the SwapLiquidator call (swap mode).</param>
/// <param name="Profit">Expected profit in base units (proceeds − repaid − fee − gas at the expected fee).</param>
/// <param name="Need">Base the inventory pays (repaid + fee; zero in swap mode).</param>
/// <param name="SwapMode">Whether the seized collateral is sold in the pool inside the liquidation.</param>
internal sealed record LiquidationPlan(Candidate Candidate, TxRequest Request, BigInteger Profit, BigInteger Need, bool SwapMode)
{
    /// <summary>"inventory" or "swap", for logs.</summary>
    public string Mode => SwapMode ? "swap" : "inventory";
}
