namespace MarginInsurance.Risk.Data;

/// <summary>Daily log returns r_t = ln(P_t / P_{t-1}) of one asset, each dated by its end day.</summary>
/// <param name="Asset">Asset symbol.</param>
/// <param name="Dates">End date of each one-day return.</param>
/// <param name="Values">Log returns.</param>
/// <param name="Policy">Gap policy that produced the series.</param>
/// <param name="Gaps">Gaps found in the prices (dropped or filled according to <paramref name="Policy"/>).</param>
public sealed record ReturnSeries(
    string Asset,
    IReadOnlyList<DateOnly> Dates,
    double[] Values,
    GapPolicy Policy,
    IReadOnlyList<PriceGap> Gaps)
{
    /// <summary>Number of returns.</summary>
    public int Count => Values.Length;

    /// <summary>Computes one-day log returns from prices under a gap policy.</summary>
    /// <exception cref="PriceGapException">The series has gaps and the policy is <see cref="GapPolicy.Refuse"/>.</exception>
    public static ReturnSeries FromPrices(PriceSeries prices, GapPolicy policy)
    {
        if (prices.Gaps.Count > 0 && policy == GapPolicy.Refuse) throw new PriceGapException(prices);
        var dates = new List<DateOnly>(prices.Dates.Count);
        var values = new List<double>(prices.Dates.Count);
        for (var i = 1; i < prices.Dates.Count; i++)
        {
            var days = prices.Dates[i].DayNumber - prices.Dates[i - 1].DayNumber;
            var logMove = Math.Log(prices.Prices[i] / prices.Prices[i - 1]);
            if (days == 1)
            {
                dates.Add(prices.Dates[i]);
                values.Add(logMove);
            }
            else if (policy == GapPolicy.Interpolate)
            {
                // Geometric interpolation: the log move is split evenly over the calendar days it spans.
                for (var k = 1; k <= days; k++)
                {
                    dates.Add(prices.Dates[i - 1].AddDays(k));
                    values.Add(logMove / days);
                }
            }
            // GapPolicy.Drop: the gap-spanning return is excluded.
        }
        return new ReturnSeries(prices.Asset, dates, values.ToArray(), policy, prices.Gaps);
    }

    /// <summary>Restricts to returns dated in [from, to].</summary>
    public ReturnSeries Between(DateOnly from, DateOnly to)
    {
        var d = new List<DateOnly>();
        var v = new List<double>();
        for (var i = 0; i < Count; i++)
            if (Dates[i] >= from && Dates[i] <= to) { d.Add(Dates[i]); v.Add(Values[i]); }
        return this with { Dates = d, Values = v.ToArray() };
    }
}
