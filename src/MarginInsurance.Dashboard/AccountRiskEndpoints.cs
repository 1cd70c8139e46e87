using System.Globalization;
using System.Numerics;
using System.Text.Json;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Risk;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Dashboard;

/// <summary>
/// The account page's API: <c>api/account/{owner}/{sub}</c> (the <see cref="RiskReportDocument"/> plus the held symbols) and
/// <c>api/account/{owner}/{sub}/whatif?WETH=-10&amp;…</c> (percent moves; the scenario from the same exact Core math). The report
/// of an account is read once per block and reused for what-ifs at that block.
/// </summary>
public sealed class AccountReports(IOptions<MarginDashboardOptions> options, IServiceProvider services)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<AccountId, RiskReport> _latest = [];
    private MarginClient? _client;

    /// <summary>The account's report at the chain head (cached while the head stays).</summary>
    public async Task<RiskReport> ReportAsync(AccountId account, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_client is null)
            {
                var deployment = options.Value.ResolveDeployment();
                var readOnly = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), deployment.ChainId);
                _client = await MarginClient.ConnectAsync(options.Value.RpcUrl, readOnly, deployment, cancellationToken).ConfigureAwait(false);
            }

            var head = (long)(await _client.Web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
            if (_latest.TryGetValue(account, out var cached) && cached.Block == head) return cached;
            var keeperCalls = (services.GetService(typeof(IKeeperMarginCalls)) as IKeeperMarginCalls)?.MarginCallsOf(account);
            var report = await _client.GetRiskReportAsync(account, head, keeperCalls, cancellationToken).ConfigureAwait(false);
            _latest[account] = report;
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static void Map(RouteGroupBuilder group, JsonSerializerOptions json)
    {
        group.MapGet("/api/account/{owner}/{sub}", async (string owner, string sub, AccountReports reports, CancellationToken ct) =>
            await Answer(owner, sub, async id =>
            {
                var report = await reports.ReportAsync(id, ct).ConfigureAwait(false);
                return new { report = RiskReportDocument.From(report), symbols = report.Collateral.Select(c => c.Symbol).ToList() };
            }).ConfigureAwait(false));
        group.MapGet("/api/account/{owner}/{sub}/whatif", async (string owner, string sub, HttpContext context, AccountReports reports, CancellationToken ct) =>
            await Answer(owner, sub, async id =>
            {
                var report = await reports.ReportAsync(id, ct).ConfigureAwait(false);
                var moves = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
                foreach (var (key, value) in context.Request.Query)
                {
                    if (!decimal.TryParse(value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var pct) || pct < -100)
                        throw new ArgumentException($"what-if {key}={value}: give a percent move of at least -100, e.g. {key}=-10");
                    moves[key] = pct / 100m;
                }

                return RiskReportDocument.Scenario(report.WhatIf(moves), report.BaseSymbol);
            }).ConfigureAwait(false));

        async Task<IResult> Answer(string owner, string sub, Func<AccountId, Task<object>> body)
        {
            try
            {
                if (!BigInteger.TryParse(sub, NumberStyles.None, CultureInfo.InvariantCulture, out var subId))
                    throw new ArgumentException($"sub-account '{sub}' is not a number (0 = cross, 1+ = isolated)");
                var id = new AccountId(Address.Require(owner, "owner"), subId);
                return Results.Json(await body(id).ConfigureAwait(false), json);
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                return Results.Json(new { error = ex.Message }, json, statusCode: StatusCodes.Status400BadRequest);
            }
        }
    }
}
