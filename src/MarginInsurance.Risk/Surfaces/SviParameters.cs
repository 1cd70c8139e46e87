namespace MarginInsurance.Risk.Surfaces;

/// <summary>
/// Raw SVI (Gatheral 2004) slice in total implied variance w = σ_imp² T as a function of log-moneyness k = ln(K/F):
/// w(k) = a + b (ρ (k − m) + √((k − m)² + σ²)).
/// </summary>
/// <param name="A">Level a.</param>
/// <param name="B">Wing slope b ≥ 0.</param>
/// <param name="Rho">Skew ρ in (−1, 1).</param>
/// <param name="M">Shift m.</param>
/// <param name="Sigma">ATM curvature σ &gt; 0.</param>
public sealed record SviParameters(double A, double B, double Rho, double M, double Sigma)
{
    /// <summary>Total implied variance w(k).</summary>
    public double TotalVariance(double k)
    {
        var x = k - M;
        return A + B * (Rho * x + Math.Sqrt(x * x + Sigma * Sigma));
    }

    /// <summary>w'(k).</summary>
    public double FirstDerivative(double k)
    {
        var x = k - M;
        return B * (Rho + x / Math.Sqrt(x * x + Sigma * Sigma));
    }

    /// <summary>w''(k).</summary>
    public double SecondDerivative(double k)
    {
        var x = k - M;
        var r = x * x + Sigma * Sigma;
        return B * Sigma * Sigma / (r * Math.Sqrt(r));
    }

    /// <summary>
    /// Gatheral's butterfly density factor g(k) = (1 − k w'/(2w))² − (w'²/4)(1/w + 1/4) + w''/2; the risk-neutral density is
    /// non-negative (no butterfly arbitrage) iff g ≥ 0 and w &gt; 0.
    /// </summary>
    public double ButterflyDensityFactor(double k)
    {
        var w = TotalVariance(k);
        var w1 = FirstDerivative(k);
        var w2 = SecondDerivative(k);
        var t = 1 - k * w1 / (2 * w);
        return t * t - w1 * w1 / 4 * (1 / w + 0.25) + w2 / 2;
    }

    /// <summary>Minimum of w over k: a + b σ √(1 − ρ²).</summary>
    public double MinimumVariance => A + B * Sigma * Math.Sqrt(1 - Rho * Rho);

    /// <summary>Annualized implied volatility at k for a slice of maturity <paramref name="years"/>.</summary>
    public double ImpliedVolatility(double k, double years) => Math.Sqrt(Math.Max(TotalVariance(k), 0) / years);

    /// <summary>The raw SVI slice of an SSVI surface (Gatheral–Jacquier 2014) at ATM total variance θ with skew ρ and curvature φ.</summary>
    public static SviParameters FromSsvi(double theta, double rho, double phi) =>
        new(theta / 2 * (1 - rho * rho), theta * phi / 2, rho, -rho / phi, Math.Sqrt(1 - rho * rho) / phi);
}
