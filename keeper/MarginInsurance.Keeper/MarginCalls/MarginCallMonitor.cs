using System.Globalization;
using System.Numerics;
using MarginInsurance.Core;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.OffChain;
using MarginInsurance.Sdk.Risk;
using Microsoft.Extensions.Logging;

namespace MarginInsurance.Keeper.MarginCalls;

/// <summary>
/// Raises a margin call (one per episode, in the store) when an account with debt falls below Keeper:WarningHealth or a
/// pending add-on would push it below 1, and resolves it when the account recovers; each change goes to the webhook.
/// </summary>
internal sealed class MarginCallMonitor(IKeeperStore store, KeeperOptions options, KeeperMetrics metrics, MarginCallWebhook webhook, ILogger logger)
{
    private readonly BigInteger _warning = new BigInteger(decimal.Round(options.WarningHealth * 1_000_000m)) * BigInteger.Pow(10, 12);

    /// <summary>
    /// Raises and resolves margin calls from one scan at <paramref name="block"/>; an account with perp positions is judged
    /// on its unified health (<paramref name="unified"/>, §13.6) rather than the spot health.
    /// </summary>
    public void Update(OffChainReadResult read, BigInteger block, IReadOnlyDictionary<AccountId, BigInteger>? unified = null)
    {
        var atRisk = 0;
        var pendingScan = new PendingHealthScan(read.Market);
        // every pending-add-on health of the read in one columns batch per effective time
        pendingScan.Prepare(read.Accounts);
        // open margin calls read once per tick (one store query), not once per account
        var openCalls = store.MarginCalls(openOnly: true).ToDictionary(c => (c.Owner.ToLowerInvariant(), c.SubId), c => c);
        foreach (var a in read.Accounts)
        {
            if (a.Snapshot is not { } s) continue;
            var perpHealth = unified is not null && unified.TryGetValue(a.Account, out var u) ? u : (BigInteger?)null;
            var reason = perpHealth is { } ph ? PerpReason(a, s, pendingScan, ph) : Reason(a, s, pendingScan);
            if (reason is not null) atRisk++;
            var open = openCalls.GetValueOrDefault((a.Account.Owner.ToLowerInvariant(), a.Account.SubId.ToString(CultureInfo.InvariantCulture)));
            if (reason is not null && open is null)
            {
                var health = new Wad(perpHealth ?? s.Health).ToString();
                if (store.RaiseMarginCall(a.Account, reason, health, block))
                {
                    metrics.MarginCallsRaised.Inc();
                    logger.LogWarning("MARGIN CALL {Account}: health {Health} ({Reason}) at block {Block}", a.Account, health, reason, block);
                    if (webhook.Enabled) webhook.Notify(MarginCallNotice.Raised, a.Account, reason, health, block, MarginCallsOf(a.Account));
                }
            }
            else if (reason is null && open is not null && store.ResolveMarginCall(a.Account, block))
            {
                var health = perpHealth is { } h ? new Wad(h).ToString() : s.Debt.IsZero ? "no debt" : new Wad(s.Health).ToString();
                logger.LogInformation("margin call resolved {Account}: health {Health} at block {Block}", a.Account, health, block);
                webhook.Notify(MarginCallNotice.Resolved, a.Account, open.Reason, health, block, null);
            }
        }

        metrics.AtRisk.Set(atRisk);
        metrics.OpenMarginCalls.Set(store.MarginCalls(openOnly: true).Count);
    }

    /// <summary>The margin calls this keeper raised on <paramref name="account"/>, from its store.</summary>
    public IReadOnlyList<KeeperMarginCall> MarginCallsOf(AccountId account) =>
        store.MarginCalls().Where(c => c.Owner.Equals(account.Owner, StringComparison.OrdinalIgnoreCase) && c.SubId == account.SubId.ToString(CultureInfo.InvariantCulture))
            .Select(c => new KeeperMarginCall(c.RaisedBlock, c.ResolvedBlock, c.Reason, c.Health)).ToList();

    /// <summary>The reason for an account with positions: its unified health, then (with debt) a pending add-on as for spot.</summary>
    private string? PerpReason(OffChainAccount a, AccountSnapshot s, PendingHealthScan pendingScan, BigInteger unified)
    {
        if (unified < _warning) return unified < WadMath.WAD ? "liquidatable (positions)" : "below warning level (positions)";
        return Reason(a, s, pendingScan) is { } spot && spot.StartsWith("pending", StringComparison.Ordinal) ? spot : null;
    }

    private string? Reason(OffChainAccount a, AccountSnapshot s, PendingHealthScan pendingScan)
    {
        if (s.Debt.IsZero) return null;
        if (s.Health < _warning) return s.Health < WadMath.WAD ? "liquidatable" : "below warning level";
        return pendingScan.Health(a) is { } pending && pending < WadMath.WAD ? $"pending add-on pushes health to {new Wad(pending)}" : null;
    }
}
