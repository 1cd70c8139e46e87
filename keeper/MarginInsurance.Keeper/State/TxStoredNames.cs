namespace MarginInsurance.Keeper.State;

/// <summary>
/// The text the SQLite and PostgreSQL stores keep for <see cref="TxKind"/> and <see cref="TxStatus"/>: the same strings
/// as before they were enums ("liquidate", "won", …), so existing state files and databases read unchanged and the SQL
/// filters ('signed', 'sent', 'liquidate') keep matching. An unknown stored value is a corrupt state, named.
/// </summary>
public static class TxStoredNames
{
    /// <summary>The stored text of a kind.</summary>
    public static string Stored(this TxKind kind) => kind switch
    {
        TxKind.Liquidate => "liquidate",
        TxKind.Approve => "approve",
        TxKind.Cancel => "cancel",
        TxKind.SetAddOn => "setAddOn",
        TxKind.Deleverage => "deleverage",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown transaction kind"),
    };

    /// <summary>The stored text of a status.</summary>
    public static string Stored(this TxStatus status) => status switch
    {
        TxStatus.Signed => "signed",
        TxStatus.Sent => "sent",
        TxStatus.Replaced => "replaced",
        TxStatus.Won => "won",
        TxStatus.Lost => "lost",
        TxStatus.Failed => "failed",
        TxStatus.Dropped => "dropped",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown transaction status"),
    };

    private static readonly Dictionary<string, TxKind> Kinds = Enum.GetValues<TxKind>().ToDictionary(k => k.Stored(), StringComparer.Ordinal);
    private static readonly Dictionary<string, TxStatus> Statuses = Enum.GetValues<TxStatus>().ToDictionary(s => s.Stored(), StringComparer.Ordinal);

    /// <summary>The kind a stored text names.</summary>
    public static TxKind ParseKind(string stored) =>
        Kinds.TryGetValue(stored, out var kind) ? kind : throw Unknown("kind", stored);

    /// <summary>The status a stored text names.</summary>
    public static TxStatus ParseStatus(string stored) =>
        Statuses.TryGetValue(stored, out var status) ? status : throw Unknown("status", stored);

    private static InvalidDataException Unknown(string what, string stored) =>
        new($"keeper state holds an unknown transaction {what} '{stored}': written by a newer keeper or edited by hand; use a state file of this version");
}
