using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Simulation;

namespace MarginInsurance.Risk.Portfolio;

/// <summary>
/// VaR/ES of every account's collateral loss L_k = -Σ_a v_{a,k} (e^{r_a} - 1) over a scenario set (Monte Carlo draws or
/// historical returns), with the <see cref="Statistics.EmpiricalTail"/> rule. Streams the scenarios once per account,
/// keeping only the k = ⌈n(1-α)⌉ largest losses in a <see cref="TopLosses"/> candidate buffer (SIMD across scenarios,
/// losses at or below the running k-th largest are never stored), so memory is O(k) per account. Accounts are streamed
/// in groups that hold the same assets (<see cref="SparseGroups"/>): each return vector is loaded once per group.
/// </summary>
public static class PerAccountRisk
{
    private const int AccountBatch = 64;
    private const int ScenarioChunk = 2048;

    /// <summary>Scenarios whose loss moments set each account's admission floor (a multiple of any vector width).</summary>
    internal const int FloorPrefix = 4096;

    /// <summary>The floor admits about this many times k losses when the tail is normal.</summary>
    internal const double FloorTailFactor = 1.5;

    /// <summary>Scenario set of historical one-day log returns (each common date is one scenario).</summary>
    public static ScenarioSet FromHistory(AlignedReturns history)
    {
        var d = history.Assets.Count;
        var values = new double[history.Count * d];
        for (var t = 0; t < history.Count; t++)
        for (var a = 0; a < d; a++)
            values[t * d + a] = history.Values[a][t];
        return new ScenarioSet(history.Assets, history.Count, values);
    }

    /// <summary>Computes VaR/ES for every account of the book (book assets must match the scenario assets, in order).</summary>
    public static RiskEstimate[] Compute(AccountBook book, IReadOnlyList<double> prices, ScenarioSet scenarios, double confidence) =>
        Compute(book, prices, scenarios, confidence, FloorTailFactor);

