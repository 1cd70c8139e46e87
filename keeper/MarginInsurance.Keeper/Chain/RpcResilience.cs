using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace MarginInsurance.Keeper.Chain;

/// <summary>Resilience settings of the RPC client, read from <see cref="KeeperOptions"/>.</summary>
/// <param name="Timeout">Per-attempt timeout (<c>Keeper:RpcTimeoutSeconds</c>).</param>
/// <param name="Retries">Retries after the first attempt (<c>Keeper:RpcRetries</c>).</param>
/// <param name="RetryDelay">First backoff delay, doubled each retry, with jitter (<c>Keeper:RpcRetryDelayMilliseconds</c>).</param>
/// <param name="FailoverAfterFailures">Consecutive faults of the active endpoint that switch to the next (<c>Keeper:RpcFailoverAfterFailures</c>).</param>
/// <param name="BreakDuration">How long an endpoint's open circuit stays open (<c>Keeper:RpcCircuitBreakSeconds</c>).</param>
/// <param name="Stall">Head unchanged this long while another endpoint is ahead = stalled (<c>Keeper:StallSeconds</c>; zero disables).</param>
public sealed record RpcResilienceSettings(TimeSpan Timeout, int Retries, TimeSpan RetryDelay, int FailoverAfterFailures, TimeSpan BreakDuration, TimeSpan Stall)
{
    /// <summary>The settings of <paramref name="options"/>.</summary>
    public static RpcResilienceSettings From(KeeperOptions options) => new(
        TimeSpan.FromSeconds(options.RpcTimeoutSeconds),
        options.RpcRetries,
        TimeSpan.FromMilliseconds(options.RpcRetryDelayMilliseconds),
        options.RpcFailoverAfterFailures,
        TimeSpan.FromSeconds(options.RpcCircuitBreakSeconds),
        TimeSpan.FromSeconds(options.StallSeconds));

    /// <summary>How long a stalled endpoint is skipped when choosing where to fail over.</summary>
    public TimeSpan StallQuarantine => Stall * 10;
}

/// <summary>
/// The Polly pipelines of <see cref="ResilientRpcClient"/>: a retry (exponential backoff with jitter) around every call,
/// and per endpoint a circuit breaker around a per-attempt timeout. Only transport faults are handled: a JSON-RPC error
/// answer (revert, "nonce too low", …) is a success for these pipelines and reaches the caller at once.
/// </summary>
public static class RpcResilience
{
    /// <summary>Retry of transport faults; <paramref name="onRetry"/> sees each one before its backoff.</summary>
    public static ResiliencePipeline CreateRetry(RpcResilienceSettings settings, Func<OnRetryArguments<object>, ValueTask> onRetry) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(settings.Retries, 1),
                ShouldHandle = settings.Retries == 0 ? static _ => PredicateResult.False() : new PredicateBuilder().Handle<RpcTransportException>(),
                Delay = settings.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = onRetry,
            })
            .Build();

    /// <summary>
    /// One endpoint's pipeline: circuit breaker (opens when 80% of at least 10 attempts in 30 s failed, for
    /// <see cref="RpcResilienceSettings.BreakDuration"/>) around the per-attempt timeout.
    /// </summary>
    public static ResiliencePipeline CreateEndpoint(RpcResilienceSettings settings, CircuitBreakerStateProvider state, Func<OnCircuitOpenedArguments<object>, ValueTask>? onOpened = null) =>
        new ResiliencePipelineBuilder()
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.8,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = settings.BreakDuration,
                StateProvider = state,
                ShouldHandle = new PredicateBuilder().Handle<RpcTransportException>().Handle<TimeoutRejectedException>(),
                OnOpened = onOpened,
            })
            .AddTimeout(settings.Timeout)
            .Build();
}
