using System.Globalization;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Measures;

namespace MarginInsurance.Risk.Volatility;

/// <summary>The σ a forecast used, and why.</summary>
/// <param name="Asset">Asset.</param>
/// <param name="AsOf">Decision date: the last price date (implied volatility is read as of it; the forecast is for the next day).</param>
/// <param name="Realized">EWMA daily volatility forecast.</param>
/// <param name="Implied">Implied reading used, or null (none configured, or none fresh).</param>
/// <param name="Combined">σ used (daily fraction).</param>
/// <param name="Rule">Combination rule.</param>
/// <param name="ImpliedNote">Why no implied value was used, when <paramref name="Implied"/> is null.</param>
/// <param name="RealizedThrough">Date of the last return in the EWMA (earlier than <paramref name="AsOf"/> when a gap was dropped).</param>
public sealed record SigmaUsed(string Asset, DateOnly AsOf, double Realized, ImpliedReading? Implied, double Combined, ImpliedVolatilityRule Rule, string? ImpliedNote, DateOnly? RealizedThrough = null)
{
    private string Through => RealizedThrough is { } d && d != AsOf ? string.Create(CultureInfo.InvariantCulture, $" (EWMA through the return of {d:yyyy-MM-dd})") : "";

    /// <summary>Short label: "σ 3.40%/day = max(EWMA 3.23%, surface ATM …) as of 2025-01-16".</summary>
    public string Label => Implied is null
        ? string.Create(CultureInfo.InvariantCulture, $"σ {Combined:P2}/day = EWMA realized as of {AsOf:yyyy-MM-dd}{Through}{(ImpliedNote is null ? "" : $"; {ImpliedNote}")}")
        : string.Create(CultureInfo.InvariantCulture, $"σ {Combined:P2}/day = {RuleText}(EWMA {Realized:P2}, {Implied.Description} → {Implied.Daily:P2}/day) as of {AsOf:yyyy-MM-dd}{Through}");

    private string RuleText => Rule.Combination == ImpliedVolatilityCombination.Max ? "max" : $"blend {Rule.BlendWeight:0.##}·implied + {1 - Rule.BlendWeight:0.##}·realized of ";
}

/// <summary>
/// The one σ rule every consumer (var, backtest, recommend, report, keeper risk loop, dashboard) uses: EWMA realized volatility,
/// combined with implied volatility (constant, index or surface ATM at the liquidation horizon) by <see cref="ImpliedVolatilityRule"/>.
/// </summary>
public static class CombinedSigma
{
    /// <summary>σ for the day after <paramref name="asOf"/> (default: the last return's date; pass the last price date).</summary>
    public static SigmaUsed Latest(ReturnSeries returns, RiskEngineSettings settings, ImpliedVolatilitySource? implied, ImpliedVolatilityRule? rule, double horizonDays, DateOnly? asOf = null)
    {
        rule ??= new ImpliedVolatilityRule();
        var realized = settings.LatestInput(returns.Values).NextSigma;
        return Combine(returns.Asset, asOf ?? returns.Dates[^1], realized, implied, rule, horizonDays) with { RealizedThrough = returns.Dates[^1] };
    }

    /// <summary>Applies the rule to one realized forecast made at the close of <paramref name="asOf"/>.</summary>
    public static SigmaUsed Combine(string asset, DateOnly asOf, double realized, ImpliedVolatilitySource? implied, ImpliedVolatilityRule rule, double horizonDays)
    {
        if (implied is null) return new SigmaUsed(asset, asOf, realized, null, realized, rule, "no implied volatility given");
        var reading = implied.DailyAsOf(asOf, horizonDays, rule.MaxStaleDays);
        if (reading is null)
            return new SigmaUsed(asset, asOf, realized, null, realized, rule,
                string.Create(CultureInfo.InvariantCulture, $"{implied.Describe()} has no value within {rule.MaxStaleDays} days of {asOf:yyyy-MM-dd}"));
        return new SigmaUsed(asset, asOf, realized, reading, rule.Combine(realized, reading.Daily), rule, null);
    }

    /// <summary>
    /// σ for every day of a backtest: element t is the σ for return t (forecast at the close of the previous return's date),
    /// from the realized forecasts (n + 1 values as <see cref="EwmaVolatility.Forecasts"/>). Days without a fresh implied value use realized.
    /// </summary>
    public static double[] Series(ReturnSeries returns, double[] realizedForecasts, ImpliedVolatilitySource? implied, ImpliedVolatilityRule? rule, double horizonDays)
    {
        var result = (double[])realizedForecasts.Clone();
        if (implied is null) return result;
        rule ??= new ImpliedVolatilityRule();
        for (var t = 0; t < returns.Count; t++)
        {
            var reading = implied.DailyAsOf(returns.Dates[t].AddDays(-1), horizonDays, rule.MaxStaleDays);
            result[t] = rule.Combine(realizedForecasts[t], reading?.Daily);
        }
        var last = implied.DailyAsOf(returns.Dates[^1], horizonDays, rule.MaxStaleDays);
        result[^1] = rule.Combine(realizedForecasts[^1], last?.Daily);
        return result;
    }
}
