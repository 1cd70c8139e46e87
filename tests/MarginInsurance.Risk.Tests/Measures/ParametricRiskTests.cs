using MarginInsurance.Risk.Measures;
using MathNet.Numerics.Distributions;

namespace MarginInsurance.Risk.Tests;

public sealed class ParametricRiskTests
{
    [Fact]
    public void NormalVar99IsTwoPoint3263Sigma()
    {
        Assert.Equal(2.3263, ParametricRisk.Normal(0.99).Var, 4);
        Assert.Equal(2.3263 * 0.05, ParametricRisk.Normal(0.99).Scale(0.05).Var, 5);
    }

    [Fact]
    public void NormalEs975IsTwoPoint3378Sigma()
    {
        Assert.Equal(2.3378, ParametricRisk.Normal(0.975).Es, 4);
        Assert.Equal(2.6652, ParametricRisk.Normal(0.99).Es, 4);
    }

    [Theory]
    [InlineData(3.0, 0.99)]
    [InlineData(4.0, 0.975)]
    [InlineData(6.0, 0.99)]
    [InlineData(10.0, 0.95)]
    public void StudentTEsMatchesTheTailIntegralOfItsQuantile(double nu, double confidence)
    {
        // ES = 1/(1-α) ∫_α^1 VaR(u) du, computed independently by midpoint rule on the unit-variance t quantile.
        var scale = Math.Sqrt((nu - 2) / nu);
        const int steps = 200_000;
        var sum = 0.0;
        for (var i = 0; i < steps; i++)
        {
            var u = confidence + (1 - confidence) * (i + 0.5) / steps;
            sum += StudentT.InvCDF(0, 1, nu, u) * scale;
        }
        var numeric = sum / steps;
        var closed = ParametricRisk.StudentT(confidence, nu);
        Assert.Equal(numeric, closed.Es, 2);
        Assert.Equal(StudentT.InvCDF(0, 1, nu, confidence) * scale, closed.Var, 10);
    }

    [Fact]
    public void StudentTWithFourDegreesMatchesHandComputedValues()
    {
        // ν = 4, α = 0.99: t quantile 3.746947, density f = 3/8 (1 + q²/4)^{-5/2}
        var q = 3.746947;
        var f = 0.375 * Math.Pow(1 + q * q / 4, -2.5);
        var expectedEs = Math.Sqrt(0.5) * f * (4 + q * q) / (3 * 0.01);
        var t = ParametricRisk.StudentT(0.99, 4);
        Assert.Equal(Math.Sqrt(0.5) * q, t.Var, 4);
        Assert.Equal(expectedEs, t.Es, 3);
    }

    [Fact]
    public void StudentTTendsToNormalForLargeDegreesOfFreedom()
    {
        var t = ParametricRisk.StudentT(0.99, 5000);
        var n = ParametricRisk.Normal(0.99);
        Assert.Equal(n.Var, t.Var, 2);
        Assert.Equal(n.Es, t.Es, 2);
    }

    [Fact]
    public void CornishFisherWithoutSkewOrKurtosisIsNormal()
    {
        var cf = ParametricRisk.CornishFisher(0.99, 0, 0);
        var n = ParametricRisk.Normal(0.99);
        Assert.Equal(n.Var, cf.Var, 10);
        Assert.Equal(n.Es, cf.Es, 10);
    }

    [Theory]
    [InlineData(0.5, 3.0)]
    [InlineData(-0.3, 1.5)]
    public void CornishFisherEsIsTheTailMeanOfTheExpansion(double skew, double kurt)
    {
        const double alpha = 0.975;
        const int steps = 200_000;
        var sum = 0.0;
        for (var i = 0; i < steps; i++)
        {
            var u = alpha + (1 - alpha) * (i + 0.5) / steps;
            var z = Normal.InvCDF(0, 1, u);
            sum += z + (z * z - 1) * skew / 6 + (z * z * z - 3 * z) * kurt / 24 - (2 * z * z * z - 5 * z) * skew * skew / 36;
        }
        Assert.Equal(sum / steps, ParametricRisk.CornishFisher(alpha, skew, kurt).Es, 2);
        Assert.True(ParametricRisk.CornishFisher(0.99, 0, 3).Var > ParametricRisk.Normal(0.99).Var, "fat tails raise VaR99");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1.2)]
    [InlineData(double.NaN)]
    public void InvalidConfidenceIsRejected(double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ParametricRisk.Normal(confidence));
}
