namespace MarginInsurance.Keeper.State;

/// <summary>Where a keeper transaction stands (stored as its <see cref="TxStoredNames"/> text).</summary>
public enum TxStatus
{
    /// <summary>Recorded; the node has not yet confirmed the broadcast.</summary>
    Signed,

    /// <summary>Accepted by the node, not mined.</summary>
    Sent,

    /// <summary>Superseded by a later attempt with the same nonce.</summary>
    Replaced,

    /// <summary>Mined and succeeded.</summary>
    Won,

    /// <summary>Mined and reverted because someone else liquidated first.</summary>
    Lost,

    /// <summary>Mined and reverted for another reason.</summary>
    Failed,

    /// <summary>Nonce used by another transaction, or rejected by the node.</summary>
    Dropped,
}
