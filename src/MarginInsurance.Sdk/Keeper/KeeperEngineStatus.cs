namespace MarginInsurance.Sdk.Keeper;

/// <summary>
/// The keeper's <c>/status</c> document: what the running keeper serves and what the local harness (KeeperProcess) reads,
/// one typed record on both sides (camelCase JSON, <see cref="System.Text.Json.JsonSerializerDefaults.Web"/>).
/// </summary>
/// <param name="Status">The engine's status; null while the keeper is starting.</param>
/// <param name="Risk">The risk loop's last add-on decisions, when the risk loop runs.</param>
/// <param name="LastError">The last error of the keeper's loop, if any.</param>
public sealed record KeeperStatusDocument(KeeperEngineStatus? Status, IReadOnlyList<AddOnDecision>? Risk, string? LastError);

/// <summary>The keeper engine's status (counters persist in the state store; amounts for people carry their symbol).</summary>
public sealed record KeeperEngineStatus(
    string Keeper,
    string InstanceId,
    string StateProvider,
    IReadOnlyList<string> LiveInstances,
    long ShardSize,
    string Vault,
    string? LastIndexedBlock,
    string? LastScannedBlock,
    int AccountsWatched,
    int Liquidatable,
    int ScanRpcCalls,
    long NextNonce,
    IReadOnlyList<KeeperLowestAccount>? Lowest,
    IReadOnlyList<MarginCallRecord> MarginCalls,
    IReadOnlyDictionary<string, long> Transactions,
    string Won,
    string Lost,
    string ProfitBaseUnits,
    string Profit,
    int MarginCallsRaised,
    int MarginCallsResolved,
    int InFlight,
    string GasSpentWei,
    string GasSpent,
    string? Inventory,
    string? GasBalance,
    long LiquidationsSkippedForInventory,
    long BlockLag,
    long AddOnsPosted);

/// <summary>One of the lowest-health accounts at the last scan.</summary>
public sealed record KeeperLowestAccount(string Account, string Health, string Debt);

/// <summary>An open or resolved keeper margin call, as the keeper's state store holds it.</summary>
public sealed record MarginCallRecord(long Id, string Owner, string SubId, string Reason, string Health, long RaisedBlock, long? ResolvedBlock);

/// <summary>One asset's outcome of a risk-loop run.</summary>
/// <param name="Symbol">Collateral.</param>
/// <param name="CurrentBps">Add-on in force on chain.</param>
/// <param name="RecommendedBps">Risk engine's recommendation after the on-chain bounds (max add-on, max step).</param>
/// <param name="RawBps">Recommendation before the bounds.</param>
/// <param name="Action">posted, would-post (dry run), hold (within threshold), wait (min interval), skip (not enough history).</param>
/// <param name="TxHash">setAddOn transaction, when posted.</param>
/// <param name="Detail">Why.</param>
public sealed record AddOnDecision(string Symbol, int CurrentBps, int RecommendedBps, int RawBps, string Action, string? TxHash, string Detail);
