using System.Numerics;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Perpetuals;

/// <summary>
/// Pure perpetual-futures math of docs/protocol.md §13, one-to-one with <c>contracts/libraries/PerpMath.sol</c>
/// (same names in PascalCase, same argument order, same rounding). Sizes are signed WAD of the underlying, prices
/// WAD of base value per whole unit, money in base units. Signed arguments must be int256, unsigned ones uint256:
/// out-of-range arguments and inputs on which Solidity reverts throw <see cref="ArgumentOutOfRangeException"/>;
/// an intermediate or result Solidity's checked arithmetic rejects throws <see cref="OverflowException"/>.
/// This file: constants; the formulas are split by section (value and PnL, trade fee, funding, margin and health,
/// liquidation and deleveraging).
/// </summary>
public static partial class PerpMath
{
    /// <summary>Size WAD × price WAD, <c>10^36</c> (PerpMath.SIZE_PRICE_SCALE).</summary>
    public static readonly BigInteger SizePriceScale = BigInteger.Pow(10, 36);

    /// <summary>Lowest margin level ADMIN may assign, 0.5 (WAD, §13.5).</summary>
    public static readonly BigInteger MinMarginLevel = WAD / 2;

    /// <summary>Highest margin level ADMIN may assign, 2.0 (WAD, §13.5).</summary>
    public static readonly BigInteger MaxMarginLevel = 2 * WAD;

    /// <summary><c>priceWad × 10^baseDecimals</c>, checked as uint256 (the scaled price every §13.2 formula multiplies by).</summary>
    private static BigInteger ScaledPrice(BigInteger priceWad, int baseDecimals)
    {
        Guard.Uint(priceWad, nameof(priceWad));
        Guard.Decimals(baseDecimals, nameof(baseDecimals));
        return Guard.Result(priceWad * Pow10(baseDecimals));
    }

    private static BigInteger Abs(BigInteger x) => BigInteger.Abs(x);
}
