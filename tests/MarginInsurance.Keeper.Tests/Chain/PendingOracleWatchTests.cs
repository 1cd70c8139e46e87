using System.Numerics;
using MarginInsurance.Keeper.Chain;
using Nethereum.ABI;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;

namespace MarginInsurance.Keeper.Tests.Chain;

/// <summary>How the same-block defence reads a pending price update's new answer from its call data.</summary>
public sealed class PendingOracleWatchTests
{
    /// <summary>
    /// A Chainlink OCR2 report, encoded here with the ABI encoder as its aggregator expects it:
    /// (uint32 observationsTimestamp, bytes32 rawObservers, int192[] observations, int192 juelsPerFeeCoin). The aggregator
    /// stores observations[n / 2] (the oracles sort them): with 5 observations, the third.
    /// </summary>
    [Fact]
    public void TheAnswerOfAnOcr2ReportIsItsMedianObservation()
    {
        var observations = new List<BigInteger> { 169_900_000_000, 169_950_000_000, 170_000_000_000, 170_020_000_000, 171_000_000_000 };
        var report = new ABIEncode().GetABIEncoded(
            new ABIValue("uint32", 1_700_000_000), new ABIValue("bytes32", new byte[32]), new ABIValue("int192[]", observations), new ABIValue("int192", BigInteger.One));
        Assert.Equal(new BigInteger(170_000_000_000), PendingOracleWatch.MedianOf(report));
        var empty = new ABIEncode().GetABIEncoded(
            new ABIValue("uint32", 1), new ABIValue("bytes32", new byte[32]), new ABIValue("int192[]", new List<BigInteger>()), new ABIValue("int192", BigInteger.Zero));
        Assert.Null(PendingOracleWatch.MedianOf(empty));
    }

    /// <summary>The transmit call round-trips through its ABI: the report comes back byte for byte.</summary>
    [Fact]
    public void ATransmitCallCarriesItsReport()
    {
        var report = new ABIEncode().GetABIEncoded(
            new ABIValue("uint32", 7), new ABIValue("bytes32", new byte[32]), new ABIValue("int192[]", new List<BigInteger> { 5, 6, 7 }), new ABIValue("int192", BigInteger.Zero));
        var data = new PendingOracleWatch.TransmitFunction { Report = report }.GetCallData().ToHex(true);
        var decoded = new PendingOracleWatch.TransmitFunction().DecodeInput(data);
        Assert.Equal(report, decoded.Report);
        Assert.Equal(new BigInteger(6), PendingOracleWatch.MedianOf(decoded.Report));
        Assert.StartsWith("0xb1dc65a4", data, StringComparison.Ordinal); // transmit(bytes32[3],bytes,bytes32[],bytes32[],bytes32), as on mainnet aggregators
    }
}
