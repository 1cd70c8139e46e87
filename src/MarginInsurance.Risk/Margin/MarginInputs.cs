namespace MarginInsurance.Risk.Margin;

/// <summary>Per-asset inputs of the margin recommendation. Every number is configuration, not a truth of the engine.</summary>
/// <param name="Asset">Asset symbol.</param>
/// <param name="BaseLiquidationThresholdBps">Base liquidation threshold set by governance (e.g. 8500 = 85%).</param>
/// <param name="CurrentAddOnBps">Add-on currently on chain (the step bound is measured from it).</param>
/// <param name="LiquidityMultiplier">Multiplier on ES for thinner markets (1 = deep market).</param>
/// <param name="BonusBps">Liquidation bonus.</param>
/// <param name="SlippageBps">Expected price impact when selling seized collateral.</param>
public sealed record AssetMarginInputs(
    string Asset,
    int BaseLiquidationThresholdBps,
    int CurrentAddOnBps = 0,
    double LiquidityMultiplier = 1.0,
    double BonusBps = 500,
    double SlippageBps = 100);

/// <summary>On-chain bounds of the add-on (defaults: max add-on 3000 bps, max change 500 bps per update).</summary>
/// <param name="MaxAddOnBps">Largest add-on the contract accepts.</param>
/// <param name="MaxStepBps">Largest change from the current add-on per update.</param>
public sealed record AddOnBounds(int MaxAddOnBps = 3000, int MaxStepBps = 500);

/// <summary>Policy of the recommendation.</summary>
/// <param name="EsConfidence">ES confidence (default 97.5%).</param>
/// <param name="HorizonDays">Liquidation horizon in days; ES is scaled by sqrt(horizon).</param>
/// <param name="LtvBufferBps">Gap between max LTV and liquidation threshold used for capital efficiency.</param>
public sealed record MarginPolicy(double EsConfidence = 0.975, double HorizonDays = 1, int LtvBufferBps = 500);

/// <summary>Default inputs for the five shipped assets (base LTs ETH/BTC 8500, LINK 7500, SOL 7000, BNB 7500; configurable).</summary>
public static class DefaultMarginInputs
{
    /// <summary>Defaults by asset.</summary>
    public static IReadOnlyDictionary<string, AssetMarginInputs> ByAsset { get; } = new Dictionary<string, AssetMarginInputs>
    {
        ["ETH"] = new("ETH", 8500, 0, 1.0, 500, 50),
        ["BTC"] = new("BTC", 8500, 0, 1.0, 500, 50),
        ["LINK"] = new("LINK", 7500, 0, 1.5, 700, 150),
        ["SOL"] = new("SOL", 7000, 0, 1.25, 750, 100),
        ["BNB"] = new("BNB", 7500, 0, 1.25, 700, 100),
    };

    /// <summary>Defaults for an asset, or a conservative generic entry (LT 6500, multiplier 1.5) for unknown assets.</summary>
    public static AssetMarginInputs For(string asset) =>
        ByAsset.TryGetValue(asset, out var inputs) ? inputs : new AssetMarginInputs(asset, 6500, 0, 1.5, 1000, 200);
}
