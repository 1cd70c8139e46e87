namespace MarginInsurance.Risk.Measures;

/// <summary>
/// VaR and ES of a loss at a confidence level. Losses are positive numbers; for a single asset they are
/// negative log returns (L = -r), for portfolios they are currency losses.
/// </summary>
/// <param name="Confidence">Confidence level alpha, e.g. 0.99.</param>
/// <param name="Var">Value at Risk: the alpha-quantile of the loss.</param>
/// <param name="Es">Expected Shortfall: the mean loss beyond the alpha-quantile (tail mean).</param>
public readonly record struct RiskEstimate(double Confidence, double Var, double Es)
{
    /// <summary>Scales both measures (e.g. by sigma or by a position value).</summary>
    public RiskEstimate Scale(double factor) => this with { Var = Var * factor, Es = Es * factor };
}
