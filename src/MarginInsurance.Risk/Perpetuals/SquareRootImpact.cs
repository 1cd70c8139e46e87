namespace MarginInsurance.Risk.Perpetuals;

/// <summary>
/// Square-root market-impact model: unwinding a notional Q costs the fraction I(Q) = Y · σ_d · √(Q / V) of Q, with σ_d the
/// daily volatility (fraction), V the daily volume a liquidation can trade into (USD) and Y a dimensionless coefficient of
/// order one (Tóth, Lempérière, Deremble, de Lataillade, Kockelkoren, Bouchaud, "Anomalous price impact and the critical
/// nature of liquidity in financial markets", Phys. Rev. X 1, 021006 (2011); Almgren, Thum, Hauptmann, Li, "Direct estimation
/// of equity market impact", Risk 18 (2005); Bouchaud, Bonart, Donier, Gould, "Trades, Quotes and Prices" (2018), ch. 12).
/// </summary>
/// <param name="Coefficient">Y (dimensionless; default 1, the conservative end of the measured 0.5–1).</param>
/// <param name="DailyVolumeUsd">V, USD per day.</param>
public sealed record SquareRootImpact(double Coefficient, double DailyVolumeUsd)
{
    /// <summary>I(Q) = Y σ_d √(Q/V), a fraction of the notional.</summary>
    public double CostFraction(double notionalUsd, double dailyVolatility) =>
        notionalUsd <= 0 ? 0 : Coefficient * dailyVolatility * Math.Sqrt(notionalUsd / DailyVolumeUsd);

    /// <summary>The notional whose impact is <paramref name="costFraction"/>: Q = V (I / (Y σ_d))².</summary>
    public double NotionalAtCost(double costFraction, double dailyVolatility)
    {
        var x = costFraction / (Coefficient * dailyVolatility);
        return DailyVolumeUsd * x * x;
    }
}
