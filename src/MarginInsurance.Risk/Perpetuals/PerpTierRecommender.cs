using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Risk.Perpetuals;

/// <summary>The data a tier is derived from: one-day ES of the log loss of each side and the daily volatility.</summary>
/// <param name="LongEsLog">Through-the-cycle one-day ES of a long's log loss −r (historical simulation over the whole history).</param>
/// <param name="ShortEsLog">The same for a short (loss +r).</param>
/// <param name="DailyVolatility">Through-the-cycle daily volatility (standard deviation of the daily log returns), for the impact.</param>
/// <param name="CurrentLongEsLog">Today's one-day ES of a long (filtered HS, EWMA σ), for the add-on.</param>
/// <param name="CurrentShortEsLog">Today's one-day ES of a short.</param>
public sealed record PerpTailData(double LongEsLog, double ShortEsLog, double DailyVolatility, double CurrentLongEsLog, double CurrentShortEsLog)
{
    /// <summary>Measures the tails from daily log returns (oldest first) under the engine settings.</summary>
    public static PerpTailData FromReturns(double[] returns, RiskEngineSettings settings, double esConfidence, double? currentSigma = null)
    {
        var longEs = EmpiricalTail.Estimate(returns.Select(r => -r).ToArray(), esConfidence).Es;
        var shortEs = EmpiricalTail.Estimate(returns, esConfidence).Es;
        var mean = returns.Average();
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1));
        var longInput = settings.LatestInput(returns);
        var shortInput = settings.LatestInput(returns.Select(r => -r).ToArray());
        if (currentSigma is { } s)
        {
            longInput = longInput with { NextSigma = s };
            shortInput = shortInput with { NextSigma = s };
        }
        var model = RiskEngineSettings.DefaultMarginModel;
        return new PerpTailData(longEs, shortEs, sd, model.Forecast(longInput, esConfidence).Es, model.Forecast(shortInput, esConfidence).Es);
    }

    /// <summary>Worse side's loss over <paramref name="days"/> as a fraction of notional: max(1 − e^{−ES_L √H}, e^{ES_S √H} − 1).</summary>
    public double HorizonLoss(double days, bool current = false)
    {
        var l = Horizon.SqrtTime(current ? CurrentLongEsLog : LongEsLog, days);
        var s = Horizon.SqrtTime(current ? CurrentShortEsLog : ShortEsLog, days);
        return Math.Max(1 - Math.Exp(-l), Math.Exp(s) - 1);
    }
}

/// <summary>A recommended tier and add-on for one perp instrument, with the on-chain checks.</summary>
/// <param name="Inputs">Inputs.</param>
/// <param name="Tail">Data the tier came from.</param>
/// <param name="MaintenanceLoss">h_MM: worse side's ES loss over the maintenance horizon (fraction).</param>
/// <param name="InitialLoss">h_IM: over the initial horizon (fraction).</param>
/// <param name="CoverNotional">N3: bracket 3 is calibrated up to this notional (USD).</param>
/// <param name="Tier">Recommended tier.</param>
/// <param name="RawAddOnBps">Today's shortfall above the through-the-cycle tier at the initial horizon, bps (before bounds).</param>
/// <param name="AddOnBps">Add-on after the max-add-on and step bounds.</param>
/// <param name="Bound">Bound that applied to the add-on.</param>
/// <param name="PenaltyRaisedMmf">True if mmf was raised to satisfy §13.10's penalty bound.</param>
/// <param name="Checks">§13.10 bounds and the coverage checks, each said aloud.</param>
public sealed record PerpTierRecommendation(
    PerpInstrumentInputs Inputs,
    PerpTailData Tail,
    double MaintenanceLoss,
    double InitialLoss,
    double CoverNotional,
    PerpTier Tier,
    int RawAddOnBps,
    int AddOnBps,
    BoundHit Bound,
    bool PenaltyRaisedMmf,
    IReadOnlyList<PerpTierCheck> Checks)
{
    /// <summary>True when every check passes.</summary>
    public bool AllChecksPass => Checks.All(c => c.Passes);

    /// <summary>Model requirement m(N) = h + I(N) + penalty as a fraction of notional, at the maintenance or initial horizon.</summary>
    public double ModelFraction(double notional, bool initial) =>
        (initial ? InitialLoss : MaintenanceLoss) + Inputs.Impact.CostFraction(notional, Tail.DailyVolatility) + Inputs.LiquidationPenaltyBps / 10_000.0;

    /// <summary>Largest leverage a position in bracket 1 can open (1 / imf).</summary>
    public double MaxLeverage => 10_000.0 / Tier.ImfBps;
}

