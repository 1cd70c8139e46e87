using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests;

/// <summary>
/// The real keeper process (<c>margin-keeper run</c>) SIGKILLed again and again during a crash replay with 400 ms blocks:
/// by the test at random moments, and by itself between storing a signed liquidation and broadcasting it
/// (Keeper:FaultInjection). Every restart reuses the same key and state file. The chain then shows 0 missed, 0 double.
/// </summary>
public sealed class KillLoopTests(KeeperFixture fixture, ITestOutputHelper output) : KeeperTest(fixture, output)
{
    private const int Restarts = 10;
    private static readonly decimal[] PriceSteps = [1850m, 1750m, 1650m, 1550m, 1450m];

    [Fact]
    public async Task KeeperKilledTenTimesIncludingBetweenSigningAndBroadcastMissesNothingAndSendsNothingTwice()
    {
        // 10 WETH at 2000 with debts 13,000..15,250: healths 1.31..1.11, so each price step pushes new accounts under 1.
        var accounts = new List<AccountId>();
        for (var i = 0; i < 16; i++) accounts.Add((await Fixture.OpenAsync("WETH", "10", (13_000 + 150 * i).ToString(System.Globalization.CultureInfo.InvariantCulture))).Account);
        var key = await Fixture.KeeperKeyAsync();
        var from = await Fixture.BlockNumberAsync();
        var root = RepositoryRoot.Find();
        var dll = KeeperProcess.FindDll(root);
        var stateDir = Directory.CreateTempSubdirectory("keeper-kill-loop-");
        var deploymentPath = Path.Combine(stateDir.FullName, "deployment.json");
        Fixture.Deployment.Save(deploymentPath);
        var random = new Random(20_201_112);
        int killedByTest = 0, killedItself = 0, step = 0;
        var passed = false;

        KeeperProcess Start(int run, int killAfterSigningPercent) => KeeperProcess.Start(
            dll, root, Fixture.RpcUrl, deploymentPath, stateDir.FullName, key.PrivateKey,
            [
                "--Keeper:ReplaceAfterBlocks=4", "--Keeper:MaxFeePerGasGwei=500", "--Keeper:MaxLiquidationsPerBlock=3",
                $"--Keeper:FaultInjection:KillAfterSigningPercent={killAfterSigningPercent}", $"--Keeper:FaultInjection:Seed={run + 1}",
            ]);

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.Chain.SetIntervalMiningAsync(400);
        try
        {
            for (var run = 0; run < Restarts; run++)
            {
                if (run % 2 == 0 && step < PriceSteps.Length) await Fixture.PostPriceAsync("WETH", PriceSteps[step++]);
                using var keeper = Start(run, killAfterSigningPercent: 35);
                if (run % 3 != 2)
                {
                    try
                    {
                        await keeper.WaitReadyAsync(CancellationToken.None); // the engine is up: it syncs, indexes and liquidates from here
                    }
                    catch (InvalidOperationException) when (keeper.HasExited)
                    {
                        // killed itself while catching up (a stored transaction was signed during its first pass)
                    }
                }

                // else: the kill may land during start-up (nonce sync, approval, first indexing pass)

                var lifetime = TimeSpan.FromMilliseconds(random.Next(200, 2_500));
                var deadline = DateTime.UtcNow + lifetime;
                while (DateTime.UtcNow < deadline && !keeper.HasExited) await Task.Delay(50);
                if (keeper.HasExited)
                {
                    killedItself++;
                }
                else
                {
                    keeper.Kill();
                    killedByTest++;
                }
            }

            while (step < PriceSteps.Length) await Fixture.PostPriceAsync("WETH", PriceSteps[step++]);

            // A last, undisturbed run finishes the work: nothing in flight and nothing liquidatable.
            using (var last = Start(Restarts, killAfterSigningPercent: 0))
            {
                await last.WaitReadyAsync(CancellationToken.None);
                var settled = 0;
                for (var i = 0; i < 240 && settled < 3; i++)
                {
                    await Task.Delay(250);
                    var s = await last.PollAsync(CancellationToken.None);
                    settled = s is { InFlight: 0, Liquidatable: 0 } && s.LastScannedBlock > 0 ? settled + 1 : 0;
                }

                Assert.True(settled >= 3, $"the keeper did not settle; log {last.LogPath}");
                last.Stop();
            }

            var log = File.ReadAllText(Path.Combine(stateDir.FullName, "keeper.log"));
            var drills = log.Split('\n').Count(l => l.Contains("FAULT DRILL: SIGKILL after signing", StringComparison.Ordinal));
            var rebroadcasts = log.Split('\n').Count(l => l.Contains("signed and stored but not broadcast", StringComparison.Ordinal));
            Output.WriteLine($"METRIC kill loop: {Restarts + 1} starts, {killedByTest} SIGKILLs by the test, {killedItself} self-kills between signing and broadcast ({drills} drill lines), {rebroadcasts} logged broadcasts of a stored transaction after a restart");
            Assert.True(killedByTest >= 3, "too few SIGKILLs by the test to prove anything");
            Assert.True(drills >= 1, "no kill between signing and broadcast happened");
            // A restart's own log line may die unflushed with the next SIGKILL, so the proof that every signed-but-unsent
            // transaction was broadcast by a later run is the audit below: a lost nonce would strand every later liquidation.

            await Fixture.Chain.SetIntervalMiningAsync(0);
            var audit = await AuditAsync(accounts, [key.Address], from);
            audit.AssertClean();
            Assert.True(audit.Liquidations.Count >= 10, $"only {audit.Liquidations.Count} liquidations: the replay did not push enough accounts under");
            Assert.All(audit.Liquidations, l => Assert.Equal(key.Address, l.Liquidator, StringComparer.OrdinalIgnoreCase));
            passed = true;
        }
        finally
        {
            await Fixture.Chain.SetIntervalMiningAsync(0);
            if (passed) stateDir.Delete(recursive: true);
            else Output.WriteLine($"state and log kept in {stateDir.FullName}");
        }
    }
}
