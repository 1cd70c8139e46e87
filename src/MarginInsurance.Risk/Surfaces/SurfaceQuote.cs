namespace MarginInsurance.Risk.Surfaces;

/// <summary>One implied-volatility quote, normalized: log-moneyness k = ln(K/F) and annualized implied volatility (fraction).</summary>
/// <param name="Date">Quote date.</param>
/// <param name="Expiry">Expiry date.</param>
/// <param name="LogMoneyness">k = ln(strike / forward).</param>
/// <param name="ImpliedVolatility">Annualized implied volatility as a fraction (0.65 = 65%).</param>
public sealed record SurfaceQuote(DateOnly Date, DateOnly Expiry, double LogMoneyness, double ImpliedVolatility)
{
    /// <summary>Calendar days per year (crypto trades every day; same convention as the DVOL-style index).</summary>
    public const double DaysPerYear = 365.0;

    /// <summary>Time to expiry in years (calendar days / 365).</summary>
    public double Years => (Expiry.DayNumber - Date.DayNumber) / DaysPerYear;

    /// <summary>Total implied variance σ² T.</summary>
    public double TotalVariance => ImpliedVolatility * ImpliedVolatility * Years;
}
