namespace MarginInsurance.Keeper.State;

/// <summary>Where the keeper keeps its state (<c>Keeper:State</c>).</summary>
public sealed class KeeperStateOptions
{
    /// <summary>SQLite (the embedded default: one instance, file at Keeper:StatePath).</summary>
    public const string Sqlite = "sqlite";

    /// <summary>PostgreSQL (several instances share the work, Keeper:State:ConnectionString).</summary>
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Npgsql connection string when <see cref="Provider"/> is postgres, e.g. <c>Host=db;Database=keeper;Username=keeper;Password=…</c>.</summary>
    public string? ConnectionString { get; set; }
}

/// <summary>Coordination of several instances on PostgreSQL (<c>Keeper:Coordination</c>).</summary>
public sealed class CoordinationOptions
{
    /// <summary>An instance whose lease was not renewed for this long is considered dead and its accounts move to the others.</summary>
    public int LeaseMilliseconds { get; set; } = 10_000;

    /// <summary>An account claimed by another instance is left alone for this many blocks after the claim.</summary>
    public int ClaimBlocks { get; set; } = 2;
}
