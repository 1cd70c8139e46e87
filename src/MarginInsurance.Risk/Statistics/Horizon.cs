namespace MarginInsurance.Risk.Statistics;

/// <summary>Multi-day horizon conventions for log returns.</summary>
public static class Horizon
{
    /// <summary>Square-root-of-time rule: an h-day risk figure = one-day figure x sqrt(h) (i.i.d., zero-mean returns).</summary>
    public static double SqrtTime(double oneDay, double days)
    {
        if (days <= 0) throw new ArgumentOutOfRangeException(nameof(days), days, "horizon must be positive days");
        return oneDay * Math.Sqrt(days);
    }

    /// <summary>Overlapping h-day log returns: R_t = r_t + ... + r_{t+h-1} for every start t (n - h + 1 values).</summary>
    public static double[] OverlappingReturns(ReadOnlySpan<double> daily, int days)
    {
        if (days < 1) throw new ArgumentOutOfRangeException(nameof(days), days, "horizon must be at least 1 day");
        if (daily.Length < days) return [];
        var result = new double[daily.Length - days + 1];
        var sum = 0.0;
        for (var i = 0; i < days; i++) sum += daily[i];
        result[0] = sum;
        for (var t = 1; t < result.Length; t++)
        {
            sum += daily[t + days - 1] - daily[t - 1];
            result[t] = sum;
        }
        return result;
    }

    /// <summary>Converts a log-return loss L (= -r) into a fractional value loss 1 - e^{-L}.</summary>
    public static double LogLossToFraction(double logLoss) => 1 - Math.Exp(-logLoss);
}
