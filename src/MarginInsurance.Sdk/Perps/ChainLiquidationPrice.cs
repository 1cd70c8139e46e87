using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk.Perps;

/// <summary>
/// Reads the answer of the vault's <c>liquidationPrice(owner, subId, marketId)</c> perp view (docs/protocol.md §13.7,
/// generated <see cref="LiquidationPriceFunction"/>) as a <see cref="PerpLiquidationPrice"/>.
/// </summary>
public static class ChainLiquidationPrice
{
    /// <summary>The vault's answer <paramref name="value"/> for a position of <paramref name="size"/> (signed) at index <paramref name="priceWad"/>.</summary>
    /// <param name="value">Long: liquidated at or below it (0: at no positive price); short: at or above it (0: at any price).</param>
    /// <param name="size">Signed position size, WAD.</param>
    /// <param name="priceWad">The index the position is valued at, WAD.</param>
    public static PerpLiquidationPrice Interpret(BigInteger value, BigInteger size, BigInteger priceWad)
    {
        if (size.Sign > 0)
        {
            if (value.IsZero) return new(PerpLiquidationPriceStatus.None, null);
            return value == WadMath.MaxUint256 || priceWad <= value
                ? new(PerpLiquidationPriceStatus.Now, null)
                : new(PerpLiquidationPriceStatus.Price, new PerpPrice(value));
        }

        return value.IsZero || priceWad >= value
            ? new(PerpLiquidationPriceStatus.Now, null)
            : new(PerpLiquidationPriceStatus.Price, new PerpPrice(value));
    }
}
