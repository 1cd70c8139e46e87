namespace MarginInsurance.Sdk.Uniswap;

/// <summary>A leverage target the account's margin does not allow (checked before anything is sent).</summary>
/// <param name="target">The leverage asked for.</param>
/// <param name="maximum">The most the collateral's borrow factor allows at the given slippage.</param>
/// <param name="collateral">Collateral symbol.</param>
public sealed class LeverageAboveMarginException(decimal target, decimal maximum, string collateral)
    : Exception($"leverage {target:0.##}x on {collateral} is above what margin allows (at most {maximum:0.##}x with its borrow factor and the slippage allowed); choose a lower target or add collateral")
{
    /// <summary>The leverage asked for.</summary>
    public decimal Target { get; } = target;

    /// <summary>The most that margin allows.</summary>
    public decimal Maximum { get; } = maximum;
}

/// <summary>The deployment has no Uniswap market (or no pool for the collateral).</summary>
/// <param name="what">What is missing.</param>
public sealed class NoMarketException(string what)
    : Exception($"{what}: the deployment has no Uniswap v3 market for it; deploy with a \"uniswap\" section (deploy/local.json) or give the pool addresses for a testnet");
