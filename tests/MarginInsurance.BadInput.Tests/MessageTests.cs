using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Deploy;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using Nethereum.Util;

namespace MarginInsurance.BadInput.Tests;

/// <summary>
/// Messages name assets by symbol with amounts in token units, SDK messages suggest no CLI flags, and
/// the words of the docs match the code. Revert data is encoded here from the Solidity signatures, so
/// the expectations do not come from the decoder under test.
/// </summary>
public sealed partial class MessageTests
{
    private static readonly DeploymentFile Deployment = Inputs.Deployment();
    private static readonly string Weth = Deployment.Collateral("WETH").Token;
    private static readonly string Wbtc = Deployment.Collateral("WBTC").Token;
    private static readonly string Link = Deployment.Collateral("LINK").Token;
    private const string Someone = "0x70997970C51812dc3A010C7d01b50e20d6dc79C8";

    private static string Revert(string signature, params object[] args)
    {
        var selector = Sha3Keccack.Current.CalculateHash(signature)[..8];
        var words = args.Select(a => a switch
        {
            string address => address[2..].ToLowerInvariant().PadLeft(64, '0'),
            BigInteger n => n.ToString("x64", CultureInfo.InvariantCulture)[^64..],
            int n => ((BigInteger)n).ToString("x64", CultureInfo.InvariantCulture)[^64..],
            long n => ((BigInteger)n).ToString("x64", CultureInfo.InvariantCulture)[^64..],
            _ => throw new ArgumentException($"unsupported argument {a}"),
        });
        return "0x" + selector + string.Concat(words);
    }

    private static string Message(string data, string? token = null) =>
        ProtocolErrors.FromRevertData(data, context: new ErrorContext(Deployment, token))?.Message
        ?? throw new InvalidOperationException($"undecoded: {data}");

    private static BigInteger Units(string symbol, string amount) =>
        Sdk.Amounts.TokenAmount.Parse(amount, symbol == "USDC" ? Deployment.BaseDecimals : Deployment.Collateral(symbol).Decimals).Raw;

