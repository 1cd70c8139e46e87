using MathNet.Numerics;

namespace MarginInsurance.Risk.Statistics;

/// <summary>Maximum-likelihood degrees of freedom of a unit-variance (standardized) Student-t.</summary>
public static class StudentTFit
{
    /// <summary>Lower bound of the search (variance must exist).</summary>
    public const double MinNu = 2.5;

    /// <summary>Upper bound of the search (beyond it the t is practically normal).</summary>
    public const double MaxNu = 60;

    /// <summary>
    /// Fits nu to standardized residuals z (assumed zero mean, unit variance) by maximizing
    /// sum ln f(z), f(z) = Γ((ν+1)/2) / (Γ(ν/2) sqrt(π(ν-2))) (1 + z²/(ν-2))^{-(ν+1)/2}, golden-section search on [2.5, 60].
    /// </summary>
    public static double FitDegreesOfFreedom(ReadOnlySpan<double> z)
    {
        if (z.Length < 10) throw new ArgumentException("need at least 10 residuals", nameof(z));
        var zz = new double[z.Length];
        for (var i = 0; i < z.Length; i++) zz[i] = z[i] * z[i];
        // Hand-written golden section, kept on purpose: MathNet's GoldenSectionMinimizer (FindMinimum.OfScalarFunctionConstrained)
        // first tries to bracket a minimum and, when the likelihood peaks at an end of [MinNu, MaxNu] (near-normal residuals:
        // nu -> MaxNu), expands the bounds past them (below 2.5 the density is undefined, -> NaN) and throws
        // OptimizationException "bounds do not necessarily bound a minimum" (measured: StudentTFitTests.
        // MathNetGoldenSectionCannotClampToTheBounds). This search stays inside the bounds and returns the end point.
        double Negative(double nu) => -LogLikelihood(zz, nu);
        var phi = (Math.Sqrt(5) - 1) / 2;
        double a = MinNu, b = MaxNu;
        var c = b - phi * (b - a);
        var d = a + phi * (b - a);
        double fc = Negative(c), fd = Negative(d);
        for (var iter = 0; iter < 40; iter++)
        {
            if (fc < fd) { b = d; d = c; fd = fc; c = b - phi * (b - a); fc = Negative(c); }
            else { a = c; c = d; fc = fd; d = a + phi * (b - a); fd = Negative(d); }
        }
        return (a + b) / 2;
    }

    private static double LogLikelihood(double[] zz, double nu)
    {
        var constant = SpecialFunctions.GammaLn((nu + 1) / 2) - SpecialFunctions.GammaLn(nu / 2) - 0.5 * Math.Log(Math.PI * (nu - 2));
        var sum = 0.0;
        var inv = 1 / (nu - 2);
        foreach (var v in zz) sum += Math.Log(1 + v * inv);
        return zz.Length * constant - (nu + 1) / 2 * sum;
    }
}
