using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MarginInsurance.LocalChain;

/// <summary>
/// A throw-away PostgreSQL cluster for tests: Debian's <c>initdb</c> on a temporary data directory (run as the
/// <c>postgres</c> user when the tests run as root, since initdb refuses root), trust authentication, the unix socket in
/// that directory and a free TCP port on 127.0.0.1. <see cref="DisposeAsync"/> stops it (<c>pg_ctl stop -m immediate</c>)
/// and deletes the directory. Fails (never skips) with an install hint when PostgreSQL is missing.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string User = "postgres";
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly bool _asPostgres;
    private int _disposed;

    private LocalPostgres(string bin, string root, string dataDir, int port, bool asPostgres)
    {
        _bin = bin;
        Root = root;
        _dataDir = dataDir;
        Port = port;
        _asPostgres = asPostgres;
    }

    /// <summary>Temporary directory holding the cluster, its socket and its log.</summary>
    public string Root { get; }

    /// <summary>TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Npgsql connection string for <paramref name="database"/>.</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true;Maximum Pool Size=20;Timeout=10;SSL Mode=Disable;GSS Encryption Mode=Disable";

    /// <summary>Folder holding initdb, pg_ctl and createdb: /usr/lib/postgresql/&lt;newest&gt;/bin (Debian), else the first on PATH.</summary>
    public static string? FindBin()
    {
        const string debian = "/usr/lib/postgresql";
        var dirs = Directory.Exists(debian)
            ? Directory.GetDirectories(debian)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        dirs = dirs.Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return dirs.FirstOrDefault(d => new[] { "initdb", "pg_ctl", "createdb" }.All(t => File.Exists(Path.Combine(d, t))));
    }

    /// <summary>Creates and starts a cluster.</summary>
    public static async Task<LocalPostgres> StartAsync(CancellationToken cancellationToken = default)
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed: initdb, pg_ctl and createdb not found together or under /usr/lib/postgresql/*/bin. Install it: 'sudo apt-get install -y postgresql' (Debian/Ubuntu); .ci/run does this on CI.");
        var asPostgres = Environment.IsPrivilegedProcess;
        var root = Directory.CreateTempSubdirectory("margin-pg-").FullName;
        var dataDir = Path.Combine(root, "data");
        var pg = new LocalPostgres(bin, root, dataDir, FreeTcpPort.Next(), asPostgres);
        try
        {
            if (asPostgres) await RunAsync("chown", [$"{User}:{User}", root], cancellationToken).ConfigureAwait(false);
            await pg.RunPgAsync("initdb", ["-D", dataDir, "-U", User, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], cancellationToken).ConfigureAwait(false);
            var settings = $"-p {pg.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
            await pg.RunPgAsync("pg_ctl", ["-D", dataDir, "-l", Path.Combine(root, "postgres.log"), "-o", settings, "-w", "-t", "60", "start"], cancellationToken).ConfigureAwait(false);
            return pg;
        }
        catch
        {
            await pg.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates a database (createdb over the TCP port).</summary>
    public Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default) =>
        RunPgAsync("createdb", ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", User, name], cancellationToken);

    /// <summary>The server log so far (for failure messages).</summary>
    public string ReadLog()
    {
        var path = Path.Combine(Root, "postgres.log");
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }

    private Task RunPgAsync(string tool, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var exe = Path.Combine(_bin, tool);
        return _asPostgres ? RunAsync("runuser", ["-u", User, "--", exe, .. args], cancellationToken) : RunAsync(exe, args, cancellationToken);
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = p.StandardError.ReadToEndAsync(cancellationToken);
        await p.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {p.ExitCode}: {(await stderr.ConfigureAwait(false)).Trim()} {(await stdout.ConfigureAwait(false)).Trim()}");
    }

    /// <summary>Stops the server immediately and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            if (File.Exists(Path.Combine(_dataDir, "postmaster.pid")))
                await RunPgAsync("pg_ctl", ["-D", _dataDir, "-m", "immediate", "-w", "stop"], CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"could not stop the test PostgreSQL in {Root}: {ex.Message}");
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
