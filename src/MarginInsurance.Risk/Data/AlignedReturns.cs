namespace MarginInsurance.Risk.Data;

/// <summary>Returns of several assets on their common dates (intersection), for multi-asset models.</summary>
/// <param name="Assets">Asset symbols, column order.</param>
/// <param name="Dates">Common dates.</param>
/// <param name="Values">Values[asset][t] log returns.</param>
public sealed record AlignedReturns(IReadOnlyList<string> Assets, IReadOnlyList<DateOnly> Dates, double[][] Values)
{
    /// <summary>Number of common dates.</summary>
    public int Count => Dates.Count;

    /// <summary>Intersects the series on dates.</summary>
    public static AlignedReturns Create(IReadOnlyList<ReturnSeries> series)
    {
        if (series.Count == 0) throw new ArgumentException("need at least one series", nameof(series));
        var common = new HashSet<DateOnly>(series[0].Dates);
        foreach (var s in series.Skip(1)) common.IntersectWith(s.Dates);
        var dates = common.OrderBy(d => d).ToList();
        var values = new double[series.Count][];
        for (var a = 0; a < series.Count; a++)
        {
            var index = new Dictionary<DateOnly, double>(series[a].Count);
            for (var i = 0; i < series[a].Count; i++) index[series[a].Dates[i]] = series[a].Values[i];
            values[a] = dates.Select(d => index[d]).ToArray();
        }
        return new AlignedReturns(series.Select(s => s.Asset).ToList(), dates, values);
    }
}
