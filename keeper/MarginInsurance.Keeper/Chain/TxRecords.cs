using System.Numerics;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Errors;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Keeper.Chain;

/// <summary>EIP-1559 fees for the next block.</summary>
public sealed record Fees(BigInteger BaseFee, BigInteger MaxPriorityFeePerGas, BigInteger MaxFeePerGas)
{
    /// <summary>What a transaction is expected to pay per gas in the next block.</summary>
    public BigInteger Expected => BigInteger.Min(MaxFeePerGas, BaseFee + MaxPriorityFeePerGas);
}

/// <summary>A transaction to send: target, call data, gas limit and what it is for.</summary>
public sealed record TxRequest(string To, string Data, BigInteger GasLimit, TxKind Kind, string? Owner = null, string? SubId = null, string? Asset = null, string? Detail = null);

/// <summary>What happened to a mined (or dropped) transaction.</summary>
public sealed record TxOutcome(SentTx Tx, TxOutcomeKind Status, TransactionReceipt? Receipt, MarginProtocolException? Error);

/// <summary>What <see cref="TransactionManager.TrackAsync"/> observed about one transaction.</summary>
public enum TxOutcomeKind
{
    /// <summary>Mined and succeeded.</summary>
    Won,

    /// <summary>Mined and reverted: someone else liquidated first.</summary>
    Lost,

    /// <summary>Mined and reverted for another reason.</summary>
    Failed,

    /// <summary>A pending transaction was replaced with a bumped fee (the outcome carries the replacement).</summary>
    Replacement,

    /// <summary>A stored transaction was broadcast again (the node forgot it, or it was never broadcast before a crash).</summary>
    Rebroadcast,

    /// <summary>A mined transaction's block was removed by a reorganisation; re-opened and rebroadcast (the outcome carries its previous status).</summary>
    Reorged,
}
