using System.Collections.Concurrent;
using System.Numerics;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.JsonRpc.Client.RpcMessages;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using RpcError = Nethereum.JsonRpc.Client.RpcError;

namespace MarginInsurance.Keeper.Chain;

/// <summary>What the resilient client has done so far (for tests and the status page).</summary>
public sealed record RpcResilienceStats(long Retries, long Failovers, int ActiveEndpoint, IReadOnlyDictionary<string, long> Faults)
{
    /// <summary>Faults of every kind.</summary>
    public long TotalFaults => Faults.Values.Sum();

    /// <summary>One line for logs and test output.</summary>
    public override string ToString() =>
        $"retries {Retries}, failovers {Failovers}, active endpoint #{ActiveEndpoint}, faults {TotalFaults} ({string.Join(", ", Faults.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value}"))})";
}

/// <summary>
/// Nethereum <see cref="IClient"/> over one or more JSON-RPC URLs (<c>Keeper:RpcUrl</c>, then <c>Keeper:FallbackRpcUrls</c>).
/// Every request goes through a Polly retry (exponential backoff, jitter) of transport faults only — timeouts, HTTP
/// errors, malformed bodies, dropped connections — and each endpoint has its own circuit breaker and per-attempt
/// timeout. After <c>Keeper:RpcFailoverAfterFailures</c> consecutive faults (or an open circuit) the client switches to
/// the next endpoint and stays there. A JSON-RPC error answer (revert, "nonce too low", …) is never retried or failed
/// over. A node that answers but whose eth_blockNumber stops moving for <c>Keeper:StallSeconds</c> while another
/// endpoint reports a higher block is treated as stalled: the client switches to the one ahead.
/// </summary>
public sealed class ResilientRpcClient : ClientBase, IDisposable
{
    private static readonly ResiliencePropertyKey<string> MethodKey = new("rpc.method");
    private readonly RpcEndpoint[] _endpoints;
    private readonly RpcResilienceSettings _settings;
    private readonly KeeperMetrics _metrics;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _retry;
    private readonly JsonSerializerSettings _jsonSettings = DefaultJsonSerializerSettingsFactory.BuildDefaultJsonSerializerSettings();
    private readonly JsonSerializer _json;
    private readonly ConcurrentDictionary<string, long> _faults = new();
    private readonly Lock _lock = new();
    private int _active;
    private int _consecutiveFailures;
    private long _retries;
    private long _failovers;

    /// <summary>Creates the client; <paramref name="urls"/>[0] is the primary.</summary>
    public ResilientRpcClient(IReadOnlyList<string> urls, RpcResilienceSettings settings, KeeperMetrics metrics, ILogger logger, TimeProvider? time = null)
    {
        if (urls.Count == 0) throw new ArgumentException("at least one RPC URL is needed", nameof(urls));
        _settings = settings;
        _metrics = metrics;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _json = JsonSerializer.Create(_jsonSettings);
        _endpoints = urls.Select((u, i) => new RpcEndpoint(i, new Uri(u), settings, OnCircuitOpened)).ToArray();
        _retry = RpcResilience.CreateRetry(settings, OnRetry);
        _metrics.RpcActiveEndpoint.Set(0);
    }

    /// <summary>The endpoints, primary first.</summary>
    public IReadOnlyList<RpcEndpoint> Endpoints => _endpoints;

    /// <summary>The endpoint requests go to now.</summary>
    public RpcEndpoint Active
    {
        get { lock (_lock) return _endpoints[_active]; }
    }

    /// <summary>Retries, failovers and faults so far.</summary>
    public RpcResilienceStats Stats => new(Interlocked.Read(ref _retries), Interlocked.Read(ref _failovers), Active.Index, new Dictionary<string, long>(_faults));

    /// <inheritdoc />
    public override async Task<RpcResponseMessage> SendAsync(RpcRequestMessage request, string? route = null)
    {
        var json = JsonConvert.SerializeObject(request, _jsonSettings);
        var (response, endpoint) = await ExecuteAsync(request.Method, json, body => ParseSingle(body, request.Id)).ConfigureAwait(false);
        if (request.Method == "eth_blockNumber" && !response.HasError)
            return await CheckStallAsync(endpoint, response, json, request.Id).ConfigureAwait(false);
        return response;
    }

