using MarginInsurance.Risk.Surfaces;

namespace MarginInsurance.Risk.Tests;

/// <summary>SVI fit, no-arbitrage checks and term structure. Expected parameters come from the generating formulas, not the fitter.</summary>
public sealed class VolSurfaceTests
{
    private static readonly DateOnly Date = new(2025, 1, 16);

    /// <summary>Quotes of one raw SVI slice at k = c·{−3, −2.5, …, 2.5}.</summary>
    private static IEnumerable<SurfaceQuote> Quotes(SviParameters p, int days, double spread)
    {
        var expiry = Date.AddDays(days);
        var years = days / 365.0;
        return Enumerable.Range(-6, 12).Select(j => spread * j * 0.5)
            .Select(k => new SurfaceQuote(Date, expiry, k, Math.Sqrt(p.TotalVariance(k) / years)));
    }

    private static SviParameters Ssvi(double atmVol, int days, double rho = -0.35, double eta = 0.8)
    {
        var theta = atmVol * atmVol * days / 365.0;
        var phi = eta / (Math.Sqrt(theta) * Math.Sqrt(1 + theta));
        return SviParameters.FromSsvi(theta, rho, phi);
    }

    private static void AssertClose(SviParameters expected, SviParameters actual, double relative)
    {
        Assert.Equal(expected.Rho, actual.Rho, 3);
        foreach (var (e, a, name) in new[] { (expected.A, actual.A, "a"), (expected.B, actual.B, "b"), (expected.M, actual.M, "m"), (expected.Sigma, actual.Sigma, "σ") })
            Assert.True(Math.Abs(e - a) <= relative * Math.Abs(e) + 1e-6, $"{name}: expected {e}, fitted {a}");
    }

    [Fact]
    public void FitRecoversKnownSviParameters()
    {
        foreach (var (p, days) in new[]
                 {
                     (new SviParameters(0.02, 0.1, -0.4, 0.05, 0.2), 60),
                     (new SviParameters(0.001, 0.03, 0.2, -0.02, 0.08), 14),
                     (Ssvi(0.7, 30), 30),
                 })
        {
            var quotes = Quotes(p, days, Math.Sqrt(p.TotalVariance(0)) ).ToList();
            var fitted = SviFitter.Fit(quotes);
            AssertClose(p, fitted, 0.01);
            Assert.True(SviFitter.RmseVolatility(fitted, quotes) < 1e-4);
        }
    }

    [Fact]
    public void ShippedSyntheticSurfaceRecoversItsSviParameters()
    {
        // the generating parameters, as listed in data/vol-surfaces/README.md (computed there by an independent Python script)
        var expected = new (string Expiry, SviParameters P)[]
        {
            ("2025-01-17", new(0.00041170, 0.01224728, -0.35, 0.01340803, 0.03588563)),
            ("2025-01-24", new(0.00340222, 0.03508775, -0.35, 0.03867482, 0.10351037)),
            ("2025-01-31", new(0.00649699, 0.04831872, -0.35, 0.05363118, 0.14353998)),
            ("2025-02-28", new(0.01950682, 0.08252752, -0.35, 0.09427763, 0.25232727)),
            ("2025-03-28", new(0.03324277, 0.10615512, -0.35, 0.12490425, 0.33429719)),
            ("2025-06-27", new(0.08142146, 0.15825454, -0.35, 0.20521241, 0.54923619)),
        };
        var surface = VolSurface.Fit("ETH", SurfaceCsvReader.Read(RepoData.SyntheticSurface), ArbitragePolicy.Refuse, RepoData.SyntheticSurface);
        Assert.Equal(Date, surface.Date);
        Assert.Empty(surface.Repairs);
        Assert.Equal(expected.Length, surface.Slices.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(DateOnly.Parse(expected[i].Expiry, System.Globalization.CultureInfo.InvariantCulture), surface.Slices[i].Expiry);
            AssertClose(expected[i].P, surface.Slices[i].Svi, 0.02);
        }
        // ATM term structure at an expiry is that expiry's ATM vol 0.58 + 0.10 √T
        var t = surface.Slices[3].Years;
        Assert.Equal(0.58 + 0.10 * Math.Sqrt(t), surface.AtmVolatility(t), 4);
        // downside wing: higher vol on the put side (ρ < 0)
        var wing = surface.Wing(2, 0.99);
        Assert.True(wing.LogMoneyness < 0 && wing.Ratio > 1, $"wing {wing}");
    }

