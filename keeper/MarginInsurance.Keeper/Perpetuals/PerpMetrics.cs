using System.Globalization;
using System.Numerics;
using Prometheus;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>The perpetual-futures metrics of a keeper (in the keeper's own registry).</summary>
public sealed class PerpMetrics
{
    internal PerpMetrics(IMetricFactory f)
    {
        OpenInterest = f.CreateGauge("keeper_perp_open_interest", "Open interest per market and side, whole units of the underlying.", new GaugeConfiguration { LabelNames = ["market", "side"] });
        FundingRate = f.CreateGauge("keeper_perp_funding_rate_per_hour", "Funding rate per market at the last scan, fraction of the price per hour (positive: longs pay shorts).", new GaugeConfiguration { LabelNames = ["market"] });
        AdlDeficit = f.CreateGauge("keeper_perp_adl_deficit_base", "Uncovered negative equity awaiting auto-deleveraging per market, whole base tokens.", new GaugeConfiguration { LabelNames = ["market"] });
        LiquidityVaultAssets = f.CreateGauge("keeper_perp_liquidity_vault_assets_base", "The perp liquidity vault's assets (totalAssets), whole base tokens.");
        Positions = f.CreateGauge("keeper_perp_positions", "Open positions in the keeper's shard at the last scan.");
        PositionsLiquidatable = f.CreateGauge("keeper_perp_accounts_liquidatable", "Accounts with positions below unified health 1 at the last scan.");
        PositionLiquidationsSent = f.CreateCounter("keeper_perp_liquidations_sent_total", "Position liquidations broadcast (replacements excluded).");
        PositionsLiquidated = f.CreateCounter("keeper_perp_positions_liquidated_total", "Position liquidations mined successfully.");
        DeleveragesSent = f.CreateCounter("keeper_perp_deleverages_sent_total", "Auto-deleveraging transactions broadcast.");
        PositionsDeleveraged = f.CreateCounter("keeper_perp_positions_deleveraged_total", "Auto-deleveragings mined successfully.");
        HealthMismatches = f.CreateCounter("keeper_perp_health_mismatches_total", "Accounts whose off-chain unified health differed from perpHealthBatch (should stay 0).");
    }

    public Gauge OpenInterest { get; }
    public Gauge FundingRate { get; }
    public Gauge AdlDeficit { get; }
    public Gauge LiquidityVaultAssets { get; }
    public Gauge Positions { get; }
    public Gauge PositionsLiquidatable { get; }
    public Counter PositionLiquidationsSent { get; }
    public Counter PositionsLiquidated { get; }
    public Counter DeleveragesSent { get; }
    public Counter PositionsDeleveraged { get; }
    public Counter HealthMismatches { get; }

    /// <summary>Sets the market gauges from one book.</summary>
    internal void Observe(PerpBook book, int baseDecimals)
    {
        foreach (var m in book.Markets)
        {
            var name = m.Symbol;
            OpenInterest.WithLabels(name, "long").Set(Whole(m.State.LongOi, 18));
            OpenInterest.WithLabels(name, "short").Set(Whole(m.State.ShortOi, 18));
            FundingRate.WithLabels(name).Set(Whole(m.FundingRate * 3600, 18));
            AdlDeficit.WithLabels(name).Set(Whole(m.State.AdlDeficit, baseDecimals));
        }

        LiquidityVaultAssets.Set(Whole(book.LiquidityVaultAssets, baseDecimals));
        Positions.Set(book.Accounts.Sum(a => a.Positions.Count));
    }

    private static double Whole(BigInteger raw, int decimals) =>
        double.Parse(raw.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) / Math.Pow(10, decimals);
}