    /// <inheritdoc />
    protected override async Task<RpcResponseMessage[]> SendAsync(RpcRequestMessage[] requests)
    {
        var json = JsonConvert.SerializeObject(requests, _jsonSettings);
        var (responses, _) = await ExecuteAsync("batch", json, ParseBatch).ConfigureAwait(false);
        return responses;
    }

    private async Task<(T Result, RpcEndpoint Endpoint)> ExecuteAsync<T>(string method, string json, Func<string, T> parse)
    {
        var context = ResilienceContextPool.Shared.Get();
        context.Properties.Set(MethodKey, method);
        try
        {
            return await _retry.ExecuteAsync(async ctx =>
            {
                var endpoint = Active;
                try
                {
                    var result = await endpoint.SendAsync(json, parse, ctx.CancellationToken).ConfigureAwait(false);
                    OnSuccess(endpoint);
                    return (result, endpoint);
                }
                catch (RpcTransportException ex)
                {
                    OnFault(endpoint, ex.Kind);
                    throw;
                }
            }, context).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ValueTask OnRetry(OnRetryArguments<object> args)
    {
        var method = args.Context.Properties.GetValue(MethodKey, "?");
        Interlocked.Increment(ref _retries);
        _metrics.RpcRetries.WithLabels(method).Inc();
        _logger.LogWarning("RPC {Method} failed: {Error}; retry {Attempt} in {Delay} ms on {Endpoint}",
            method, args.Outcome.Exception?.Message, args.AttemptNumber + 1, (int)args.RetryDelay.TotalMilliseconds, Active.Name);
        return ValueTask.CompletedTask;
    }

    private void OnSuccess(RpcEndpoint endpoint)
    {
        lock (_lock)
        {
            if (_endpoints[_active] == endpoint) _consecutiveFailures = 0;
        }
    }

    private void OnFault(RpcEndpoint endpoint, RpcFaultKind kind)
    {
        Count(kind);
        lock (_lock)
        {
            if (_endpoints[_active] != endpoint || _endpoints.Length < 2) return;
            _consecutiveFailures++;
            if (kind != RpcFaultKind.CircuitOpen && _consecutiveFailures < _settings.FailoverAfterFailures) return;
            SwitchLocked(NextLocked(), $"{_consecutiveFailures} consecutive faults, last {RpcTransportException.Label(kind)}");
        }
    }

    private void OnCircuitOpened(RpcEndpoint endpoint) =>
        _logger.LogWarning("RPC endpoint {Endpoint}: circuit opened for {Seconds} s after repeated faults", endpoint.Name, _settings.BreakDuration.TotalSeconds);

    private void Count(RpcFaultKind kind)
    {
        var label = RpcTransportException.Label(kind);
        _faults.AddOrUpdate(label, 1, (_, n) => n + 1);
        _metrics.RpcFaults.WithLabels(label).Inc();
    }

    /// <summary>The next endpoint after the active one that is neither open-circuited nor quarantined as stalled (else simply the next).</summary>
    private int NextLocked()
    {
        var now = _time.GetUtcNow();
        for (var step = 1; step < _endpoints.Length; step++)
        {
            var candidate = _endpoints[(_active + step) % _endpoints.Length];
            if (candidate.Circuit != CircuitState.Open && candidate.StalledUntil <= now) return candidate.Index;
        }

        return (_active + 1) % _endpoints.Length;
    }

    private void SwitchLocked(int to, string reason)
    {
        var from = _endpoints[_active];
        _active = to;
        _consecutiveFailures = 0;
        Interlocked.Increment(ref _failovers);
        _metrics.RpcFailovers.WithLabels(reason.StartsWith("stall", StringComparison.Ordinal) ? "stall" : "faults").Inc();
        _metrics.RpcActiveEndpoint.Set(to);
        _logger.LogWarning("RPC failover from {From} to {To}: {Reason}", from.Name, _endpoints[to].Name, reason);
    }

    /// <summary>
    /// Records the head <paramref name="endpoint"/> reported. If it has not moved for <c>Keeper:StallSeconds</c>, asks the
    /// other endpoints (at most once per stall period); when one is ahead, the stalled one is quarantined, the client
    /// switches to the one ahead and returns its answer.
    /// </summary>
    private async Task<RpcResponseMessage> CheckStallAsync(RpcEndpoint endpoint, RpcResponseMessage response, string json, object id)
    {
        if (!TryHead(response, out var head)) return response;
        var now = _time.GetUtcNow();
        endpoint.ObserveHead(head, now);
        if (_settings.Stall <= TimeSpan.Zero || _endpoints.Length < 2) return response;
        if (now - endpoint.HeadAdvancedAt < _settings.Stall || now - endpoint.LastStallProbe < _settings.Stall) return response;
        endpoint.LastStallProbe = now;

        foreach (var other in _endpoints.Where(e => e != endpoint && e.Circuit != CircuitState.Open))
        {
            RpcResponseMessage probe;
            try
            {
                probe = await other.SendAsync(json, body => ParseSingle(body, id)).ConfigureAwait(false);
            }
            catch (RpcTransportException ex)
            {
                _logger.LogDebug("stall probe of {Endpoint} failed: {Error}", other.Name, ex.Message);
                continue;
            }

            if (!TryHead(probe, out var otherHead)) continue;
            other.ObserveHead(otherHead, now);
            if (otherHead <= head) continue;

            Count(RpcFaultKind.Stall);
            endpoint.StalledUntil = now + _settings.StallQuarantine;
            _logger.LogWarning("RPC endpoint {Endpoint} stalled: head {Head} unchanged for {Seconds:0.#} s while {Other} is at {OtherHead}",
                endpoint.Name, head, (now - endpoint.HeadAdvancedAt).TotalSeconds, other.Name, otherHead);
            lock (_lock)
            {
                if (_endpoints[_active] == endpoint) SwitchLocked(other.Index, $"stall at block {head} ({other.Name} at {otherHead})");
            }

            return probe;
        }

        return response;
    }

    private static bool TryHead(RpcResponseMessage response, out BigInteger head)
    {
        head = default;
        var hex = response.HasError ? null : response.Result switch
        {
            string s => s,
            JToken { Type: JTokenType.String } t => t.Value<string>(),
            _ => null,
        };
        if (hex is null) return false;
        try
        {
            head = new HexBigInteger(hex).Value;
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private RpcResponseMessage ParseSingle(string body, object? id)
    {
        var token = ParseJson(body);
        if (token is not JObject obj) throw Malformed("answer is not a JSON object");
        var response = ToResponse(obj);
        if (id is not null && obj["id"] is { } answered && !string.Equals(answered.ToString(), id.ToString(), StringComparison.Ordinal))
            throw Malformed($"answer id {answered} does not match request id {id}");
        return response;
    }

    private RpcResponseMessage[] ParseBatch(string body)
    {
        var token = ParseJson(body);
        if (token is JObject { } single && single["error"] is JObject error)
        {
            // the node refused the whole batch: its answer, not a transport fault
            throw new RpcResponseException(new RpcError(error.Value<int?>("code") ?? 0, error.Value<string>("message") ?? "batch rejected", error["data"]));
        }

        if (token is not JArray array) throw Malformed("batch answer is not a JSON array");
        return array.Select(item => item is JObject o ? ToResponse(o) : throw Malformed("batch item is not a JSON object")).ToArray();
    }

    private JToken ParseJson(string body)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(body));
            var token = _json.Deserialize<JToken>(reader) ?? throw Malformed("empty answer");
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment) throw Malformed("trailing data after the JSON answer");
            }

            return token;
        }
        catch (JsonException ex)
        {
            throw Malformed($"unparseable JSON: {ex.Message}", ex);
        }
    }

    private RpcResponseMessage ToResponse(JObject obj)
    {
        if (!obj.ContainsKey("result") && !obj.ContainsKey("error")) throw Malformed("answer has neither result nor error");
        try
        {
            return obj.ToObject<RpcResponseMessage>(_json) ?? throw Malformed("empty answer");
        }
        catch (JsonException ex)
        {
            throw Malformed($"not a JSON-RPC answer: {ex.Message}", ex);
        }
    }

    private static MalformedAnswerException Malformed(string message, Exception? inner = null) => new(message, inner);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var e in _endpoints) e.Dispose();
    }
}
