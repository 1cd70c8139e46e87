using MathNet.Numerics.Distributions;

namespace MarginInsurance.Risk.Backtesting;

/// <summary>A likelihood-ratio test statistic with its chi-squared p-value.</summary>
/// <param name="Statistic">LR statistic.</param>
/// <param name="DegreesOfFreedom">Chi-squared degrees of freedom.</param>
public readonly record struct LikelihoodRatioTest(double Statistic, int DegreesOfFreedom)
{
    /// <summary>p-value: P(χ²_df ≥ LR).</summary>
    public double PValue => Statistic <= 0 ? 1 : 1 - ChiSquared.CDF(DegreesOfFreedom, Statistic);

    /// <summary>True if rejected at the given significance (e.g. 0.05).</summary>
    public bool RejectedAt(double significance) => PValue < significance;
}

/// <summary>Basel traffic-light zone.</summary>
public enum TrafficLightZone
{
    /// <summary>Cumulative binomial probability of the exception count below 95%.</summary>
    Green,

    /// <summary>Between 95% and 99.99%.</summary>
    Yellow,

    /// <summary>At or above 99.99%.</summary>
    Red,
}

/// <summary>VaR exception tests.</summary>
public static class CoverageTests
{
    /// <summary>
    /// Kupiec proportion-of-failures: LR = -2 ln[(1-p)^{n-x} p^x] + 2 ln[(1-x/n)^{n-x} (x/n)^x], χ²(1),
    /// with p = 1 - confidence, x exceptions in n days (0 ln 0 = 0).
    /// </summary>
    public static LikelihoodRatioTest Kupiec(int observations, int exceptions, double confidence)
    {
        if (observations <= 0) throw new ArgumentOutOfRangeException(nameof(observations), "need observations");
        if (exceptions < 0 || exceptions > observations) throw new ArgumentOutOfRangeException(nameof(exceptions));
        var p = 1 - confidence;
        double n = observations, x = exceptions;
        var observed = x / n;
        var lr = -2 * (XLogY(n - x, 1 - p) + XLogY(x, p)) + 2 * (XLogY(n - x, 1 - observed) + XLogY(x, observed));
        return new LikelihoodRatioTest(Math.Max(0, lr), 1);
    }

    /// <summary>
    /// Christoffersen independence: with transition counts n_ij (i = yesterday's exception, j = today's),
    /// π01 = n01/(n00+n01), π11 = n11/(n10+n11), π = (n01+n11)/N,
    /// LR = -2 ln[(1-π)^{n00+n10} π^{n01+n11}] + 2 ln[(1-π01)^{n00} π01^{n01} (1-π11)^{n10} π11^{n11}], χ²(1).
    /// </summary>
    public static LikelihoodRatioTest ChristoffersenIndependence(IReadOnlyList<bool> exceptions)
    {
        int n00 = 0, n01 = 0, n10 = 0, n11 = 0;
        for (var t = 1; t < exceptions.Count; t++)
        {
            switch (exceptions[t - 1], exceptions[t])
            {
                case (false, false): n00++; break;
                case (false, true): n01++; break;
                case (true, false): n10++; break;
                default: n11++; break;
            }
        }
        var total = n00 + n01 + n10 + n11;
        if (total == 0) return new LikelihoodRatioTest(0, 1);
        var pi = (double)(n01 + n11) / total;
        var pi01 = n00 + n01 == 0 ? 0 : (double)n01 / (n00 + n01);
        var pi11 = n10 + n11 == 0 ? 0 : (double)n11 / (n10 + n11);
        var restricted = XLogY(n00 + n10, 1 - pi) + XLogY(n01 + n11, pi);
        var unrestricted = XLogY(n00, 1 - pi01) + XLogY(n01, pi01) + XLogY(n10, 1 - pi11) + XLogY(n11, pi11);
        return new LikelihoodRatioTest(Math.Max(0, -2 * (restricted - unrestricted)), 1);
    }

    /// <summary>
    /// Basel traffic light generalized to n days: with F the Binomial(n, 1 - confidence) CDF, green if F(x) &lt; 0.95,
    /// yellow if F(x) &lt; 0.9999, else red (for n = 250 at 99%: green 0–4, yellow 5–9, red 10+).
    /// </summary>
    public static TrafficLightZone TrafficLight(int observations, int exceptions, double confidence)
    {
        var cdf = Binomial.CDF(1 - confidence, observations, exceptions);
        return cdf < 0.95 ? TrafficLightZone.Green : cdf < 0.9999 ? TrafficLightZone.Yellow : TrafficLightZone.Red;
    }

    private static double XLogY(double x, double y) => x == 0 ? 0 : x * Math.Log(y);
}
