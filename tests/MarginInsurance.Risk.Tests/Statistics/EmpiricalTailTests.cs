using CsCheck;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Risk.Tests;

public sealed class EmpiricalTailTests
{
    private static readonly double[] OneToHundred = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();

    [Fact]
    public void QuantileRuleOnIntegerTailMass()
    {
        // n(1-α) = 5 → VaR = 5th largest = 96, ES = mean(100..96) = 98
        var r = EmpiricalTail.Estimate(OneToHundred, 0.95);
        Assert.Equal(96, r.Var);
        Assert.Equal(98, r.Es, 12);
    }

    [Fact]
    public void QuantileRuleOnFractionalTailMass()
    {
        // n(1-α) = 2.5 → k = 3, VaR = 98, ES = (100 + 99 + 0.5·98)/2.5 = 99.2
        var r = EmpiricalTail.Estimate(OneToHundred, 0.975);
        Assert.Equal(98, r.Var);
        Assert.Equal(99.2, r.Es, 12);
    }

    [Fact]
    public void TailSmallerThanOneObservationUsesTheMaximum()
    {
        var r = EmpiricalTail.Estimate([3.0, 1.0, 2.0], 0.99);
        Assert.Equal(3, r.Var);
        Assert.Equal(3, r.Es);
    }

    private static readonly Gen<double[]> Samples = Gen.Double[-10, 10].Array[20, 400];

    [Fact]
    public void EsIsAtLeastVar() =>
        Gen.Select(Samples, Gen.Double[0.5, 0.999]).Sample((x, a) =>
        {
            var r = EmpiricalTail.Estimate(x, a);
            return r.Es >= r.Var - 1e-12;
        });

    [Fact]
    public void VarAndEsAreMonotoneInConfidence() =>
        Gen.Select(Samples, Gen.Double[0.5, 0.99], Gen.Double[0.0001, 0.009]).Sample((x, a, d) =>
        {
            var lo = EmpiricalTail.Estimate(x, a);
            var hi = EmpiricalTail.Estimate(x, a + d);
            return hi.Var >= lo.Var && hi.Es >= lo.Es - 1e-12;
        });

    [Fact]
    public void PositiveHomogeneityAndTranslation() =>
        Gen.Select(Samples, Gen.Double[0.01, 100], Gen.Double[-5, 5]).Sample((x, c, shift) =>
        {
            var baseRisk = EmpiricalTail.Estimate(x, 0.975);
            var scaled = EmpiricalTail.Estimate(x.Select(v => v * c).ToArray(), 0.975);
            var shifted = EmpiricalTail.Estimate(x.Select(v => v + shift).ToArray(), 0.975);
            return Math.Abs(scaled.Var - c * baseRisk.Var) < 1e-9 * (1 + c * Math.Abs(baseRisk.Var))
                   && Math.Abs(scaled.Es - c * baseRisk.Es) < 1e-9 * (1 + c * Math.Abs(baseRisk.Es))
                   && Math.Abs(shifted.Es - baseRisk.Es - shift) < 1e-9;
        });

    [Fact]
    public void SelectionMatchesFullSort() =>
        Samples.Sample(x =>
        {
            var sorted = x.OrderByDescending(v => v).ToArray();
            var k = Math.Max(1, (int)Math.Ceiling(x.Length * 0.01 - 1e-9));
            return EmpiricalTail.Estimate(x, 0.99).Var == sorted[k - 1];
        });

    [Fact]
    public void ParametricVarIsMonotoneAndBelowEs() =>
        Gen.Select(Gen.Double[0.5, 0.998], Gen.Double[2.2, 80]).Sample((a, nu) =>
        {
            var n = ParametricRisk.Normal(a);
            var t = ParametricRisk.StudentT(a, nu);
            var n2 = ParametricRisk.Normal(Math.Min(0.999, a + 0.001));
            return n.Es >= n.Var && t.Es >= t.Var && n2.Var > n.Var;
        });
}
