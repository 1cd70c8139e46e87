namespace MarginInsurance.Risk.Perpetuals;

/// <summary>
/// The negative equity a book of perp positions leaves in a one-day gap (docs/risk.md §12): every position opened at today's
/// price with margin max(notional / leverage, initial requirement); after a move to R × price, a position below maintenance is
/// closed in full with the penalty, and its deficit is max(0, −(margin + s (R − 1) p − penalty × N R)). Positions in assets the
/// scenarios do not cover are left out (<see cref="Skipped"/>).
/// </summary>
public sealed class PerpGapLoss
{
    private readonly int[] _asset;
    private readonly double[] _sign;
    private readonly double[] _notional;
    private readonly double[] _margin;
    private readonly PerpTier[] _tier;
    private readonly double[] _penalty;

    /// <summary>Prepares the book for scenarios over <paramref name="scenarioAssets"/> (relatives in that order).</summary>
    public PerpGapLoss(PerpBook book, IReadOnlyDictionary<string, PerpTier> tiers, IReadOnlyDictionary<string, int> penaltyBps, IReadOnlyList<string> scenarioAssets)
    {
        var kept = book.Positions.Where(p => scenarioAssets.Contains(p.Asset) && tiers.ContainsKey(p.Asset)).ToList();
        Skipped = book.Positions.Count - kept.Count;
        _asset = kept.Select(p => scenarioAssets.ToList().IndexOf(p.Asset)).ToArray();
        _sign = kept.Select(p => p.Long ? 1.0 : -1.0).ToArray();
        _notional = kept.Select(p => p.Notional).ToArray();
        _tier = kept.Select(p => tiers[p.Asset]).ToArray();
        _margin = kept.Select((p, i) => Math.Max(p.Notional / p.Leverage, _tier[i].Requirement(p.Notional, _tier[i].ImfBps))).ToArray();
        _penalty = kept.Select(p => penaltyBps[p.Asset] / 10_000.0).ToArray();
    }

    /// <summary>Positions left out (their asset is not in the scenarios).</summary>
    public int Skipped { get; }

    /// <summary>Σ deficit of the positions for one scenario's price relatives (USD).</summary>
    public double Deficit(ReadOnlySpan<double> relatives)
    {
        var total = 0.0;
        for (var j = 0; j < _asset.Length; j++)
        {
            var r = relatives[_asset[j]];
            var notional = _notional[j] * r;
            var equity = _margin[j] + _sign[j] * _notional[j] * (r - 1);
            if (equity >= _tier[j].Requirement(notional, _tier[j].MmfBps)) continue;
            total += Math.Max(0, -(equity - _penalty[j] * notional));
        }
        return total;
    }
}
