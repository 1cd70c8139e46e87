using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MarginInsurance.Risk.Portfolio;

/// <summary>
/// The per-account loss kernel of <see cref="PerAccountRisk"/> for groups of <see cref="GroupSize"/> accounts that hold
/// the same few assets: each vector of simple returns is loaded once for the whole group (register blocking), and only
/// the assets some account of the group holds are read. An asset with weight zero adds an exact zero to the loss, so
/// leaving it out keeps every loss bit for bit (the terms left are summed in the same asset order).
/// </summary>
internal static class SparseGroups
{
    /// <summary>Accounts per group (four loss vectors live in registers at once).</summary>
    public const int GroupSize = 4;

    /// <summary>
    /// Account indices ordered by the set of assets each holds (stable), so neighbours share their assets. A book of more
    /// than 63 assets is left in its order.
    /// </summary>
    public static int[] OrderByHeldAssets(AccountBook book, IReadOnlyList<double> prices)
    {
        var d = book.Assets.Count;
        var order = Enumerable.Range(0, book.Count);
        if (d > 63) return [.. order];
        var keys = new long[book.Count];
        for (var a = 0; a < d; a++)
        {
            var units = book.Units[a];
            for (var k = 0; k < keys.Length; k++)
                if (-units[k] * prices[a] != 0) keys[k] |= 1L << a;
        }

        return [.. order.OrderBy(k => keys[k])];
    }

    /// <summary>Groups of <see cref="GroupSize"/> consecutive accounts of a batch (weights v[i·d + a]); the remainder is left to the caller.</summary>
    public static Group[] Plan(Vector<double>[] v, int d, int count)
    {
        var groups = new Group[count / GroupSize];
        for (var gi = 0; gi < groups.Length; gi++)
        {
            var first = gi * GroupSize;
            var assets = new List<int>(d);
            for (var a = 0; a < d; a++)
            {
                for (var j = 0; j < GroupSize; j++)
                {
                    if (v[((first + j) * d) + a][0] == 0) continue;
                    assets.Add(a);
                    break;
                }
            }

            var m = assets.Count;
            var weights = new Vector<double>[GroupSize * m];
            for (var j = 0; j < GroupSize; j++)
            for (var x = 0; x < m; x++)
                weights[(j * m) + x] = v[((first + j) * d) + assets[x]];
            groups[gi] = new Group([.. assets], weights);
        }

        return groups;
    }

