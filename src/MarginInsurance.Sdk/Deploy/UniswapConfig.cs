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

    private static readonly uint[] FeeTiers = [100, 500, 3000, 10000];

    /// <summary>Checks the section without a chain; <paramref name="fail"/> throws with the field and the problem.</summary>
    internal void Validate(IReadOnlyList<string> listed, Action<string, string> fail)
    {
        void Address(string? value, string field)
        {
            try
            {
                Accounts.Address.Require(value, field);
            }
            catch (ArgumentException ex)
            {
                fail(field, ex.Message);
            }
        }

        if (Pools is null)
        {
            fail("uniswap.pools", "missing; give one pool per collateral, e.g. { \"collateral\": \"WETH\", \"fee\": 500 }");
            return;
        }

        if (!Deploy)
        {
            Address(Factory, "uniswap.factory (or set deploy: true on a local chain)");
            Address(SwapRouter, "uniswap.swapRouter");
            Address(QuoterV2, "uniswap.quoterV2");
        }

        for (var i = 0; i < Pools.Count; i++)
        {
            var where = $"uniswap.pools[{i}]";
            if (Pools[i] is not { } pool)
            {
                fail(where, "null; expected { collateral, fee, ranges }");
                return;
            }

            if (!listed.Contains(pool.Collateral, StringComparer.OrdinalIgnoreCase))
            {
                fail($"{where}.collateral", $"'{pool.Collateral}' is not a listed collateral; use one of {string.Join(", ", listed)}");
            }

            if (!FeeTiers.Contains(pool.Fee))
            {
                fail($"{where}.fee", $"{pool.Fee} is not a Uniswap v3 fee tier; use 100, 500, 3000 or 10000");
            }

            if (!Deploy)
            {
                Address(pool.Address, $"{where}.address");
            }

            for (var j = 0; j < (pool.Ranges?.Count ?? 0); j++)
            {
                var range = pool.Ranges![j];
                var field = $"{where}.ranges[{j}]";
                if (range is null)
                {
                    fail(field, "null; expected { width, value }");
                    return;
                }

                if (!string.Equals(range.Width, "full", StringComparison.OrdinalIgnoreCase)
                    && !(double.TryParse(range.Width, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) && w > 0))
                {
                    fail($"{field}.width", $"'{range.Width}' is not a positive ratio (\"0.02\" = ±2 %) or \"full\"");
                }

                if (!(double.TryParse(range.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0))
                {
                    fail($"{field}.value", $"'{range.Value}' is not a positive amount of the base asset, e.g. \"2000000\"");
                }
            }
        }
    }
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
