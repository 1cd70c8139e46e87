using MarginInsurance.LocalChain;

namespace MarginInsurance.Keeper.Tests.State;

/// <summary>One throw-away PostgreSQL cluster for the store and coordination tests; each test gets its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private LocalPostgres? _server;

    /// <summary>The running cluster.</summary>
    public LocalPostgres Server => _server ?? throw new InvalidOperationException("PostgreSQL not started");

    public async Task InitializeAsync() => _server = await LocalPostgres.StartAsync();

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = $"keeper_{Guid.NewGuid():N}";
        await Server.CreateDatabaseAsync(name);
        return Server.ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