    [Fact]
    public void AtmTermStructureInterpolatesTotalVarianceToTheHorizon()
    {
        var quotes = Quotes(Ssvi(0.6, 7), 7, 0.05).Concat(Quotes(Ssvi(0.8, 30), 30, 0.1)).ToList();
        var surface = VolSurface.Fit("ETH", quotes, ArbitragePolicy.Refuse, "test");
        double W(double vol, int days) => vol * vol * days / 365.0;
        // 14 days: linear in total variance between the 7-day and 30-day ATM points
        var w14 = W(0.6, 7) + (W(0.8, 30) - W(0.6, 7)) * (14 - 7) / 23.0;
        Assert.Equal(Math.Sqrt(w14 / 14), surface.HorizonDailyVolatility(14), 5);
        // 1 day (before the first expiry): flat at the first expiry's ATM vol
        Assert.Equal(0.6 / Math.Sqrt(365), surface.HorizonDailyVolatility(1), 5);
        // after the last: flat at the last ATM vol
        Assert.Equal(0.8, surface.AtmVolatility(90 / 365.0), 4);
    }

    [Fact]
    public void ButterflyArbitrageIsRefusedWithTheExpiryAndRepairedOnRequest()
    {
        // Gatheral–Jacquier (2014) example of a raw SVI slice with butterfly arbitrage (T = 1)
        var bad = new SviParameters(-0.0410, 0.1331, 0.3060, 0.3586, 0.4153);
        Assert.Contains(ArbitrageChecks.Grid, k => bad.ButterflyDensityFactor(k) < 0);
        var quotes = Enumerable.Range(0, 16).Select(i => -1.5 + 0.2 * i)
            .Select(k => new SurfaceQuote(Date, Date.AddDays(365), k, Math.Sqrt(bad.TotalVariance(k)))).ToList();
        var refused = Assert.Throws<SurfaceArbitrageException>(() => VolSurface.Fit("ETH", quotes, ArbitragePolicy.Refuse, "bad.csv"));
        Assert.Contains(refused.Violations, v => v.Kind == ArbitrageKind.Butterfly);
        Assert.Contains("bad.csv", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01-16", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--surface-arbitrage repair", refused.Message, StringComparison.Ordinal);

        var repaired = VolSurface.Fit("ETH", quotes, ArbitragePolicy.Repair, "bad.csv");
        Assert.Single(repaired.Repairs);
        Assert.True(repaired.Slices[0].Repaired);
        Assert.Empty(ArbitrageChecks.Butterfly(repaired.Slices[0].Expiry, repaired.Slices[0].Svi));
    }

    [Fact]
    public void CalendarArbitrageIsRefusedAndRepairedOnRequest()
    {
        // the 60-day expiry is cheaper in total variance than the 30-day one at every strike
        var quotes = Quotes(Ssvi(0.9, 30), 30, 0.1).Concat(Quotes(Ssvi(0.5, 60), 60, 0.1)).ToList();
        var refused = Assert.Throws<SurfaceArbitrageException>(() => VolSurface.Fit("ETH", quotes, ArbitragePolicy.Refuse, "cal.csv"));
        var v = Assert.Single(refused.Violations);
        Assert.Equal(ArbitrageKind.Calendar, v.Kind);
        Assert.Equal(Date.AddDays(60), v.Expiry);
        Assert.Contains("calendar arbitrage", refused.Message, StringComparison.Ordinal);

        var repaired = VolSurface.Fit("ETH", quotes, ArbitragePolicy.Repair, "cal.csv");
        Assert.Single(repaired.Repairs);
        Assert.Null(ArbitrageChecks.Calendar(repaired.Slices[0].Expiry, repaired.Slices[0].Svi, repaired.Slices[1].Expiry, repaired.Slices[1].Svi));
    }

    [Fact]
    public void DeltaQuotedFileGivesTheSameLogMoneynessAsStrikes()
    {
        var path = Path.GetTempFileName();
        try
        {
            // forward call delta 0.5 at σ = 80%, T = 30/365: k = σ²T/2; put delta −0.25 ≡ call delta 0.75
            File.WriteAllLines(path, ["date,expiry,delta,iv", "2025-01-16,2025-02-15,0.5,80", "2025-01-16,2025-02-15,-0.25,85"]);
            var q = SurfaceCsvReader.Read(path);
            var s = 0.8 * Math.Sqrt(30 / 365.0);
            Assert.Equal(s * s / 2, q[0].LogMoneyness, 10);
            var s2 = 0.85 * Math.Sqrt(30 / 365.0);
            Assert.Equal(s2 * s2 / 2 - s2 * MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.75), q[1].LogMoneyness, 10);
            File.WriteAllLines(path, ["date,expiry,strike,iv", "2025-01-16,2025-02-15,3000,80"]);
            var e = Assert.Throws<MarginInsurance.Risk.Data.PriceDataException>(() => SurfaceCsvReader.Read(path));
            Assert.Contains(":1:", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
