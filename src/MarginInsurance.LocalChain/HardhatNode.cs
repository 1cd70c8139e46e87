using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MarginInsurance.LocalChain;

/// <summary>
/// A Hardhat node started as a child process on a free loopback port, killed (with its process
/// tree) on dispose. Needs the repository's npm packages (scripts/test and scripts/demo install them).
/// </summary>
public sealed class HardhatNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HardhatNode(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The loopback port the node listens on.</summary>
    public int Port { get; }

    /// <summary>The node's JSON-RPC URL.</summary>
    public string RpcUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts a node and waits until its JSON-RPC server answers.</summary>
    public static async Task<HardhatNode> StartAsync(CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find();
        var cli = Path.Combine(root, "node_modules", "hardhat", "internal", "cli", "cli.js");
        if (!File.Exists(cli))
        {
            throw new FileNotFoundException("Hardhat is not installed; run 'npm ci' in the repository root (scripts/test does).", cli);
        }

        for (var attempt = 1; ; attempt++)
        {
            var port = FreeTcpPort.Next();
            var startInfo = new ProcessStartInfo("node")
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { cli, "node", "--hostname", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            {
                startInfo.ArgumentList.Add(arg);
            }

            startInfo.Environment["HARDHAT_DISABLE_TELEMETRY_PROMPT"] = "true";
            var process = Process.Start(startInfo) ?? throw new InvalidOperationException("could not start 'node'");
            var node = new HardhatNode(process, port);
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) => node.OnOutput(e.Data, ready);
            process.ErrorDataReceived += (_, e) => node.OnOutput(e.Data, null);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(StartTimeout);
            var exited = process.WaitForExitAsync(timeout.Token);
            var first = await Task.WhenAny(ready.Task, exited, Task.Delay(Timeout.Infinite, timeout.Token)).ConfigureAwait(false);
            if (first == ready.Task)
            {
                return node;
            }

            await node.DisposeAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            if (attempt >= 3)
            {
                throw new InvalidOperationException($"Hardhat node did not start on port {port}:\n{node.Output}");
            }
        }
    }

    /// <summary>Everything the node printed so far (for diagnostics).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void OnOutput(string? line, TaskCompletionSource? ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 1_000_000)
            {
                _output.AppendLine(line);
            }
        }

        if (ready is not null && line.Contains("Started HTTP and WebSocket JSON-RPC server", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    /// <summary>Kills the node and its process tree.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }

        _process.Dispose();
    }
}
