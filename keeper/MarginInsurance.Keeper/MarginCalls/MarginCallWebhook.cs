using System.Globalization;
using System.Net.Http.Json;
using System.Numerics;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Risk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.MarginCalls;

/// <summary>
/// Posts margin calls to Keeper:WebhookUrl in the background (never blocking a tick) through an
/// <see cref="IHttpClientFactory"/> client named <see cref="ClientName"/> (5 s timeout). A raised call carries the
/// account's risk report at that block (liquidation prices, requirements, stress grid, history).
/// </summary>
internal sealed class MarginCallWebhook(IHttpClientFactory clients, string? url, IWeb3 web3, DeploymentFile deployment, ILogger logger)
{
    /// <summary>The named HTTP client of the webhook.</summary>
    public const string ClientName = "keeper-webhook";

    private static readonly Lazy<IHttpClientFactory> Fallback = new(() => AddClient(new ServiceCollection()).BuildServiceProvider().GetRequiredService<IHttpClientFactory>());

    /// <summary>Registers the webhook's named client (the host calls it; engines started outside a host use a private factory).</summary>
    public static IServiceCollection AddClient(IServiceCollection services)
    {
        services.AddHttpClient(ClientName, c => c.Timeout = TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary>A factory with the webhook's client, for engines started outside a host.</summary>
    public static IHttpClientFactory DefaultFactory => Fallback.Value;

    /// <summary>Whether Keeper:WebhookUrl is set (otherwise <see cref="Notify"/> does nothing).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(url);

    /// <summary>Posts <paramref name="kind"/> for <paramref name="account"/> (no-op without Keeper:WebhookUrl); <paramref name="calls"/> makes it carry the risk report.</summary>
    public void Notify(string kind, AccountId account, string reason, string health, BigInteger block, IReadOnlyList<KeeperMarginCall>? calls)
    {
        if (!Enabled) return;
        var subId = account.SubId.ToString(CultureInfo.InvariantCulture);
        _ = Task.Run(async () =>
        {
            try
            {
                var (report, reportError) = calls is null ? (null, null) : await ReportAsync(account, block, calls).ConfigureAwait(false);
                var notice = new MarginCallNotice(kind, account.Owner, subId, reason, health, (long)block, report, reportError);
                using var response = await clients.CreateClient(ClientName).PostAsJsonAsync(url, notice).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode) logger.LogWarning("webhook answered {Status} for {Kind} {Account}", (int)response.StatusCode, kind, account);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                logger.LogWarning("webhook failed for {Kind} {Account}: {Error}", kind, account, ex.Message);
            }
        });
    }

    private async Task<(RiskReportDocument? Report, string? Error)> ReportAsync(AccountId account, BigInteger block, IReadOnlyList<KeeperMarginCall> calls)
    {
        try
        {
            return (RiskReportDocument.From(await new RiskReportReader(web3, deployment).ReadAsync(account, block, calls).ConfigureAwait(false)), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning("risk report for the margin call of {Account} failed: {Error}", account, ex.Message);
            return (null, ex.Message);
        }
    }
}
