using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Risk.Portfolio;

/// <summary>Per-asset Euler contribution to a portfolio's risk.</summary>
/// <param name="Asset">Asset.</param>
/// <param name="Exposure">USD exposure.</param>
/// <param name="Marginal">∂Risk/∂Exposure: extra risk per extra USD of this asset.</param>
/// <param name="Component">Exposure × Marginal; components add up to the portfolio figure.</param>
public readonly record struct RiskContribution(string Asset, double Exposure, double Marginal, double Component);

/// <summary>Portfolio VaR/ES with Euler contributions.</summary>
/// <param name="Risk">VaR/ES of the portfolio loss, USD.</param>
/// <param name="EsContributions">Contributions to ES (scenario methods) or VaR-consistent ES (parametric).</param>
public sealed record PortfolioRiskResult(RiskEstimate Risk, IReadOnlyList<RiskContribution> EsContributions);

/// <summary>
/// Cross-margin account risk: collateral exposures v_a (USD) against a fixed base-asset debt, so the account's
/// equity loss is L = -Σ v_a (e^{r_a} - 1). Isolated positions are the one-asset case and do not net.
/// </summary>
public static class PortfolioRisk
{
    /// <summary>
    /// Scenario (Monte Carlo or historical) VaR/ES with the <see cref="EmpiricalTail"/> rule; ES contribution of asset a is the
    /// same tail-weighted mean of its own loss -v_a (e^{r_a} - 1) over the tail scenarios (they add up to ES exactly).
    /// </summary>
    public static PortfolioRiskResult FromScenarios(IReadOnlyList<double> exposures, ScenarioSet scenarios, double confidence)
    {
        var d = scenarios.Assets.Count;
        var n = scenarios.Count;
        var losses = new double[n];
        for (var s = 0; s < n; s++)
        {
            var l = 0.0;
            for (var a = 0; a < d; a++) l -= exposures[a] * double.ExpM1(scenarios.Values[s * d + a]);
            losses[s] = l;
        }
        var risk = EmpiricalTail.Estimate(losses, confidence);
        var order = Enumerable.Range(0, n).OrderByDescending(i => losses[i]).ToArray();
        var tailMass = n * (1 - confidence);
        var k = Math.Max(1, (int)Math.Ceiling(tailMass - 1e-9));
        var contributions = new List<RiskContribution>();
        for (var a = 0; a < d; a++)
        {
            var sum = 0.0;
            for (var i = 0; i < k; i++)
            {
                var weight = i < k - 1 ? 1.0 : tailMass < 1 ? 1.0 : tailMass - (k - 1);
                sum += weight * -exposures[a] * double.ExpM1(scenarios.Values[order[i] * d + a]);
            }
            var component = sum / Math.Max(tailMass, 1);
            contributions.Add(new RiskContribution(scenarios.Assets[a], exposures[a], exposures[a] == 0 ? 0 : component / exposures[a], component));
        }
        return new PortfolioRiskResult(risk, contributions);
    }

    /// <summary>
    /// Parametric normal (delta) VaR/ES: σ_p = sqrt(v' Σ v); VaR = z σ_p, ES = φ(z)/(1-α) σ_p;
    /// marginal_a = (Σ v)_a / σ_p × (ES multiplier), component_a = v_a marginal_a.
    /// </summary>
    public static PortfolioRiskResult Normal(IReadOnlyList<string> assets, IReadOnlyList<double> exposures, double[,] covariance, double confidence)
    {
        var d = assets.Count;
        var sv = new double[d];
        var variance = 0.0;
        for (var i = 0; i < d; i++)
        {
            for (var j = 0; j < d; j++) sv[i] += covariance[i, j] * exposures[j];
            variance += exposures[i] * sv[i];
        }
        var sigma = Math.Sqrt(variance);
        var unit = ParametricRisk.Normal(confidence);
        var contributions = Enumerable.Range(0, d).Select(i =>
        {
            var marginal = sigma == 0 ? 0 : sv[i] / sigma * unit.Es;
            return new RiskContribution(assets[i], exposures[i], marginal, exposures[i] * marginal);
        }).ToList();
        return new PortfolioRiskResult(unit.Scale(sigma), contributions);
    }

    /// <summary>Sum of stand-alone (isolated) ES of each exposure: the no-netting figure to compare with cross margin.</summary>
    public static double IsolatedEsSum(IReadOnlyList<double> exposures, ScenarioSet scenarios, double confidence)
    {
        var d = scenarios.Assets.Count;
        var total = 0.0;
        for (var a = 0; a < d; a++)
        {
            if (exposures[a] == 0) continue;
            var losses = new double[scenarios.Count];
            for (var s = 0; s < scenarios.Count; s++) losses[s] = -exposures[a] * double.ExpM1(scenarios.Values[s * d + a]);
            total += EmpiricalTail.EstimateInPlace(losses, confidence).Es;
        }
        return total;
    }
}
