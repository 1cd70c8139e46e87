using System.Globalization;
using MarginInsurance.Risk.Perpetuals;
using MarginInsurance.Risk.Reporting;

namespace MarginInsurance.Risk.Output;

/// <summary>Tables of the perpetuals analysis: recommended tiers, their on-chain checks, and the liquidity vault in the replays.</summary>
public static class PerpTables
{
    /// <summary>Recommended tier per instrument (docs/risk.md §11).</summary>
    public static ResultTable Tiers(PerpAnalysisResult p)
    {
        var columns = new ResultColumn[]
        {
            new("instrument", "Instrument", ColumnUnit.Text),
            new("es_long_1d_fraction", "ES 1d long (of value)", ColumnUnit.Fraction, MachineOnly: true), new("es_short_1d_fraction", "ES 1d short (of value)", ColumnUnit.Fraction, MachineOnly: true),
            new("daily_vol", "σ daily (history)", ColumnUnit.DailyVolatility, MachineOnly: true),
            new("h_mm_fraction", "h_MM (ES over MM horizon)", ColumnUnit.Fraction), new("h_im_fraction", "h_IM (ES over IM horizon)", ColumnUnit.Fraction),
            new("volume_usd", "V (daily volume) USD", ColumnUnit.Usd, MachineOnly: true),
            new("n1_usd", "N1 USD", ColumnUnit.Usd), new("n2_usd", "N2 USD", ColumnUnit.Usd), new("n3_usd", "N3 (calibrated to) USD", ColumnUnit.Usd, MachineOnly: true),
            new("mmf_bps", "mmf bps", ColumnUnit.Bps), new("imf_bps", "imf bps", ColumnUnit.Bps),
            new("step2_bps", "step2 bps", ColumnUnit.Bps), new("step3_bps", "step3 bps", ColumnUnit.Bps),
            new("max_leverage", "Max leverage (bracket 1)", ColumnUnit.Number),
            new("penalty_bps", "Penalty bps", ColumnUnit.Bps, MachineOnly: true),
            new("perp_addon_bps", "Perp add-on bps", ColumnUnit.Bps), new("spot_addon_bps", "Spot add-on bps", ColumnUnit.Bps, MachineOnly: true),
            new("asset_addon_bps", "Asset add-on bps (max)", ColumnUnit.Bps),
            new("onchain_bounds", "§13.10 bounds", ColumnUnit.Text),
            new("current_tier", "Current tier", ColumnUnit.Text, MachineOnly: true),
        };
        var rows = p.Tiers.Select(t =>
        {
            var spot = p.SpotAddOnBps.GetValueOrDefault(t.Inputs.Asset);
            var failed = t.Checks.Where(c => !c.Passes).ToList();
            var c = t.Inputs.Current;
            return new object?[]
            {
                $"{t.Inputs.Asset}-PERP", Fraction(t.Tail.LongEsLog), Math.Exp(t.Tail.ShortEsLog) - 1, t.Tail.DailyVolatility,
                t.MaintenanceLoss, t.InitialLoss, t.Inputs.Impact.DailyVolumeUsd,
                (double)t.Tier.NotionalBreak1, (double)t.Tier.NotionalBreak2, t.CoverNotional,
                t.Tier.MmfBps, t.Tier.ImfBps, t.Tier.Step2Bps, t.Tier.Step3Bps, Math.Round(t.MaxLeverage, 2), t.Inputs.LiquidationPenaltyBps,
                t.AddOnBps, spot, Math.Max(t.AddOnBps, spot),
                failed.Count == 0 ? $"all {t.Checks.Count} pass" : $"FAIL: {string.Join("; ", failed.Select(f => f.Name))}",
                Inv($"imf {c.ImfBps} / mmf {c.MmfBps}, N {c.NotionalBreak1:N0} / {c.NotionalBreak2:N0}, steps {c.Step2Bps} / {c.Step3Bps}"),
            };
        }).ToList();
        var pol = p.Policy;
        var notes = new List<string>
        {
            Inv($"m_f(N) = h_f + I(N) + penalty; h_f = worse side's ES{pol.EsConfidence:P1} (historical simulation over the whole history) over the horizon by √time: MM {pol.MaintenanceHorizonDays * 24:0.##} h, IM {pol.InitialHorizonDays:0.##} d."),
            Inv($"I(N) = Y σ_d √(N / V), square-root impact (Tóth et al. 2011; Almgren et al. 2005), Y = {string.Join(", ", p.Tiers.Select(t => $"{t.Inputs.Asset} {t.Inputs.Impact.Coefficient:0.##}"))}; V is an ASSUMED daily volume a liquidation can trade into (no volume in the price files; --perp-volume)."),
            Inv($"N1, N2 = notional whose impact is {pol.Break1CostBps:0.#} / {pol.Break2CostBps:0.#} bps (two significant digits, down); steps meet N·m(N) at N2 and at N3 (impact {pol.CoverCostBps:0.#} bps); above N3 the open-interest cap must bind."),
            Inv($"Add-on: today's filtered-HS ES (EWMA σ) over the IM horizon minus the through-the-cycle one, bounded like the spot add-on; the chain has ONE add-on per asset for collateral and market (§13.5): set the max of the two."),
            Inv($"Checks (integer, as the contract): 0 < mmf < imf ≤ 10,000; N1 ≤ N2; step2 ≤ step3 ≤ 10,000; penalty ≤ 2,000 and penalty × WAD < ⌊mmf × 0.5e18 × {pol.DeepHealthThresholdWad}e18 / WAD⌋; requirement (PerpMath.MarginRequirement, USDC) ≥ N·m(N) at N1, N2, N3 for IM and MM."),
        };
        notes.AddRange(p.Tiers.Select(t => Inv($"{t.Inputs.Asset}-PERP data: ES 1d long {Fraction(t.Tail.LongEsLog):P2}, short {Math.Exp(t.Tail.ShortEsLog) - 1:P2} (of value), σ {t.Tail.DailyVolatility:P2}/day, V {t.Inputs.Impact.DailyVolumeUsd:N0} USD, N3 {t.CoverNotional:N0} USD, penalty {t.Inputs.LiquidationPenaltyBps} bps, spot add-on {p.SpotAddOnBps.GetValueOrDefault(t.Inputs.Asset)} bps; current tier ({t.Inputs.CurrentSource}) imf {t.Inputs.Current.ImfBps} / mmf {t.Inputs.Current.MmfBps}, N {t.Inputs.Current.NotionalBreak1:N0} / {t.Inputs.Current.NotionalBreak2:N0}, steps {t.Inputs.Current.Step2Bps} / {t.Inputs.Current.Step3Bps}.")));
        notes.AddRange(p.Tiers.Where(t => t.PenaltyRaisedMmf).Select(t => $"{t.Inputs.Asset}-PERP: mmf raised to {t.Tier.MmfBps} bps to satisfy the penalty bound."));
        return new ResultTable("perp_tiers", "Perpetuals: recommended liquidity tier per instrument (margin fractions per notional bracket, add-on)", columns, rows, notes);
    }

    /// <summary>Every check of every recommended tier.</summary>
    public static ResultTable Checks(PerpAnalysisResult p)
    {
        var columns = new ResultColumn[]
        {
            new("instrument", "Instrument", ColumnUnit.Text), new("check", "Check", ColumnUnit.Text), new("detail", "Numbers", ColumnUnit.Text), new("passes", "Holds", ColumnUnit.Text),
        };
        var rows = p.Tiers.SelectMany(t => t.Checks.Select(c => new object?[] { $"{t.Inputs.Asset}-PERP", c.Name, c.Detail, c.Passes ? "yes" : "NO" })).ToList();
        return new ResultTable("perp_tier_checks", "Perpetuals: on-chain bounds (§13.10) and coverage of each recommended tier", columns, rows, []);
    }

    /// <summary>The liquidity vault's drawdown from trader PnL in the replays.</summary>
    public static ResultTable Vault(PerpAnalysisResult p)
    {
        var columns = new ResultColumn[]
        {
            new("window", "Window", ColumnUnit.Text), new("tiers", "Tiers", ColumnUnit.Text), new("book", "Book", ColumnUnit.Text),
            new("vault_net_exposure_usd", "Vault net exposure USD", ColumnUnit.Usd),
            new("vault_pnl_usd", "Vault PnL USD", ColumnUnit.Usd), new("vault_pnl_fraction", "Vault PnL (of capital)", ColumnUnit.Fraction, MachineOnly: true),
            new("max_drawdown_usd", "Max drawdown USD", ColumnUnit.Usd), new("max_drawdown_fraction", "Max drawdown (of capital)", ColumnUnit.Fraction),
            new("worst_day_usd", "Worst day USD", ColumnUnit.Usd, MachineOnly: true),
            new("liquidated", "Positions liquidated", ColumnUnit.Count), new("deficit_usd", "Negative equity USD", ColumnUnit.Usd),
            new("insurance_drawn_usd", "Insurance drawn USD", ColumnUnit.Usd), new("deleveraged", "Positions deleveraged", ColumnUnit.Count),
            new("adl_haircut_usd", "ADL haircut USD", ColumnUnit.Usd), new("unresolved_deficit_usd", "Deficit left on vault USD", ColumnUnit.Usd, MachineOnly: true),
        };
        var capital = p.Book.VaultCapital;
        var rows = p.Replays.Select(r => new object?[]
        {
            r.Window.Name, r.Tiers, r.Mirrored ? "mirrored" : "as given", r.NetExposureStart, r.VaultPnl, r.VaultPnl / capital,
            r.MaxDrawdown, r.MaxDrawdown / capital, r.WorstDay, r.Liquidated, r.Deficit, r.InsuranceDrawn, r.Deleveraged, r.AdlHaircut, r.Unresolved,
        }).ToList();
        var notes = new List<string>
        {
            $"Book: {p.Book.Description}.",
            "Each position opens at the window's first close as its own isolated account (margin = max(notional / leverage, initial requirement of the tier set)), is marked at each daily close, and is closed in full at that close against the vault when below maintenance (no partial liquidation between closes).",
            "Negative equity: insurance covers up to the cover cap of the pool per deficit; the rest is deleveraged that day against the other side's most profitable positions by adlScore (§13.8). Funding and trade fees, both paid to the vault in a skewed market, are left out (the drawdown is overstated).",
            "Vault net exposure = −Σ signed notional (negative: the vault is short the market). 'mirrored' = every side flipped, the vault on the other side of the skew.",
        };
        return new ResultTable("perp_vault", "Perpetuals: liquidity-vault drawdown from trader PnL in the replays, insurance and deleveraging", columns, rows, notes);
    }

    private static double Fraction(double logLoss) => 1 - Math.Exp(-logLoss);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
