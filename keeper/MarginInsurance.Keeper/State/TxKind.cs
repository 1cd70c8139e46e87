namespace MarginInsurance.Keeper.State;

/// <summary>What a keeper transaction is for (stored as its <see cref="TxStoredNames"/> text).</summary>
public enum TxKind
{
    /// <summary>A liquidation (through the vault, or the SwapLiquidator in swap mode).</summary>
    Liquidate,

    /// <summary>The base-asset approval of the vault.</summary>
    Approve,

    /// <summary>A zero-value self-transfer that frees or fills a nonce.</summary>
    Cancel,

    /// <summary>A risk add-on posted by the risk loop.</summary>
    SetAddOn,

    /// <summary>An auto-deleveraging of a perp market's highest-ranked position (§13.8).</summary>
    Deleverage,
}