/// <summary>
/// Recommends a perp instrument's liquidity tier (docs/risk.md §11). With h_f the worse side's ES loss over the horizon of fraction
/// f (maintenance: 1 hour; initial: 1 day), I(N) the square-root impact of unwinding N and p the liquidation penalty, the margin a
/// position of notional N needs is N · m_f(N), m_f(N) = h_f + I(N) + p. Breaks: N1, N2 = the notionals whose impact is 10 / 50 bps
/// (two significant digits, rounded down). f_bps = ⌈m_f(N1)⌉; step2 = the smallest step with requirement(N2) ≥ N2 m_f(N2), step3 likewise
/// at N3 (impact 200 bps), the larger over both fractions (the chain has one step per bracket). N·m_f(N) is convex and the requirement
/// piecewise linear, so meeting it at N1, N2, N3 meets it on all of [0, N3]. Then §13.10's penalty bound raises mmf if needed.
/// The add-on is today's shortfall h_IM(now) − h_IM(through the cycle), within the on-chain add-on bounds.
/// </summary>
public static class PerpTierRecommender
{
    /// <summary>Recommends from measured tails.</summary>
    public static PerpTierRecommendation Recommend(PerpTailData tail, PerpInstrumentInputs inputs, PerpTierPolicy policy, AddOnBounds bounds)
    {
        var impact = inputs.Impact;
        var sigma = tail.DailyVolatility;
        var penalty = inputs.LiquidationPenaltyBps / 10_000.0;
        var hMm = tail.HorizonLoss(policy.MaintenanceHorizonDays);
        var hIm = tail.HorizonLoss(policy.InitialHorizonDays);
        var n1 = RoundDown2(impact.NotionalAtCost(policy.Break1CostBps / 10_000, sigma));
        var n2 = Math.Max(n1, RoundDown2(impact.NotionalAtCost(policy.Break2CostBps / 10_000, sigma)));
        var n3 = impact.NotionalAtCost(policy.CoverCostBps / 10_000, sigma);
        double M(double h, double n) => h + impact.CostFraction(n, sigma) + penalty;

        var mmf = CeilBps(M(hMm, n1));
        var imf = CeilBps(M(hIm, n1));
        var step2 = Math.Max(StepFor(M(hMm, n2), mmf, n1, n2, 0, 0), StepFor(M(hIm, n2), imf, n1, n2, 0, 0));
        var step3 = Math.Max(step2, Math.Max(StepFor(M(hMm, n3), mmf, n1, n2, step2, n3), StepFor(M(hIm, n3), imf, n1, n2, step2, n3)));
        step2 = Math.Min(step2, 10_000);
        step3 = Math.Min(step3, 10_000);

        var minMmf = PerpTierChecks.MinimumMmfForPenalty(inputs.LiquidationPenaltyBps, policy.DeepHealthThresholdWad);
        var raised = mmf < minMmf;
        mmf = Math.Max(mmf, minMmf);
        imf = Math.Min(10_000, Math.Max(imf, mmf + 1));
        var tier = new PerpTier(imf, mmf, (decimal)n1, (decimal)n2, step2, step3);

        var raw = Math.Max(0, CeilBps(tail.HorizonLoss(policy.InitialHorizonDays, current: true) - hIm));
        var clamped = Math.Min(raw, bounds.MaxAddOnBps);
        var bound = clamped < raw ? BoundHit.MaxAddOn : BoundHit.None;
        var stepped = Math.Clamp(clamped, Math.Max(0, inputs.CurrentAddOnBps - bounds.MaxStepBps), inputs.CurrentAddOnBps + bounds.MaxStepBps);
        if (stepped != clamped) bound = BoundHit.MaxStep;

        var partial = new PerpTierRecommendation(inputs, tail, hMm, hIm, n3, tier, raw, stepped, bound, raised, []);
        return partial with { Checks = PerpTierChecks.Run(partial, policy) };
    }

    /// <summary>
    /// The smallest whole-bps step s ≥ 0 such that the requirement reaches N · m: with <paramref name="upTo"/> = 0 the step of
    /// bracket 2 at N = N2; otherwise the step of bracket 3 at N = <paramref name="upTo"/>, given <paramref name="step2"/>.
    /// </summary>
    internal static int StepFor(double m, int fractionBps, double n1, double n2, int step2, double upTo)
    {
        var f = fractionBps / 10_000.0;
        if (upTo <= 0)
        {
            if (n2 <= n1) return 0;
            var slope = (n2 * m - n1 * f) / (n2 - n1);
            return Math.Max(0, CeilBps(slope - f));
        }
        if (upTo <= n2) return step2;
        var atN2 = n1 * f + (n2 - n1) * (f + step2 / 10_000.0);
        var slope3 = (upTo * m - atN2) / (upTo - n2);
        return Math.Max(0, CeilBps(slope3 - f));
    }

    /// <summary>⌈10,000 x⌉ with a 1e-9 tolerance against binary noise.</summary>
    internal static int CeilBps(double fraction) => (int)Math.Ceiling(fraction * 10_000 - 1e-9);

    /// <summary>Rounds a positive amount down to two significant digits (1,234,567 → 1,200,000).</summary>
    internal static double RoundDown2(double x)
    {
        if (x <= 0) return 0;
        var scale = Math.Pow(10, Math.Floor(Math.Log10(x)) - 1);
        return Math.Floor(x / scale + 1e-9) * scale;
    }
}
