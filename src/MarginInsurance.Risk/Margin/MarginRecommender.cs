using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Risk.Margin;

/// <summary>Which bound, if any, changed the raw recommendation.</summary>
public enum BoundHit
{
    /// <summary>Within bounds.</summary>
    None,

    /// <summary>Clamped to the maximum add-on.</summary>
    MaxAddOn,

    /// <summary>Limited by the maximum change per update (more updates will follow).</summary>
    MaxStep,
}

/// <summary>A recommended add-on for one asset.</summary>
/// <param name="Inputs">Inputs used.</param>
/// <param name="Volatility">Daily volatility used (EWMA, or combined with implied).</param>
/// <param name="OneDayEs">One-day ES of the log loss.</param>
/// <param name="HorizonEs">ES over the liquidation horizon (sqrt-time).</param>
/// <param name="Haircut">Required collateral haircut 1 - exp(-m · ES_H).</param>
/// <param name="MaxSafeLiquidationThresholdBps">LT at which the haircut, bonus and slippage are just covered.</param>
/// <param name="RawAddOnBps">max(0, base LT - safe LT), before bounds.</param>
/// <param name="RecommendedAddOnBps">After the max-add-on and max-step bounds.</param>
/// <param name="Bound">Bound that applied.</param>
public sealed record MarginRecommendation(
    AssetMarginInputs Inputs,
    double Volatility,
    double OneDayEs,
    double HorizonEs,
    double Haircut,
    int MaxSafeLiquidationThresholdBps,
    int RawAddOnBps,
    int RecommendedAddOnBps,
    BoundHit Bound)
{
    /// <summary>Effective LT after the recommended add-on.</summary>
    public int EffectiveLiquidationThresholdBps => Inputs.BaseLiquidationThresholdBps - RecommendedAddOnBps;

    /// <summary>Effective LT with the current add-on.</summary>
    public int CurrentLiquidationThresholdBps => Inputs.BaseLiquidationThresholdBps - Inputs.CurrentAddOnBps;
}

/// <summary>
/// Margin from risk. A position is liquidated at health 1, i.e. when debt D = V · LT. If the collateral then loses a fraction h over the
/// liquidation horizon and the liquidator is paid bonus b and suffers slippage s, the debt is fully recovered iff
/// V (1 - h)(1 - s)/(1 + b) ≥ V · LT, so the largest safe LT is (1 - h)(1 - s)/(1 + b), with h = 1 - exp(-m · ES_α(H)),
/// ES_α(H) = sqrt(H) · ES_α(1 day) from the default model (filtered HS), m the liquidity multiplier.
/// Add-on = max(0, base LT - safe LT) rounded up to a whole bp, clamped to [0, MaxAddOn] and to current ± MaxStep.
/// </summary>
public static class MarginRecommender
{
    /// <summary>Recommends the add-on for one asset from its daily log returns.</summary>
    /// <param name="returns">Daily log returns, oldest first.</param>
    /// <param name="inputs">Asset inputs.</param>
    /// <param name="policy">Policy.</param>
    /// <param name="bounds">On-chain bounds.</param>
    /// <param name="settings">Engine settings (EWMA λ, window).</param>
    /// <param name="volatilityOverride">Daily volatility to use instead of EWMA (e.g. combined with implied volatility).</param>
    public static MarginRecommendation Recommend(
        double[] returns,
        AssetMarginInputs inputs,
        MarginPolicy policy,
        AddOnBounds bounds,
        RiskEngineSettings settings,
        double? volatilityOverride = null)
    {
        var input = settings.LatestInput(returns);
        if (volatilityOverride is { } v) input = input with { NextSigma = v };
        var oneDay = RiskEngineSettings.DefaultMarginModel.Forecast(input, policy.EsConfidence).Es;
        return FromEs(oneDay, input.NextSigma, inputs, policy, bounds);
    }

    /// <summary>The recommendation given a one-day ES of the log loss.</summary>
    public static MarginRecommendation FromEs(double oneDayEs, double volatility, AssetMarginInputs inputs, MarginPolicy policy, AddOnBounds bounds)
    {
        var horizonEs = Horizon.SqrtTime(oneDayEs, policy.HorizonDays);
        var haircut = 1 - Math.Exp(-inputs.LiquidityMultiplier * horizonEs);
        var safeLt = SafeLiquidationThreshold(haircut, inputs.BonusBps, inputs.SlippageBps);
        var safeLtBps = (int)Math.Floor(safeLt * 10_000);
        var raw = Math.Max(0, inputs.BaseLiquidationThresholdBps - safeLtBps);
        var clamped = Math.Min(raw, bounds.MaxAddOnBps);
        var bound = clamped < raw ? BoundHit.MaxAddOn : BoundHit.None;
        var lo = Math.Max(0, inputs.CurrentAddOnBps - bounds.MaxStepBps);
        var hi = inputs.CurrentAddOnBps + bounds.MaxStepBps;
        var stepped = Math.Clamp(clamped, lo, hi);
        if (stepped != clamped) bound = BoundHit.MaxStep;
        return new MarginRecommendation(inputs, volatility, oneDayEs, horizonEs, haircut, safeLtBps, raw, stepped, bound);
    }

    /// <summary>(1 - haircut)(1 - slippage)/(1 + bonus).</summary>
    public static double SafeLiquidationThreshold(double haircut, double bonusBps, double slippageBps) =>
        (1 - haircut) * (1 - slippageBps / 10_000) / (1 + bonusBps / 10_000);
}
