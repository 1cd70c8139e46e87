namespace MarginInsurance.Risk.Perpetuals;

/// <summary>A perp market's liquidity tier as §13.5/§13.10 define it (fractions in bps, breaks in USD of notional).</summary>
/// <param name="ImfBps">Initial margin fraction of bracket 1.</param>
/// <param name="MmfBps">Maintenance margin fraction of bracket 1.</param>
/// <param name="NotionalBreak1">N1, USD.</param>
/// <param name="NotionalBreak2">N2, USD.</param>
/// <param name="Step2Bps">Added to both fractions above N1.</param>
/// <param name="Step3Bps">Added to both fractions above N2.</param>
public sealed record PerpTier(int ImfBps, int MmfBps, decimal NotionalBreak1, decimal NotionalBreak2, int Step2Bps, int Step3Bps)
{
    /// <summary>The worked examples' ETH-PERP tier (docs/protocol.md §13.14): 10 % / 5 %, breaks 1M / 5M USD, steps 500 / 1500 bps.</summary>
    public static PerpTier SpecExample { get; } = new(1000, 500, 1_000_000m, 5_000_000m, 500, 1500);

    /// <summary>Requirement fraction of bracket k (1..3) for fraction f (bps, before the add-on): f, f + step2, f + step3, capped at 100 %.</summary>
    public int BracketBps(int fractionBps, int bracket, int addOnBps = 0) =>
        Math.Min(10_000, fractionBps + addOnBps + bracket switch { 1 => 0, 2 => Step2Bps, _ => Step3Bps });

    /// <summary>§13.5's requirement in USD on a notional (no rounding, level 1).</summary>
    public double Requirement(double notional, int fractionBps, int addOnBps = 0)
    {
        var n1 = (double)NotionalBreak1;
        var n2 = (double)NotionalBreak2;
        var part1 = Math.Min(notional, n1);
        var part2 = Math.Clamp(notional - n1, 0, n2 - n1);
        var part3 = Math.Max(notional - n2, 0);
        return (part1 * BracketBps(fractionBps, 1, addOnBps) + part2 * BracketBps(fractionBps, 2, addOnBps) + part3 * BracketBps(fractionBps, 3, addOnBps)) / 10_000;
    }
}

/// <summary>Per-instrument inputs of the tier recommendation. Every number is configuration (docs/risk.md §11 says where the defaults come from).</summary>
/// <param name="Asset">Underlying (ETH for ETH-PERP).</param>
/// <param name="Impact">Square-root impact parameters (Y, daily volume a liquidation can trade into).</param>
/// <param name="LiquidationPenaltyBps">The market's liquidation penalty (paid out of the margin).</param>
/// <param name="Current">The tier on chain today (compared against, and used by the replay's "current" book).</param>
/// <param name="CurrentAddOnBps">The asset's add-on in force (the step bound is measured from it).</param>
/// <param name="CurrentSource">Where <paramref name="Current"/> and the penalty come from, said aloud.</param>
public sealed record PerpInstrumentInputs(string Asset, SquareRootImpact Impact, int LiquidationPenaltyBps, PerpTier Current, int CurrentAddOnBps = 0,
    string CurrentSource = "the spec §13.14 example tier");

/// <summary>How tiers are derived (defaults documented in docs/risk.md §11).</summary>
/// <param name="EsConfidence">ES confidence (97.5 %).</param>
/// <param name="MaintenanceHorizonDays">Liquidation horizon of the maintenance fraction (1 hour = 1/24 day).</param>
/// <param name="InitialHorizonDays">Horizon of the initial fraction (1 day: the time a trader has to answer a margin call).</param>
/// <param name="Break1CostBps">N1 is the notional whose unwinding costs this much (10 bps).</param>
/// <param name="Break2CostBps">N2 likewise (50 bps).</param>
/// <param name="CoverCostBps">Bracket 3 is calibrated up to the notional whose unwinding costs this much (200 bps); above it the open-interest cap must bind.</param>
/// <param name="DeepHealthThresholdWad">deepHealthThresholdWad of the market parameters (§7), for the penalty bound of §13.10.</param>
public sealed record PerpTierPolicy(
    double EsConfidence = 0.975,
    double MaintenanceHorizonDays = 1.0 / 24,
    double InitialHorizonDays = 1,
    double Break1CostBps = 10,
    double Break2CostBps = 50,
    double CoverCostBps = 200,
    decimal DeepHealthThresholdWad = 0.95m);

/// <summary>Shipped inputs for the perp underlyings (ETH, BTC, LINK, SOL, BNB).</summary>
public static class DefaultPerpInputs
{
    /// <summary>
    /// Daily volume V a liquidation can trade into, USD (ETH 1.5 B, BTC 3 B, SOL 0.5 B, LINK 0.1 B, BNB 0.1 B): an order-of-magnitude
    /// ASSUMPTION (a few percent of early-2025 exchange volume), not measured; the shipped price files carry no volume.
    /// Override with <c>--perp-volume ASSET=USD</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, PerpInstrumentInputs> ByAsset { get; } = new Dictionary<string, PerpInstrumentInputs>
    {
        ["ETH"] = new("ETH", new SquareRootImpact(1.0, 1.5e9), 100, PerpTier.SpecExample),
        ["BTC"] = new("BTC", new SquareRootImpact(1.0, 3.0e9), 100, PerpTier.SpecExample),
        ["LINK"] = new("LINK", new SquareRootImpact(1.0, 1.0e8), 100, PerpTier.SpecExample),
        ["SOL"] = new("SOL", new SquareRootImpact(1.0, 5.0e8), 100, PerpTier.SpecExample),
        ["BNB"] = new("BNB", new SquareRootImpact(1.0, 1.0e8), 100, PerpTier.SpecExample),
    };
}
