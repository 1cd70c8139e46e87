using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarginInsurance.Keeper.Tests.Faults;

/// <summary>What the proxy did to one request.</summary>
public enum InjectedFault
{
    /// <summary>Forwarded after an added delay.</summary>
    Latency,

    /// <summary>Forwarded, then the answer held back until the client gives up (then the connection is dropped).</summary>
    Hang,

    /// <summary>Answered 502 or 503 with an HTML body, not forwarded.</summary>
    ServerError,

    /// <summary>Forwarded, answered 200 with the node's body cut in half.</summary>
    Malformed,

    /// <summary>Connection dropped before forwarding (the node never saw the request).</summary>
    DropBeforeForward,

    /// <summary>Forwarded, then the connection dropped instead of answering (the node did see it).</summary>
    DropAfterForward,

    /// <summary>eth_blockNumber answered with the frozen head.</summary>
    Stall,

    /// <summary>Dropped because the proxy plays a dead node.</summary>
    Dead,
}

/// <summary>Rates (0..1) of the faults the proxy injects, each request rolled independently with the proxy's seeded random.</summary>
public sealed record FaultProfile(
    double Drop = 0, double ServerError = 0, double Malformed = 0, double Hang = 0, double Latency = 0,
    int LatencyMinMilliseconds = 20, int LatencyMaxMilliseconds = 150, int HangMilliseconds = 10_000)
{
    /// <summary>Every request forwarded untouched.</summary>
    public static FaultProfile None { get; } = new();
}

