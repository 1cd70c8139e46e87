using MarginInsurance.Keeper.Tests.Faults;
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
        var loop = new KillLoop(Fixture, key, "keeper-kill-loop-", 20_201_112);
        var step = 0;
        var passed = false;

        await Fixture.Chain.SetAutomineAsync(false);
        await Fixture.Chain.SetIntervalMiningAsync(400);
        try
        {
            await loop.RunAsync(Restarts, minLifetimeMs: 200, async run =>
            {
                if (run % 2 == 0 && step < PriceSteps.Length) await Fixture.PostPriceAsync("WETH", PriceSteps[step++]);
            });

            while (step < PriceSteps.Length) await Fixture.PostPriceAsync("WETH", PriceSteps[step++]);

            // A last, undisturbed run finishes the work: nothing in flight and nothing liquidatable.
            using (var last = loop.Start(Restarts, killAfterSigningPercent: 0))
            {
                await last.WaitReadyAsync(CancellationToken.None);
                var settled = await KillLoop.SettleAsync(last, s => Task.FromResult(s is { InFlight: 0, Liquidatable: 0 } && s.LastScannedBlock > 0));
                Assert.True(settled, $"the keeper did not settle; log {last.LogPath}");
                last.Stop();
            }

            var drills = loop.LogLines("FAULT DRILL: SIGKILL after signing");
            var rebroadcasts = loop.LogLines("signed and stored but not broadcast");
            Output.WriteLine($"METRIC kill loop: {Restarts + 1} starts, {loop.KilledByTest} SIGKILLs by the test, {loop.KilledItself} self-kills between signing and broadcast ({drills} drill lines), {rebroadcasts} logged broadcasts of a stored transaction after a restart");
            Assert.True(loop.KilledByTest >= 3, "too few SIGKILLs by the test to prove anything");
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
            await loop.FinishAsync(passed, Output);
        }
    }
}
