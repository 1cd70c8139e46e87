using MarginInsurance.Risk.Measures;

namespace MarginInsurance.Risk.Insurance;

/// <summary>Student-t degrees of freedom and volatility scale of the Monte Carlo, calibrated to the data's tail.</summary>
/// <param name="DegreesOfFreedom">ν of the multivariate t.</param>
/// <param name="VolatilityScale">Factor on every volatility (1 unless the data's tail is heavier than any unit-variance t allows).</param>
public readonly record struct TailCalibration(double DegreesOfFreedom, double VolatilityScale)
{
    /// <summary>Smallest ν searched: below about 4 the unit-variance t quantile at 99% stops rising.</summary>
    public const double MinNu = 4;

    /// <summary>
    /// Matches the unit-variance t quantile at <paramref name="confidence"/> to <paramref name="standardizedQuantile"/> (e.g. the pooled
    /// filtered-HS 99% quantile of standardized losses): bisection for ν on [4, 60] (the quantile falls as ν rises there). If the data's
    /// quantile exceeds the ν = 4 quantile, ν = 4 and volatilities are scaled by the ratio; if it is below the ν = 60 one, ν = 60.
    /// </summary>
    public static TailCalibration Match(double standardizedQuantile, double confidence)
    {
        double lo = MinNu, hi = 60;
        var heaviest = ParametricRisk.StudentT(confidence, lo).Var;
        if (standardizedQuantile >= heaviest) return new TailCalibration(lo, standardizedQuantile / heaviest);
        if (ParametricRisk.StudentT(confidence, hi).Var >= standardizedQuantile) return new TailCalibration(hi, 1);
        for (var i = 0; i < 60; i++)
        {
            var mid = (lo + hi) / 2;
            if (ParametricRisk.StudentT(confidence, mid).Var > standardizedQuantile) lo = mid; else hi = mid;
        }
        return new TailCalibration((lo + hi) / 2, 1);
    }
}
