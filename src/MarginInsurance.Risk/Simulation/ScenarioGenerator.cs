using MathNet.Numerics.LinearAlgebra;

namespace MarginInsurance.Risk.Simulation;

/// <summary>A block of joint scenarios: Values[s * Assets + a] is the log return of asset a in scenario s.</summary>
/// <param name="Assets">Asset symbols, column order.</param>
/// <param name="Count">Number of scenarios.</param>
/// <param name="Values">Row-major log returns.</param>
public sealed record ScenarioSet(IReadOnlyList<string> Assets, int Count, double[] Values)
{
    /// <summary>Log return of asset a in scenario s.</summary>
    public double this[int s, int a] => Values[s * Assets.Count + a];
}

/// <summary>
/// Monte Carlo of correlated multi-asset log returns: x = c · A z, z i.i.d. standard normal, A A' = Σ (Cholesky; if Σ is not
/// positive definite, e.g. correlation forced to 1, the symmetric eigen square root with negative eigenvalues clipped to 0).
/// For Student-t marginals c = sqrt((ν - 2) / W), W ~ χ²(ν), shared across assets (multivariate t with covariance Σ);
/// for normal marginals c = 1. Scenarios are split into fixed blocks each with its own seed derived from the master seed,
/// so results are identical for a seed regardless of thread count.
/// </summary>
/// <param name="assets">Asset symbols.</param>
/// <param name="covariance">One-period covariance of log returns.</param>
/// <param name="degreesOfFreedom">ν for multivariate t, or null for normal.</param>
public sealed class ScenarioGenerator(IReadOnlyList<string> assets, double[,] covariance, double? degreesOfFreedom = null)
{
    private const int BlockSize = 4096;
    private readonly double[,] _factor = Factor(covariance);

    /// <summary>Assets in column order.</summary>
    public IReadOnlyList<string> Assets { get; } = assets;

    /// <summary>Generates scenarios deterministically for a seed.</summary>
    public ScenarioSet Generate(int count, ulong seed)
    {
        if (count <= 0) throw new ArgumentOutOfRangeException(nameof(count), count, "scenario count must be positive");
        var d = Assets.Count;
        var values = new double[count * d];
        var blocks = (count + BlockSize - 1) / BlockSize;
        Parallel.For(0, blocks, block =>
        {
            var rng = new Xoshiro256(seed * 0x9E3779B97F4A7C15UL + (ulong)block + 1);
            var z = new double[d];
            var end = Math.Min(count, (block + 1) * BlockSize);
            for (var s = block * BlockSize; s < end; s++)
            {
                for (var i = 0; i < d; i++) z[i] = rng.NextNormal();
                var c = degreesOfFreedom is { } nu ? Math.Sqrt((nu - 2) / rng.NextChiSquared(nu)) : 1.0;
                for (var i = 0; i < d; i++)
                {
                    var x = 0.0;
                    for (var j = 0; j < d; j++) x += _factor[i, j] * z[j];
                    values[s * d + i] = c * x;
                }
            }
        });
        return new ScenarioSet(Assets, count, values);
    }

    /// <summary>Matrix square root A with A A' = Σ (Cholesky, else clipped eigen decomposition).</summary>
    public static double[,] Factor(double[,] covariance)
    {
        var m = Matrix<double>.Build.DenseOfArray(covariance);
        try
        {
            return m.Cholesky().Factor.ToArray();
        }
        catch (ArgumentException)
        {
            var evd = m.Evd(Symmetricity.Symmetric);
            var d = evd.EigenValues.Real().Map(v => Math.Sqrt(Math.Max(v, 0)));
            return (evd.EigenVectors * Matrix<double>.Build.DiagonalOfDiagonalVector(d)).ToArray();
        }
    }

    /// <summary>Builds a covariance from volatilities and a correlation matrix.</summary>
    public static double[,] CovarianceOf(IReadOnlyList<double> volatilities, double[,] correlation)
    {
        var d = volatilities.Count;
        var cov = new double[d, d];
        for (var i = 0; i < d; i++)
        for (var j = 0; j < d; j++)
            cov[i, j] = volatilities[i] * volatilities[j] * correlation[i, j];
        return cov;
    }

    /// <summary>Splits a covariance into volatilities and correlation.</summary>
    public static (double[] Volatilities, double[,] Correlation) Decompose(double[,] covariance)
    {
        var d = covariance.GetLength(0);
        var vols = new double[d];
        for (var i = 0; i < d; i++) vols[i] = Math.Sqrt(covariance[i, i]);
        var corr = new double[d, d];
        for (var i = 0; i < d; i++)
        for (var j = 0; j < d; j++)
            corr[i, j] = covariance[i, j] / (vols[i] * vols[j]);
        return (vols, corr);
    }
}
