using System.Numerics;

namespace MarginInsurance.Core;

/// <summary>
/// Fixed-point helpers with uint256 semantics: every operand must lie in <c>[0, 2^256 − 1]</c>, products are
/// exact (as OpenZeppelin's <c>Math.mulDiv</c>) and each helper rounds exactly once.
/// </summary>
public static class WadMath
{
    /// <summary>Fixed-point one, <c>1e18</c>.</summary>
    public static readonly BigInteger WAD = BigInteger.Pow(10, 18);

    /// <summary>Basis-point one, <c>10_000</c>.</summary>
    public static readonly BigInteger BPS = 10_000;

    /// <summary>Seconds in a rate-model year (<c>365 days</c>).</summary>
    public static readonly BigInteger YEAR = 365 * 24 * 3600;

    /// <summary><c>type(uint256).max</c> = 2^256 − 1.</summary>
    public static readonly BigInteger MaxUint256 = (BigInteger.One << 256) - 1;

    /// <summary>⌊x · y / denominator⌋ with an exact intermediate product.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An operand is negative or above 2^256 − 1.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero (Solidity reverts).</exception>
    /// <exception cref="OverflowException">The result does not fit in a uint256 (Solidity reverts).</exception>
    public static BigInteger MulDivDown(BigInteger x, BigInteger y, BigInteger denominator)
    {
        Guard.Uint(x, nameof(x));
        Guard.Uint(y, nameof(y));
        Guard.Uint(denominator, nameof(denominator));
        if (denominator.IsZero) throw new DivideByZeroException("mulDiv denominator is zero");
        return Guard.Result(BigInteger.Divide(x * y, denominator));
    }

    /// <summary>⌈x · y / denominator⌉ with an exact intermediate product.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An operand is negative or above 2^256 − 1.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero (Solidity reverts).</exception>
    /// <exception cref="OverflowException">The result does not fit in a uint256 (Solidity reverts).</exception>
    public static BigInteger MulDivUp(BigInteger x, BigInteger y, BigInteger denominator)
    {
        Guard.Uint(x, nameof(x));
        Guard.Uint(y, nameof(y));
        Guard.Uint(denominator, nameof(denominator));
        if (denominator.IsZero) throw new DivideByZeroException("mulDiv denominator is zero");
        var q = BigInteger.DivRem(x * y, denominator, out var rem);
        return Guard.Result(rem.IsZero ? q : q + 1);
    }

    /// <summary>10^<paramref name="exponent"/> as a BigInteger.</summary>
    public static BigInteger Pow10(int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(exponent);
        return BigInteger.Pow(10, exponent);
    }
}

/// <summary>Argument checks shared by the math classes.</summary>
internal static class Guard
{
    /// <summary>Throws unless <paramref name="value"/> is a valid uint256.</summary>
    public static void Uint(BigInteger value, string paramName)
    {
        if (value.Sign < 0)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must not be negative (uint256).");
        if (value > WadMath.MaxUint256)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} exceeds type(uint256).max.");
    }

    /// <summary>Throws unless <paramref name="decimals"/> is a valid token decimals value (uint8, at most 36 here).</summary>
    public static void Decimals(int decimals, string paramName)
    {
        if (decimals < 0 || decimals > 36)
            throw new ArgumentOutOfRangeException(paramName, decimals, $"{paramName} must be in [0, 36].");
    }

    /// <summary>Throws an <see cref="OverflowException"/> when a result leaves the uint256 range (Solidity reverts).</summary>
    public static BigInteger Result(BigInteger value)
    {
        if (value.Sign < 0) throw new OverflowException("uint256 underflow (Solidity reverts).");
        if (value > WadMath.MaxUint256) throw new OverflowException("uint256 overflow (Solidity reverts).");
        return value;
    }
}
