using System.Net.Http;
using Microsoft.Extensions.Logging;
using Nethereum.JsonRpc.Client;
using Polly;
using Polly.Retry;

namespace MarginInsurance.Keeper.Chain;

/// <summary>Polly retry for transient RPC faults (transport errors, timeouts); reverts and node rejections are not retried.</summary>
public static class RpcResilience
{
    /// <summary>Builds the pipeline: exponential backoff with jitter, <paramref name="attempts"/> retries.</summary>
    public static ResiliencePipeline Create(ILogger logger, int attempts = 4) =>
        new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = attempts,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder()
                    .Handle<HttpRequestException>()
                    .Handle<RpcClientTimeoutException>()
                    .Handle<RpcClientUnknownException>()
                    .Handle<TimeoutException>(),
                OnRetry = args =>
                {
                    logger.LogWarning("RPC fault ({Error}); retry {Attempt} in {Delay}", args.Outcome.Exception?.GetType().Name, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
}
