namespace MarginInsurance.Risk.Margin;

/// <summary>The price impact of selling a given value of collateral (fee included), measured from a pool or given for a testnet.</summary>
/// <param name="SaleValue">Value sold, base units of account (e.g. USDC).</param>
/// <param name="ImpactBps">Shortfall of the proceeds below the oracle value, basis points.</param>
public sealed record DepthPoint(double SaleValue, double ImpactBps);

/// <summary>
/// A depth curve: price impact by sale size, points sorted by size. Between points the impact is interpolated linearly;
/// below the first point it scales down to zero, beyond the last it grows in proportion to the size (a conservative
/// extrapolation: a concentrated-liquidity pool's impact grows at least linearly once its bands are used up), capped at
/// 10,000 bps (a sale cannot lose more than its value).
/// </summary>
/// <param name="Asset">Collateral symbol.</param>
/// <param name="Points">Measured points, by increasing size.</param>
public sealed record DepthCurve(string Asset, IReadOnlyList<DepthPoint> Points)
{
    /// <summary>Price impact of selling <paramref name="saleValue"/>, basis points.</summary>
    public double ImpactBps(double saleValue)
    {
        if (Points.Count == 0)
        {
            throw new InvalidOperationException($"depth curve of {Asset}: no points; measure the pool or give a curve");
        }

        var first = Points[0];
        if (saleValue <= first.SaleValue)
        {
            return first.ImpactBps * saleValue / first.SaleValue;
        }

        for (var i = 1; i < Points.Count; i++)
        {
            var (a, b) = (Points[i - 1], Points[i]);
            if (saleValue <= b.SaleValue)
            {
                return a.ImpactBps + ((b.ImpactBps - a.ImpactBps) * (saleValue - a.SaleValue) / (b.SaleValue - a.SaleValue));
            }
        }

        var last = Points[^1];
        return Math.Min(10_000, last.ImpactBps * saleValue / last.SaleValue);
    }

    /// <summary>
    /// The curve of a pool whose depth is multiplied by <paramref name="depthFactor"/> (0.2 = depth down 80 %): selling x
    /// there costs what selling x / factor costs here.
    /// </summary>
    public DepthCurve Thinned(double depthFactor)
    {
        if (depthFactor is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(depthFactor), depthFactor, "a depth factor in (0, 1], e.g. 0.2 for depth down 80 %");
        }

        return this with { Points = Points.Select(p => p with { SaleValue = p.SaleValue * depthFactor }).ToArray() };
    }
}

/// <summary>Where an asset's liquidation cost comes from: a depth curve read at a liquidation-sized sale.</summary>
/// <param name="Curve">Measured in a pool, given in a file, or the one point of a fixed slippage.</param>
/// <param name="SaleValue">Liquidation-sized sale the curve is read at, base units of account.</param>
/// <param name="Source">Where the curve comes from, said in reports (e.g. "--depth-curves testnet.csv (WETH rows)").</param>
public sealed record LiquidationDepth(DepthCurve Curve, double SaleValue, string Source)
{
    /// <summary>
    /// A fixed slippage as a one-point curve: without a measured curve the impact is taken as proportional to the sale
    /// (the curve's own extrapolation), so depth down 80 % costs five times the fixed slippage.
    /// </summary>
    public static LiquidationDepth FixedSlippage(AssetMarginInputs inputs) =>
        new(new DepthCurve(inputs.Asset, [new DepthPoint(1, inputs.SlippageBps)]), 1,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fixed slippage {inputs.SlippageBps} bps (no depth curve; impact taken as proportional to size)"));
}

/// <summary>The margin recommendation at measured depth and under the liquidity stress (depth down 80 %).</summary>
/// <param name="SaleValue">Liquidation-sized sale used, base units of account.</param>
/// <param name="Measured">Recommendation with the slippage measured at today's depth.</param>
/// <param name="Stressed">Recommendation with the depth down by the stress.</param>
/// <param name="DepthFactor">Depth multiplier of the stress (0.2).</param>
public sealed record LiquidityStressResult(double SaleValue, MarginRecommendation Measured, MarginRecommendation Stressed, double DepthFactor);

/// <summary>Liquidation cost from depth: the slippage of the recommendation comes from the pool, not from a fixed number.</summary>
public static class LiquidationCost
{
    /// <summary>Depth multiplier of the liquidity stress: depth down 80 %.</summary>
    public const double StressDepthFactor = 0.2;

    /// <summary>The inputs with <see cref="AssetMarginInputs.SlippageBps"/> set to the impact of selling <paramref name="saleValue"/>.</summary>
    public static AssetMarginInputs WithDepth(this AssetMarginInputs inputs, DepthCurve curve, double saleValue) =>
        inputs with { SlippageBps = curve.ImpactBps(saleValue) };

    /// <summary>The recommendation at measured depth and with depth down 80 %, from a one-day ES.</summary>
    public static LiquidityStressResult Stress(
        double oneDayEs, double volatility, AssetMarginInputs inputs, DepthCurve curve, double saleValue, MarginPolicy policy, AddOnBounds bounds)
    {
        var measured = MarginRecommender.FromEs(oneDayEs, volatility, inputs.WithDepth(curve, saleValue), policy, bounds);
        var stressed = MarginRecommender.FromEs(oneDayEs, volatility, inputs.WithDepth(curve.Thinned(StressDepthFactor), saleValue), policy, bounds);
        return new LiquidityStressResult(saleValue, measured, stressed, StressDepthFactor);
    }

    /// <summary>
    /// The liquidity stress of a recommendation already made with <paramref name="depth"/> (null: with the fixed
    /// slippage of its inputs, as a one-point curve).
    /// </summary>
    public static LiquidityStressResult Stress(MarginRecommendation measured, LiquidationDepth? depth, MarginPolicy policy, AddOnBounds bounds)
    {
        var d = depth ?? LiquidationDepth.FixedSlippage(measured.Inputs);
        return Stress(measured.OneDayEs, measured.Volatility, measured.Inputs, d.Curve, d.SaleValue, policy, bounds);
    }
}
