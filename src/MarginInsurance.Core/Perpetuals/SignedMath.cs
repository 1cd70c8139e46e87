using System.Numerics;

namespace MarginInsurance.Core.Perpetuals;

/// <summary>
/// int256 helpers of <see cref="PerpMath"/>: range checks and signed mulDiv with the directions of docs/protocol.md §13.1
/// ("down" toward −∞, "up" toward +∞), computed on magnitudes exactly as PerpMath.sol's <c>_mulDivFloor</c>/<c>_mulDivCeil</c>.
/// </summary>
internal static class SignedMath
{
    /// <summary><c>type(int256).max</c>.</summary>
    public static readonly BigInteger MaxInt256 = (BigInteger.One << 255) - 1;

    /// <summary><c>type(int256).min</c>.</summary>
    public static readonly BigInteger MinInt256 = -(BigInteger.One << 255);

    /// <summary>Throws unless <paramref name="value"/> is a valid int256.</summary>
    public static void Int(BigInteger value, string paramName)
    {
        if (value < MinInt256 || value > MaxInt256)
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is outside the int256 range.");
    }

    /// <summary>Throws an <see cref="OverflowException"/> when a signed result leaves the int256 range (Solidity reverts).</summary>
    public static BigInteger IntResult(BigInteger value) =>
        value < MinInt256 || value > MaxInt256 ? throw new OverflowException("int256 overflow (Solidity reverts).") : value;

    /// <summary>⌊x · y / d⌋ toward −∞ for a signed <paramref name="x"/> and unsigned <paramref name="y"/>, <paramref name="d"/>.</summary>
    public static BigInteger MulDivFloor(BigInteger x, BigInteger y, BigInteger d) =>
        x.Sign >= 0 ? IntResult(WadMath.MulDivDown(x, y, d)) : IntResult(-WadMath.MulDivUp(-x, y, d));

    /// <summary>⌈x · y / d⌉ toward +∞ for a signed <paramref name="x"/> and unsigned <paramref name="y"/>, <paramref name="d"/>.</summary>
    public static BigInteger MulDivCeil(BigInteger x, BigInteger y, BigInteger d) =>
        x.Sign >= 0 ? IntResult(WadMath.MulDivUp(x, y, d)) : IntResult(-WadMath.MulDivDown(-x, y, d));

    /// <summary>Throws the error Solidity reverts with when <paramref name="d"/> is zero (Panic 0x12).</summary>
    public static void NonZero(BigInteger d, string paramName)
    {
        if (d.IsZero)
            throw new ArgumentOutOfRangeException(paramName, d, $"{paramName} must be > 0 (Solidity reverts on division by zero).");
    }
}