/// <summary>
/// HTTP JSON-RPC proxy on a free loopback port in front of a node, injecting switchable, seeded-random faults: added
/// latency, hangs past the client's timeout, HTTP 502/503, truncated JSON, connections dropped before or after the node
/// saw the request, a dead node (every connection dropped), and a stalled node (eth_blockNumber frozen at one block while
/// every other method is still served by the node). Counts every fault it injected.
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly Uri _target;
    private readonly Random _random;
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<InjectedFault, int> _injected = new();
    private long _requests;
    private BigInteger? _frozenHead;

    private FaultProxy(WebApplication app, string upstream, int seed)
    {
        _app = app;
        _target = new Uri(upstream);
        _random = new Random(seed);
    }

    /// <summary>The proxy's URL (point the keeper's Keeper:RpcUrl here).</summary>
    public string Url { get; private set; } = string.Empty;

    /// <summary>Faults injected from now on.</summary>
    public FaultProfile Profile { get; set; } = FaultProfile.None;

    /// <summary>Play a dead node: every connection is dropped before forwarding.</summary>
    public bool Dead { get; set; }

    /// <summary>Requests received.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Faults injected so far, by kind.</summary>
    public IReadOnlyDictionary<InjectedFault, int> Injected => new Dictionary<InjectedFault, int>(_injected);

    /// <summary>How many of <paramref name="fault"/> were injected.</summary>
    public int Count(InjectedFault fault) => _injected.GetValueOrDefault(fault);

    /// <summary>Faults injected, latency excluded.</summary>
    public int HardFaults => _injected.Where(f => f.Key != InjectedFault.Latency).Sum(f => f.Value);

    /// <summary>One line for the test output.</summary>
    public string Summary => $"{Requests} requests; injected {string.Join(", ", _injected.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))}";

    /// <summary>Starts a proxy in front of <paramref name="upstream"/>; <paramref name="seed"/> makes the fault rolls repeatable.</summary>
    public static async Task<FaultProxy> StartAsync(string upstream, int seed)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var proxy = new FaultProxy(app, upstream, seed);
        app.Run(proxy.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        proxy.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return proxy;
    }

    /// <summary>Freezes eth_blockNumber at the node's current head (everything else is still forwarded).</summary>
    public async Task<BigInteger> StallAsync()
    {
        var answer = await ForwardAsync("""{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}""", CancellationToken.None).ConfigureAwait(false);
        var hex = JsonNode.Parse(answer.Body)!["result"]!.GetValue<string>();
        var head = BigInteger.Parse("0" + hex[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        _frozenHead = head;
        return head;
    }

    /// <summary>Un-freezes eth_blockNumber.</summary>
    public void Resume() => _frozenHead = null;

    private async Task HandleAsync(HttpContext ctx)
    {
        Interlocked.Increment(ref _requests);
        string request;
        using (var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8))
            request = await reader.ReadToEndAsync(ctx.RequestAborted).ConfigureAwait(false);

        if (Dead)
        {
            Inject(InjectedFault.Dead);
            ctx.Abort();
            return;
        }

        if (_frozenHead is { } frozen && TryMethod(request, out var method, out var id) && method == "eth_blockNumber")
        {
            Inject(InjectedFault.Stall);
            await WriteAsync(ctx, 200, $$"""{"jsonrpc":"2.0","id":{{id}},"result":"0x{{frozen.ToString("x", CultureInfo.InvariantCulture).TrimStart('0').PadLeft(1, '0')}}"}""", "application/json").ConfigureAwait(false);
            return;
        }

        var (fault, delay) = Roll();
        switch (fault)
        {
            case InjectedFault.DropBeforeForward:
                Inject(fault);
                ctx.Abort();
                return;
            case InjectedFault.ServerError:
                Inject(fault);
                var status = delay % 2 == 0 ? 502 : 503;
                await WriteAsync(ctx, status, $"<html><body><h1>{status} {(status == 502 ? "Bad Gateway" : "Service Unavailable")}</h1></body></html>", "text/html").ConfigureAwait(false);
                return;
        }

        if (fault == InjectedFault.Latency)
        {
            Inject(fault);
            await Task.Delay(delay, ctx.RequestAborted).ConfigureAwait(false);
        }

        var answer = await ForwardAsync(request, ctx.RequestAborted).ConfigureAwait(false);
        switch (fault)
        {
            case InjectedFault.DropAfterForward:
                Inject(fault);
                ctx.Abort();
                return;
            case InjectedFault.Hang:
                Inject(fault);
                try
                {
                    await Task.Delay(Profile.HangMilliseconds, ctx.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // the client gave up, as it should
                }

                ctx.Abort();
                return;
            case InjectedFault.Malformed:
                Inject(fault);
                await WriteAsync(ctx, 200, answer.Body[..(answer.Body.Length / 2)], "application/json").ConfigureAwait(false);
                return;
            default:
                await WriteAsync(ctx, answer.Status, answer.Body, answer.ContentType).ConfigureAwait(false);
                return;
        }
    }

    private (InjectedFault? Fault, int Delay) Roll()
    {
        var p = Profile;
        lock (_lock)
        {
            var r = _random.NextDouble();
            var delay = _random.Next(p.LatencyMinMilliseconds, p.LatencyMaxMilliseconds + 1);
            if ((r -= p.Drop) < 0) return (_random.Next(2) == 0 ? InjectedFault.DropBeforeForward : InjectedFault.DropAfterForward, delay);
            if ((r -= p.ServerError) < 0) return (InjectedFault.ServerError, delay);
            if ((r -= p.Malformed) < 0) return (InjectedFault.Malformed, delay);
            if ((r -= p.Hang) < 0) return (InjectedFault.Hang, delay);
            if ((r -= p.Latency) < 0) return (InjectedFault.Latency, delay);
            return (null, delay);
        }
    }

    private void Inject(InjectedFault? fault)
    {
        if (fault is { } f) _injected.AddOrUpdate(f, 1, (_, n) => n + 1);
    }

    private static bool TryMethod(string request, out string? method, out string id)
    {
        method = null;
        id = "null";
        try
        {
            if (JsonNode.Parse(request) is not JsonObject obj) return false;
            method = obj["method"]?.GetValue<string>();
            id = obj["id"]?.ToJsonString() ?? "null";
            return method is not null;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private async Task<(int Status, string Body, string ContentType)> ForwardAsync(string request, CancellationToken cancellationToken)
    {
        using var content = new StringContent(request, Encoding.UTF8, "application/json");
        using var response = await _upstream.PostAsync(_target, content, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return ((int)response.StatusCode, body, response.Content.Headers.ContentType?.ToString() ?? "application/json");
    }

    private static async Task WriteAsync(HttpContext ctx, int status, string body, string contentType)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        await ctx.Response.WriteAsync(body, ctx.RequestAborted).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Dead = true;
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
            await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _upstream.Dispose();
    }
}
