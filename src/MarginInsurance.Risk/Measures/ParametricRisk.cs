using MarginInsurance.Risk.Statistics;
using MathNet.Numerics.Distributions;

namespace MarginInsurance.Risk.Measures;

/// <summary>
/// Closed-form VaR/ES of a zero-mean loss with standard deviation 1 (multiply by sigma for a position).
/// Conventions: loss L = -r, alpha = confidence, z = Φ^{-1}(alpha).
/// </summary>
public static class ParametricRisk
{
    /// <summary>Normal: VaR = z, ES = φ(z) / (1 - alpha).</summary>
    public static RiskEstimate Normal(double confidence)
    {
        EmpiricalTail.ValidateConfidence(confidence);
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, confidence);
        var es = MathNet.Numerics.Distributions.Normal.PDF(0, 1, z) / (1 - confidence);
        return new RiskEstimate(confidence, z, es);
    }

    /// <summary>
    /// Student-t with nu degrees of freedom rescaled to unit variance (s = sqrt((ν-2)/ν)), q = t_ν^{-1}(alpha):
    /// VaR = s q; ES = s f_ν(q) (ν + q²) / ((ν - 1)(1 - alpha)), f_ν the standard t density.
    /// </summary>
    public static RiskEstimate StudentT(double confidence, double nu)
    {
        EmpiricalTail.ValidateConfidence(confidence);
        if (!(nu > 2)) throw new ArgumentOutOfRangeException(nameof(nu), nu, "degrees of freedom must exceed 2 for a finite variance");
        var s = Math.Sqrt((nu - 2) / nu);
        var q = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, nu, confidence);
        var density = MathNet.Numerics.Distributions.StudentT.PDF(0, 1, nu, q);
        var es = density * (nu + q * q) / ((nu - 1) * (1 - confidence));
        return new RiskEstimate(confidence, s * q, s * es);
    }

    /// <summary>
    /// Cornish–Fisher expansion with loss skewness S and excess kurtosis K:
    /// z_cf = z + (z² - 1) S/6 + (z³ - 3z) K/24 - (2z³ - 5z) S²/36, VaR = z_cf.
    /// ES is the exact tail mean of that expansion, using the normal tail moments
    /// M0 = 1 - Φ(z), M1 = φ(z), M2 = zφ(z) + M0, M3 = (z² + 2)φ(z):
    /// ES = [M1 + S/6 (M2 - M0) + K/24 (M3 - 3 M1) - S²/36 (2 M3 - 5 M1)] / (1 - alpha).
    /// </summary>
    public static RiskEstimate CornishFisher(double confidence, double skewness, double excessKurtosis)
    {
        EmpiricalTail.ValidateConfidence(confidence);
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, confidence);
        double S = skewness, K = excessKurtosis;
        var zcf = z + (z * z - 1) * S / 6 + (z * z * z - 3 * z) * K / 24 - (2 * z * z * z - 5 * z) * S * S / 36;
        var phi = MathNet.Numerics.Distributions.Normal.PDF(0, 1, z);
        var m0 = 1 - confidence;
        var m1 = phi;
        var m2 = z * phi + m0;
        var m3 = (z * z + 2) * phi;
        var es = (m1 + S / 6 * (m2 - m0) + K / 24 * (m3 - 3 * m1) - S * S / 36 * (2 * m3 - 5 * m1)) / m0;
        return new RiskEstimate(confidence, zcf, Math.Max(es, zcf));
    }

    /// <summary>
    /// True if the Cornish–Fisher quantile is usable at this confidence: z_cf(z_α) &gt; 0 and z_cf is increasing over the tail
    /// [z_0.90, z_α], i.e. dz_cf/dz = 1 + zS/3 + (z² − 1)K/8 − (6z² − 5)S²/36 &gt; 0 there. Outside that domain (strong skew) the
    /// expansion is not a quantile function of the tail: it can print a negative 97.5% VaR beside a positive 99% VaR, so callers fall
    /// back (<see cref="CornishFisherEwmaModel"/> uses filtered HS). The body (z &lt; z_0.90) is not checked: excess kurtosis above 8,
    /// common in crypto, bends the expansion there without affecting tail quantiles.
    /// </summary>
    public static bool CornishFisherIsMonotone(double confidence, double skewness, double excessKurtosis)
    {
        EmpiricalTail.ValidateConfidence(confidence);
        var top = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, confidence);
        var bottom = Math.Min(MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.90), top);
        double S = skewness, K = excessKurtosis;
        if (CornishFisher(confidence, S, K).Var <= 0) return false;
        for (var i = 0; i <= 100; i++)
        {
            var z = bottom + (top - bottom) * i / 100;
            if (1 + z * S / 3 + (z * z - 1) * K / 8 - (6 * z * z - 5) * S * S / 36 <= 0) return false;
        }
        return true;
    }
}
