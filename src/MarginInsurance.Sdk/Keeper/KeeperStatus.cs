namespace MarginInsurance.Sdk.Keeper;

/// <summary>A keeper's status as shown on the dashboard's keeper panel (one typed record, owned here so that the keeper, the dashboard and the local harness share it).</summary>
/// <param name="Name">Keeper name or address.</param>
/// <param name="LastProcessedBlock">Last block the keeper has fully processed.</param>
/// <param name="ChainHeadBlock">Newest block the keeper has seen.</param>
/// <param name="RpcHealthy">Whether the keeper's RPC endpoint(s) currently answer.</param>
/// <param name="RpcErrors">RPC errors since start.</param>
/// <param name="TransactionsInFlight">Transactions sent and not yet mined.</param>
/// <param name="RacesWon">Liquidations the keeper submitted and won.</param>
/// <param name="RacesLost">Liquidations lost to another liquidator (or skipped as unprofitable after simulation).</param>
/// <param name="MarginCallsRaised">Keeper margin calls (an account below the warning health) raised since start.</param>
/// <param name="MarginCallsResolved">Margin calls resolved since start.</param>
/// <param name="StartedAt">When the keeper started.</param>
/// <param name="Extra">Free-form extra facts (label → value) shown as rows.</param>
/// <param name="OpenMarginCalls">The keeper's open margin calls, shown in the accounts table beside the on-chain add-on calls.</param>
public sealed record KeeperStatus(
    string Name,
    long LastProcessedBlock,
    long ChainHeadBlock,
    bool RpcHealthy,
    long RpcErrors,
    int TransactionsInFlight,
    long RacesWon,
    long RacesLost,
    long MarginCallsRaised,
    long MarginCallsResolved,
    DateTimeOffset StartedAt,
    IReadOnlyDictionary<string, string>? Extra = null,
    IReadOnlyList<OpenKeeperMarginCall>? OpenMarginCalls = null)
{
    /// <summary>Blocks between the chain head and the last processed block.</summary>
    public long BlockLag => Math.Max(0, ChainHeadBlock - LastProcessedBlock);
}

/// <summary>
/// A keeper margin call: the keeper saw the account below its warning health (or a pending add-on pushing it under 1).
/// Not to be confused with an add-on call (the dashboard's add-on call), an add-on increase announced on chain.
/// </summary>
/// <param name="Owner">Account owner.</param>
/// <param name="SubId">Sub-account id.</param>
/// <param name="Reason">Why it was raised.</param>
/// <param name="Health">Health when raised (4 decimals).</param>
/// <param name="RaisedBlock">Block it was raised at.</param>
public sealed record OpenKeeperMarginCall(string Owner, string SubId, string Reason, string Health, long RaisedBlock);
