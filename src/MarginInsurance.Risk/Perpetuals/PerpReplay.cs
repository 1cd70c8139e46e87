using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Stress;

namespace MarginInsurance.Risk.Perpetuals;

/// <summary>What a replay did to the liquidity vault, the insurance pool and the traders.</summary>
/// <param name="Window">Replayed window.</param>
/// <param name="Tiers">Label of the tier set ("current" / "recommended").</param>
/// <param name="Mirrored">True for the book with every side flipped.</param>
/// <param name="NetExposureStart">The vault's net exposure at the start, −Σ signed notional, USD (negative = the vault is short).</param>
/// <param name="Dates">Days of the window.</param>
/// <param name="VaultValue">The vault's LP assets at each day's close, USD.</param>
/// <param name="MaxDrawdown">Largest fall of the vault from its running peak (the start counts), USD.</param>
/// <param name="WorstDay">Worst one-day change of the vault, USD.</param>
/// <param name="Liquidated">Positions liquidated.</param>
/// <param name="Deficit">Negative equity left by liquidations, USD.</param>
/// <param name="InsuranceDrawn">Drawn from the insurance pool for positions, USD.</param>
/// <param name="Deleveraged">Positions auto-deleveraged.</param>
/// <param name="AdlHaircut">Profit taken from deleveraged positions, USD.</param>
/// <param name="Unresolved">Deficit left with no profitable position to deleverage at the end, USD (borne by the vault).</param>
public sealed record PerpReplayResult(
    HistoricalWindow Window, string Tiers, bool Mirrored, double NetExposureStart, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> VaultValue,
    double MaxDrawdown, double WorstDay, int Liquidated, double Deficit, double InsuranceDrawn, int Deleveraged, double AdlHaircut, double Unresolved)
{
    /// <summary>The vault's PnL over the window, USD.</summary>
    public double VaultPnl => VaultValue[^1] - VaultValue[0];
}

/// <summary>
/// Replays a real window on a book of perp positions (docs/risk.md §12): each position opens at the first close of the window, is
/// its own isolated account and is marked at each daily close; below maintenance it is closed in full at that close against the
/// vault with the penalty (the conservative end: no partial liquidation between closes). Negative equity draws
/// min(deficit, cover cap × pool) from insurance; the rest is deleveraged the same day against the most profitable positions of
/// the other side of that market ranked by §13.8's adlScore (pnl × notional / numerator, numerator = margin + 80 % of a profit).
/// The vault's LP assets = capital − Σ open unrealized PnL − Σ realized trader PnL of closed positions (a deficit is the vault's until
/// insurance or deleveraging returns it). Funding and trade fees are left out: both are paid to the vault in a skewed market, so
/// leaving them out overstates the drawdown.
/// </summary>
public static class PerpReplay
{
    private const double PnlWeight = 0.8;