    /// <summary>Offers the losses of the whole vectors of scenarios [from, to) of the group's accounts to <paramref name="tops"/>.</summary>
    public static void Stream(double[] g, int padded, int vectorEnd, Group group, Span<TopLosses> tops, int from, int to)
    {
        var end = Math.Min(to, vectorEnd);
        if (from >= end) return;
        var width = Vector<double>.Count;
        var w = group.Weights;
        var assets = group.Assets;
        ref var gBase = ref MemoryMarshal.GetArrayDataReference(g);
        var (t0, t1, t2, t3) = Thresholds(tops);
        switch (assets.Length)
        {
            case 1:
            {
                ref var r0 = ref Unsafe.Add(ref gBase, assets[0] * padded);
                var (w0, w1, w2, w3) = (w[0], w[1], w[2], w[3]);
                for (var s = from; s < end; s += width)
                {
                    var x0 = Vector.LoadUnsafe(ref r0, (nuint)s);
                    var l0 = x0 * w0;
                    var l1 = x0 * w1;
                    var l2 = x0 * w2;
                    var l3 = x0 * w3;
                    if (None(l0, t0, l1, t1, l2, t2, l3, t3)) continue;
                    Admit(tops, l0, l1, l2, l3);
                    (t0, t1, t2, t3) = Thresholds(tops);
                }

                return;
            }

            case 2:
            {
                ref var r0 = ref Unsafe.Add(ref gBase, assets[0] * padded);
                ref var r1 = ref Unsafe.Add(ref gBase, assets[1] * padded);
                var (w00, w01, w10, w11) = (w[0], w[1], w[2], w[3]);
                var (w20, w21, w30, w31) = (w[4], w[5], w[6], w[7]);
                for (var s = from; s < end; s += width)
                {
                    var x0 = Vector.LoadUnsafe(ref r0, (nuint)s);
                    var x1 = Vector.LoadUnsafe(ref r1, (nuint)s);
                    var l0 = (x0 * w00) + (x1 * w01);
                    var l1 = (x0 * w10) + (x1 * w11);
                    var l2 = (x0 * w20) + (x1 * w21);
                    var l3 = (x0 * w30) + (x1 * w31);
                    if (None(l0, t0, l1, t1, l2, t2, l3, t3)) continue;
                    Admit(tops, l0, l1, l2, l3);
                    (t0, t1, t2, t3) = Thresholds(tops);
                }

                return;
            }

            case 3:
            {
                ref var r0 = ref Unsafe.Add(ref gBase, assets[0] * padded);
                ref var r1 = ref Unsafe.Add(ref gBase, assets[1] * padded);
                ref var r2 = ref Unsafe.Add(ref gBase, assets[2] * padded);
                var (w00, w01, w02, w10, w11, w12) = (w[0], w[1], w[2], w[3], w[4], w[5]);
                var (w20, w21, w22, w30, w31, w32) = (w[6], w[7], w[8], w[9], w[10], w[11]);
                for (var s = from; s < end; s += width)
                {
                    var x0 = Vector.LoadUnsafe(ref r0, (nuint)s);
                    var x1 = Vector.LoadUnsafe(ref r1, (nuint)s);
                    var x2 = Vector.LoadUnsafe(ref r2, (nuint)s);
                    var l0 = (x0 * w00) + (x1 * w01) + (x2 * w02);
                    var l1 = (x0 * w10) + (x1 * w11) + (x2 * w12);
                    var l2 = (x0 * w20) + (x1 * w21) + (x2 * w22);
                    var l3 = (x0 * w30) + (x1 * w31) + (x2 * w32);
                    if (None(l0, t0, l1, t1, l2, t2, l3, t3)) continue;
                    Admit(tops, l0, l1, l2, l3);
                    (t0, t1, t2, t3) = Thresholds(tops);
                }

                return;
            }

            default:
            {
                var m = assets.Length;
                for (var s = from; s < end; s += width)
                {
                    Vector<double> l0 = Vector<double>.Zero, l1 = Vector<double>.Zero, l2 = Vector<double>.Zero, l3 = Vector<double>.Zero;
                    for (var a = 0; a < m; a++)
                    {
                        var x = Vector.LoadUnsafe(ref gBase, (nuint)((assets[a] * padded) + s));
                        l0 += x * w[a];
                        l1 += x * w[m + a];
                        l2 += x * w[(2 * m) + a];
                        l3 += x * w[(3 * m) + a];
                    }

                    if (None(l0, t0, l1, t1, l2, t2, l3, t3)) continue;
                    Admit(tops, l0, l1, l2, l3);
                    (t0, t1, t2, t3) = Thresholds(tops);
                }

                return;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool None(Vector<double> l0, Vector<double> t0, Vector<double> l1, Vector<double> t1, Vector<double> l2, Vector<double> t2, Vector<double> l3, Vector<double> t3) =>
        (Vector.GreaterThan(l0, t0) | Vector.GreaterThan(l1, t1) | Vector.GreaterThan(l2, t2) | Vector.GreaterThan(l3, t3)) == Vector<long>.Zero;

    private static (Vector<double>, Vector<double>, Vector<double>, Vector<double>) Thresholds(Span<TopLosses> tops) =>
        (new(tops[0].Threshold), new(tops[1].Threshold), new(tops[2].Threshold), new(tops[3].Threshold));

    // the rare path (some loss above its account's threshold): kept out of the loop
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Admit(Span<TopLosses> tops, Vector<double> l0, Vector<double> l1, Vector<double> l2, Vector<double> l3)
    {
        Admit(l0, tops[0]);
        Admit(l1, tops[1]);
        Admit(l2, tops[2]);
        Admit(l3, tops[3]);
    }

    private static void Admit(Vector<double> loss, TopLosses top)
    {
        if (!Vector.GreaterThanAny(loss, new Vector<double>(top.Threshold))) return;
        for (var j = 0; j < Vector<double>.Count; j++) top.Offer(loss[j]);
    }

    /// <summary>The assets some account of a group holds (ascending) and the group's weights, account-major: Weights[j·m + x].</summary>
    internal sealed record Group(int[] Assets, Vector<double>[] Weights);
}
