using System.Globalization;

namespace MarginInsurance.Risk.Data;

/// <summary>
/// An implied-volatility index (DVOL-style): annualized volatility in percent, e.g. 65 = 65%/year.
/// Daily volatility = value / 100 / sqrt(365) (crypto trades every calendar day).
/// </summary>
/// <param name="Asset">Underlying asset.</param>
/// <param name="Dates">Observation dates, increasing.</param>
/// <param name="AnnualizedPercent">Annualized implied volatility in percent.</param>
public sealed record ImpliedVolatilitySeries(string Asset, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> AnnualizedPercent)
{
    /// <summary>Calendar days per year used to de-annualize.</summary>
    public const double DaysPerYear = 365.0;

    /// <summary>Daily implied volatility as of a date (last observation on or before it, no older than <paramref name="maxStaleDays"/>), else null.</summary>
    public double? DailyVolatilityAsOf(DateOnly date, int maxStaleDays = 3)
    {
        int lo = 0, hi = Dates.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Dates[mid] <= date) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        if (found < 0 || date.DayNumber - Dates[found].DayNumber > maxStaleDays) return null;
        return AnnualizedPercent[found] / 100.0 / Math.Sqrt(DaysPerYear);
    }

    /// <summary>Reads a <c>date,value</c> CSV of annualized percent implied volatility (same format rules as prices).</summary>
    public static ImpliedVolatilitySeries Read(string path, string asset)
    {
        var prices = PriceCsvReader.Read(path, asset);
        return new ImpliedVolatilitySeries(asset, prices.Dates, prices.Prices);
    }

    /// <summary>Builds the series from oracle rounds (AggregatorV3 shape) of a volatility index feed.</summary>
    public static ImpliedVolatilitySeries FromOracleRounds(string asset, IEnumerable<OracleRound> rounds, int decimals)
    {
        var daily = OracleRoundSeries.ToDailyCloses(asset, rounds, decimals, "oracle");
        return new ImpliedVolatilitySeries(asset, daily.Dates, daily.Prices);
    }

    internal static string Format(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