    /// <summary>Replays one window under per-asset tiers (add-on 0).</summary>
    public static PerpReplayResult Run(PerpBook book, IReadOnlyDictionary<string, PerpTier> tiers, IReadOnlyDictionary<string, int> penaltyBps,
        IReadOnlyList<PriceSeries> prices, HistoricalWindow window, string tiersLabel, bool mirrored = false)
    {
        var days = Enumerable.Range(0, window.End.DayNumber - window.Start.DayNumber + 1).Select(i => window.Start.AddDays(i)).ToArray();
        var paths = new Dictionary<string, double[]>();
        foreach (var asset in book.Positions.Select(p => p.Asset).Distinct())
        {
            var series = prices.FirstOrDefault(p => p.Asset == asset) ?? throw new ArgumentException($"no prices for the perp market {asset}: add {asset} to --data");
            var last = series.PriceOn(window.Start) ?? throw new ArgumentException($"{asset} has no close on {window.Start:yyyy-MM-dd} for replay '{window.Name}'");
            paths[asset] = days.Select(d => last = series.PriceOn(d) ?? last).ToArray();
        }

        var n = book.Positions.Count;
        var size = new double[n];   // signed units
        var cash = new double[n];
        var open = new bool[n];
        var frozen = 0.0;           // Σ −(realized trader PnL) of closed positions, net of insurance and haircuts
        for (var j = 0; j < n; j++)
        {
            var p = book.Positions[j];
            var p0 = paths[p.Asset][0];
            size[j] = (p.Long ? 1 : -1) * p.Notional / p0;
            var tier = tiers[p.Asset];
            cash[j] = Math.Max(p.Notional / p.Leverage, tier.Requirement(p.Notional, tier.ImfBps));
            open[j] = true;
        }
        var netStart = -book.Positions.Sum(p => (p.Long ? 1 : -1) * p.Notional);
        var pool = book.InsurancePool;
        int liquidated = 0, deleveraged = 0;
        double deficitTotal = 0, drawn = 0, haircutTotal = 0;
        var values = new double[days.Length];
        var adl = new Dictionary<(string Asset, bool LongSide), double>();

        double Pnl(int j, int t) => size[j] * (paths[book.Positions[j].Asset][t] - paths[book.Positions[j].Asset][0]);
        double Value(int t)
        {
            var v = book.VaultCapital + frozen;
            for (var j = 0; j < n; j++) if (open[j]) v -= Pnl(j, t);
            return v;
        }

        for (var t = 0; t < days.Length; t++)
        {
            for (var j = 0; j < n; j++)
            {
                if (!open[j] || t == 0) continue;
                var p = book.Positions[j];
                var price = paths[p.Asset][t];
                var notional = Math.Abs(size[j]) * price;
                var u = Pnl(j, t);
                var equity = cash[j] + u;
                if (equity >= tiers[p.Asset].Requirement(notional, tiers[p.Asset].MmfBps)) continue;
                open[j] = false;
                liquidated++;
                var after = equity - notional * penaltyBps[p.Asset] / 10_000.0;
                var deficit = Math.Max(0, -after);
                var cover = Math.Min(deficit, pool * book.CoverCapBps / 10_000.0);
                pool -= cover;
                drawn += cover;
                deficitTotal += deficit;
                frozen += -u - deficit + cover;
                if (deficit > cover)
                {
                    var key = (p.Asset, p.Long);
                    adl[key] = adl.GetValueOrDefault(key) + deficit - cover;
                }
            }
            foreach (var key in adl.Keys.ToList())
            {
                // deleverage the other side of the bankrupt one, highest adlScore first
                var ranked = Enumerable.Range(0, n)
                    .Where(j => open[j] && book.Positions[j].Asset == key.Asset && book.Positions[j].Long != key.LongSide && Pnl(j, t) > 0)
                    .OrderByDescending(j =>
                    {
                        var u = Pnl(j, t);
                        var numerator = cash[j] + PnlWeight * u;
                        return u * Math.Abs(size[j]) * paths[key.Asset][t] / numerator;
                    }).ToList();
                foreach (var j in ranked)
                {
                    if (adl[key] <= 0) break;
                    var u = Pnl(j, t);
                    var haircut = Math.Min(adl[key], u);
                    adl[key] -= haircut;
                    haircutTotal += haircut;
                    open[j] = false;
                    deleveraged++;
                    frozen += -u + haircut;
                }
            }
            values[t] = Value(t);
        }

        double peak = book.VaultCapital, drawdown = 0, worst = 0, previous = book.VaultCapital;
        foreach (var v in values)
        {
            peak = Math.Max(peak, v);
            drawdown = Math.Max(drawdown, peak - v);
            worst = Math.Min(worst, v - previous);
            previous = v;
        }
        return new PerpReplayResult(window, tiersLabel, mirrored, netStart, days, values, drawdown, worst, liquidated, deficitTotal, drawn,
            deleveraged, haircutTotal, adl.Values.Sum());
    }
}
