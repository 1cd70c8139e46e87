using System.Globalization;

namespace MarginInsurance.Risk.Surfaces;

/// <summary>
/// Static-arbitrage checks of fitted SVI slices on the log-moneyness grid k ∈ [−3, 3] (step 0.02): butterfly (g(k) ≥ 0, w &gt; 0 and
/// Lee's wing bound b(1 + |ρ|) ≤ 4) and calendar (w non-decreasing in maturity at every k).
/// </summary>
public static class ArbitrageChecks
{
    /// <summary>Grid of log-moneyness on which the conditions are checked.</summary>
    public static IReadOnlyList<double> Grid { get; } = Enumerable.Range(0, 301).Select(i => -3 + 0.02 * i).ToArray();

    /// <summary>Tolerance on g and on total variance differences (numerical noise of an exact fit).</summary>
    public const double Tolerance = 1e-7;

    /// <summary>Butterfly violations of one slice (worst point only), empty if none.</summary>
    public static IReadOnlyList<ArbitrageViolation> Butterfly(DateOnly expiry, SviParameters svi)
    {
        var found = new List<ArbitrageViolation>();
        var wing = svi.B * (1 + Math.Abs(svi.Rho));
        if (wing > 4 + Tolerance)
            found.Add(new(ArbitrageKind.Butterfly, expiry, double.NaN, wing,
                Text($"butterfly arbitrage at expiry {expiry:yyyy-MM-dd}: wing slope b(1+|ρ|) = {wing:0.###} exceeds Lee's bound 4")));
        var (worstK, worstG) = (0.0, double.PositiveInfinity);
        foreach (var k in Grid)
        {
            var w = svi.TotalVariance(k);
            var g = w <= 0 ? -1 : svi.ButterflyDensityFactor(k);
            if (g < worstG) (worstK, worstG) = (k, g);
        }
        if (worstG < -Tolerance)
            found.Add(new(ArbitrageKind.Butterfly, expiry, worstK, worstG,
                Text($"butterfly arbitrage at expiry {expiry:yyyy-MM-dd}: negative density, g(k) = {worstG:0.####} at log-moneyness k = {worstK:0.00} (total variance {svi.TotalVariance(worstK):0.#####})")));
        return found;
    }

    /// <summary>Calendar violation between an earlier and a later slice (worst point), or null.</summary>
    public static ArbitrageViolation? Calendar(DateOnly earlierExpiry, SviParameters earlier, DateOnly laterExpiry, SviParameters later)
    {
        var (worstK, worstD) = (0.0, double.PositiveInfinity);
        foreach (var k in Grid)
        {
            var d = later.TotalVariance(k) - earlier.TotalVariance(k);
            if (d < worstD) (worstK, worstD) = (k, d);
        }
        return worstD < -Tolerance
            ? new ArbitrageViolation(ArbitrageKind.Calendar, laterExpiry, worstK, worstD,
                Text($"calendar arbitrage: total variance of expiry {laterExpiry:yyyy-MM-dd} is below that of {earlierExpiry:yyyy-MM-dd} by {-worstD:0.#####} at log-moneyness k = {worstK:0.00}"))
            : null;
    }

    private static string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
