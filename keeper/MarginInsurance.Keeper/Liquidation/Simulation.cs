using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk.Errors;

namespace MarginInsurance.Keeper.Liquidation;

/// <summary>
/// A vault liquidation simulated at the latest block: the call, and what it would repay, seize and pay in fees — or the
/// protocol error it would revert with.
/// </summary>
internal sealed record Simulation(LiquidateFunction Function, LiquidateOutputDTO? Result, MarginProtocolException? Error)
{
    /// <summary>True when the vault could not pull the repayment: the keeper's inventory is short, not the account healthy.</summary>
    public bool InventoryShort => Error?.ErrorName == "ERC20InsufficientBalance";
}
