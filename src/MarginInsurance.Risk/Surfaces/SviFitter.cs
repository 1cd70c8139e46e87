using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace MarginInsurance.Risk.Surfaces;

/// <summary>
/// Least-squares fit of one raw SVI slice to quotes (relative total-variance errors), with MathNet's Nelder–Mead on an unconstrained
/// parametrization (b = e^x, ρ = tanh x, σ = e^x) from several starts. With <c>constrained</c>, the no-arbitrage conditions
/// (g ≥ 0, Lee's wing bound, w above the previous expiry) enter as heavy penalties: the repair fit.
/// </summary>
public static class SviFitter
{
    private const double Penalty = 1e4;

    /// <summary>Fits one slice; <paramref name="floor"/> is the previous expiry's slice (calendar penalty) when constrained.</summary>
    public static SviParameters Fit(IReadOnlyList<SurfaceQuote> quotes, bool constrained = false, SviParameters? floor = null)
    {
        if (quotes.Count < 5)
            throw new ArgumentException($"SVI has 5 parameters: expiry {quotes[0].Expiry:yyyy-MM-dd} has {quotes.Count} quotes, at least 5 are needed");
        var k = quotes.Select(q => q.LogMoneyness).ToArray();
        var w = quotes.Select(q => q.TotalVariance).ToArray();
        var scale = w.Average();
        var grid = ArbitrageChecks.Grid;
        // the repair aims a little inside the no-arbitrage region so that the check (same grid, tolerance 1e-7) passes
        const double margin = 1e-5;

        SviParameters Map(Vector<double> x) => new(x[0] * scale, Math.Exp(x[1]), Math.Tanh(x[2]), x[3], Math.Exp(x[4]));

        double Objective(Vector<double> x)
        {
            var p = Map(x);
            var sum = 0.0;
            for (var i = 0; i < k.Length; i++)
            {
                var e = (p.TotalVariance(k[i]) - w[i]) / w[i];
                sum += e * e;
            }
            sum /= k.Length;
            var minVariance = p.MinimumVariance;
            if (minVariance < 0) sum += Penalty * (minVariance / scale) * (minVariance / scale);
            if (!constrained) return sum;
            sum += Excess(p.B * (1 + Math.Abs(p.Rho)) - 4 + margin);
            foreach (var g in grid)
            {
                var density = p.TotalVariance(g) > 0 ? p.ButterflyDensityFactor(g) : -1;
                sum += Excess(margin - density);
                if (floor is not null) sum += Excess((floor.TotalVariance(g) + margin * scale - p.TotalVariance(g)) / scale);
            }
            return sum;
        }

        var best = (Point: (Vector<double>?)null, Value: double.PositiveInfinity);
        foreach (var start in Starts(k, w, scale))
        {
            var x = Minimize(Objective, start);
            x = Minimize(Objective, x); // restart from the end point: Nelder–Mead can stall on a collapsed simplex
            var value = Objective(x);
            if (value < best.Value) best = (x, value);
        }
        return Map(best.Point!);
    }

    /// <summary>Exact (linear) plus quadratic penalty of a violation v &gt; 0.</summary>
    private static double Excess(double v) => v > 0 ? Penalty * (v + v * v) : 0;

    /// <summary>Root-mean-square error of the fit in annualized implied volatility (fraction).</summary>
    public static double RmseVolatility(SviParameters p, IReadOnlyList<SurfaceQuote> quotes) =>
        Math.Sqrt(quotes.Average(q =>
        {
            var e = p.ImpliedVolatility(q.LogMoneyness, q.Years) - q.ImpliedVolatility;
            return e * e;
        }));

    private static Vector<double> Minimize(Func<Vector<double>, double> objective, Vector<double> start)
    {
        try
        {
            return NelderMeadSimplex.Minimum(ObjectiveFunction.Value(objective), start, 1e-15, 20_000).MinimizingPoint;
        }
        catch (MaximumIterationsException)
        {
            return start;
        }
    }

    /// <summary>Starting points from the wing slopes (b(1 ± ρ)) and the smile's minimum, at three curvatures.</summary>
    private static IEnumerable<Vector<double>> Starts(double[] k, double[] w, double scale)
    {
        var order = Enumerable.Range(0, k.Length).OrderBy(i => k[i]).ToArray();
        double Slope(int i, int j) => (w[order[j]] - w[order[i]]) / Math.Max(k[order[j]] - k[order[i]], 1e-9);
        var left = Slope(0, 1);
        var right = Slope(order.Length - 2, order.Length - 1);
        var b = Math.Clamp((right - left) / 2, 1e-4, 3.9);
        var rho = Math.Clamp((right + left) / (right - left + 1e-12), -0.95, 0.95);
        var iMin = Array.IndexOf(w, w.Min());
        foreach (var m in new[] { k[iMin], 0.0 })
        foreach (var sigma in new[] { 0.05, 0.15, 0.4 })
        {
            var a = w[iMin] - b * sigma * Math.Sqrt(1 - rho * rho);
            yield return Vector<double>.Build.DenseOfArray([a / scale, Math.Log(b), Math.Atanh(rho), m, Math.Log(sigma)]);
        }
    }
}
