namespace MarginInsurance.Risk.Data;

/// <summary>A run of missing calendar days between two consecutive observations.</summary>
/// <param name="LastBefore">The last date that has a price before the gap.</param>
/// <param name="FirstAfter">The first date that has a price after the gap.</param>
public sealed record PriceGap(DateOnly LastBefore, DateOnly FirstAfter)
{
    /// <summary>Number of calendar days with no price.</summary>
    public int MissingDays => FirstAfter.DayNumber - LastBefore.DayNumber - 1;

    /// <inheritdoc />
    public override string ToString() => $"{LastBefore:yyyy-MM-dd}..{FirstAfter:yyyy-MM-dd} ({MissingDays} missing)";
}

/// <summary>Daily closes of one asset in USD, exactly as read (no filling), with the gaps detected.</summary>
/// <param name="Asset">Asset symbol, e.g. ETH.</param>
/// <param name="Dates">Strictly increasing observation dates.</param>
/// <param name="Prices">Positive prices, one per date.</param>
/// <param name="Gaps">Missing-day runs between consecutive dates.</param>
/// <param name="Source">Where the series was read from (file path, feed address).</param>
public sealed record PriceSeries(
    string Asset,
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<double> Prices,
    IReadOnlyList<PriceGap> Gaps,
    string Source)
{
    /// <summary>Builds a series from dated prices, detecting gaps; dates must be strictly increasing.</summary>
    public static PriceSeries Create(string asset, IReadOnlyList<DateOnly> dates, IReadOnlyList<double> prices, string source)
    {
        if (dates.Count != prices.Count)
            throw new ArgumentException("dates and prices must have the same length");
        var gaps = new List<PriceGap>();
        for (var i = 1; i < dates.Count; i++)
        {
            var step = dates[i].DayNumber - dates[i - 1].DayNumber;
            if (step <= 0)
                throw new ArgumentException($"{source}: dates must be strictly increasing ({dates[i - 1]:yyyy-MM-dd} then {dates[i]:yyyy-MM-dd})");
            if (step > 1) gaps.Add(new PriceGap(dates[i - 1], dates[i]));
        }
        return new PriceSeries(asset, dates, prices, gaps, source);
    }

    /// <summary>Price on a date, or null if that date has no observation.</summary>
    public double? PriceOn(DateOnly date)
    {
        var index = IndexOf(date);
        return index >= 0 ? Prices[index] : null;
    }

    /// <summary>Index of a date, or a negative number when absent.</summary>
    public int IndexOf(DateOnly date)
    {
        int lo = 0, hi = Dates.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = Dates[mid].CompareTo(date);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }

    /// <summary>Restricts the series to dates in [from, to].</summary>
    public PriceSeries Between(DateOnly from, DateOnly to)
    {
        var d = new List<DateOnly>();
        var p = new List<double>();
        for (var i = 0; i < Dates.Count; i++)
            if (Dates[i] >= from && Dates[i] <= to) { d.Add(Dates[i]); p.Add(Prices[i]); }
        return Create(Asset, d, p, Source);
    }
}
