using System.Diagnostics;
using Nethereum.JsonRpc.Client;

namespace MarginInsurance.Keeper.Chain;

/// <summary>Counts and times every JSON-RPC request (metrics, and the per-scan RPC count reported by the tests).</summary>
public sealed class CountingInterceptor(KeeperMetrics metrics) : RequestInterceptor
{
    private long _count;

    /// <summary>Requests made so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    public override Task<object> InterceptSendRequestAsync<T>(Func<RpcRequest, string, Task<T>> interceptedSendRequestAsync, RpcRequest request, string? route = null) =>
        Measure(request.Method, async () => (object)(await interceptedSendRequestAsync(request, route!).ConfigureAwait(false))!);

    public override Task<object> InterceptSendRequestAsync<T>(Func<string, string, object[], Task<T>> interceptedSendRequestAsync, string method, string? route = null, params object[] paramList) =>
        Measure(method, async () => (object)(await interceptedSendRequestAsync(method, route!, paramList).ConfigureAwait(false))!);

    private async Task<object> Measure(string method, Func<Task<object>> send)
    {
        Interlocked.Increment(ref _count);
        metrics.RpcCalls.WithLabels(method).Inc();
        var sw = Stopwatch.StartNew();
        try
        {
            return await send().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcResponseException || !IsRevert((RpcResponseException)ex))
        {
            metrics.RpcErrors.WithLabels(method).Inc();
            throw;
        }
        finally
        {
            metrics.RpcLatency.WithLabels(method).Observe(sw.Elapsed.TotalSeconds);
        }
    }

    private static bool IsRevert(RpcResponseException ex) =>
        ex.RpcError?.Data is not null || (ex.Message?.Contains("revert", StringComparison.OrdinalIgnoreCase) ?? false);
}
