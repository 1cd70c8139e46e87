using System.Numerics;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Sdk.Tests;

/// <summary>Bad input is rejected by the SDK before anything is sent, with the offending parameter named.</summary>
public sealed class InputValidationTests(ChainFixture fixture) : ChainTest(fixture)
{
    private const string Owner = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    [Fact]
    public async Task AmountsWithTheWrongDecimalsNameTheParameter()
    {
        var c = Fixture.Admin;
        var account = AccountId.Cross(c.Signer);
        var borrow = await Assert.ThrowsAsync<ArgumentException>(() => c.BorrowAsync(account, c.Collateral("WETH", "1")));
        Assert.Equal("amount", borrow.ParamName);
        Assert.Contains("18 decimals but the base asset USDC has 6", borrow.Message, StringComparison.Ordinal);

        var deposit = await Assert.ThrowsAsync<ArgumentException>(() => c.DepositCollateralAsync(account, "WBTC", c.Base("1")));
        Assert.Equal("amount", deposit.ParamName);
        Assert.Contains("WBTC has 8", deposit.Message, StringComparison.Ordinal);

        var liquidate = await Assert.ThrowsAsync<ArgumentException>(() => c.LiquidateAsync(account, "WETH", c.Collateral("WETH", "1")));
        Assert.Equal("maxRepay", liquidate.ParamName);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => c.SupplyAsync(c.Base("0")));
        Assert.Throws<InvalidOperationException>(() => c.Base("1") + c.Collateral("WETH", "1"));
        Assert.Throws<FormatException>(() => c.Base("1.0000001")); // more fraction digits than USDC has
    }

    [Fact]
    public async Task BadChecksumAddressesAreRejected()
    {
        var wrong = Owner.Replace("5aAeb", "5AAeb", StringComparison.Ordinal);
        var id = Assert.Throws<ArgumentException>(() => new AccountId(wrong, 0));
        Assert.Equal("owner", id.ParamName);
        Assert.Contains("EIP-55 checksum", id.Message, StringComparison.Ordinal);

        var op = await Assert.ThrowsAsync<ArgumentException>(() => Fixture.Admin.SetOperatorAsync(wrong, true));
        Assert.Equal("operatorAddress", op.ParamName);
        var receiver = await Assert.ThrowsAsync<ArgumentException>(() => Fixture.Admin.WithdrawAsync(null, "0x1234"));
        Assert.Equal("receiver", receiver.ParamName);

        Assert.Equal(Owner, new AccountId(Owner.ToLowerInvariant(), 0).Owner); // all-lowercase is accepted and checksummed
        Assert.Throws<ArgumentOutOfRangeException>(() => AccountId.Isolated(Owner, 0));
    }

    [Fact]
    public async Task ConnectingToAnotherChainIsWrongChain()
    {
        var account = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), 1);
        var ex = await Assert.ThrowsAsync<WrongChainException>(() => MarginClient.ConnectAsync(Fixture.RpcUrl, account, Deployment with { ChainId = 1 }));
        Assert.Equal(1, ex.Expected);
        Assert.Equal(Fixture.ChainId, ex.Actual);
        Assert.Contains($"chain {Fixture.ChainId}", ex.Message, StringComparison.Ordinal);
        var url = await Assert.ThrowsAsync<ArgumentException>(() => MarginClient.ConnectAsync("localhost:8545", account, Deployment));
        Assert.Equal("rpcUrl", url.ParamName);
    }

    [Fact]
    public void MalformedDeploymentFilesNameTheField()
    {
        var dir = Directory.CreateTempSubdirectory("mi-deploy-");
        try
        {
            var good = Path.Combine(dir.FullName, "good.json");
            Deployment.Save(good);
            Assert.Equal(Deployment.MarginVault, DeploymentFile.Load(good).MarginVault);
            var text = File.ReadAllText(good);

            DeploymentFileException Load(string name, string content)
            {
                var path = Path.Combine(dir.FullName, name);
                File.WriteAllText(path, content);
                return Assert.Throws<DeploymentFileException>(() => DeploymentFile.Load(path));
            }

            var badAddress = Load("address.json", text.Replace(Deployment.MarginVault, "0x1234", StringComparison.Ordinal));
            Assert.Contains("marginVault", badAddress.Message, StringComparison.Ordinal);
            var badType = Load("type.json", text.Replace($"\"chainId\": {Fixture.ChainId}", "\"chainId\": \"abc\"", StringComparison.Ordinal));
            Assert.Contains("chainId", badType.Message, StringComparison.Ordinal);
            var truncated = Load("truncated.json", text[..(text.Length / 2)]);
            Assert.Contains("not valid deployment JSON", truncated.Message, StringComparison.Ordinal);
            var missing = Load("missing.json", "{ \"network\": \"x\", \"chainId\": 1 }");
            Assert.Contains("deployment file", missing.Message, StringComparison.Ordinal);
            var badToken = Load("token.json", text.Replace(Deployment.Collaterals[1].Token, "not-an-address", StringComparison.Ordinal));
            Assert.Contains("collaterals[1].token", badToken.Message, StringComparison.Ordinal);
            Assert.Contains("file not found", Assert.Throws<DeploymentFileException>(() => DeploymentFile.Load(Path.Combine(dir.FullName, "nope.json"))).Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TokenAmountsKeepTheirDecimals()
    {
        var usdc = TokenAmount.Parse("1234.5", 6);
        Assert.Equal(new BigInteger(1_234_500_000), usdc.Raw);
        Assert.Equal("1234.5", usdc.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenAmount(-1, 6));
    }
}
