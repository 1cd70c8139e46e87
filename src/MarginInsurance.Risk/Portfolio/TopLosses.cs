namespace MarginInsurance.Risk.Portfolio;

/// <summary>
/// The k largest of a stream of losses, kept as a candidate buffer of 2k with a rising admission threshold: a value is
/// stored only when it exceeds the k-th largest seen at the last compaction, and a full buffer is cut back to its k
/// largest by quickselect (amortized O(1) per admitted value, instead of a heap's O(log k) per offer).
/// The multiset of the k largest is exact; only the order in which they are summed differs from a heap's.
/// </summary>
internal sealed class TopLosses
{
    private readonly double[] _buffer;
    private readonly int _k;
    private int _count;

    /// <summary>Creates a buffer for the <paramref name="k"/> largest values (k ≥ 1).</summary>
    public TopLosses(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        _k = k;
        _buffer = new double[2 * k];
    }

    /// <summary>Values not above this cannot be among the k largest (−∞ until k values were seen and compacted).</summary>
    public double Threshold { get; private set; } = double.NegativeInfinity;

    /// <summary>Values offered since the last reset that were stored (at least k means the k largest are exact).</summary>
    public int Count => _count;

    /// <summary>
    /// Empties the buffer and admits only values above <paramref name="floor"/> from now on. When fewer than k values
    /// end up above the floor, the k largest are not known: the caller streams again with −∞.
    /// </summary>
    public void Reset(double floor)
    {
        _count = 0;
        Threshold = floor;
    }

    /// <summary>Offers one value.</summary>
    public void Offer(double value)
    {
        if (value <= Threshold) return;
        _buffer[_count++] = value;
        if (_count == _buffer.Length) Compact();
    }

    /// <summary>
    /// The k-th largest value (VaR at the EmpiricalTail rule) and the sum and maximum of the k largest; fewer when fewer
    /// were offered.
    /// </summary>
    public (double KthLargest, double Sum, double Max, int Count) Result()
    {
        if (_count > _k) Compact();
        var top = _buffer.AsSpan(0, _count);
        double min = double.PositiveInfinity, max = double.NegativeInfinity, sum = 0;
        foreach (var v in top)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, sum, max, _count);
    }

    private void Compact()
    {
        var span = _buffer.AsSpan(0, _count);
        SelectLargest(span, _k);
        _count = _k;
        var min = double.PositiveInfinity;
        foreach (var v in _buffer.AsSpan(0, _k)) min = Math.Min(min, v);
        Threshold = min;
    }

    /// <summary>Reorders <paramref name="a"/> so that its first <paramref name="k"/> elements are its k largest (Hoare quickselect, median of three).</summary>
    internal static void SelectLargest(Span<double> a, int k)
    {
        int lo = 0, hi = a.Length - 1, target = k - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var pivot = Median(a[lo], a[mid], a[hi]);
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] > pivot) i++;
                while (a[j] < pivot) j--;
                if (i > j) break;
                (a[i], a[j]) = (a[j], a[i]);
                i++;
                j--;
            }

            // [lo..j] ≥ pivot, [i..hi] ≤ pivot, anything between equals the pivot
            if (target <= j) hi = j;
            else if (target >= i) lo = i;
            else return;
        }
    }

    private static double Median(double x, double y, double z) =>
        Math.Max(Math.Min(x, y), Math.Min(Math.Max(x, y), z));
}
