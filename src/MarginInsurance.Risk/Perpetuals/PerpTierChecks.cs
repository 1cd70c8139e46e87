using System.Globalization;
using System.Numerics;
using MarginInsurance.Core.Perpetuals;

namespace MarginInsurance.Risk.Perpetuals;

/// <summary>One check of a recommended tier, said aloud.</summary>
/// <param name="Name">What is checked (the contract's error when it would revert).</param>
/// <param name="Detail">The numbers.</param>
/// <param name="Passes">True if it holds.</param>
public sealed record PerpTierCheck(string Name, string Detail, bool Passes);

/// <summary>
/// The on-chain bounds of docs/protocol.md §13.10 on a recommended tier (integer arithmetic as the contract does), and the coverage
/// check: §13.5's requirement, computed by <see cref="PerpMath.MarginRequirement"/> in USDC base units (6 decimals), reaches the model
/// requirement N · m(N) at N1, N2 and N3 for both fractions.
/// </summary>
public static class PerpTierChecks
{
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);
    private const int UsdcDecimals = 6;

    /// <summary>Largest liquidation penalty §13.10 accepts at all (bps).</summary>
    public const int MaxPenaltyBps = 2000;

    /// <summary>The smallest mmf (bps) with penalty × WAD &lt; ⌊mmf × MIN_MARGIN_LEVEL × deep / WAD⌋, or 10,001 if none.</summary>
    public static int MinimumMmfForPenalty(int penaltyBps, decimal deepHealthThresholdWad)
    {
        for (var mmf = 1; mmf <= 10_000; mmf++)
            if (PenaltyBoundHolds(penaltyBps, mmf, deepHealthThresholdWad)) return mmf;
        return 10_001;
    }

    /// <summary>§13.10: penalty × WAD &lt; ⌊mmf × MIN_MARGIN_LEVEL × deepHealthThresholdWad / WAD⌋.</summary>
    public static bool PenaltyBoundHolds(int penaltyBps, int mmfBps, decimal deepHealthThresholdWad) =>
        penaltyBps * Wad < PenaltyBoundRight(mmfBps, deepHealthThresholdWad);

    private static BigInteger PenaltyBoundRight(int mmfBps, decimal deep) =>
        mmfBps * PerpMath.MinMarginLevel * ToWad(deep) / Wad;

    private static BigInteger ToWad(decimal x) => new(decimal.Round(x * 1_000_000_000_000_000_000m, 0));

    private static BigInteger Usdc(double usd) => new(Math.Floor(usd * 1e6));

    /// <summary>Runs every check.</summary>
    public static IReadOnlyList<PerpTierCheck> Run(PerpTierRecommendation r, PerpTierPolicy policy)
    {
        var t = r.Tier;
        var pen = r.Inputs.LiquidationPenaltyBps;
        var right = PenaltyBoundRight(t.MmfBps, policy.DeepHealthThresholdWad);
        var checks = new List<PerpTierCheck>
        {
            new("0 < mmf < imf ≤ 10,000 bps (InvalidMarginFactors)", Inv($"mmf {t.MmfBps} < imf {t.ImfBps}"), t.MmfBps > 0 && t.MmfBps < t.ImfBps && t.ImfBps <= 10_000),
            new("N1 ≤ N2 (InvalidTiers)", Inv($"{t.NotionalBreak1:N0} ≤ {t.NotionalBreak2:N0} USD"), t.NotionalBreak1 <= t.NotionalBreak2),
            new("step2 ≤ step3 ≤ 10,000 bps (InvalidTiers)", Inv($"{t.Step2Bps} ≤ {t.Step3Bps}"), t.Step2Bps <= t.Step3Bps && t.Step3Bps <= 10_000),
            new("penalty ≤ 2,000 bps", Inv($"{pen}"), pen <= MaxPenaltyBps),
            new("penalty × WAD < ⌊mmf × MIN_MARGIN_LEVEL × deep / WAD⌋ (LiquidationMarginTooThin)",
                Inv($"{pen}e18 < ⌊{t.MmfBps} × 0.5e18 × {policy.DeepHealthThresholdWad}e18 / 1e18⌋ = {right}{(r.PenaltyRaisedMmf ? " (mmf raised to meet it)" : "")}"),
                PenaltyBoundHolds(pen, t.MmfBps, policy.DeepHealthThresholdWad)),
        };
        foreach (var (label, fraction, initial) in new[] { ("MM", t.MmfBps, false), ("IM", t.ImfBps, true) })
        foreach (var (name, n) in new[] { ("N1", (double)t.NotionalBreak1), ("N2", (double)t.NotionalBreak2), ("N3", r.CoverNotional) })
        {
            if (n <= 0) continue;
            var chain = PerpMath.MarginRequirement(Usdc(n), fraction, 0, Usdc((double)t.NotionalBreak1), Usdc((double)t.NotionalBreak2), t.Step2Bps, t.Step3Bps, Wad);
            var model = n * r.ModelFraction(n, initial);
            var chainUsd = (double)chain / Math.Pow(10, UsdcDecimals);
            checks.Add(new PerpTierCheck($"{label}({name}) ≥ N·m(N) (coverage)",
                Inv($"N = {n:N0} USD: requirement {chainUsd:N0} ≥ model {model:N0} USD ({chainUsd / n:P2} ≥ {model / n:P2})"), chainUsd >= model * (1 - 1e-12)));
        }
        return checks;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