    /// <summary>
    /// As the public overload; <paramref name="floorTailFactor"/> sets the admission floor of each account's candidate
    /// buffer at the normal quantile of 1 − factor·(1 − α) of the account's loss mean and deviation over the first
    /// <see cref="FloorPrefix"/> scenarios (about factor × k candidates for a normal tail, more for a heavier one). An
    /// account with fewer than k losses above its floor is streamed again without one, so the result never depends on
    /// the floor (tests force the fallback with a tiny factor).
    /// </summary>
    internal static RiskEstimate[] Compute(AccountBook book, IReadOnlyList<double> prices, ScenarioSet scenarios, double confidence, double floorTailFactor)
    {
        Statistics.EmpiricalTail.ValidateConfidence(confidence);
        if (!book.Assets.SequenceEqual(scenarios.Assets))
            throw new ArgumentException("book and scenario assets differ: " + string.Join(",", book.Assets) + " vs " + string.Join(",", scenarios.Assets));
        var d = book.Assets.Count;
        var n = scenarios.Count;
        var width = Vector<double>.Count;
        var padded = (n + width - 1) / width * width;
        // simple returns per asset, structure of arrays, padded with zeros (the padding is never offered: the tail loop is scalar)
        var g = new double[d * padded];
        for (var a = 0; a < d; a++)
        for (var sc = 0; sc < n; sc++)
            g[a * padded + sc] = double.ExpM1(scenarios.Values[sc * d + a]);
        var tailMass = n * (1 - confidence);
        var k = Math.Max(1, (int)Math.Ceiling(tailMass - 1e-9));
        var floorTail = floorTailFactor * (1 - confidence);
        var useFloor = n >= 4 * FloorPrefix && floorTail < 0.5;
        var z = useFloor ? MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - floorTail) : 0;
        var result = new RiskEstimate[book.Count];
        var vectorEnd = n / width * width;
        var batches = (book.Count + AccountBatch - 1) / AccountBatch;
        // Tiled: a batch of accounts walks the scenarios chunk by chunk, so each chunk of simple returns stays in cache
        // while every account of the batch streams it (memory traffic ~ scenarios x assets per batch, not per account).
        // each worker reuses its candidate buffers from batch to batch (2k losses per account: allocated once per worker)
        // accounts ordered by the set of assets they hold, so a group of GroupSize neighbours shares one sparse kernel
        var order = SparseGroups.OrderByHeldAssets(book, prices);
        Parallel.For(0, batches, () => new TopLosses[AccountBatch], (batch, _, tops) =>
        {
            var first = batch * AccountBatch;
            var count = Math.Min(AccountBatch, book.Count - first);
            var v = new Vector<double>[count * d];
            for (var i = 0; i < count; i++)
            {
                tops[i] ??= new TopLosses(k);
                for (var a = 0; a < d; a++) v[i * d + a] = new Vector<double>(-book.Units[a][order[first + i]] * prices[a]);
                tops[i].Reset(useFloor ? Floor(g, padded, v.AsSpan(i * d, d), z) : double.NegativeInfinity);
            }
            var groups = SparseGroups.Plan(v, d, count);
            for (var chunk = 0; chunk < n; chunk += ScenarioChunk)
            {
                var chunkEnd = Math.Min(n, chunk + ScenarioChunk);
                var i = 0;
                foreach (var group in groups)
                {
                    SparseGroups.Stream(g, padded, vectorEnd, group, tops.AsSpan(i, SparseGroups.GroupSize), chunk, chunkEnd);
                    // scenarios past the last whole vector (last chunk only): one account at a time
                    for (var j = 0; j < SparseGroups.GroupSize && chunkEnd > vectorEnd; j++)
                        Stream(g, padded, vectorEnd, v.AsSpan((i + j) * d, d), tops[i + j], Math.Max(chunk, vectorEnd), chunkEnd);
                    i += SparseGroups.GroupSize;
                }
                for (; i < count; i++) Stream(g, padded, vectorEnd, v.AsSpan(i * d, d), tops[i], chunk, chunkEnd);
            }
            for (var i = 0; i < count; i++)
            {
                var top = tops[i];
                if (top.Count < k)
                {
                    // the floor was above the k-th largest loss: stream this account again with none
                    top.Reset(double.NegativeInfinity);
                    Stream(g, padded, vectorEnd, v.AsSpan(i * d, d), top, 0, n);
                }
                var (var, sum, max, _) = top.Result();
                var es = tailMass < 1 ? max : (sum + (tailMass - k) * var) / tailMass;
                result[order[first + i]] = new RiskEstimate(confidence, tailMass < 1 ? es : var, es);
            }
            return tops;
        }, _ => { });
        return result;
    }

    /// <summary>Offers the losses of scenarios [from, to) of one account (weights = −value per asset, broadcast) to <paramref name="top"/>.</summary>
    private static void Stream(double[] g, int padded, int vectorEnd, ReadOnlySpan<Vector<double>> weights, TopLosses top, int from, int to)
    {
        var d = weights.Length;
        var width = Vector<double>.Count;
        ref var gBase = ref MemoryMarshal.GetArrayDataReference(g);
        var s = from;
        var end = Math.Min(to, vectorEnd);
        var threshold = new Vector<double>(top.Threshold);
        for (; s < end; s += width)
        {
            var loss = Loss(ref gBase, padded, weights, s);
            if (!Vector.GreaterThanAny(loss, threshold)) continue;
            for (var j = 0; j < width; j++) top.Offer(loss[j]);
            threshold = new Vector<double>(top.Threshold);
        }
        for (; s < to; s++)
        {
            var loss = 0.0;
            for (var a = 0; a < d; a++) loss += g[a * padded + s] * weights[a][0];
            top.Offer(loss);
        }
    }

    /// <summary>Mean + z·deviation of the account's loss over the first <see cref="FloorPrefix"/> scenarios.</summary>
    private static double Floor(double[] g, int padded, ReadOnlySpan<Vector<double>> weights, double z)
    {
        ref var gBase = ref MemoryMarshal.GetArrayDataReference(g);
        var sum = Vector<double>.Zero;
        var squares = Vector<double>.Zero;
        for (var s = 0; s < FloorPrefix; s += Vector<double>.Count)
        {
            var loss = Loss(ref gBase, padded, weights, s);
            sum += loss;
            squares += loss * loss;
        }
        var mean = Vector.Sum(sum) / FloorPrefix;
        var variance = Math.Max(0, (Vector.Sum(squares) / FloorPrefix) - (mean * mean));
        return mean + (z * Math.Sqrt(variance));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Loss(ref double gBase, int padded, ReadOnlySpan<Vector<double>> weights, int s)
    {
        if (weights.Length == 5)
        {
            // the shipped five-asset case, unrolled
            ref var row = ref Unsafe.Add(ref gBase, s);
            return Vector.LoadUnsafe(ref row) * weights[0]
                   + Vector.LoadUnsafe(ref row, (nuint)padded) * weights[1]
                   + Vector.LoadUnsafe(ref row, (nuint)(2 * padded)) * weights[2]
                   + Vector.LoadUnsafe(ref row, (nuint)(3 * padded)) * weights[3]
                   + Vector.LoadUnsafe(ref row, (nuint)(4 * padded)) * weights[4];
        }
        var loss = Vector<double>.Zero;
        for (var a = 0; a < weights.Length; a++)
            loss += Vector.LoadUnsafe(ref gBase, (nuint)(a * padded + s)) * weights[a];
        return loss;
    }
}
