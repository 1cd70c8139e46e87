namespace MarginInsurance.Keeper.State;

/// <summary>A transaction the keeper signed: recorded before broadcast, so a crash never re-signs a nonce.</summary>
public sealed record SentTx(
    long Id, string Sender, long Nonce, string Hash, string Raw, string Kind, string? Owner, string? SubId, string? Asset,
    string Status, long SentBlock, string MaxFeePerGas, string MaxPriorityFeePerGas, long GasLimit, string? Detail);

/// <summary>Transaction statuses.</summary>
public static class TxStatus
{
    public const string Signed = "signed";     // recorded, broadcast not yet confirmed by the node
    public const string Sent = "sent";         // accepted by the node, not mined
    public const string Replaced = "replaced"; // superseded by a later attempt with the same nonce
    public const string Won = "won";           // mined, succeeded
    public const string Lost = "lost";         // mined, reverted because someone else liquidated first
    public const string Failed = "failed";     // mined, reverted for another reason
    public const string Dropped = "dropped";   // nonce used by another transaction / rejected by the node
}
