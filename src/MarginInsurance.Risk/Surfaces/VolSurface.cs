using System.Globalization;
using MathNet.Numerics.Distributions;

namespace MarginInsurance.Risk.Surfaces;

/// <summary>One fitted expiry.</summary>
/// <param name="Expiry">Expiry date.</param>
/// <param name="Years">Time to expiry (calendar days / 365).</param>
/// <param name="Svi">Fitted raw SVI parameters (total variance).</param>
/// <param name="RmseVolatility">Fit error, RMS of annualized implied volatility (fraction).</param>
/// <param name="Quotes">Quotes of the expiry.</param>
/// <param name="Repaired">True if the slice was refitted under no-arbitrage constraints.</param>
public sealed record FittedSlice(DateOnly Expiry, double Years, SviParameters Svi, double RmseVolatility, IReadOnlyList<SurfaceQuote> Quotes, bool Repaired);

/// <summary>The downside wing at a horizon: implied volatility at the log-moneyness of the confidence-level down move.</summary>
/// <param name="LogMoneyness">k* = −z_α σ_ATM √T.</param>
/// <param name="AtmVolatility">Annualized ATM implied volatility at the horizon.</param>
/// <param name="WingVolatility">Annualized implied volatility at k*.</param>
public sealed record DownsideWing(double LogMoneyness, double AtmVolatility, double WingVolatility)
{
    /// <summary>σ_wing / σ_ATM: the vol multiplier the stress tests apply.</summary>
    public double Ratio => WingVolatility / AtmVolatility;
}

/// <summary>
/// An implied-volatility surface of one asset on one date: an SVI slice per expiry, checked for butterfly and calendar arbitrage.
/// Between expiries, total variance is interpolated linearly in maturity at fixed log-moneyness (this keeps it calendar-free);
/// before the first expiry and after the last, implied volatility is held flat.
/// </summary>
/// <param name="Asset">Underlying.</param>
/// <param name="Date">Quote date (as-of).</param>
/// <param name="Slices">Fitted expiries, increasing.</param>
/// <param name="Repairs">What the repair changed (empty if nothing).</param>
/// <param name="Source">File or feed.</param>
public sealed record VolSurface(string Asset, DateOnly Date, IReadOnlyList<FittedSlice> Slices, IReadOnlyList<string> Repairs, string Source)
{
    /// <summary>Fits every expiry under the arbitrage policy.</summary>
    /// <exception cref="SurfaceArbitrageException">Arbitrage with <see cref="ArbitragePolicy.Refuse"/>, or left after a repair.</exception>
    public static VolSurface Fit(string asset, IReadOnlyList<SurfaceQuote> quotes, ArbitragePolicy policy, string source)
    {
        if (quotes.Count == 0) throw new ArgumentException($"{source}: no quotes");
        var dates = quotes.Select(q => q.Date).Distinct().ToList();
        if (dates.Count != 1)
            throw new ArgumentException($"{source}: one surface per file and date; found dates {string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}");
        var slices = new List<FittedSlice>();
        var repairs = new List<string>();
        var violations = new List<ArbitrageViolation>();
        foreach (var group in quotes.GroupBy(q => q.Expiry).OrderBy(g => g.Key))
        {
            var q = group.OrderBy(x => x.LogMoneyness).ToList();
            var previous = slices.Count > 0 ? slices[^1] : null;
            var svi = SviFitter.Fit(q);
            var found = Violations(group.Key, svi, previous);
            var repaired = false;
            if (found.Count > 0 && policy == ArbitragePolicy.Repair)
            {
                var before = SviFitter.RmseVolatility(svi, q);
                svi = SviFitter.Fit(q, constrained: true, previous?.Svi);
                repaired = true;
                var left = Violations(group.Key, svi, previous);
                if (left.Count > 0) throw new SurfaceArbitrageException(source, left, afterRepair: true);
                repairs.Add(string.Create(CultureInfo.InvariantCulture,
                    $"expiry {group.Key:yyyy-MM-dd} refitted without arbitrage ({string.Join("; ", found.Select(v => v.Description))}); fit error {before * 100:0.00} → {SviFitter.RmseVolatility(svi, q) * 100:0.00} vol points"));
            }
            else violations.AddRange(found);
            slices.Add(new FittedSlice(group.Key, q[0].Years, svi, SviFitter.RmseVolatility(svi, q), q, repaired));
        }
        if (violations.Count > 0) throw new SurfaceArbitrageException(source, violations, afterRepair: false);
        return new VolSurface(asset, dates[0], slices, repairs, source);
    }

    private static List<ArbitrageViolation> Violations(DateOnly expiry, SviParameters svi, FittedSlice? previous)
    {
        var found = ArbitrageChecks.Butterfly(expiry, svi).ToList();
        if (previous is not null && ArbitrageChecks.Calendar(previous.Expiry, previous.Svi, expiry, svi) is { } c) found.Add(c);
        return found;
    }

    /// <summary>Total implied variance at log-moneyness k and maturity T (years), by the interpolation rule above.</summary>
    public double TotalVariance(double k, double years)
    {
        var first = Slices[0];
        if (years <= first.Years) return first.Svi.TotalVariance(k) * years / first.Years;
        for (var i = 1; i < Slices.Count; i++)
        {
            var (lo, hi) = (Slices[i - 1], Slices[i]);
            if (years <= hi.Years)
            {
                var f = (years - lo.Years) / (hi.Years - lo.Years);
                return (1 - f) * lo.Svi.TotalVariance(k) + f * hi.Svi.TotalVariance(k);
            }
        }
        var last = Slices[^1];
        return last.Svi.TotalVariance(k) * years / last.Years;
    }

    /// <summary>Annualized implied volatility at (k, T).</summary>
    public double ImpliedVolatility(double k, double years) => Math.Sqrt(Math.Max(TotalVariance(k, years), 0) / years);

    /// <summary>Annualized ATM (k = 0) implied volatility at T: the ATM term structure.</summary>
    public double AtmVolatility(double years) => ImpliedVolatility(0, years);

    /// <summary>Daily volatility implied over a horizon of <paramref name="horizonDays"/> calendar days: √(w_ATM(H/365) / H).</summary>
    public double HorizonDailyVolatility(double horizonDays) =>
        Math.Sqrt(Math.Max(TotalVariance(0, horizonDays / SurfaceQuote.DaysPerYear), 0) / horizonDays);

    /// <summary>The downside wing at the horizon: implied vol at the confidence-level down move k* = −z_α σ_ATM √T.</summary>
    public DownsideWing Wing(double horizonDays, double confidence)
    {
        var years = horizonDays / SurfaceQuote.DaysPerYear;
        var atm = AtmVolatility(years);
        var k = -Normal.InvCDF(0, 1, confidence) * atm * Math.Sqrt(years);
        return new DownsideWing(k, atm, ImpliedVolatility(k, years));
    }
}