    [Fact]
    public void CrossNotAllowedNamesTheAssetBySymbol()
    {
        var message = Message(Revert("CrossNotAllowed(address)", Link));
        Assert.StartsWith("LINK is isolated-only", message, StringComparison.Ordinal);
        Assert.DoesNotContain(Link[2..], message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReviewFixErrorsAreTypedAndReadable()
    {
        var notDue = ProtocolErrors.FromRevertData(Revert("CollateralUpdateNotDue(address,uint256)", Weth, 1_800_000_000L));
        Assert.Equal("CollateralUpdateNotDue", notDue!.ErrorName);
        Assert.Contains("the announced update of WETH applies only from 2027-01-15", Message(Revert("CollateralUpdateNotDue(address,uint256)", Weth, 1_800_000_000L)), StringComparison.Ordinal);
        Assert.Equal("no risk-increasing update of WETH is pending", Message(Revert("CollateralUpdateNotDue(address,uint256)", Weth, 0)));
        Assert.Contains("the L2 sequencer is down", Message(Revert("SequencerDown(uint256)", MarginInsurance.Core.WadMath.MaxUint256)), StringComparison.Ordinal);
        Assert.Contains("wait until 2027-01-15", Message(Revert("SequencerDown(uint256)", 1_800_000_000L)), StringComparison.Ordinal);
    }

    [Fact]
    public void CollateralErrorsShowTokenUnitsWithSymbols()
    {
        Assert.Equal("the supply cap of WBTC would be exceeded: total deposits would be 50001 WBTC, cap 50000 WBTC",
            Message(Revert("SupplyCapExceeded(address,uint256,uint256)", Wbtc, Units("WBTC", "50001"), Units("WBTC", "50000"))));
        Assert.Equal("not enough WETH collateral in the account: balance 1.5 WETH, requested 2 WETH",
            Message(Revert("InsufficientCollateral(address,uint256,uint256)", Weth, Units("WETH", "1.5"), Units("WETH", "2"))));
        Assert.Contains("already holds WETH; it cannot also hold WBTC",
            Message(Revert("IsolatedAssetMismatch(address,address)", Weth, Wbtc)), StringComparison.Ordinal);
        Assert.Contains("(debt 17000.5 USDC would exceed borrow capacity 16000 USDC)",
            Message(Revert("InsufficientMargin(uint256,uint256)", Units("USDC", "17000.5"), Units("USDC", "16000"))), StringComparison.Ordinal);
        Assert.Contains("the price of WETH moved beyond",
            Message(Revert("PriceFrozen(address,uint256)", Weth, 1_800_000_000)), StringComparison.Ordinal);
    }

    [Fact]
    public void SdkGuideShowsTheRealInsufficientMarginMessage()
    {
        var guide = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "docs", "sdk.md"));
        var at = Array.FindIndex(guide, l => l.Trim() == "Console.WriteLine(e.Message);");
        Assert.True(at > 0, "docs/sdk.md: the error example (Console.WriteLine(e.Message);) is gone");
        var shown = string.Join(" ", guide.Skip(at + 1).TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).Select(l => l.Trim()[2..].Trim()));
        Assert.Equal(Message(Revert("InsufficientMargin(uint256,uint256)", 4_801_000_002, 4_800_000_000)), shown);
    }

    [Fact]
    public void TokenErrorsNameTheTransferredToken()
    {
        var balance = Message(Revert("ERC20InsufficientBalance(address,uint256,uint256)", Someone, Units("WETH", "1.5"), Units("WETH", "2")), Weth);
        Assert.Equal($"{Someone} holds only 1.5 WETH, the transfer needs 2 WETH; fund the sender first", balance, ignoreCase: true);
        var allowance = Message(Revert("ERC20InsufficientAllowance(address,uint256,uint256)", Someone, 0, Units("USDC", "100")), Deployment.BaseAsset);
        Assert.Equal($"{Someone} may spend only 0 USDC, the transfer needs 100 USDC; approve more first", allowance, ignoreCase: true);
        Assert.Contains("a transfer of WBTC failed", Message(Revert("SafeERC20FailedOperation(address)", Wbtc)), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutADeploymentAddressesAndRawUnitsAreShown()
    {
        var message = ProtocolErrors.FromRevertData(Revert("SupplyCapExceeded(address,uint256,uint256)", Wbtc, 7, 5))!.Message;
        Assert.Contains(Wbtc[2..], message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("7 raw units", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SdkMessagesSuggestNoCliFlags()
    {
        using var dir = new Inputs.TempDir();
        var path = dir.File("other.json");
        Deployment.Save(path);
        var messages = new[]
        {
            new WrongChainException("localhost", 31337, 1).Message,
            Assert.Throws<DeploymentFileException>(() => DeploymentFile.Load(dir.File("missing.json"))).Message,
            Assert.Throws<DeployConfigException>(() => ProtocolDeployer.CheckOverwrite(path, 1, force: false)).Message,
        };
        foreach (var message in messages)
        {
            Assert.DoesNotMatch(CliFlag(), message);
            Assert.DoesNotContain("marginctl", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoWordOfTheRepositoryNamesACommandThatDoesNotExist()
    {
        var root = RepositoryRoot.Find();
        var skip = new[] { "node_modules", "artifacts", "cache", "bin", "obj", "out", ".git", "dist", "TestResults", "bench" };
        var offenders = Files(root, skip)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)
                        || f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".sol", StringComparison.Ordinal) || !Path.GetFileName(f).Contains('.', StringComparison.Ordinal))
            .Where(f => !f.EndsWith(nameof(MessageTests) + ".cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("marginctl", StringComparison.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(offenders.Count == 0, $"'marginctl' does not exist (the CLI is margin-insurance), yet it appears in: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void KeeperReadmeAgreesWithTheFixedLiquidationGasLimit()
    {
        var root = RepositoryRoot.Find();
        var readme = File.ReadAllText(Path.Combine(root, "keeper", "README.md"));
        var code = string.Concat(Directory.GetFiles(Path.Combine(root, "keeper", "MarginInsurance.Keeper"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain("EstimateGasAsync", code, StringComparison.Ordinal); // the keeper never estimates a liquidation's gas ...
        Assert.DoesNotMatch(EstimatePerLiquidation(), readme); // ... so its README must not count one per liquidation
        Assert.Contains("LiquidationGasLimit", readme, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Files(string dir, string[] skip) =>
        Directory.EnumerateFiles(dir).Concat(Directory.EnumerateDirectories(dir)
            .Where(d => !skip.Contains(Path.GetFileName(d), StringComparer.Ordinal))
            .SelectMany(d => Files(d, skip)));

    [GeneratedRegex(@"(^|\s|\()--[a-z]")]
    private static partial Regex CliFlag();

    [GeneratedRegex(@"adds? an? [^.;]*eth_estimateGas")]
    private static partial Regex EstimatePerLiquidation();
}
