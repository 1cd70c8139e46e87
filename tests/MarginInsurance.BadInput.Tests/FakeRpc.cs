using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace MarginInsurance.BadInput.Tests;

/// <summary>What the fake node answers to one JSON-RPC request: HTTP status and raw body.</summary>
public readonly record struct RpcReply(int Status, string Body)
{
    public static RpcReply Result(JsonElement? id, string resultJson) =>
        new(200, $"{{\"jsonrpc\":\"2.0\",\"id\":{Id(id)},\"result\":{resultJson}}}");

    public static RpcReply Error(JsonElement? id, int code, string message) =>
        new(200, $"{{\"jsonrpc\":\"2.0\",\"id\":{Id(id)},\"error\":{{\"code\":{code},\"message\":{JsonSerializer.Serialize(message)}}}}}");

    private static string Id(JsonElement? id) => id?.GetRawText() ?? "null";
}

/// <summary>
/// A tiny JSON-RPC server on 127.0.0.1 (free port) whose answers the test scripts. It counts every
/// request by method, so a test can prove that nothing was sent (no eth_sendRawTransaction).
/// </summary>
public sealed class FakeRpc : IDisposable
{
    public const long ChainId = 31337;

    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private int _total;

    public FakeRpc()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = MarginInsurance.LocalChain.FreeTcpPort.Next();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(Url);
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
            }
        }

        _ = Task.Run(LoopAsync);
    }

    public string Url { get; }

    /// <summary>Answers a request (method, id); the default is a healthy node on chain 31337 that knows nothing else.</summary>
    public Func<string, JsonElement?, RpcReply> Respond { get; set; } = Healthy;

    public int Total => Volatile.Read(ref _total);

    public int Count(string method) => _counts.TryGetValue(method, out var n) ? n : 0;

    /// <summary>Transactions the client tried to send.</summary>
    public int Sent => Count("eth_sendRawTransaction") + Count("eth_sendTransaction");

    public static RpcReply Healthy(string method, JsonElement? id) => method switch
    {
        "eth_chainId" => RpcReply.Result(id, $"\"0x{ChainId:x}\""),
        "net_version" => RpcReply.Result(id, $"\"{ChainId}\""),
        _ => RpcReply.Error(id, -32601, $"the fake node does not serve {method}"),
    };

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            string body;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync().ConfigureAwait(false);
            }

            var (method, id) = Parse(body);
            Interlocked.Increment(ref _total);
            _counts.AddOrUpdate(method, 1, (_, n) => n + 1);
            var reply = Respond(method, id);
            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
        }
    }

    private static (string Method, JsonElement? Id) Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement[0] : doc.RootElement;
            var method = root.TryGetProperty("method", out var m) ? m.GetString() ?? "?" : "?";
            JsonElement? id = root.TryGetProperty("id", out var i) ? i.Clone() : null;
            return (method, id);
        }
        catch (JsonException)
        {
            return ("?", null);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
