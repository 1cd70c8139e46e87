using System.CommandLine;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using MarginInsurance.Core;
using MarginInsurance.Dashboard;
using MarginInsurance.Sdk.Keeper;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.OffChain;
using MarginInsurance.Sdk.Signing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Keeper;

/// <summary>
/// <c>margin-keeper run | scan | status | liquidate OWNER SUBID</c>. Settings come from appsettings.json, environment
/// variables (<c>Keeper__RpcUrl</c>) and <c>--Keeper:RpcUrl=…</c> options, and are validated before anything starts.
/// </summary>
public static class KeeperCli
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("MarginInsurance keeper: liquidations, margin calls and risk add-ons. Settings: --Keeper:Name=value (see appsettings.json).");
        root.Subcommands.Add(Command("run", "Run the keeper until Ctrl+C, serving /metrics, /health and /status on Keeper:HttpUrl.", RunKeeperAsync));
        root.Subcommands.Add(Command("scan", "One-shot table of every account by health (reads only).", ScanAsync));
        root.Subcommands.Add(Command("status", "What the running keeper (or its state file) reports.", StatusAsync));
        var owner = new Argument<string>("OWNER") { Description = "Account owner address." };
        var sub = new Argument<string>("SUBID") { Description = "Subaccount id (0 = cross)." };
        var liquidate = new Command("liquidate", "Liquidate one account now (simulated first; ignores Keeper:MinProfit).") { owner, sub };
        liquidate.TreatUnmatchedTokensAsErrors = false;
        liquidate.SetAction((parse, ct) => Guarded(() => LiquidateOneAsync(Configure(parse.UnmatchedTokens), parse.GetValue(owner)!, parse.GetValue(sub)!, ct)));
        root.Subcommands.Add(liquidate);
        return await root.Parse(args).InvokeAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static Command Command(string name, string description, Func<IConfiguration, CancellationToken, Task<int>> action)
    {
        var command = new Command(name, description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((parse, ct) => Guarded(() => action(Configure(parse.UnmatchedTokens), ct)));
        return command;
    }

    /// <summary>Fatal and settings errors: one line on stderr, exit 2; a node that does not answer: one line, exit 1.</summary>
    private static async Task<int> Guarded(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is KeeperFatalException or OptionsValidationException or SigningKeyException or DeploymentFileException or InvalidOperationException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"keeper: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
        catch (Nethereum.JsonRpc.Client.RpcClientUnknownException ex)
        {
            await Console.Error.WriteLineAsync($"keeper: no node answers on Keeper:RpcUrl ({ex.Message}); start the node or point --Keeper:RpcUrl=… at it").ConfigureAwait(false);
            return 1;
        }
    }

    /// <summary>appsettings.json (next to the binary, then the working directory), env, then --Keeper:X=… tokens; unknown settings refused.</summary>
    internal static IConfiguration Configure(IReadOnlyList<string> tokens) => KeeperSettings.Load(tokens);

    internal static KeeperOptions Options(IConfiguration configuration)
    {
        var options = new KeeperOptions();
        configuration.GetSection(KeeperOptions.Section).Bind(options);
        var result = new KeeperOptionsValidator().Validate(null, options);
        if (result.Failed) throw new OptionsValidationException(KeeperOptions.Section, typeof(KeeperOptions), result.Failures);
        return options;
    }

    internal static DeploymentFile LoadDeployment(KeeperOptions o)
    {
        var path = o.DeploymentPath is { Length: > 0 } p ? p : DeploymentFile.PathFor(RepositoryRoot.TryFind(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory(), o.Network);
        if (!File.Exists(path))
            throw new InvalidOperationException($"Keeper:Network '{o.Network}': {path} not found; deploy first (margin-insurance deploy / scripts/demo) or set Keeper:DeploymentPath");
        return DeploymentFile.Load(path);
    }


    internal static Account LoadKey(KeeperOptions o, long chainId) =>
        o.KeystorePath is { Length: > 0 } ks
            ? AccountLoader.FromKeystore(ks, o.KeystorePasswordVariable, chainId)
            : AccountLoader.FromEnvironment(chainId, o.PrivateKeyVariable);

    private static async Task<int> RunKeeperAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var o = Options(configuration);
        var deployment = LoadDeployment(o);
        var account = LoadKey(o, deployment.ChainId);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(configuration);
        builder.Services.AddSingleton<IValidateOptions<KeeperOptions>, KeeperOptionsValidator>();
        builder.Services.AddOptions<KeeperOptions>().Bind(configuration.GetSection(KeeperOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton(deployment).AddSingleton(account).AddSingleton<KeeperMetrics>().AddSingleton<EngineHolder>();
        MarginCalls.MarginCallWebhook.AddClient(builder.Services);
        builder.Services.AddHostedService<KeeperWorker>();
        builder.Services.AddSingleton<Dashboard.IKeeperStatusProvider, KeeperDashboardStatus>();
        builder.Services.AddSingleton<Dashboard.IKeeperMarginCalls, KeeperMarginCalls>();
        if (o.Dashboard)
        {
            builder.Services.AddMarginDashboard(d =>
            {
                d.RpcUrl = o.RpcUrl;
                d.Deployment = deployment;
            });
        }

        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(20));
        // A start-up failure (port taken) is reported as one "keeper: …" line by Guarded; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        if (o.HttpUrl is { Length: > 0 }) builder.WebHost.UseUrls(o.HttpUrl);
        else builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        app.MapGet("/metrics", async (KeeperMetrics m, HttpContext ctx) =>
        {
            ctx.Response.ContentType = "text/plain; version=0.0.4";
            await ctx.Response.WriteAsync(await m.ExportAsync(ctx.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false);
        });
        app.MapGet("/health", (EngineHolder h) =>
            h.Healthy
                ? Results.Ok(new { status = "ok", lastTick = h.LastTickAt })
                : Results.Json(new { status = "unhealthy", lastTick = h.LastTickAt, error = h.LastError ?? (h.Engine is null ? "starting" : "no tick for 60 s") }, statusCode: 503));
        app.MapGet("/status", (EngineHolder h) => h.Engine is { } e
            ? Results.Json(new KeeperStatusDocument(e.Status(), h.Risk?.LastDecisions, h.LastError), json)
            : Results.Json(new KeeperStatusDocument(null, null, h.LastError ?? "starting"), json, statusCode: 503));
        if (o.Dashboard) app.MapMarginDashboard("/");
        app.Logger.LogInformation("keeper {Address} starting; metrics on {Url}/metrics, dashboard on {Url}/", account.Address, o.HttpUrl, o.HttpUrl);
        var holder = app.Services.GetRequiredService<EngineHolder>(); // RunAsync disposes the services
        try
        {
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new KeeperFatalException($"Keeper:HttpUrl {o.HttpUrl}: the port is already in use (another keeper?); stop that process or choose a free port, e.g. --Keeper:HttpUrl=http://127.0.0.1:9465", ex);
        }

        if (holder.Fatal is { } fatal) throw fatal;
        return 0;
    }

    private static async Task<int> ScanAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var o = Options(configuration);
        o.DryRun = true;
        var deployment = LoadDeployment(o);
        using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        var readOnly = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), deployment.ChainId);
        using var engine = await KeeperEngine.StartAsync(o, deployment, readOnly, loggerFactory.CreateLogger("scan"), cancellationToken: cancellationToken).ConfigureAwait(false);
        Console.Error.WriteLine($"indexing accounts from block {deployment.DeploymentBlock} (state {o.StatePath}) …");
        var head = await engine.IndexAsync(cancellationToken).ConfigureAwait(false);
        var accounts = engine.Store.Accounts();
        var reader = new OffChainMarginReader(engine.Web3, deployment);
        var rows = new List<OffChainAccount>(accounts.Count);
        const int page = 1000;
        for (var i = 0; i < accounts.Count; i += page)
        {
            var chunk = accounts.Skip(i).Take(page).ToList();
            rows.AddRange((await reader.ReadAsync(chunk, head, cancellationToken).ConfigureAwait(false)).Accounts);
            Console.Error.Write($"\rread {Math.Min(i + page, accounts.Count)}/{accounts.Count} accounts at block {head}");
        }

        Console.Error.WriteLine();
        string Fmt(BigInteger? raw) => raw is { } r ? engine.Funds.Base(r) : "-";
        Console.WriteLine($"{"account",-52} {"health",10} {"debt",16} {"liq. capacity",16} {"util.",8}");
        foreach (var a in rows.OrderBy(a => a.ChainHealth ?? BigInteger.Zero))
        {
            var s = a.Snapshot;
            var health = s is null ? "n/a" : s.Debt.IsZero ? "∞" : new Wad(s.Health).ToString();
            var flag = s is { } x && !x.Debt.IsZero && x.Health < WadMath.WAD ? "  LIQUIDATABLE" : s is { } y && !y.Debt.IsZero && y.Health < new BigInteger(o.WarningHealth * 1_000_000m) * BigInteger.Pow(10, 12) ? "  margin call" : a.Problem is { } p ? "  " + p : "";
            Console.WriteLine($"{a.Account,-52} {health,10} {Fmt(s?.Debt),16} {Fmt(s?.LiquidationCapacity),16} {(s is null || s.Debt.IsZero ? "-" : (new Wad(s.Utilization).ToDouble() * 100).ToString("N2", CultureInfo.InvariantCulture) + "%"),8}{flag}");
        }

        Console.WriteLine($"{rows.Count} accounts at block {head}; {engine.Rpc.Count} RPC calls");
        return 0;
    }



    private static async Task<int> StatusAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var o = Options(configuration);
        if (o.HttpUrl is { Length: > 0 })
        {
            try
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
                Console.WriteLine(await http.GetStringAsync(new Uri(new Uri(o.HttpUrl), "/status"), cancellationToken).ConfigureAwait(false));
                return 0;
            }
            catch (HttpRequestException)
            {
                Console.Error.WriteLine($"no keeper answering on {o.HttpUrl}; reading {o.StatePath}");
            }
        }

        if (!State.KeeperStores.IsPostgres(o) && !File.Exists(o.StatePath))
        {
            Console.Error.WriteLine($"no state file at {o.StatePath}: the keeper has not run with Keeper:StatePath={o.StatePath}");
            return 1;
        }

        using var store = State.KeeperStores.Open(o, o.InstanceId ?? "status");
        var status = new
        {
            provider = store.Provider,
            lastIndexedBlock = store.LastBlock?.ToString(CultureInfo.InvariantCulture),
            accountsWatched = store.Accounts().Count,
            marginCalls = store.MarginCalls(openOnly: true),
            transactions = store.TxCounts(),
            won = store.Counter("won").ToString(CultureInfo.InvariantCulture),
            lost = store.Counter("lost").ToString(CultureInfo.InvariantCulture),
            recent = store.RecentTxs(10).Select(t => new { Kind = State.TxStoredNames.Stored(t.Kind), t.Nonce, t.Hash, Status = State.TxStoredNames.Stored(t.Status), t.Owner, t.SubId, t.Detail }),
        };
        Console.WriteLine(JsonSerializer.Serialize(status, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    private static async Task<int> LiquidateOneAsync(IConfiguration configuration, string owner, string subId, CancellationToken cancellationToken)
    {
        var o = Options(configuration);
        var deployment = LoadDeployment(o);
        var account = LoadKey(o, deployment.ChainId);
        using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(c => c.SingleLine = true));
        using var engine = await KeeperEngine.StartAsync(o, deployment, account, loggerFactory.CreateLogger("keeper"), cancellationToken: cancellationToken).ConfigureAwait(false);
        var target = new AccountId(Address.Require(owner, "OWNER"), BigInteger.Parse(subId, CultureInfo.InvariantCulture));
        var result = await engine.LiquidateOneAsync(target, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(result);
        return result.StartsWith("won", StringComparison.Ordinal) ? 0 : 1;
    }
}
