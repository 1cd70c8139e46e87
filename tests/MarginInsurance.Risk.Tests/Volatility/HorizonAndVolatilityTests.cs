using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Statistics;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Tests;

public sealed class HorizonAndVolatilityTests
{
    [Fact]
    public void OverlappingReturnsAreRollingSums()
    {
        var r = new[] { 0.01, -0.02, 0.03, 0.04, -0.05 };
        var h3 = Horizon.OverlappingReturns(r, 3);
        Assert.Equal(3, h3.Length);
        Assert.Equal(0.02, h3[0], 12);
        Assert.Equal(0.05, h3[1], 12);
        Assert.Equal(0.02, h3[2], 12);
        Assert.Empty(Horizon.OverlappingReturns(r, 6));
    }

    [Fact]
    public void SqrtTimeScalingMatchesOverlappingReturnsForIidNormal()
    {
        var rng = new Xoshiro256(7);
        var daily = Enumerable.Range(0, 200_000).Select(_ => 0.02 * rng.NextNormal()).ToArray();
        var tenDay = Horizon.OverlappingReturns(daily, 10);
        var sd = Moments.Of(tenDay).StandardDeviation;
        Assert.Equal(Horizon.SqrtTime(0.02, 10), sd, 3);
        Assert.Equal(0.02 * 3, Horizon.SqrtTime(0.02, 9), 12);
    }

    [Fact]
    public void EwmaFollowsTheRiskMetricsRecursion()
    {
        var r = new[] { 0.01, -0.02, 0.03 };
        var sigma = EwmaVolatility.Forecasts(r, 0.94);
        var v0 = (0.0001 + 0.0004 + 0.0009) / 3;
        var v1 = 0.94 * v0 + 0.06 * 0.0001;
        var v2 = 0.94 * v1 + 0.06 * 0.0004;
        var v3 = 0.94 * v2 + 0.06 * 0.0009;
        Assert.Equal(Math.Sqrt(v0), sigma[0], 12);
        Assert.Equal(Math.Sqrt(v1), sigma[1], 12);
        Assert.Equal(Math.Sqrt(v2), sigma[2], 12);
        Assert.Equal(Math.Sqrt(v3), sigma[3], 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => EwmaVolatility.Forecasts(r, 1.0));
    }

    [Fact]
    public void GarchMaximumLikelihoodRecoversKnownParameters()
    {
        const double omega = 2e-6, alpha = 0.10, beta = 0.85;
        var rng = new Xoshiro256(11);
        var r = new double[6000];
        var variance = omega / (1 - alpha - beta);
        for (var t = 0; t < r.Length; t++)
        {
            r[t] = Math.Sqrt(variance) * rng.NextNormal();
            variance = omega + alpha * r[t] * r[t] + beta * variance;
        }
        var fit = Garch11.Fit(r);
        Assert.InRange(fit.Alpha, 0.07, 0.13);
        Assert.InRange(fit.Beta, 0.80, 0.90);
        Assert.InRange(fit.Alpha + fit.Beta, 0.92, 0.98);
        Assert.Equal(fit.Forecasts(r).Length, r.Length + 1);
    }

    [Fact]
    public void StudentTFitFindsTheDegreesOfFreedomOfSimulatedData()
    {
        var rng = new Xoshiro256(3);
        const double nu = 5;
        var z = Enumerable.Range(0, 20_000).Select(_ => rng.NextNormal() * Math.Sqrt((nu - 2) / rng.NextChiSquared(nu))).ToArray();
        Assert.InRange(StudentTFit.FitDegreesOfFreedom(z), 4.3, 5.8);
    }
}
