using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Core;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Errors;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Sdk.Perps;

/// <summary>
/// The vault's <c>liquidationPrice(owner, subId, marketId)</c> perp view (docs/protocol.md §13.7), for vaults that have it.
/// Vaults deployed before it answer <c>UnknownPerpCall</c>; the SDK then computes the price with Core math
/// (<see cref="PerpLiquidationPriceSearch"/>). The message is declared here because the bindings of this version of the
/// contracts do not have it yet; once they do, this is the same ABI.
/// </summary>
public static class ChainLiquidationPrice
{
    /// <summary><c>liquidationPrice(address,uint256,uint256) returns (uint256)</c> of IPerpMarkets.</summary>
    [Function("liquidationPrice", "uint256")]
    public sealed class Query : FunctionMessage
    {
        /// <summary>Account owner.</summary>
        [Parameter("address", "owner", 1)]
        public string Owner { get; set; } = string.Empty;

        /// <summary>Sub-account.</summary>
        [Parameter("uint256", "subId", 2)]
        public BigInteger SubId { get; set; }

        /// <summary>Market id.</summary>
        [Parameter("uint256", "marketId", 3)]
        public BigInteger MarketId { get; set; }
    }

    /// <summary>Its answer: an index price, WAD.</summary>
    [FunctionOutput]
    public sealed class Answer : IFunctionOutputDTO
    {
        /// <summary>Long: liquidated at or below it (0: at no positive price); short: at or above it (0: at any price).</summary>
        [Parameter("uint256", "", 1)]
        public BigInteger Price { get; set; }
    }

    /// <summary>The vault's answer for one position, or null when the vault has no such view (UnknownPerpCall).</summary>
    public static async Task<BigInteger?> ReadAsync(MarginVaultService vault, string owner, BigInteger subId, int marketId, BlockParameter block)
    {
        ArgumentNullException.ThrowIfNull(vault);
        try
        {
            return (await PerpCall.QueryAsync<Query, Answer>(vault, new Query { Owner = owner, SubId = subId, MarketId = marketId }, block).ConfigureAwait(false)).Price;
        }
        catch (Exception ex) when (ProtocolErrors.Translate(ex) is { ErrorName: "UnknownPerpCall" })
        {
            return null;
        }
    }

    /// <summary>The vault's answer <paramref name="value"/> for a position of <paramref name="size"/> (signed) at index <paramref name="priceWad"/>.</summary>
    public static PerpLiquidationPrice Interpret(BigInteger value, BigInteger size, BigInteger priceWad)
    {
        if (size.Sign > 0)
        {
            if (value.IsZero) return new(PerpLiquidationPriceStatus.None, null, LiquidationPriceSource.Chain);
            return value == WadMath.MaxUint256 || priceWad <= value
                ? new(PerpLiquidationPriceStatus.Now, null, LiquidationPriceSource.Chain)
                : new(PerpLiquidationPriceStatus.Price, new PerpPrice(value), LiquidationPriceSource.Chain);
        }

        return value.IsZero || priceWad >= value
            ? new(PerpLiquidationPriceStatus.Now, null, LiquidationPriceSource.Chain)
            : new(PerpLiquidationPriceStatus.Price, new PerpPrice(value), LiquidationPriceSource.Chain);
    }
}
