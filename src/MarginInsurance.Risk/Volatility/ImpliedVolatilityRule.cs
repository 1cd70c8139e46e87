using MarginInsurance.Risk.Data;

namespace MarginInsurance.Risk.Volatility;

/// <summary>How implied volatility is combined with realized (EWMA) volatility.</summary>
public enum ImpliedVolatilityCombination
{
    /// <summary>σ = max(σ_realized, σ_implied): margin reacts as soon as the options market prices more risk, never less than realized.</summary>
    Max,

    /// <summary>σ = w σ_implied + (1 - w) σ_realized.</summary>
    Blend,
}

/// <summary>The documented implied/realized combination rule; when no fresh implied value exists, realized is used alone.</summary>
/// <param name="Combination">Max (default) or Blend.</param>
/// <param name="BlendWeight">Weight of implied volatility for <see cref="ImpliedVolatilityCombination.Blend"/>.</param>
/// <param name="MaxStaleDays">Implied values older than this many days are ignored.</param>
public sealed record ImpliedVolatilityRule(
    ImpliedVolatilityCombination Combination = ImpliedVolatilityCombination.Max,
    double BlendWeight = 0.5,
    int MaxStaleDays = 3)
{
    /// <summary>Combines one day's realized and (optional) implied daily volatility.</summary>
    public double Combine(double realizedDaily, double? impliedDaily)
    {
        if (impliedDaily is not { } implied || !double.IsFinite(implied) || implied <= 0) return realizedDaily;
        return Combination switch
        {
            ImpliedVolatilityCombination.Max => Math.Max(realizedDaily, implied),
            ImpliedVolatilityCombination.Blend => BlendWeight * implied + (1 - BlendWeight) * realizedDaily,
            _ => throw new InvalidOperationException($"unknown combination {Combination}"),
        };
    }

    /// <summary>Applies the rule date by date to a realized volatility series.</summary>
    public double[] Combine(IReadOnlyList<DateOnly> dates, ReadOnlySpan<double> realizedDaily, ImpliedVolatilitySeries implied)
    {
        var result = new double[realizedDaily.Length];
        for (var t = 0; t < result.Length; t++)
            result[t] = Combine(realizedDaily[t], implied.DailyVolatilityAsOf(dates[t], MaxStaleDays));
        return result;
    }
}
