using MarginInsurance.LocalChain;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>An in-process <see cref="KeeperEngine"/> on the bench chain with a throw-away state file.</summary>
public sealed class BenchKeeper : IDisposable
{
    private readonly string _statePath = Path.Combine(Path.GetTempPath(), $"bench-keeper-{Guid.NewGuid():N}.db");

    private BenchKeeper(KeeperEngine engine) => Engine = engine;

    /// <summary>The keeper engine.</summary>
    public KeeperEngine Engine { get; private set; } = null!;

    /// <summary>Starts a keeper with the key <paramref name="key"/> and options adjusted by <paramref name="configure"/>.</summary>
    public static async Task<BenchKeeper> StartAsync(LocalProtocol protocol, Nethereum.Web3.Accounts.Account key, Action<KeeperOptions> configure)
    {
        var keeper = new BenchKeeper(null!);
        var options = new KeeperOptions { RpcUrl = protocol.RpcUrl, StatePath = keeper._statePath, HttpUrl = string.Empty, MaxFeePerGasGwei = 500m };
        configure(options);
        var valid = new KeeperOptionsValidator().Validate(null, options);
        if (valid.Failed) throw new InvalidOperationException(valid.FailureMessage);
        keeper.Engine = await KeeperEngine.StartAsync(options, protocol.Deployment, key, new BenchLogger()).ConfigureAwait(false);
        return keeper;
    }

    public void Dispose()
    {
        Engine?.Dispose();
        foreach (var f in new[] { _statePath, _statePath + "-wal", _statePath + "-shm" })
        {
            try
            {
                File.Delete(f);
            }
            catch (IOException)
            {
                // best effort
            }
        }
    }
}
