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

    /// <summary>Defaults for an asset, or the conservative generic entry (<see cref="Generic"/>) for unknown assets: callers that use it
    /// for an unknown asset must say so (<see cref="IsShipped"/>, <see cref="Describe"/>).</summary>
    public static AssetMarginInputs For(string asset) =>
        ByAsset.TryGetValue(asset, out var inputs) ? inputs : Generic(asset);

    /// <summary>The generic entry: LT 6500, liquidity multiplier 1.5, bonus 1000 bps, slippage 200 bps.</summary>
    public static AssetMarginInputs Generic(string asset) => new(asset, 6500, 0, 1.5, 1000, 200);

    /// <summary>True if the asset has shipped defaults.</summary>
    public static bool IsShipped(string asset) => ByAsset.ContainsKey(asset);

    /// <summary>Where an asset's defaults come from, with the numbers.</summary>
    public static string Describe(string asset)
    {
        var i = For(asset);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{(IsShipped(asset) ? "shipped defaults" : "GENERIC defaults (no inputs for this asset)")} for {asset}: base LT {i.BaseLiquidationThresholdBps} bps, liquidity multiplier {i.LiquidityMultiplier}, bonus {i.BonusBps} bps, slippage {i.SlippageBps} bps");
    }

    /// <summary>The refusal for an asset with no margin inputs, naming them.</summary>
    public static string MissingMessage(string asset) =>
        $"no margin inputs for {asset} (base liquidation threshold, liquidity multiplier, liquidation bonus, slippage) and no shipped defaults "
        + $"(shipped: {string.Join(", ", ByAsset.Keys)}). Fix: pass --base-lt {asset}=BPS --liquidity-multiplier {asset}=M --bonus-bps {asset}=BPS --slippage-bps {asset}=BPS.";
}
