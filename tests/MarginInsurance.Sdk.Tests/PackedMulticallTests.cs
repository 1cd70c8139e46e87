using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk.OffChain;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Contracts.QueryHandlers.MultiCall;
using Xunit;

namespace MarginInsurance.Sdk.Tests;

/// <summary>The reader's direct ABI codec for Multicall3 against Nethereum's own encoder and decoder, byte for byte (no chain).</summary>
public class PackedMulticallTests
{
    private const string Vault = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    private const string Owner = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private const string Asset = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";

    [Fact]
    public void InnerCalldataEqualsTheGeneratedBindings()
    {
        var subId = BigInteger.Pow(2, 200) + 7;
        Assert.Equal(
            new PositionFunction { Owner = Owner, SubId = subId }.GetCallData(),
            PackedMulticall.EncodeStatic(PackedMulticall.Selector("position(address,uint256)"), Owner, subId));
        Assert.Equal(
            new CollateralOfFunction { Owner = Owner, SubId = 3, Asset = Asset }.GetCallData(),
            PackedMulticall.EncodeStatic(PackedMulticall.Selector("collateralOf(address,uint256,address)"), Owner, new BigInteger(3), Asset));
    }

    [Fact]
    public void Aggregate3CalldataEqualsNethereum()
    {
        var calls = Enumerable.Range(0, 7)
            .Select(i => (Vault, i % 2 == 0
                ? new PositionFunction { Owner = Owner, SubId = i }.GetCallData()
                : new CollateralOfFunction { Owner = Owner, SubId = i, Asset = Asset }.GetCallData()))
            .ToList();
        var expected = new Aggregate3Function
        {
            Calls = calls.Select(c => new Call3 { Target = c.Vault, AllowFailure = true, CallData = c.Item2 }).ToList(),
        }.GetCallData();
        Assert.Equal(expected, PackedMulticall.EncodeAggregate3(calls));
        Assert.Equal(new Aggregate3Function { Calls = [] }.GetCallData(), PackedMulticall.EncodeAggregate3([]));
    }

    [Fact]
    public void Aggregate3ResultsDecodeAsNethereumDecodesThem()
    {
        var big = BigInteger.Pow(2, 255) + 12345;
        var position = Word(big).Concat(Word(5)).ToArray();
        var results = new List<Result>
        {
            new() { Success = true, ReturnData = position },
            new() { Success = false, ReturnData = [0x08, 0xc3, 0x79, 0xa0, 0x01] },
            new() { Success = true, ReturnData = [] },
            new() { Success = true, ReturnData = Word(1_000_000) },
        };
        // The ABI encoding of one (bool,bytes)[] argument is exactly aggregate3's return data.
        var returnData = new ReturnDataEncoding { ReturnData = results }.GetCallData()[4..];

        var nethereum = new FunctionCallDecoder().DecodeFunctionOutput<Aggregate3OutputDTO>("0x" + Convert.ToHexString(returnData));
        var packed = PackedMulticall.DecodeAggregate3(returnData, results.Count);
        Assert.Equal(nethereum.ReturnData.Count, packed.Length);
        for (var i = 0; i < packed.Length; i++)
        {
            Assert.Equal(nethereum.ReturnData[i].Success, packed[i].Success);
            Assert.Equal(nethereum.ReturnData[i].ReturnData ?? [], packed[i].Data.ToArray());
        }

        Assert.Equal(big, PackedMulticall.UInt256(packed[0].Data.Span, 0));
        Assert.Equal(5, PackedMulticall.UInt256(packed[0].Data.Span, 1));
        Assert.Equal(1_000_000, PackedMulticall.UInt256(packed[3].Data.Span, 0));
        Assert.Throws<FormatException>(() => PackedMulticall.UInt256(packed[2].Data.Span, 0));
        Assert.Throws<FormatException>(() => PackedMulticall.DecodeAggregate3(returnData, results.Count + 1));
        Assert.Throws<FormatException>(() => PackedMulticall.DecodeAggregate3(returnData.AsMemory(0, returnData.Length - 40), results.Count));
    }

    private static byte[] Word(BigInteger value)
    {
        var word = new byte[32];
        value.TryWriteBytes(word.AsSpan(32 - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return word;
    }

    [Function("returnData")]
    private sealed class ReturnDataEncoding : FunctionMessage
    {
        [Parameter("tuple[]", "returnData", 1)]
        public List<Result> ReturnData { get; set; } = [];
    }
}
