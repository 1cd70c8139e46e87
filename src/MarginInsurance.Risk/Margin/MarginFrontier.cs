using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Risk.Margin;

/// <summary>One margin level on the frontier.</summary>
/// <param name="LiquidationThresholdBps">Effective LT.</param>
/// <param name="MaxLtvBps">Capital efficiency: the largest loan-to-value a trader gets (LT - buffer).</param>
/// <param name="ExpectedBadDebtBps">E[bad debt] per unit of debt of a position at health 1, bps of debt.</param>
/// <param name="BadDebtEsBps">ES (at the policy confidence) of that bad debt, bps of debt.</param>
/// <param name="ProbabilityOfBadDebt">P(bad debt &gt; 0).</param>
public readonly record struct FrontierPoint(int LiquidationThresholdBps, int MaxLtvBps, double ExpectedBadDebtBps, double BadDebtEsBps, double ProbabilityOfBadDebt);

/// <summary>
/// Margin level vs bad debt vs capital efficiency. For a position exactly at health 1 (debt = V · LT), a horizon move R gives bad debt
/// per unit of debt max(0, 1 - (1 + R)(1 - s)/((1 + b) LT)). R runs over the filtered-HS scenarios
/// R = exp(σ_{t+1} sqrt(H) z_i) - 1, z_i the standardized residuals of the last window.
/// </summary>
public static class MarginFrontier
{
    /// <summary>LT levels from 5000 to 9500 bps in steps of 250.</summary>
    public static IReadOnlyList<int> DefaultLevels { get; } = Enumerable.Range(0, 19).Select(i => 5000 + 250 * i).ToArray();

    /// <summary>Computes the frontier for one asset.</summary>
    public static IReadOnlyList<FrontierPoint> Compute(double[] returns, AssetMarginInputs inputs, MarginPolicy policy, RiskEngineSettings settings, IReadOnlyList<int>? levels = null, double? volatilityOverride = null)
    {
        var input = settings.LatestInput(returns);
        var sigma = (volatilityOverride ?? input.NextSigma) * Math.Sqrt(policy.HorizonDays);
        var z = input.StandardizedResiduals();
        var moves = z.Select(x => Math.Exp(inputs.LiquidityMultiplier * sigma * x) - 1).ToArray();
        var recovery = (1 - inputs.SlippageBps / 10_000) / (1 + inputs.BonusBps / 10_000);
        var points = new List<FrontierPoint>();
        foreach (var lt in levels ?? DefaultLevels)
        {
            var ltFraction = lt / 10_000.0;
            var bad = moves.Select(r => Math.Max(0, 1 - (1 + r) * recovery / ltFraction)).ToArray();
            var tail = EmpiricalTail.Estimate(bad, policy.EsConfidence);
            points.Add(new FrontierPoint(lt, lt - policy.LtvBufferBps, bad.Average() * 10_000, tail.Es * 10_000, bad.Count(b => b > 0) / (double)bad.Length));
        }
        return points;
    }
}
