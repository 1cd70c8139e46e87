using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Portfolio;
using MarginInsurance.Risk.Simulation;

namespace MarginInsurance.Risk.Tests.Reference;

/// <summary>
/// The slow reference kept for the equality tests: PerAccountRisk as it was before the candidate buffer (a min-heap of the
/// k largest losses per account, one offer at a time). VaR/ES of every account's collateral loss L_k = -Σ_a v_{a,k} (e^{r_a} - 1) over a scenario set (Monte Carlo draws or
/// historical returns), with the <see cref="Statistics.EmpiricalTail"/> rule. Streams the scenarios once per account,
/// keeping only the k = ⌈n(1-α)⌉ largest losses in a min-heap (SIMD across scenarios), so memory is O(k) per account.
/// </summary>
internal static class PerAccountRiskHeapReference
{
    private const int AccountBatch = 64;
    private const int ScenarioChunk = 2048;

    /// <summary>Computes VaR/ES for every account of the book (book assets must match the scenario assets, in order).</summary>
    public static RiskEstimate[] Compute(AccountBook book, IReadOnlyList<double> prices, ScenarioSet scenarios, double confidence)
    {
        Statistics.EmpiricalTail.ValidateConfidence(confidence);
        if (!book.Assets.SequenceEqual(scenarios.Assets))
            throw new ArgumentException("book and scenario assets differ: " + string.Join(",", book.Assets) + " vs " + string.Join(",", scenarios.Assets));
        var d = book.Assets.Count;
        var n = scenarios.Count;
        var width = Vector<double>.Count;
        var padded = (n + width - 1) / width * width;
        // simple returns per asset, structure of arrays, padded with zeros (zero loss never enters a positive tail heap wrongly: handled by count)
        var g = new double[d * padded];
        for (var a = 0; a < d; a++)
        for (var sc = 0; sc < n; sc++)
            g[a * padded + sc] = double.ExpM1(scenarios.Values[sc * d + a]);
        var tailMass = n * (1 - confidence);
        var k = Math.Max(1, (int)Math.Ceiling(tailMass - 1e-9));
        var result = new RiskEstimate[book.Count];
        var vectorEnd = n / width * width;
        var batches = (book.Count + AccountBatch - 1) / AccountBatch;
        // Tiled: a batch of accounts walks the scenarios chunk by chunk, so each chunk of simple returns stays in cache
        // while every account of the batch streams it (memory traffic ~ scenarios x assets per batch, not per account).
        Parallel.For(0, batches, batch =>
        {
            var first = batch * AccountBatch;
            var count = Math.Min(AccountBatch, book.Count - first);
            var heaps = new double[count][];
            var sizes = new int[count];
            var v = new Vector<double>[count * d];
            for (var i = 0; i < count; i++)
            {
                heaps[i] = new double[k];
                for (var a = 0; a < d; a++) v[i * d + a] = new Vector<double>(-book.Units[a][first + i] * prices[a]);
            }
            ref var gBase = ref MemoryMarshal.GetArrayDataReference(g);
            for (var chunk = 0; chunk < n; chunk += ScenarioChunk)
            {
                var chunkEnd = Math.Min(n, chunk + ScenarioChunk);
                var chunkVectorEnd = Math.Min(chunkEnd, vectorEnd);
                for (var i = 0; i < count; i++)
                {
                    var heap = heaps[i];
                    ref var size = ref sizes[i];
                    var s = chunk;
                    var weights = v.AsSpan(i * d, d);
                    var threshold = new Vector<double>(size == k ? heap[0] : double.NegativeInfinity);
                    for (; s < chunkVectorEnd; s += width)
                    {
                        Vector<double> loss;
                        if (d == 5)
                        {
                            // the shipped five-asset case, unrolled
                            ref var row = ref Unsafe.Add(ref gBase, s);
                            loss = Vector.LoadUnsafe(ref row) * weights[0]
                                   + Vector.LoadUnsafe(ref row, (nuint)padded) * weights[1]
                                   + Vector.LoadUnsafe(ref row, (nuint)(2 * padded)) * weights[2]
                                   + Vector.LoadUnsafe(ref row, (nuint)(3 * padded)) * weights[3]
                                   + Vector.LoadUnsafe(ref row, (nuint)(4 * padded)) * weights[4];
                        }
                        else
                        {
                            loss = Vector<double>.Zero;
                            for (var a = 0; a < weights.Length; a++)
                                loss += Vector.LoadUnsafe(ref gBase, (nuint)(a * padded + s)) * weights[a];
                        }
                        if (!Vector.GreaterThanAny(loss, threshold)) continue;
                        for (var j = 0; j < width; j++) Offer(heap, ref size, k, loss[j]);
                        threshold = new Vector<double>(size == k ? heap[0] : double.NegativeInfinity);
                    }
                    for (; s < chunkEnd; s++)
                    {
                        var loss = 0.0;
                        for (var a = 0; a < d; a++) loss += g[a * padded + s] * weights[a][0];
                        Offer(heap, ref size, k, loss);
                    }
                }
            }
            for (var i = 0; i < count; i++)
            {
                var heap = heaps[i];
                var var = heap[0];
                var sum = 0.0;
                for (var j = 0; j < k; j++) sum += heap[j];
                var es = tailMass < 1 ? MaxOf(heap, k) : (sum + (tailMass - k) * var) / tailMass;
                result[first + i] = new RiskEstimate(confidence, tailMass < 1 ? es : var, es);
            }
        });
        return result;
    }

    private static double MaxOf(double[] heap, int k)
    {
        var max = double.NegativeInfinity;
        for (var i = 0; i < k; i++) max = Math.Max(max, heap[i]);
        return max;
    }

    private static void Offer(double[] heap, ref int size, int k, double value)
    {
        if (size < k)
        {
            var i = size++;
            heap[i] = value;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (heap[parent] <= heap[i]) break;
                (heap[parent], heap[i]) = (heap[i], heap[parent]);
                i = parent;
            }
            return;
        }
        if (value <= heap[0]) return;
        heap[0] = value;
        var j = 0;
        while (true)
        {
            var left = 2 * j + 1;
            if (left >= k) break;
            var smallest = left + 1 < k && heap[left + 1] < heap[left] ? left + 1 : left;
            if (heap[j] <= heap[smallest]) break;
            (heap[j], heap[smallest]) = (heap[smallest], heap[j]);
            j = smallest;
        }
    }
}
