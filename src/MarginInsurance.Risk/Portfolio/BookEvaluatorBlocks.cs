using System.Numerics;

namespace MarginInsurance.Risk.Portfolio;

/// <summary>Bad debt of many scenarios at once, for the insurance Monte Carlo.</summary>
public sealed partial class BookEvaluator
{
    /// <summary>Scenarios that share one lower bound per account (the bound costs one scenario's work and skips the run).</summary>
    private const int LowsRun = 8;

    /// <summary>
    /// <see cref="ShockOutcome.BadDebt"/> of <see cref="Apply"/> for each scenario of a block, bit for bit: row s of
    /// <paramref name="relatives"/> (d values, book order) gives <paramref name="badDebt"/>[s]. Tiled so the book is read
    /// once per block instead of once per scenario (the per-scenario apply is memory-bound), and an account's recovery
    /// is computed only where some lane is liquidated (adding the skipped zeros would not change a sum). Each scenario
    /// sums its lanes in the same order as <see cref="Apply"/>.
    /// </summary>
    public void BadDebts(ReadOnlySpan<double> relatives, Span<double> badDebt)
    {
        var d = _value.Length;
        var scenarios = badDebt.Length;
        if (relatives.Length != scenarios * d) throw new ArgumentException($"expected {scenarios} x {d} price relatives, got {relatives.Length}", nameof(relatives));
        if (!Vector.IsHardwareAccelerated)
        {
            for (var s = 0; s < scenarios; s++) badDebt[s] = Apply(relatives.Slice(s * d, d)).BadDebt;
            return;
        }

        var n = Book.Count;
        var debt = Book.Debt;
        var recovery = (1 - (Terms.SlippageBps / 10_000)) / (1 + (Terms.BonusBps / 10_000));
        var vRecovery = new Vector<double>(recovery);
        var width = Vector<double>.Count;
        var g = new Vector<double>[scenarios * d];
        for (var i = 0; i < g.Length; i++) g[i] = new Vector<double>(relatives[i]);
        var bad = new Vector<double>[scenarios];
        var w = new Vector<double>[d];
        // the lowest relative per asset of each run of LowsRun scenarios: with weights ≥ 0 the rounded Σ w·g is monotone in
        // every g, so an account that stays at or above its debt at a run's lows is above it in every scenario of the run
        var runs = (scenarios + LowsRun - 1) / LowsRun;
        var lows = new Vector<double>[runs * d];
        for (var r = 0; r < runs; r++)
        for (var a = 0; a < d; a++)
        {
            var low = double.PositiveInfinity;
            for (var s = r * LowsRun; s < Math.Min(scenarios, (r + 1) * LowsRun); s++) low = Math.Min(low, relatives[(s * d) + a]);
            lows[(r * d) + a] = new Vector<double>(low);
        }

        var k = 0;
        for (; k <= n - width; k += width)
        {
            for (var a = 0; a < d; a++) w[a] = new Vector<double>(_weighted[a], k);
            var debtV = new Vector<double>(debt, k);
            for (var r = 0; r < runs; r++)
            {
                var runEnd = Math.Min(scenarios, (r + 1) * LowsRun);
                if (_weightsNonNegative)
                {
                    var atLows = Vector<double>.Zero;
                    for (var a = 0; a < d; a++) atLows += w[a] * lows[(r * d) + a];
                    if (!Vector.LessThanAny(atLows, debtV)) continue;
                }

                for (var s = r * LowsRun; s < runEnd; s++)
                {
                    var gs = g.AsSpan(s * d, d);
                    var weighted = Vector<double>.Zero;
                    for (var a = 0; a < d; a++) weighted += w[a] * gs[a];
                    if (!Vector.LessThanAny(weighted, debtV)) continue;
                    var value = Vector<double>.Zero;
                    for (var a = 0; a < d; a++) value += new Vector<double>(_value[a], k) * gs[a];
                    var mask = Vector.LessThan(weighted, debtV);
                    var repaid = Vector.Min(debtV, value * vRecovery);
                    bad[s] += Vector.ConditionalSelect(mask, debtV - repaid, Vector<double>.Zero);
                }
            }
        }

        for (var s = 0; s < scenarios; s++)
        {
            var total = Vector.Sum(bad[s]);
            var rs = relatives.Slice(s * d, d);
            for (var j = k; j < n; j++)
            {
                double weighted = 0, value = 0;
                for (var a = 0; a < d; a++)
                {
                    weighted += _weighted[a][j] * rs[a];
                    value += _value[a][j] * rs[a];
                }

                if (weighted < debt[j]) total += debt[j] - Math.Min(debt[j], value * recovery);
            }

            badDebt[s] = total;
        }
    }
}
