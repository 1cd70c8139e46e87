using System.Numerics;
using CsCheck;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Util;

namespace MarginInsurance.BadInput.Tests;

/// <summary>Shared generators and a valid deployment to mutate.</summary>
public static class Inputs
{
    /// <summary>Iterations per property: enough to explore, small enough to keep the suite well under a minute.</summary>
    public const int Iter = 300;

    public static readonly BigInteger Uint256Max = BigInteger.Pow(2, 256) - 1;

    public const string HexChars = "0123456789abcdefABCDEF";

    public static readonly Gen<string> Hex = Gen.String[Gen.Char[HexChars], 0, 80];

    /// <summary>Printable garbage including unicode, whitespace and JSON-ish punctuation.</summary>
    public static readonly Gen<string> Garbage = Gen.OneOf(
        Gen.String[Gen.Char[" \t0123456789.,-+eE_xX/\\\"'{}[]:;abcdefghijklmnopqrstuvwxyzé٣¹½∞"], 0, 60],
        Gen.String,
        Gen.OneOf("", " ", "NaN", "Infinity", "-0", "1e18", "0x10", "1_000", "1,000", "١٢٣", "½", "1..2", ".5", "5.", "+5", "--5", "\0", "null"));

    /// <summary>A random valid address, checksummed.</summary>
    public static readonly Gen<string> ValidAddress =
        Gen.Byte.Array[20].Select(b => AddressUtil.Current.ConvertToChecksumAddress("0x" + Convert.ToHexStringLower(b)));

    /// <summary>A positive integer up to 2^256-1, spread over magnitudes.</summary>
    public static readonly Gen<BigInteger> Uint256Positive =
        Gen.Byte.Array[1, 32].Select(b => new BigInteger(b, isUnsigned: true) + 1).Where(v => v <= Uint256Max);

    /// <summary>Strictly above 2^256-1.</summary>
    public static readonly Gen<BigInteger> Oversized =
        Gen.OneOf(Gen.Byte.Array[0, 40].Select(b => Uint256Max + 1 + new BigInteger(b, isUnsigned: true)), Gen.Int[257, 400].Select(e => BigInteger.Pow(2, e)));

    /// <summary>Strictly negative.</summary>
    public static readonly Gen<BigInteger> Negative = Gen.Byte.Array[1, 40].Select(b => -new BigInteger(b, isUnsigned: true) - 1);

    public static readonly string[] Symbols = ["WETH", "WBTC", "LINK"];

    /// <summary>A deployment on chain 31337: USDC (6) base, WETH (18), WBTC (8), LINK (18).</summary>
    public static DeploymentFile Deployment() => new()
    {
        Network = "fake",
        ChainId = FakeRpc.ChainId,
        DeploymentBlock = 1,
        ConfigHash = new string('a', 64),
        MarginVault = "0x5FbDB2315678afecb367f032d93F642f64180aa3",
        InsurancePool = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
        OracleRouter = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
        RateModel = "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9",
        Multicall3 = "0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9",
        BaseAsset = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707",
        BaseSymbol = "USDC",
        BaseDecimals = 6,
        Collaterals =
        [
            new("WETH", "0x0165878A594ca255338adfa4d48449f69242Eb8F", 18, "0xa513E6E4b8f2a923D98304ec87F64353C4D5C853"),
            new("WBTC", "0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6", 8, "0x8A791620dd6260079BF849Dc5567aDC3F2FdC318"),
            new("LINK", "0x610178dA211FEF7D417bC0e6FeD39F05609AD788", 18, "0xB7f8BC63BbcaD18155201308C8f3540b07f84F5e"),
        ],
        DeployedAt = DateTimeOffset.UnixEpoch,
    };

    /// <summary>A temporary folder deleted on dispose.</summary>
    public sealed class TempDir : IDisposable
    {
        public DirectoryInfo Dir { get; } = Directory.CreateTempSubdirectory("mi-badinput-");

        public string File(string name) => Path.Combine(Dir.FullName, name);

        public void Dispose() => Dir.Delete(recursive: true);
    }
}
