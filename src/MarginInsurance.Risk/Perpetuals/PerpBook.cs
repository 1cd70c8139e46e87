using MarginInsurance.Risk.Simulation;

namespace MarginInsurance.Risk.Perpetuals;

/// <summary>One perp position, opened at the start of a replay (its own isolated account).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Asset">Underlying (market).</param>
/// <param name="Long">True for a long.</param>
/// <param name="Notional">Notional at entry, USD.</param>
/// <param name="Leverage">Leverage the trader asks for; the margin posted is max(notional / leverage, the tier's initial requirement).</param>
public sealed record PerpPosition(string Id, string Asset, bool Long, double Notional, double Leverage);

/// <summary>Share of a market in the synthetic book.</summary>
/// <param name="Asset">Underlying.</param>
/// <param name="Share">Share of the positions.</param>
/// <param name="LongProbability">Probability a position is long.</param>
public sealed record PerpMarketShare(string Asset, double Share, double LongProbability);

/// <summary>A book of positions and the liquidity vault behind it.</summary>
/// <param name="Positions">Positions.</param>
/// <param name="VaultCapital">The liquidity vault's LP assets at the start, USD.</param>
/// <param name="InsurancePool">The insurance pool at the start, USD.</param>
/// <param name="CoverCapBps">Largest share of the pool one deficit may draw (§8 coverCapBps).</param>
/// <param name="Description">How the book was made, said aloud.</param>
public sealed record PerpBook(IReadOnlyList<PerpPosition> Positions, double VaultCapital, double InsurancePool, int CoverCapBps, string Description)
{
    /// <summary>Leverages a synthetic trader picks from (uniformly).</summary>
    public static IReadOnlyList<double> Leverages { get; } = [2, 3, 5, 10, 20];

    /// <summary>The shipped markets of the synthetic book: ETH 45 % (60 % long), BTC 40 % (55 % long), LINK 15 % (65 % long).</summary>
    public static IReadOnlyList<PerpMarketShare> DefaultMarkets { get; } =
        [new("ETH", 0.45, 0.60), new("BTC", 0.40, 0.55), new("LINK", 0.15, 0.65)];

    /// <summary>
    /// The documented synthetic book (seed 42 by default): <paramref name="count"/> positions; market and side drawn by
    /// <paramref name="markets"/>; notional log-normal with median 25,000 USD and log-sd 1.2, capped at 20M USD; leverage
    /// uniform on 2, 3, 5, 10, 20×. Vault 20M USD, insurance 2M USD, cover cap 3,000 bps (deploy/local.json).
    /// </summary>
    public static PerpBook Synthetic(int count = 1000, ulong seed = 42, IReadOnlyList<PerpMarketShare>? markets = null,
        double vaultCapital = 20e6, double insurancePool = 2e6, int coverCapBps = 3000)
    {
        markets ??= DefaultMarkets;
        var rng = new Xoshiro256(seed);
        var total = markets.Sum(m => m.Share);
        var positions = new List<PerpPosition>(count);
        for (var i = 0; i < count; i++)
        {
            var u = rng.NextDouble() * total;
            var market = markets[^1];
            foreach (var m in markets)
            {
                if (u < m.Share) { market = m; break; }
                u -= m.Share;
            }
            var isLong = rng.NextDouble() < market.LongProbability;
            var notional = Math.Min(20e6, 25_000 * Math.Exp(1.2 * rng.NextNormal()));
            var leverage = Leverages[(int)Math.Min(Leverages.Count - 1, rng.NextDouble() * Leverages.Count)];
            positions.Add(new PerpPosition($"P{i:D4}", market.Asset, isLong, notional, leverage));
        }
        var shares = string.Join(", ", markets.Select(m => $"{m.Asset} {m.Share:P0} of positions ({m.LongProbability:P0} long)"));
        return new PerpBook(positions, vaultCapital, insurancePool, coverCapBps,
            $"synthetic book of {count:N0} positions (seed {seed}): {shares}; notional log-normal, median 25,000 USD, log-sd 1.2, cap 20M USD; leverage 2/3/5/10/20× uniform; liquidity vault {vaultCapital:N0} USD, insurance {insurancePool:N0} USD, cover cap {coverCapBps} bps");
    }

    /// <summary>The same book with every side flipped (the vault on the other side of the skew).</summary>
    public PerpBook Mirrored() =>
        this with { Positions = Positions.Select(p => p with { Long = !p.Long }).ToList(), Description = Description + "; every side flipped" };
}
