using MarginInsurance.Sdk.Deployments;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Keeper;

/// <summary>Holds the running engine for the HTTP endpoints.</summary>
public sealed class EngineHolder
{
    public KeeperEngine? Engine { get; set; }

    public RiskLoop? Risk { get; set; }

    public DateTimeOffset? LastTickAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>
/// Runs the keeper: one tick per poll (a tick does nothing but index when no new block arrived). On shutdown the tick in
/// progress gets a grace period to finish; anything cut off is safe, because every transaction is recorded before its
/// broadcast and re-broadcast or finalised on the next start.
/// </summary>
public sealed class KeeperWorker(IOptions<KeeperOptions> options, DeploymentFile deployment, Account account, KeeperMetrics metrics, EngineHolder holder, ILogger<KeeperWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        using var engine = await KeeperEngine.StartAsync(o, deployment, account, logger, metrics, stoppingToken).ConfigureAwait(false);
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
            catch (Exception ex)
            {
                holder.LastError = ex.Message;
                logger.LogError(ex, "tick failed; retrying next poll");
            }

            try
            {
                await Task.Delay(o.PollIntervalMilliseconds, stoppingToken).ConfigureAwait(false);
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
