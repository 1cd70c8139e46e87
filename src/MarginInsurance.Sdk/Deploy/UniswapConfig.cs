namespace MarginInsurance.Sdk.Deploy;

/// <summary>
/// The Uniswap v3 market beside the vault (<c>"uniswap"</c> in a deploy config). With <see cref="Deploy"/> the
/// deployer puts the factory, position manager, swap router and QuoterV2 on the chain from the compiled npm artifacts
/// and creates one pool per entry with liquidity laid out in <see cref="UniswapPoolConfig.Ranges"/> (local chains);
/// otherwise the addresses given are used (testnets). Either way the protocol's SwapLiquidator and LeverageRouter are
/// deployed beside the vault.
/// </summary>
public sealed record UniswapConfig
{
    /// <summary>Deploy Uniswap v3 (local chains); false takes the addresses below.</summary>
    public bool Deploy { get; init; }

    /// <summary>Existing UniswapV3Factory (testnets).</summary>
    public string? Factory { get; init; }

    /// <summary>Existing SwapRouter (testnets).</summary>
    public string? SwapRouter { get; init; }

    /// <summary>Existing QuoterV2 (testnets).</summary>
    public string? QuoterV2 { get; init; }

    /// <summary>One pool per collateral, against the base asset.</summary>
    public required IReadOnlyList<UniswapPoolConfig> Pools { get; init; }
}

/// <summary>A collateral/base pool.</summary>
public sealed record UniswapPoolConfig
{
    /// <summary>Collateral symbol, as listed in <c>collaterals</c>.</summary>
    public required string Collateral { get; init; }

    /// <summary>Fee tier in hundredths of a basis point (500 = 0.05 %, 3000 = 0.30 %).</summary>
    public required uint Fee { get; init; }

    /// <summary>Existing pool address (testnets); null: the deployer creates the pool.</summary>
    public string? Address { get; init; }

    /// <summary>Liquidity bands laid around the oracle price when the deployer creates the pool.</summary>
    public IReadOnlyList<LiquidityRange> Ranges { get; init; } = [];
}

/// <summary>
/// One liquidity position: the band [price / (1 + width), price × (1 + width)] (<see cref="Width"/> "full": the whole
/// tick range) holding <see cref="Value"/> base units' worth of the two tokens at the current price.
/// </summary>
/// <param name="Width">Half-width of the band as a ratio ("0.02" = ±2 %), or "full".</param>
/// <param name="Value">Value of the position in base units ("2000000" = 2,000,000 USDC).</param>
public sealed record LiquidityRange(string Width, string Value);
