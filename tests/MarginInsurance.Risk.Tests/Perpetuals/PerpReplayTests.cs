using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Perpetuals;
using MarginInsurance.Risk.Stress;
using Xunit;

namespace MarginInsurance.Risk.Tests.Perpetuals;

public sealed class PerpReplayTests
{
    private static readonly DateOnly Day0 = new(2020, 3, 5);
    private static readonly HistoricalWindow Window = new("test", Day0, Day0.AddDays(2));
    private static readonly PerpTier Flat = new(1000, 500, 1e9m, 1e9m, 0, 0);
    private static readonly Dictionary<string, PerpTier> Tiers = new() { ["ETH"] = Flat };
    private static readonly Dictionary<string, int> Penalty = new() { ["ETH"] = 100 };

    private static PriceSeries Eth(params double[] closes) =>
        PriceSeries.Create("ETH", closes.Select((_, i) => Day0.AddDays(i)).ToList(), closes, "test");

    [Fact]
    public void Liquidation_insurance_and_deleveraging_match_hand_computation()
    {
        // A long 100k at 10× (cash 10,000), B short 50k at 2× (25,000), C short 20k at 5× (4,000); ETH 100 → 80 → 90.
        var book = new PerpBook([new("A", "ETH", true, 100_000, 10), new("B", "ETH", false, 50_000, 2), new("C", "ETH", false, 20_000, 5)],
            1_000_000, 1_000, 3000, "hand book");
        var r = PerpReplay.Run(book, Tiers, Penalty, [Eth(100, 80, 90)], Window, "flat");
        // day 1: A equity 10,000 − 20,000 = −10,000 < MM 4,000; penalty 800 → deficit 10,800; cover min(10,800, 30 % × 1,000) = 300;
        // 10,500 deleveraged: B first (score 10,000 × 40,000 / 33,000 = 12,121 > C's 4,000 × 16,000 / 7,200 = 8,889), haircut 10,000,
        // then C, haircut 500. Vault: +20,000 − 10,800 + 300 (A) − 0 (B) − 3,500 (C) = +6,000.
        Assert.Equal(-30_000, r.NetExposureStart, 6);
        Assert.Equal(1, r.Liquidated);
        Assert.Equal(10_800, r.Deficit, 6);
        Assert.Equal(300, r.InsuranceDrawn, 6);
        Assert.Equal(2, r.Deleveraged);
        Assert.Equal(10_500, r.AdlHaircut, 6);
        Assert.Equal(0, r.Unresolved, 6);
        Assert.Equal([1_000_000, 1_006_000, 1_006_000], r.VaultValue.Select(v => Math.Round(v, 6)).ToArray());
        Assert.Equal(6_000, r.VaultPnl, 6);
        Assert.Equal(0, r.MaxDrawdown, 6);
    }

    [Fact]
    public void Drawdown_is_measured_from_the_running_peak_and_mirroring_flips_the_vault()
    {
        var book = new PerpBook([new("L", "ETH", true, 100_000, 2)], 1_000_000, 0, 3000, "one long");
        var r = PerpReplay.Run(book, Tiers, Penalty, [Eth(100, 105, 95)], Window, "flat");
        Assert.Equal([1_000_000, 995_000, 1_005_000], r.VaultValue.Select(v => Math.Round(v, 6)).ToArray());
        Assert.Equal(5_000, r.MaxDrawdown, 6);
        Assert.Equal(-5_000, r.WorstDay, 6);
        var m = PerpReplay.Run(book.Mirrored(), Tiers, Penalty, [Eth(100, 105, 95)], Window, "flat", mirrored: true);
        Assert.Equal([1_000_000, 1_005_000, 995_000], m.VaultValue.Select(v => Math.Round(v, 6)).ToArray());
        Assert.Equal(10_000, m.MaxDrawdown, 6); // from the 1,005,000 peak
        Assert.Equal(0, m.Liquidated);
    }

    [Fact]
    public void Synthetic_book_is_deterministic_and_documented()
    {
        var a = PerpBook.Synthetic();
        var b = PerpBook.Synthetic();
        Assert.Equal(a.Positions, b.Positions);
        Assert.Equal(1000, a.Positions.Count);
        Assert.All(a.Positions, p => Assert.Contains(p.Leverage, PerpBook.Leverages));
        Assert.Equal(["BTC", "ETH", "LINK"], a.Positions.Select(p => p.Asset).Distinct().Order().ToArray());
    }
}
