namespace MarginInsurance.Risk.Volatility;

/// <summary>
/// RiskMetrics EWMA volatility: σ²_{t+1} = λ σ²_t + (1 - λ) r_t², zero mean. The recursion is seeded with the
/// mean square of the first <see cref="SeedCount"/> returns.
/// </summary>
public static class EwmaVolatility
{
    /// <summary>RiskMetrics daily decay.</summary>
    public const double DefaultLambda = 0.94;

    /// <summary>Returns used to seed the variance.</summary>
    public const int SeedCount = 30;

    /// <summary>
    /// One-step-ahead volatility forecasts: element t is the forecast for return t made with returns 0..t-1;
    /// the array has n + 1 elements, the last being the forecast for the day after the sample.
    /// </summary>
    public static double[] Forecasts(ReadOnlySpan<double> returns, double lambda = DefaultLambda)
    {
        if (!(lambda > 0 && lambda < 1))
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "EWMA lambda must be in (0, 1), e.g. 0.94");
        if (returns.Length == 0) throw new ArgumentException("need returns", nameof(returns));
        var seedCount = Math.Min(SeedCount, returns.Length);
        var variance = 0.0;
        for (var i = 0; i < seedCount; i++) variance += returns[i] * returns[i];
        variance = Math.Max(variance / seedCount, 1e-12);
        var sigma = new double[returns.Length + 1];
        for (var t = 0; t < returns.Length; t++)
        {
            sigma[t] = Math.Sqrt(variance);
            variance = lambda * variance + (1 - lambda) * returns[t] * returns[t];
        }
        sigma[^1] = Math.Sqrt(variance);
        return sigma;
    }

    /// <summary>EWMA covariance matrix forecast for the day after the sample (same seeding rule).</summary>
    public static double[,] Covariance(double[][] returns, double lambda = DefaultLambda)
    {
        var d = returns.Length;
        var n = returns[0].Length;
        var cov = new double[d, d];
        var seedCount = Math.Min(SeedCount, n);
        for (var i = 0; i < d; i++)
        for (var j = 0; j < d; j++)
        {
            var s = 0.0;
            for (var t = 0; t < seedCount; t++) s += returns[i][t] * returns[j][t];
            cov[i, j] = s / seedCount;
        }
        for (var t = 0; t < n; t++)
        for (var i = 0; i < d; i++)
        for (var j = 0; j < d; j++)
            cov[i, j] = lambda * cov[i, j] + (1 - lambda) * returns[i][t] * returns[j][t];
        return cov;
    }
}
