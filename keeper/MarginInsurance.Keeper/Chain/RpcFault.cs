using Nethereum.JsonRpc.Client;

namespace MarginInsurance.Keeper.Chain;

/// <summary>Kinds of transport fault the resilient client tells apart (metric label <c>kind</c> of <c>keeper_rpc_faults_total</c>).</summary>
public enum RpcFaultKind
{
    /// <summary>No answer within <c>Keeper:RpcTimeoutSeconds</c>.</summary>
    Timeout,

    /// <summary>An HTTP error status (5xx, 429, …) without a JSON-RPC answer in the body.</summary>
    Http,

    /// <summary>A 2xx answer that is not a JSON-RPC response (truncated, HTML, wrong id).</summary>
    Malformed,

    /// <summary>Connection refused, reset or closed before the whole answer arrived.</summary>
    Dropped,

    /// <summary>The endpoint answers but its head stopped while another endpoint is ahead.</summary>
    Stall,

    /// <summary>The endpoint's circuit breaker is open; the call was not sent.</summary>
    CircuitOpen,
}

/// <summary>
/// A transport fault: the request may or may not have reached the node, and no JSON-RPC answer came back. Retried and
/// failed over by <see cref="ResilientRpcClient"/>; thrown to the caller once the retries are spent. Derives from
/// <see cref="RpcClientUnknownException"/> so code that handles Nethereum's transport errors keeps working.
/// </summary>
public sealed class RpcTransportException(RpcFaultKind kind, string endpoint, string message, Exception? inner = null)
    : RpcClientUnknownException($"{message} ({kind} at {endpoint})", inner!)
{
    /// <summary>What went wrong.</summary>
    public RpcFaultKind Kind { get; } = kind;

    /// <summary>The endpoint's redacted name (scheme, host and port).</summary>
    public string Endpoint { get; } = endpoint;

    /// <summary>Metric label of a fault kind.</summary>
    public static string Label(RpcFaultKind kind) => kind switch
    {
        RpcFaultKind.Timeout => "timeout",
        RpcFaultKind.Http => "http",
        RpcFaultKind.Malformed => "malformed",
        RpcFaultKind.Dropped => "dropped",
        RpcFaultKind.Stall => "stall",
        _ => "circuit_open",
    };
}

/// <summary>A body that is not a JSON-RPC answer; <see cref="RpcEndpoint"/> turns it into a <see cref="RpcFaultKind.Malformed"/> fault.</summary>
public sealed class MalformedAnswerException(string message, Exception? inner = null) : Exception(message, inner);
