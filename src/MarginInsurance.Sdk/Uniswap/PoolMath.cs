using System.Numerics;

namespace MarginInsurance.Sdk.Uniswap;

/// <summary>
/// Uniswap v3 price and liquidity arithmetic for laying out positions and aiming trades. Prices are raw token1 per raw
/// token0 (the pool's own orientation); the pool computes the exact amounts, so double precision is enough here.
/// </summary>
public static class PoolMath
{
    /// <summary>Lowest and highest usable ticks of Uniswap v3.</summary>
    public const int MinTick = -887272, MaxTick = 887272;

    /// <summary>TickMath.MIN_SQRT_RATIO and MAX_SQRT_RATIO (exclusive bounds of a price limit).</summary>
    public static readonly BigInteger MinSqrtRatio = BigInteger.Parse("4295128739"),
        MaxSqrtRatio = BigInteger.Parse("1461446703485210103287383096979530948259803346");

    private static readonly double Q96 = Math.Pow(2, 96);

    /// <summary>Raw token1 per raw token0 for a human price (base per whole collateral).</summary>
    public static double PoolPrice(double basePerCollateral, int collateralDecimals, int baseDecimals, bool collateralIsToken0)
    {
        var raw = basePerCollateral * Math.Pow(10, baseDecimals - collateralDecimals);
        return collateralIsToken0 ? raw : 1 / raw;
    }

    /// <summary>Human price (base per whole collateral) of a raw pool price.</summary>
    public static double HumanPrice(double poolPrice, int collateralDecimals, int baseDecimals, bool collateralIsToken0)
    {
        var raw = collateralIsToken0 ? poolPrice : 1 / poolPrice;
        return raw / Math.Pow(10, baseDecimals - collateralDecimals);
    }

    /// <summary>sqrt(price) in Q64.96, clamped strictly inside the pool's bounds.</summary>
    public static BigInteger SqrtPriceX96(double poolPrice)
    {
        var value = new BigInteger(Math.Sqrt(poolPrice) * Q96);
        return BigInteger.Clamp(value, MinSqrtRatio + 1, MaxSqrtRatio - 1);
    }

    /// <summary>The raw pool price of a sqrt price in Q64.96.</summary>
    public static double Price(BigInteger sqrtPriceX96)
    {
        var s = (double)sqrtPriceX96 / Q96;
        return s * s;
    }

    /// <summary>The tick at <paramref name="poolPrice"/>, rounded down (or up) to a multiple of <paramref name="spacing"/>.</summary>
    public static int Tick(double poolPrice, int spacing, bool roundUp)
    {
        var exact = Math.Log(poolPrice) / Math.Log(1.0001);
        var steps = roundUp ? Math.Ceiling(exact / spacing) : Math.Floor(exact / spacing);
        return (int)Math.Clamp(steps * spacing, MinUsableTick(spacing), MaxUsableTick(spacing));
    }

    /// <summary>The lowest tick a position with this spacing may use.</summary>
    public static int MinUsableTick(int spacing) => -(MaxTick / spacing) * spacing;

    /// <summary>The highest tick a position with this spacing may use.</summary>
    public static int MaxUsableTick(int spacing) => MaxTick / spacing * spacing;

    /// <summary>The raw pool price at a tick.</summary>
    public static double TickPrice(int tick) => Math.Pow(1.0001, tick);

    /// <summary>
    /// Token amounts of a position over [tickLower, tickUpper] worth <paramref name="valueInToken1"/> (raw token1) at
    /// <paramref name="poolPrice"/>, rounded up by one part in a million so the pool's own rounding never falls short.
    /// </summary>
    public static (BigInteger Amount0, BigInteger Amount1) AmountsForValue(double poolPrice, int tickLower, int tickUpper, double valueInToken1)
    {
        var s = Math.Sqrt(poolPrice);
        var sa = Math.Sqrt(TickPrice(tickLower));
        var sb = Math.Sqrt(TickPrice(tickUpper));
        s = Math.Clamp(s, sa, sb);
        // value(L) = L (1/s − 1/sb) p + L (s − sa)
        var perL = ((1 / s) - (1 / sb)) * poolPrice + (s - sa);
        var liquidity = valueInToken1 / perL;
        var amount0 = liquidity * ((1 / s) - (1 / sb)) * 1.000001;
        var amount1 = liquidity * (s - sa) * 1.000001;
        return (new BigInteger(Math.Ceiling(amount0)), new BigInteger(Math.Ceiling(amount1)));
    }
}
