using System.Globalization;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Surfaces;

namespace MarginInsurance.Risk.Volatility;

/// <summary>An implied daily volatility read for a date.</summary>
/// <param name="Daily">Daily volatility (fraction) over the horizon.</param>
/// <param name="AsOf">Date of the observation used (null for a constant).</param>
/// <param name="Description">What it is, e.g. "surface ATM at 1 d, 2025-01-16".</param>
public sealed record ImpliedReading(double Daily, DateOnly? AsOf, string Description);

/// <summary>Where an asset's implied volatility comes from: a constant (<c>ETH=65</c>), a DVOL-style index series, or a fitted surface.</summary>
public abstract record ImpliedVolatilitySource(string Asset)
{
    /// <summary>Implied daily volatility for a forecast made at the close of <paramref name="date"/>, or null if none is fresh.</summary>
    public abstract ImpliedReading? DailyAsOf(DateOnly date, double horizonDays, int maxStaleDays);

    /// <summary>One-line description of the source.</summary>
    public abstract string Describe();

    /// <summary>Daily volatility from annualized percent: value / 100 / √365.</summary>
    public static double DailyFromAnnualPercent(double percent) => percent / 100 / Math.Sqrt(ImpliedVolatilitySeries.DaysPerYear);

    /// <summary>Invariant formatting helper.</summary>
    protected static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A constant annualized implied volatility (e.g. <c>--implied-vol ETH=65</c>): the same value on every date.</summary>
/// <param name="Asset">Asset.</param>
/// <param name="AnnualPercent">Annualized percent.</param>
public sealed record ConstantImpliedVolatility(string Asset, double AnnualPercent) : ImpliedVolatilitySource(Asset)
{
    /// <inheritdoc />
    public override ImpliedReading DailyAsOf(DateOnly date, double horizonDays, int maxStaleDays) =>
        new(DailyFromAnnualPercent(AnnualPercent), null, Describe());

    /// <inheritdoc />
    public override string Describe() => Text($"constant implied {AnnualPercent:0.##}%/yr (every date)");
}

/// <summary>A DVOL-style index series (annualized percent per date).</summary>
/// <param name="Series">The series.</param>
public sealed record IndexImpliedVolatility(ImpliedVolatilitySeries Series) : ImpliedVolatilitySource(Series.Asset)
{
    /// <inheritdoc />
    public override ImpliedReading? DailyAsOf(DateOnly date, double horizonDays, int maxStaleDays)
    {
        var daily = Series.DailyVolatilityAsOf(date, maxStaleDays);
        if (daily is not { } d) return null;
        var asOf = Series.Dates.Last(x => x <= date);
        return new ImpliedReading(d, asOf, Text($"implied index {d * Math.Sqrt(ImpliedVolatilitySeries.DaysPerYear):P1}/yr as of {asOf:yyyy-MM-dd}"));
    }

    /// <inheritdoc />
    public override string Describe() =>
        Text($"implied index {Series.Dates[0]:yyyy-MM-dd}..{Series.Dates[^1]:yyyy-MM-dd}");
}

/// <summary>A fitted surface: the ATM term structure interpolated to the liquidation horizon, valid on its own date (up to the staleness limit).</summary>
/// <param name="Surface">The surface.</param>
public sealed record SurfaceImpliedVolatility(VolSurface Surface) : ImpliedVolatilitySource(Surface.Asset)
{
    /// <inheritdoc />
    public override ImpliedReading? DailyAsOf(DateOnly date, double horizonDays, int maxStaleDays)
    {
        var age = date.DayNumber - Surface.Date.DayNumber;
        if (age < 0 || age > maxStaleDays) return null;
        var daily = Surface.HorizonDailyVolatility(horizonDays);
        return new ImpliedReading(daily, Surface.Date,
            Text($"surface ATM {Surface.AtmVolatility(horizonDays / SurfaceQuote.DaysPerYear):P1}/yr at {horizonDays:0.##} d as of {Surface.Date:yyyy-MM-dd}"));
    }

    /// <inheritdoc />
    public override string Describe() => Text($"surface of {Surface.Date:yyyy-MM-dd} ({Surface.Slices.Count} expiries)");
}
