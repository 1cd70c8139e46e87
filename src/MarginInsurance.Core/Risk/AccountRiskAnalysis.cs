namespace MarginInsurance.Core.Risk;

/// <summary>
/// The exact risk picture of one account at one block: its margin state, liquidation price per exposure, requirement per
/// collateral and the stress grid. Perpetual positions will add exposures beside the collateral ones.
/// </summary>
/// <param name="Now">Debt, capacities, health and utilization now.</param>
/// <param name="LiquidationPrices">Liquidation price per exposure.</param>
/// <param name="Requirements">Requirement explained per collateral.</param>
/// <param name="StressGrid">The risk engine's grid applied to this account.</param>
public sealed record AccountRiskAnalysis(
    AccountSnapshot Now, IReadOnlyList<LiquidationPrice> LiquidationPrices, IReadOnlyList<CollateralRequirement> Requirements,
    IReadOnlyList<WhatIfResult> StressGrid)
{
    /// <summary>Analyses <paramref name="input"/>; <paramref name="symbol"/> names assets in scenario labels.</summary>
    public static AccountRiskAnalysis Of(AccountRiskInput input, Func<string, string>? symbol = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = new HealthCalculator(input.Market, input.Timestamp).ComputeExact(input.Positions, input.BorrowPrincipal);
        return new AccountRiskAnalysis(now, Risk.LiquidationPrices.Compute(input), MarginRequirements.Explain(input), WhatIf.StressGrid(input, symbol));
    }
}
