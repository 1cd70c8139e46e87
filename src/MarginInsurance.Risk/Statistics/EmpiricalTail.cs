using MarginInsurance.Risk.Measures;

namespace MarginInsurance.Risk.Statistics;

/// <summary>
/// Historical-simulation VaR/ES of a loss sample. Quantile rule (no interpolation): with n losses sorted
/// descending L(1) &gt;= L(2) &gt;= ... and tail mass m = n(1 - alpha), k = ceil(m) (at least 1),
/// VaR = L(k); ES = [L(1) + ... + L(k-1) + (m - (k-1)) L(k)] / m (Acerbi–Tasche tail mean; ES = L(1) when m &lt; 1).
/// </summary>
public static class EmpiricalTail
{
    /// <summary>Estimates VaR/ES from losses (copied; the input is not modified).</summary>
    public static RiskEstimate Estimate(ReadOnlySpan<double> losses, double confidence)
    {
        var copy = losses.ToArray();
        return EstimateInPlace(copy, confidence);
    }

    /// <summary>Estimates VaR/ES, reordering <paramref name="losses"/> in place (O(n) quickselect).</summary>
    public static RiskEstimate EstimateInPlace(Span<double> losses, double confidence)
    {
        ValidateConfidence(confidence);
        var n = losses.Length;
        if (n == 0) throw new ArgumentException("need at least one loss", nameof(losses));
        var tailMass = n * (1 - confidence);
        var k = Math.Max(1, (int)Math.Ceiling(tailMass - 1e-9));
        if (tailMass < 1)
        {
            var max = double.NegativeInfinity;
            foreach (var l in losses) max = Math.Max(max, l);
            return new RiskEstimate(confidence, max, max);
        }
        SelectDescending(losses, k - 1);
        var var = losses[k - 1];
        var sum = 0.0;
        for (var i = 0; i < k - 1; i++) sum += losses[i];
        var es = (sum + (tailMass - (k - 1)) * var) / tailMass;
        return new RiskEstimate(confidence, var, es);
    }

    /// <summary>Throws unless 0 &lt; confidence &lt; 1.</summary>
    public static void ValidateConfidence(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be strictly between 0 and 1, e.g. 0.99");
    }

    /// <summary>Partially orders so that position <paramref name="k"/> holds the (k+1)-th largest value and everything before it is &gt;= it.</summary>
    internal static void SelectDescending(Span<double> a, int k)
    {
        int left = 0, right = a.Length - 1;
        while (right > left)
        {
            var pivot = MedianOfThree(a[left], a[(left + right) >>> 1], a[right]);
            int i = left, j = right;
            while (i <= j)
            {
                while (a[i] > pivot) i++;
                while (a[j] < pivot) j--;
                if (i <= j) { (a[i], a[j]) = (a[j], a[i]); i++; j--; }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return;
        }
    }

    private static double MedianOfThree(double a, double b, double c) =>
        Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
