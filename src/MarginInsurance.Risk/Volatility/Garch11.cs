using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace MarginInsurance.Risk.Volatility;

/// <summary>GARCH(1,1): σ²_t = ω + α r²_{t-1} + β σ²_{t-1}, zero mean, Gaussian quasi-likelihood.</summary>
/// <param name="Omega">Constant ω &gt; 0.</param>
/// <param name="Alpha">Shock weight α ≥ 0.</param>
/// <param name="Beta">Persistence weight β ≥ 0 (α + β &lt; 1).</param>
/// <param name="LogLikelihood">Maximized Gaussian log-likelihood.</param>
public sealed record Garch11(double Omega, double Alpha, double Beta, double LogLikelihood)
{
    /// <summary>Persistence α + β at or above which a warning is printed.</summary>
    public const double PersistenceWarningLevel = 0.99;

    /// <summary>Persistence α + β (shocks decay as (α + β)^t).</summary>
    public double Persistence => Alpha + Beta;

    /// <summary>Warning when α + β ≥ 0.99 (near-integrated: the long-run variance is unreliable and shocks barely decay), else null.</summary>
    public string? PersistenceWarning => Persistence >= PersistenceWarningLevel
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"GARCH persistence α+β = {Persistence:0.0000} ≥ {PersistenceWarningLevel}: near-integrated, shocks half-decay in {(Persistence < 1 ? Math.Log(0.5) / Math.Log(Persistence) : double.PositiveInfinity):0} days; long-run variance unreliable")
        : null;

    /// <summary>Long-run variance ω / (1 - α - β).</summary>
    public double LongRunVariance => Omega / (1 - Alpha - Beta);

    /// <summary>One-step-ahead volatility forecasts (n + 1 values, as <see cref="EwmaVolatility.Forecasts"/>), started at the sample variance.</summary>
    public double[] Forecasts(ReadOnlySpan<double> returns)
    {
        var sigma = new double[returns.Length + 1];
        var variance = SampleVariance(returns);
        for (var t = 0; t < returns.Length; t++)
        {
            sigma[t] = Math.Sqrt(variance);
            variance = Omega + Alpha * returns[t] * returns[t] + Beta * variance;
        }
        sigma[^1] = Math.Sqrt(variance);
        return sigma;
    }

    /// <summary>
    /// Fits by maximum likelihood (Nelder–Mead on an unconstrained parametrization: ω = e^a · var,
    /// persistence p = logistic(b), α = p · logistic(c), β = p - α, which keeps ω &gt; 0 and α + β &lt; 1).
    /// </summary>
    public static Garch11 Fit(double[] returns)
    {
        if (returns.Length < 100) throw new ArgumentException("GARCH(1,1) needs at least 100 returns", nameof(returns));
        var sampleVariance = SampleVariance(returns);
        (double omega, double alpha, double beta) Map(Vector<double> x)
        {
            var p = Logistic(x[1]);
            var alpha = p * Logistic(x[2]);
            return (Math.Exp(x[0]) * sampleVariance, alpha, p - alpha);
        }
        double Objective(Vector<double> x)
        {
            var (omega, alpha, beta) = Map(x);
            return -LogLikelihoodOf(returns, omega, alpha, beta, sampleVariance);
        }
        // start: α = 0.08, β = 0.9 → p = 0.98, share = 0.0816; ω = var (1 - p)
        var start = Vector<double>.Build.DenseOfArray([Math.Log(0.02), Logit(0.98), Logit(0.08 / 0.98)]);
        var result = NelderMeadSimplex.Minimum(ObjectiveFunction.Value(Objective), start, 1e-9, 5000);
        var (w, a, b) = Map(result.MinimizingPoint);
        return new Garch11(w, a, b, -result.FunctionInfoAtMinimum.Value);
    }

    private static double LogLikelihoodOf(double[] r, double omega, double alpha, double beta, double start)
    {
        var variance = start;
        var ll = 0.0;
        for (var t = 0; t < r.Length; t++)
        {
            ll += -0.5 * (Math.Log(2 * Math.PI) + Math.Log(variance) + r[t] * r[t] / variance);
            variance = omega + alpha * r[t] * r[t] + beta * variance;
        }
        return ll;
    }

    private static double SampleVariance(ReadOnlySpan<double> r)
    {
        var s = 0.0;
        foreach (var v in r) s += v * v;
        return Math.Max(s / Math.Max(1, r.Length), 1e-12);
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    private static double Logit(double p) => Math.Log(p / (1 - p));
}
