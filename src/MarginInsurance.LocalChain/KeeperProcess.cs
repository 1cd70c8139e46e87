using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Numerics;
using System.Net.Http.Json;
using System.Text.Json;
using MarginInsurance.Sdk.Keeper;

namespace MarginInsurance.LocalChain;

/// <summary>What the demo and the tests read from the keeper's /status.</summary>
public sealed record KeeperSnapshot(
    long LastScannedBlock, int InFlight, int OpenMarginCalls, long MarginCallsRaised, long MarginCallsResolved,
    long AddOnsPosted, decimal GasSpentWei, BigInteger ProfitBaseUnits, int Liquidatable);

/// <summary>
/// The real keeper (<c>margin-keeper run</c>) as a child process: built file found under keeper/…/bin, keys passed through
/// environment variables, output to a log file (appended, so restarts of one keeper share it), the whole process tree
/// killed on <see cref="Stop"/>; <see cref="Kill"/> is a SIGKILL for fault tests.
/// </summary>
public sealed class KeeperProcess : IDisposable
{
    /// <summary>Environment variable the keeper's private key is passed in (Keeper:PrivateKeyVariable).</summary>
    public const string KeyVariable = "MARGIN_LOCAL_KEEPER_KEY";
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly EventHandler _onExit;

    private KeeperProcess(Process process, string url, string logPath, StreamWriter log)
    {
        _process = process;
        Url = url;
        LogPath = logPath;
        _log = log;
        _onExit = (_, _) => Stop();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
    }

    /// <summary>Base URL of /status, /metrics and the dashboard.</summary>
    public string Url { get; }

    /// <summary>The keeper's log file.</summary>
    public string LogPath { get; }

    /// <summary>The last /status read.</summary>
    public KeeperSnapshot? Status { get; private set; }

    /// <summary>margin-keeper.dll built next to the CLI's configuration (Release for scripts/demo), else the other one.</summary>
    public static string FindDll(string root)
    {
        var mine = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var candidates = new[] { mine, mine == "Debug" ? "Release" : "Debug" }
            .Select(c => Path.Combine(root, "keeper", "MarginInsurance.Keeper", "bin", c, "net10.0", "margin-keeper.dll"))
            .ToList();
        return candidates.FirstOrDefault(File.Exists)
               ?? throw new InvalidOperationException($"the keeper is not built: {candidates[0]} not found; run 'dotnet build MarginInsurance.sln -c {mine}' (scripts/demo does)");
    }

    /// <summary>
    /// Starts <c>dotnet margin-keeper.dll run</c> (or <paramref name="verb"/>) in <paramref name="root"/> against <paramref name="rpcUrl"/> with its state in <paramref name="stateDir"/>,
    /// a fast poll, dry run off and MinProfit 0; <paramref name="extraArguments"/> (<c>--Keeper:Name=value</c>) override or add
    /// settings and <paramref name="environment"/> adds variables (such as further keys).
    /// </summary>
    public static KeeperProcess Start(
        string dll, string root, string rpcUrl, string deploymentPath, string stateDir, string keeperKey,
        IEnumerable<string>? extraArguments = null, IReadOnlyDictionary<string, string>? environment = null, string? url = null, string verb = "run")
    {
        url ??= $"http://127.0.0.1:{FreeTcpPort.Next()}";
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
                 {
                     dll, verb,
                     $"--Keeper:RpcUrl={rpcUrl}",
                     $"--Keeper:DeploymentPath={deploymentPath}",
                     $"--Keeper:HttpUrl={url}",
                     $"--Keeper:StatePath={Path.Combine(stateDir, "keeper-state.db")}",
                     $"--Keeper:PrivateKeyVariable={KeyVariable}",
                     "--Keeper:PollIntervalMilliseconds=250",
                     "--Keeper:ReorgDepth=0",
                     "--Keeper:MinProfit=0",
                     "--Keeper:LowInventoryWarning=0",
                     "--Keeper:DryRun=false",
                 }.Concat(extraArguments ?? []))
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment[KeyVariable] = keeperKey;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var logPath = Path.Combine(stateDir, "keeper.log");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new KeeperProcess(process, url, logPath, log);
    }

    /// <summary>Whether the process has exited (killed or crashed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the keeper to exit on its own (its output fully logged) and returns the exit code.</summary>
    /// <exception cref="TimeoutException">Still running after <paramref name="timeout"/> (it is then killed).</exception>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Stop();
            throw new TimeoutException($"the keeper was still running after {timeout.TotalSeconds:F0} s; log {LogPath}");
        }

        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the keeper gets no chance to clean up (no disposal, no flush), like a machine losing power.</summary>
    public void Kill()
    {
        lock (_process)
        {
            if (_process.HasExited) return;
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>Throws with the log's tail if the keeper has exited.</summary>
    public void ThrowIfExited()
    {
        if (!_process.HasExited) return;
        var tail = string.Join(Environment.NewLine, ReadLog().TakeLast(15));
        throw new InvalidOperationException($"the keeper exited with code {_process.ExitCode}; log {LogPath}:{Environment.NewLine}{tail}");
    }

    /// <summary>The keeper's log so far.</summary>
    public string[] ReadLog()
    {
        lock (_log)
        {
            using var f = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var r = new StreamReader(f);
            return r.ReadToEnd().Split('\n');
        }
    }

    /// <summary>Waits until /status answers 200 (the engine has started), up to 90 seconds.</summary>
    public async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            ThrowIfExited();
            if (await PollAsync(cancellationToken).ConfigureAwait(false) is not null) return;
            await Task.Delay(300, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"the keeper did not answer {Url}/status within 90 s; log {LogPath}");
    }

    /// <summary>Reads /status; null while the keeper is starting or not answering.</summary>
    public async Task<KeeperSnapshot?> PollAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(Url + "/status"), cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) return null;
            var document = await response.Content.ReadFromJsonAsync<KeeperStatusDocument>(JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
            if (document?.Status is not { } s) return null;
            var snapshot = new KeeperSnapshot(
                s.LastScannedBlock is { } scanned ? long.Parse(scanned, CultureInfo.InvariantCulture) : 0,
                s.InFlight, s.MarginCalls.Count, s.MarginCallsRaised, s.MarginCallsResolved, s.AddOnsPosted,
                decimal.Parse(s.GasSpentWei, NumberStyles.Float, CultureInfo.InvariantCulture),
                BigInteger.Parse(s.ProfitBaseUnits, CultureInfo.InvariantCulture), s.Liquidatable);
            Status = snapshot;
            return snapshot;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or FormatException)
        {
            if (cancellationToken.IsCancellationRequested) throw;
            return null;
        }
    }

    /// <summary>Kills the keeper and every process it started; idempotent, safe from any thread.</summary>
    public void Stop()
    {
        lock (_process)
        {
            try
            {
                if (_process.HasExited) return;
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
            catch (Exception ex)
            {
                Console.Error.WriteLine($"could not stop the keeper (pid {SafePid()}): {ex.Message}");
            }
        }
    }

    private string SafePid()
    {
        try
        {
            return _process.Id.ToString(CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    public void Dispose()
    {
        Stop();
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
        _process.Dispose();
        lock (_log) _log.Dispose();
        _http.Dispose();
    }
}
