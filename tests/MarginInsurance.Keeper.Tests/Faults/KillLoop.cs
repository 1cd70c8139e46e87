using MarginInsurance.LocalChain;
using Nethereum.Web3.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Keeper.Tests.Faults;

/// <summary>
/// The kill-loop harness of the spot and perp kill tests: the real keeper process (<c>margin-keeper run</c>) started
/// again and again with the same key and state directory, 400 ms blocks, and SIGKILLed either by the test at a random
/// moment or by itself between storing a signed liquidation and broadcasting it (Keeper:FaultInjection).
/// </summary>
internal sealed class KillLoop
{
    private readonly KeeperFixture _fixture;
    private readonly Account _key;
    private readonly string _dll;
    private readonly string _root;
    private readonly string _deploymentPath;
    private readonly Random _random;

    /// <param name="fixture">The chain and deployment the keeper runs against.</param>
    /// <param name="key">The keeper's key, the same for every start.</param>
    /// <param name="name">Prefix of the temporary state directory.</param>
    /// <param name="seed">Seed of the random lifetimes.</param>
    public KillLoop(KeeperFixture fixture, Account key, string name, int seed)
    {
        _fixture = fixture;
        _key = key;
        _root = RepositoryRoot.Find();
        _dll = KeeperProcess.FindDll(_root);
        StateDir = Directory.CreateTempSubdirectory(name);
        _deploymentPath = Path.Combine(StateDir.FullName, "deployment.json");
        fixture.Deployment.Save(_deploymentPath);
        _random = new Random(seed);
    }

    /// <summary>The state file and keeper.log every start shares.</summary>
    public DirectoryInfo StateDir { get; }

    /// <summary>Starts the test killed.</summary>
    public int KilledByTest { get; private set; }

    /// <summary>Starts that killed themselves between signing and broadcasting.</summary>
    public int KilledItself { get; private set; }

    /// <summary>Starts the keeper; <paramref name="killAfterSigningPercent"/> is the chance it kills itself after a signature.</summary>
    public KeeperProcess Start(int run, int killAfterSigningPercent) => KeeperProcess.Start(
        _dll, _root, _fixture.RpcUrl, _deploymentPath, StateDir.FullName, _key.PrivateKey,
        [
            "--Keeper:ReplaceAfterBlocks=4", "--Keeper:MaxFeePerGasGwei=500", "--Keeper:MaxLiquidationsPerBlock=3",
            $"--Keeper:FaultInjection:KillAfterSigningPercent={killAfterSigningPercent}", $"--Keeper:FaultInjection:Seed={run + 1}",
        ]);

    /// <summary>
    /// <paramref name="restarts"/> starts, each after <paramref name="beforeRun"/>; two in three wait until the engine is up
    /// (the third may be killed during start-up: nonce sync, approval, first indexing pass); each then lives a random
    /// lifetime of <paramref name="minLifetimeMs"/>..2,500 ms and is killed unless it killed itself.
    /// </summary>
    public async Task RunAsync(int restarts, int minLifetimeMs, Func<int, Task> beforeRun)
    {
        for (var run = 0; run < restarts; run++)
        {
            await beforeRun(run);
            using var keeper = Start(run, killAfterSigningPercent: 35);
            if (run % 3 != 2)
            {
                try
                {
                    await keeper.WaitReadyAsync(CancellationToken.None);
                }
                catch (InvalidOperationException) when (keeper.HasExited)
                {
                    // killed itself while catching up (a stored transaction was signed during its first pass)
                }
            }

            var deadline = DateTime.UtcNow + TimeSpan.FromMilliseconds(_random.Next(minLifetimeMs, 2_500));
            while (DateTime.UtcNow < deadline && !keeper.HasExited) await Task.Delay(50);
            if (keeper.HasExited)
            {
                KilledItself++;
            }
            else
            {
                keeper.Kill();
                KilledByTest++;
            }
        }
    }

    /// <summary>Polls every 250 ms (at most a minute) until <paramref name="settled"/> holds three polls in a row.</summary>
    public static async Task<bool> SettleAsync(KeeperProcess keeper, Func<KeeperSnapshot?, Task<bool>> settled)
    {
        var inARow = 0;
        for (var i = 0; i < 240 && inARow < 3; i++)
        {
            await Task.Delay(250);
            inARow = await settled(await keeper.PollAsync(CancellationToken.None)) ? inARow + 1 : 0;
        }

        return inARow >= 3;
    }

    /// <summary>How many lines of the shared keeper.log contain <paramref name="text"/>.</summary>
    public int LogLines(string text) =>
        File.ReadAllText(Path.Combine(StateDir.FullName, "keeper.log")).Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>Stops interval mining; deletes the state directory if the test passed, else names it.</summary>
    public async Task FinishAsync(bool passed, ITestOutputHelper output)
    {
        await _fixture.Chain.SetIntervalMiningAsync(0);
        if (passed) StateDir.Delete(recursive: true);
        else output.WriteLine($"state and log kept in {StateDir.FullName}");
    }
}
