namespace MarginInsurance.Keeper.State;

/// <summary>A transaction the keeper signed: recorded before broadcast, so a crash never re-signs a nonce.</summary>
public sealed record SentTx(
    long Id, string Sender, long Nonce, string Hash, string Raw, TxKind Kind, string? Owner, string? SubId, string? Asset,
    TxStatus Status, long SentBlock, string MaxFeePerGas, string MaxPriorityFeePerGas, long GasLimit, string? Detail);
