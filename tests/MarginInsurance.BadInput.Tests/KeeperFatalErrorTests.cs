using System.Net;
using System.Net.Sockets;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk.Deployments;

namespace MarginInsurance.BadInput.Tests;

/// <summary>
/// The real <c>margin-keeper</c> process (<see cref="KeeperProcess"/>) on fatal errors: it exits non-zero with one line
/// that names the setting to fix and no stack trace, so <c>Restart=on-failure</c> restarts it and the operator knows
/// what to change. A node that does not answer at start-up is not fatal for <c>run</c> (retried with backoff), but is a
/// one-line error for <c>scan</c>. Unknown settings and stray arguments are refused, naming the nearest valid setting.
/// </summary>
public sealed class KeeperFatalErrorTests : IDisposable
{
    private const string Key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mi-keeper-fatal-");
    private readonly FakeRpc _rpc = new();
    private readonly List<KeeperProcess> _keepers = [];

    private static string Dll => KeeperProcess.FindDll(RepositoryRoot.Find());

    private string DeploymentPath(long chainId = FakeRpc.ChainId)
    {
        var path = Path.Combine(_dir.FullName, $"deployment-{chainId}.json");
        (Inputs.Deployment() with { ChainId = chainId }).Save(path);
        return path;
    }

    private KeeperProcess Start(IEnumerable<string> extra, string? rpcUrl = null, string? deployment = null, string? url = null, string verb = "run")
    {
        var keeper = KeeperProcess.Start(Dll, _dir.FullName, rpcUrl ?? _rpc.Url, deployment ?? DeploymentPath(), _dir.FullName, Key, extra, url: url, verb: verb);
        _keepers.Add(keeper);
        return keeper;
    }

    /// <summary>Exits non-zero; exactly one "keeper: …" line, naming <paramref name="setting"/>; no stack trace.</summary>
    private async Task<string> AssertFatalAsync(KeeperProcess keeper, string setting)
    {
        var exit = await keeper.WaitForExitAsync(ExitWithin);
        var log = keeper.ReadLog();
        var text = string.Join('\n', log);
        Assert.True(exit != 0, $"exit code 0; log:\n{text}");
        var line = Assert.Single(log, l => l.StartsWith("keeper: ", StringComparison.Ordinal));
        Assert.Contains(setting, line, StringComparison.Ordinal);
        Assert.DoesNotContain(log, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        return line;
    }

    [Fact]
    public async Task NodeOnTheWrongChainExitsNamingRpcUrlAndNetwork()
    {
        var line = await AssertFatalAsync(Start([], deployment: DeploymentPath(chainId: 1)), "Keeper:RpcUrl");
        Assert.Contains("chain 31337", line, StringComparison.Ordinal);
        Assert.Contains("Keeper:Network", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptStateDatabaseExitsNamingStatePath()
    {
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(Path.Combine(_dir.FullName, "keeper-state.db"), garbage);
        var line = await AssertFatalAsync(Start([]), "Keeper:StatePath");
        Assert.Contains("keeper-state.db", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortTakenExitsNamingHttpUrl()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        var line = await AssertFatalAsync(Start([], url: url), "Keeper:HttpUrl");
        Assert.Contains("in use", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedAppsettingsExitsNamingTheFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "appsettings.json"), "{ \"Keeper\": { \"RpcUrl\": ");
        var line = await AssertFatalAsync(Start([]), "appsettings.json");
        Assert.Contains("not valid JSON", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Keeper:RpcUlr=http://127.0.0.1:8545", "Keeper:RpcUlr", "--Keeper:RpcUrl=")]
    [InlineData("--Keeper:PollIntervalMs=100", "Keeper:PollIntervalMs", "--Keeper:PollIntervalMilliseconds=")]
    [InlineData("--Keeper:State:Provder=postgres", "Keeper:State:Provder", "--Keeper:State:Provider=")]
    [InlineData("--rpc", "'--rpc'", "--Keeper:RpcUrl=")]
    [InlineData("stray", "'stray'", "--Keeper:")]
    public async Task UnknownSettingsAndStrayArgumentsAreRefusedNamingTheNearestValidOne(string argument, string named, string suggestion)
    {
        var line = await AssertFatalAsync(Start(argument == "--rpc" ? [argument, "http://127.0.0.1:9"] : [argument]), named);
        Assert.Contains(suggestion, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKeeperKeyInAppsettingsIsRefused()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir.FullName, "appsettings.json"), "{ \"Keeper\": { \"MinProfitt\": \"2\" } }");
        var line = await AssertFatalAsync(Start([]), "Keeper:MinProfitt");
        Assert.Contains("--Keeper:MinProfit=", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScanWithADeadNodeIsOneLineNotAStackTrace()
    {
        var line = await AssertFatalAsync(Start([], rpcUrl: "http://127.0.0.1:9", verb: "scan"), "Keeper:RpcUrl");
        Assert.Contains("no node answers", line, StringComparison.Ordinal);
    }

    /// <summary>At start-up a dead node is waited for with backoff, not a reason to quit; /health says why it is not ready.</summary>
    [Fact]
    public async Task RunWithADeadNodeKeepsRetryingAndReportsUnhealthy()
    {
        var keeper = Start(["--Keeper:RpcRetries=0"], rpcUrl: "http://127.0.0.1:9");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        string? health = null;
        for (var i = 0; i < 100 && health is null; i++)
        {
            await Task.Delay(200);
            keeper.ThrowIfExited();
            try
            {
                using var r = await http.GetAsync(new Uri(keeper.Url + "/health"));
                if (r.StatusCode == HttpStatusCode.ServiceUnavailable && (await r.Content.ReadAsStringAsync()) is var body && body.Contains("node unreachable", StringComparison.Ordinal)) health = body;
            }
            catch (HttpRequestException)
            {
            }
        }

        Assert.NotNull(health);
        await Task.Delay(TimeSpan.FromSeconds(4)); // 1 s, then 2 s backoff: at least two retries
        keeper.ThrowIfExited();
        var retries = keeper.ReadLog().Count(l => l.Contains("retrying in", StringComparison.Ordinal));
        Assert.True(retries >= 2, string.Join('\n', keeper.ReadLog()));
    }

    public void Dispose()
    {
        foreach (var k in _keepers) k.Dispose();
        _rpc.Dispose();
        try
        {
            _dir.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
