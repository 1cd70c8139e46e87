namespace MarginInsurance.Keeper.State;

/// <summary>
/// What differs between the keeper stores' SQL (the dialect seam of <see cref="KeeperStoreCore"/>): table names, the
/// block-progress key, the clock, the nonce high-water mark, string ordering, the instance tag of transactions and the
/// migrations. Everything else is one SQL text, run by Dapper on either provider.
/// </summary>
/// <param name="TablePrefix">Prefix of every table (PostgreSQL shares a database with other schemas: <c>keeper_</c>).</param>
/// <param name="ProgressKeyColumn">Key of the block-progress row: <c>id</c> (one row) or <c>instance_id</c> (one per instance).</param>
/// <param name="Now">SQL for the current time: a bound ISO-8601 text (<c>@now</c>) or the server's <c>now()</c>.</param>
/// <param name="NonceHighWater">The nonce upsert's update: the larger of the stored next nonce and <c>@n</c>.</param>
/// <param name="BinaryCollation">Suffix making text order byte order (SQLite's default; PostgreSQL needs <c>COLLATE "C"</c>).</param>
/// <param name="TxInstanceColumn">Column tagging a transaction with the instance that signed it, or null.</param>
/// <param name="MigrationsTable">The applied-migrations journal table.</param>
/// <param name="MigrationsTableDdl">Creates the journal if missing (version, applied_at).</param>
/// <param name="Migrations">Schema scripts; script i is version i + 1, applied once each, in order, in a transaction.</param>
public sealed record KeeperSqlDialect(
    string TablePrefix,
    string ProgressKeyColumn,
    string Now,
    string NonceHighWater,
    string BinaryCollation,
    string? TxInstanceColumn,
    string MigrationsTable,
    string MigrationsTableDdl,
    IReadOnlyList<string> Migrations)
{
    /// <summary>A table's name in this dialect.</summary>
    public string Table(string name) => TablePrefix + name;
}
