using System.Numerics;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Hex.HexTypes;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>Crash safety, fee replacement and the one-shot CLI verbs.</summary>
public sealed class TransactionTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    private sealed class SimulatedCrash : Exception;

    [Fact]
    public async Task CrashBetweenSigningAndBroadcastRebroadcastsTheSameTransactionOnRestartNeverASecondOne()
    {
        var (_, a) = await Fixture.OpenAsync("WETH", "10", "15000");
        var key = await Fixture.KeeperKeyAsync();
        var options = Options();
        var first = await StartKeeperAsync(key, options);
        await first.TickAsync(force: true);
        first.Transactions.AfterRecord = _ => throw new SimulatedCrash();

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1700m);
        await Fixture.Chain.MineAsync();
        await Assert.ThrowsAsync<SimulatedCrash>(() => first.TickAsync());
        var recorded = Assert.Single(first.Store.OpenTxs(key.Address));
        Assert.Equal(TxStatus.Signed, recorded.Status);
        Stop(first);
        Assert.Null(await Fixture.Admin.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(recorded.Hash)); // never reached the node

        var second = await StartKeeperAsync(key, options);
        var tick = await second.TickAsync();
        Assert.Equal(0, tick!.Sent); // in flight: rebroadcast, not re-signed
        Assert.NotNull(await Fixture.Admin.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(recorded.Hash));
        await Fixture.Chain.MineAsync();
        var done = await second.TickAsync();
        var won = Assert.Single(done!.Outcomes);
        Assert.Equal(recorded.Hash, won.Tx.Hash);
        Assert.Equal(TxOutcomeKind.Won, won.Status);
        Assert.Single(await Fixture.LiquidationsAsync(), e => e.Event.Owner.Equals(a.Owner, StringComparison.OrdinalIgnoreCase));
        Assert.Equal((long)(await second.Web3.Eth.Transactions.GetTransactionCount.SendRequestAsync(key.Address)).Value, second.Transactions.NextNonce);
    }

    [Fact]
    public async Task TransactionNotMinedAfterNBlocksIsReplacedWithSameNonceAndBumpedFee()
    {
        var (_, a) = await Fixture.OpenAsync("WETH", "10", "15000");
        var keeper = await StartKeeperAsync(await Fixture.KeeperKeyAsync(), Options(o => o.ReplaceAfterBlocks = 3));
        await keeper.TickAsync(force: true);
        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.PostPriceAsync("WETH", 1700m);
        await Fixture.Chain.MineAsync();
        var scan = await keeper.TickAsync();
        Assert.Equal(1, scan!.Sent);
        var original = Assert.Single(keeper.Store.OpenTxs(keeper.Address));
        var priced = BigInteger.Parse(original.MaxFeePerGas, System.Globalization.CultureInfo.InvariantCulture);

        // Base fee jumps above what the keeper offered: three blocks pass without it.
        for (var i = 0; i < 3; i++)
        {
            await Fixture.Admin.Web3.Client.SendRequestAsync<object>("hardhat_setNextBlockBaseFeePerGas", null, new HexBigInteger(priced * 10).HexValue);
            await Fixture.Chain.MineAsync();
        }

        Assert.Null((await Fixture.Admin.Web3.Eth.Transactions.GetTransactionByHash.SendRequestAsync(original.Hash)).BlockNumber?.Value is { } bn && bn > 0 ? bn : null);
        var replaced = await keeper.TickAsync();
        var replacement = Assert.Single(replaced!.Outcomes, o => o.Status == TxOutcomeKind.Replacement);
        Assert.Equal(original.Nonce, replacement.Tx.Nonce);
        Assert.True(BigInteger.Parse(replacement.Tx.MaxFeePerGas, System.Globalization.CultureInfo.InvariantCulture) > priced * 10);
        Assert.Equal(0, replaced.Sent);
        await Fixture.Chain.MineAsync();
        var done = await keeper.TickAsync();
        Assert.Equal(replacement.Tx.Hash, Assert.Single(done!.Outcomes, o => o.Status == TxOutcomeKind.Won).Tx.Hash);
        Assert.Single(await Fixture.LiquidationsAsync(), e => e.Event.Owner.Equals(a.Owner, StringComparison.OrdinalIgnoreCase));
        var counts = keeper.Store.TxCounts();
        Assert.Equal(1, counts["liquidate:replaced"]);
        Assert.Equal(1, counts["liquidate:won"]);
        Assert.Equal(1, keeper.Metrics.Replacements.Value);
    }

    [Fact]
    public async Task CliScanListsAccountsByHealthAndLiquidateVerbLiquidatesOne()
    {
        var (_, a) = await Fixture.OpenAsync("WETH", "10", "15000");
        await Fixture.OpenAsync("WETH", "10", "5000");
        await Fixture.SetPriceAsync("WETH", 1700m);
        var key = await Fixture.KeeperKeyAsync();
        var keyVariable = $"KEEPER_TEST_KEY_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(keyVariable, key.PrivateKey);
        var deploymentPath = Path.Combine(Path.GetTempPath(), $"keeper-test-deployment-{Guid.NewGuid():N}.json");
        Fixture.Deployment.Save(deploymentPath);
        string[] Common(params string[] verb) =>
        [
            .. verb, $"--Keeper:RpcUrl={Fixture.RpcUrl}", $"--Keeper:DeploymentPath={deploymentPath}", $"--Keeper:StatePath={StatePath}",
            $"--Keeper:PrivateKeyVariable={keyVariable}", "--Keeper:HttpUrl=", "--Keeper:MaxFeePerGasGwei=500",
        ];
        var stdout = Console.Out;
        var captured = new StringWriter();
        try
        {
            Console.SetOut(captured);
            Assert.Equal(0, await KeeperCli.RunAsync(Common("scan")));
            Assert.Equal(0, await KeeperCli.RunAsync(Common("liquidate", a.Owner, "0")));
            Assert.Equal(0, await KeeperCli.RunAsync(Common("status")));
            Assert.Equal(2, await KeeperCli.RunAsync(Common("scan", "--Keeper:FeeBumpPercent=1")));
        }
        finally
        {
            Console.SetOut(stdout);
            Environment.SetEnvironmentVariable(keyVariable, null);
            File.Delete(deploymentPath);
        }

        var text = captured.ToString();
        Output.WriteLine(text);
        var lines = text.Split('\n');
        var liquidatable = Array.FindIndex(lines, l => l.Contains("LIQUIDATABLE", StringComparison.Ordinal));
        Assert.True(liquidatable > 0, "the under-water account is listed and flagged");
        Assert.Contains(new AccountId(a.Owner, 0).ToString(), lines[liquidatable], StringComparison.Ordinal); // lowest health first
        Assert.Contains("2 accounts at block", text, StringComparison.Ordinal);
        Assert.Contains("won: 0x", text, StringComparison.Ordinal);
        Assert.Contains("\"liquidate:won\": 1", text, StringComparison.Ordinal);
        Assert.Single(await Fixture.LiquidationsAsync());
    }
}
