using MarginInsurance.Risk.Simulation;
using MarginInsurance.Risk.Statistics;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Optimization;

namespace MarginInsurance.Risk.Tests;

/// <summary>Why <see cref="StudentTFit"/> keeps its own golden-section search, and that it stays inside its bounds.</summary>
public sealed class StudentTFitTests
{
    private static double[] NormalResiduals()
    {
        var rng = new Xoshiro256(17);
        return Enumerable.Range(0, 4000).Select(_ => rng.NextNormal()).ToArray();
    }

    [Fact]
    public void NormalResidualsFitAtTheUpperBound()
    {
        // The likelihood of normal data rises with nu (the t tends to the normal), so the best nu in [2.5, 60] is 60.
        Assert.InRange(StudentTFit.FitDegreesOfFreedom(NormalResiduals()), StudentTFit.MaxNu - 1e-3, StudentTFit.MaxNu);
    }

    [Fact]
    public void MathNetGoldenSectionCannotClampToTheBounds()
    {
        // The same objective through MathNet (its own Student-t density, scaled to unit variance): the maximum sits at the
        // upper bound, MathNet widens the interval to bracket it and gives up instead of returning the bound.
        var z = NormalResiduals();
        double Negative(double nu) => -z.Sum(x => StudentT.PDFLn(0, Math.Sqrt((nu - 2) / nu), nu, x));
        Assert.Throws<OptimizationException>(() => FindMinimum.OfScalarFunctionConstrained(Negative, StudentTFit.MinNu, StudentTFit.MaxNu, 1e-7));
    }
}
