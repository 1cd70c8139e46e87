using MarginInsurance.Sdk.Deployments;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.JsonRpc.Client;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Keeper;

/// <summary>Holds the running engine for the HTTP endpoints, and the fatal error that stopped it.</summary>
public sealed class EngineHolder
{
    /// <summary>A tick that succeeded longer ago than this is stale (a hung node answers nothing, not even a fault).</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromSeconds(60);

    public KeeperEngine? Engine { get; set; }

    public RiskLoop? Risk { get; set; }

    public DateTimeOffset? LastTickAt { get; set; }

    /// <summary>Why the last tick (or the start-up connection) failed; null once a tick succeeds.</summary>
    public string? LastError { get; set; }

    /// <summary>The error that stopped the keeper; the CLI prints it and exits non-zero.</summary>
    public KeeperFatalException? Fatal { get; set; }

    /// <summary>Running, the last tick succeeded, and it was recent: what /health and the dashboard report.</summary>
    public bool Healthy => Engine is not null && LastError is null && LastTickAt is { } t && DateTimeOffset.UtcNow - t < Stale;
}

/// <summary>
/// Runs the keeper: one tick per poll (a tick does nothing but read the head when no new block arrived). At start an
/// unreachable node is retried with backoff (the keeper waits for it, /health says why); a fatal error — node on the
/// wrong chain, unusable state file — stops the host with <see cref="EngineHolder.Fatal"/> set. On shutdown the tick in
/// progress gets a grace period to finish; anything cut off is safe, because every transaction is recorded before its
/// broadcast and re-broadcast or finalised on the next start.
/// </summary>
public sealed class KeeperWorker(
    IOptions<KeeperOptions> options, DeploymentFile deployment, Account account, KeeperMetrics metrics, EngineHolder holder, IHttpClientFactory httpClients,
    IHostApplicationLifetime lifetime, ILogger<KeeperWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxStartBackoff = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (KeeperFatalException ex)
        {
            holder.Fatal = ex;
            lifetime.StopApplication();
        }
        catch (Exception ex)
        {
            logger.LogCritical(ex, "keeper failed");
            holder.Fatal = new KeeperFatalException($"unexpected {ex.GetType().Name}: {ex.Message} (see the log above)", ex);
            lifetime.StopApplication();
        }
    }

    /// <summary>Starts the engine, retrying an unreachable node with doubling delays up to 30 s.</summary>
    private async Task<KeeperEngine> StartEngineAsync(KeeperOptions o, CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                return await KeeperEngine.StartAsync(o, deployment, account, logger, metrics, httpClients, stoppingToken).ConfigureAwait(false);
            }
            catch (RpcClientUnknownException ex)
            {
                holder.LastError = $"node unreachable: {ex.Message}";
                metrics.BlockLag.Set(Math.Max(1, metrics.BlockLag.Value));
                logger.LogWarning("no node answers on Keeper:RpcUrl ({Error}); retrying in {Delay:F0} s — start the node or fix Keeper:RpcUrl", ex.Message, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxStartBackoff.Ticks));
            }
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        using var engine = await StartEngineAsync(o, stoppingToken).ConfigureAwait(false);
        holder.LastError = null;
        holder.Engine = engine;
        var risk = o.Risk.Enabled ? new RiskLoop(engine, o, RiskLoop.ResolveKey(o, account, deployment.ChainId), logger) : null;
        holder.Risk = risk;
        var nextRisk = DateTimeOffset.MinValue;
        using var work = new CancellationTokenSource();
        await using var _ = stoppingToken.Register(() => work.CancelAfter(Grace));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await engine.TickAsync(cancellationToken: work.Token).ConfigureAwait(false);
                holder.LastTickAt = DateTimeOffset.UtcNow;
                holder.LastError = null;
                if (risk is not null && DateTimeOffset.UtcNow >= nextRisk)
                {
                    nextRisk = DateTimeOffset.UtcNow.AddSeconds(o.Risk.IntervalSeconds);
                    await risk.RunOnceAsync(work.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not KeeperFatalException)
            {
                holder.LastError = ex.Message;
                engine.OnTickFailed();
                logger.LogError(ex is RpcClientUnknownException ? null : ex, "tick failed ({Error}); retrying next poll", ex.Message);
            }

            try
            {
                await engine.IdleAsync(o.PollIntervalMilliseconds, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        holder.Engine = null;
        logger.LogInformation("keeper stopped; state saved in {State}", o.StatePath);
    }
}
