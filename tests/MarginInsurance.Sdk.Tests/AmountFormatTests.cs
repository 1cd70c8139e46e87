using System.Numerics;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk.Tests;

/// <summary>Amounts for people (keeper logs, /status, the dashboard): separators, rounding half up, the symbol.</summary>
public sealed class AmountFormatTests
{
    [Theory]
    [InlineData("695000614000", 6, "USDC", 2, "695,000.61 USDC")]
    [InlineData("695000615000", 6, "USDC", 2, "695,000.62 USDC")] // half up
    [InlineData("695000614999", 6, "USDC", 2, "695,000.61 USDC")]
    [InlineData("0", 6, "USDC", 2, "0.00 USDC")]
    [InlineData("999995000", 6, "USDC", 2, "1,000.00 USDC")] // carries into the thousands
    [InlineData("1234567890123456789012", 18, "ETH", 4, "1,234.5679 ETH")]
    [InlineData("50000000000000000", 18, "ETH", 4, "0.0500 ETH")]
    [InlineData("1500000", 0, "PTS", 2, "1,500,000 PTS")] // no decimals to show
    [InlineData("150", 1, "", 2, "15.0")] // places capped at the token's decimals, no symbol
    public void FormatsForPeople(string raw, int decimals, string symbol, int places, string expected) =>
        Assert.Equal(expected, new TokenAmount(BigInteger.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), decimals).Format(symbol, places));
}
