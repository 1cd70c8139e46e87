using System.Numerics;
using MarginInsurance.Core;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Perps;

namespace MarginInsurance.Sdk.Tests;

/// <summary>Perps value types and the liquidation-price paths without a chain (hand-computed values).</summary>
public sealed class PerpAmountTests
{
    private static readonly BigInteger Wad = WadMath.WAD;

    [Fact]
    public void SizesPricesAndSignedAmountsFormatForPeople()
    {
        var size = PerpSize.Parse("ETH-PERP", "1.5");
        Assert.Equal((Wad * 3 / 2, "1.5", "1.5000 ETH-PERP"), (size.Raw, size.ToString(), size.Format()));
        Assert.Equal(-Wad * 3 / 2, size.Signed(PositionSide.Short));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PerpSize("ETH-PERP", -1));
        Assert.Equal("-1,234.56 USDC", new SignedAmount(-1_234_560_000, 6).Format("USDC"));
        Assert.Equal("-0.000001", new SignedAmount(-1, 6).ToString());
        Assert.Throws<InvalidOperationException>(() => new SignedAmount(1, 6) + new SignedAmount(1, 18));
        Assert.Equal("2,000.50 USDC", new PerpPrice(Wad * 4001 / 2).Format("USDC"));
    }

    [Fact]
    public void TheVaultsLiquidationPriceViewIsReadAsItsDocumentationSays()
    {
        var now = 2000 * Wad;
        Assert.Equal(PerpLiquidationPriceStatus.None, ChainLiquidationPrice.Interpret(0, Wad, now).Status);               // long, no positive price
        Assert.Equal(PerpLiquidationPriceStatus.Price, ChainLiquidationPrice.Interpret(1500 * Wad, Wad, now).Status);
        Assert.Equal(PerpLiquidationPriceStatus.Now, ChainLiquidationPrice.Interpret(2100 * Wad, Wad, now).Status);
        Assert.Equal(PerpLiquidationPriceStatus.Now, ChainLiquidationPrice.Interpret(WadMath.MaxUint256, Wad, now).Status);
        Assert.Equal(PerpLiquidationPriceStatus.Now, ChainLiquidationPrice.Interpret(0, -Wad, now).Status);              // short, at any price
        Assert.Equal(PerpLiquidationPriceStatus.Price, ChainLiquidationPrice.Interpret(2500 * Wad, -Wad, now).Status);
    }
}

/// <summary>The perps errors no SDK flow can reach on a fresh deployment, decoded from raw revert data with readable messages.</summary>
public sealed class PerpRevertDataTests
{
    private static string Data(string signature, params BigInteger[] args)
    {
        var selector = Nethereum.Util.Sha3Keccack.Current.CalculateHash(signature)[..8];
        var encoded = new Nethereum.ABI.ABIEncode().GetABIEncoded(args.Select(a => new Nethereum.ABI.ABIValue("uint256", a)).ToArray());
        return "0x" + selector + Convert.ToHexStringLower(encoded);
    }

    [Theory]
    [InlineData("TooManyPerpMarkets()", "maximum of 16 perp markets")]
    [InlineData("InvalidPositionChange()", "does not fit the position")]
    [InlineData("AdlRankingViolated(uint256,uint256)", "the target scores 5, another listed position 9")]
    public void DecodeWithReadableMessages(string signature, string expected)
    {
        var args = signature.Contains("uint256", StringComparison.Ordinal) ? new BigInteger[] { 5, 9 } : [];
        var ex = Errors.ProtocolErrors.FromRevertData(Data(signature, args));
        Assert.NotNull(ex);
        Assert.Equal(signature[..signature.IndexOf('(', StringComparison.Ordinal)], ex!.ErrorName);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(Errors.MarginProtocolException<>), ex.GetType().GetGenericTypeDefinition());
    }
}
