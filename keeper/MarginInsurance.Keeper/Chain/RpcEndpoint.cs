using System.Net.Http.Headers;
using System.Numerics;
using System.Text;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace MarginInsurance.Keeper.Chain;

/// <summary>
/// One JSON-RPC URL: its HTTP client, its circuit breaker and per-attempt timeout, and what it last said the head was
/// (for stall detection). Classifies every failure as an <see cref="RpcTransportException"/> of one <see cref="RpcFaultKind"/>.
/// </summary>
public sealed class RpcEndpoint : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _pipeline;
    private readonly CircuitBreakerStateProvider _circuit = new();
    private readonly Lock _lock = new();
    private BigInteger _head = -1;
    private DateTimeOffset _headAdvancedAt;

    /// <summary>Creates the endpoint; <paramref name="onCircuitOpened"/> is told when its breaker opens.</summary>
    public RpcEndpoint(int index, Uri url, RpcResilienceSettings settings, Action<RpcEndpoint>? onCircuitOpened = null)
    {
        Index = index;
        Url = url;
        Name = $"#{index} {url.Scheme}://{url.Host}:{url.Port}";
        _http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = settings.Timeout,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _pipeline = RpcResilience.CreateEndpoint(settings, _circuit, _ =>
        {
            onCircuitOpened?.Invoke(this);
            return ValueTask.CompletedTask;
        });
    }

    /// <summary>Position in the configured list (0 = <c>Keeper:RpcUrl</c>, then <c>Keeper:FallbackRpcUrls</c>).</summary>
    public int Index { get; }

    /// <summary>The URL (may hold an API key: never log it, log <see cref="Name"/>).</summary>
    public Uri Url { get; }

    /// <summary>Index, scheme, host and port: safe to log.</summary>
    public string Name { get; }

    /// <summary>State of the endpoint's circuit breaker.</summary>
    public CircuitState Circuit => _circuit.CircuitState;

    /// <summary>Until when the endpoint is skipped as stalled.</summary>
    public DateTimeOffset StalledUntil { get; set; }

    /// <summary>Last eth_blockNumber answer seen from this endpoint (-1 before any).</summary>
    public BigInteger Head
    {
        get { lock (_lock) return _head; }
    }

    /// <summary>When the endpoint last answered with the eth_blockNumber above <see cref="Head"/>.</summary>
    public DateTimeOffset HeadAdvancedAt
    {
        get { lock (_lock) return _headAdvancedAt; }
    }

    /// <summary>When this endpoint was last checked for a stall (probes are at most one per stall period).</summary>
    public DateTimeOffset LastStallProbe { get; set; }

    /// <summary>Records an eth_blockNumber answer.</summary>
    public void ObserveHead(BigInteger head, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (head <= _head) return;
            _head = head;
            _headAdvancedAt = now;
        }
    }

    /// <summary>
    /// POSTs <paramref name="json"/> through the breaker and timeout and parses the answer with <paramref name="parse"/>
    /// (which throws a <see cref="RpcFaultKind.Malformed"/> fault for a body that is not a JSON-RPC answer).
    /// </summary>
    public async Task<T> SendAsync<T>(string json, Func<string, T> parse, CancellationToken cancellationToken = default)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct => await PostAsync(json, parse, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new RpcTransportException(RpcFaultKind.Timeout, Name, $"no answer within {ex.Timeout.TotalSeconds:0.###} s", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new RpcTransportException(RpcFaultKind.CircuitOpen, Name, "circuit open after repeated faults", ex);
        }
    }

    private async ValueTask<T> PostAsync<T>(string json, Func<string, T> parse, CancellationToken ct)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        HttpResponseMessage response;
        try
        {
            response = await _http.PostAsync(Url, content, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new RpcTransportException(RpcFaultKind.Dropped, Name, $"request failed: {ex.HttpRequestError}", ex);
        }

        using (response)
        {
            string body;
            try
            {
                body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                throw new RpcTransportException(RpcFaultKind.Dropped, Name, "connection closed while reading the answer", ex);
            }

            try
            {
                // Some nodes answer JSON-RPC errors with a 4xx/5xx status: that is the node's answer, not a transport fault.
                return parse(body);
            }
            catch (MalformedAnswerException ex) when (response.IsSuccessStatusCode)
            {
                throw new RpcTransportException(RpcFaultKind.Malformed, Name, ex.Message, ex);
            }
            catch (MalformedAnswerException ex)
            {
                throw new RpcTransportException(RpcFaultKind.Http, Name, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", ex);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
