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
    public void CoreSearchFindsAShortsLiquidationPrice()
    {
        // Short 2 ETH from 2,000 (c = −4,000e6), cash 1,000e6, MMF 3 %, no funding: 1,000 + 4,000 − 2p − 0.06p < 0 ⇔ p > 2,427.1844…
        var market = new PerpMarketInputs(500, 300, 8000, BigInteger.Pow(10, 12), 5 * BigInteger.Pow(10, 12), 500, 1500,
            BigInteger.Pow(10, 24), BigInteger.Pow(10, 11), 0, 2 * Wad, 0, 50, false, 0);
        var result = PerpLiquidationPriceSearch.Find(new PerpPositionInputs(-2 * Wad, -4_000_000_000, 0), market, 2000 * Wad, 0, Wad, 50, 6,
            otherNumerator: 1_000_000_000, otherRequirement: 0);
        Assert.Equal((PerpLiquidationPriceStatus.Price, LiquidationPriceSource.CoreMath), (result.Status, result.Source));
        Assert.InRange(result.Price!.Value.ToDouble(), 2427.18446, 2427.18447);
        var p = result.Price.Value.Wad;
        BigInteger Excess(BigInteger price)
        {
            var m = PerpAccountMath.Position(new PerpPositionInputs(-2 * Wad, -4_000_000_000, 0), market, price, 0, Wad, 50, 6);
            return 1_000_000_000 + m.WeightedPnl - m.Maintenance;
        }

        Assert.True(Excess(p) < 0);
        Assert.True(Excess(p - 1) >= 0); // the lowest such price, to the wei
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
        Assert.Equal(LiquidationPriceSource.Chain, ChainLiquidationPrice.Interpret(2500 * Wad, -Wad, now).Source);
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
