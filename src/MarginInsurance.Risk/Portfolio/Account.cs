namespace MarginInsurance.Risk.Portfolio;

/// <summary>
/// A margin account in the risk engine's self-contained model (not the wei-level protocol math): collateral units per asset
/// against one debt in the base asset (USD-like, price 1).
/// </summary>
/// <param name="Id">Account id.</param>
/// <param name="Collateral">Units of each collateral asset.</param>
/// <param name="Debt">Debt in base-asset units.</param>
public sealed record Account(string Id, IReadOnlyDictionary<string, double> Collateral, double Debt)
{
    /// <summary>Health = Σ units · price · LT / debt (LT as a fraction); infinity when there is no debt. Below 1 = liquidatable.</summary>
    public double Health(IReadOnlyDictionary<string, double> prices, IReadOnlyDictionary<string, double> liquidationThresholds)
    {
        if (Debt <= 0) return double.PositiveInfinity;
        var weighted = Collateral.Sum(c => c.Value * prices[c.Key] * liquidationThresholds[c.Key]);
        return weighted / Debt;
    }

    /// <summary>Collateral market value.</summary>
    public double CollateralValue(IReadOnlyDictionary<string, double> prices) => Collateral.Sum(c => c.Value * prices[c.Key]);
}

/// <summary>Liquidation terms of the stress model.</summary>
/// <param name="BonusBps">Liquidation bonus paid to the liquidator in collateral (e.g. 500 = 5%).</param>
/// <param name="SlippageBps">Price impact of selling seized collateral (e.g. 100 = 1%).</param>
public sealed record LiquidationTerms(double BonusBps = 500, double SlippageBps = 100)
{
    /// <summary>
    /// Full liquidation of an account with health &lt; 1 at collateral value V and debt D: the liquidator repays
    /// R = min(D, V (1 - s) / (1 + b)) and takes collateral worth R (1 + b) / (1 - s) at oracle prices;
    /// bad debt = D - R (what the insurance pool must absorb).
    /// </summary>
    public (double Repaid, double CollateralSeized, double BadDebt) Liquidate(double collateralValue, double debt)
    {
        var b = BonusBps / 10_000;
        var s = SlippageBps / 10_000;
        var repaid = Math.Min(debt, collateralValue * (1 - s) / (1 + b));
        return (repaid, repaid * (1 + b) / (1 - s), debt - repaid);
    }
}
