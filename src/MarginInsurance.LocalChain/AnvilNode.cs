using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace MarginInsurance.LocalChain;

/// <summary>
/// A local anvil node (foundry's Rust node, from the npm package <c>@foundry-rs/anvil</c>) on a free loopback port, for
/// the benchmarks and the tests that need what Hardhat lacks (eth_simulateV1): chain id 31337 like Hardhat, automine,
/// 30M block gas limit, no per-transaction cap.
/// </summary>
public sealed class AnvilNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AnvilNode(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The loopback port.</summary>
    public int Port { get; }

    /// <summary>JSON-RPC URL.</summary>
    public string RpcUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts anvil and waits until it listens.</summary>
    public static async Task<AnvilNode> StartAsync()
    {
        var root = RepositoryRoot.Find();
        var binary = Path.Combine(root, "node_modules", ".bin", "anvil");
        if (!File.Exists(binary)) throw new FileNotFoundException("anvil is not installed; run 'npm ci' in the repository root (package.json lists @foundry-rs/anvil)", binary);
        var port = FreeTcpPort.Next();
        var info = new ProcessStartInfo(binary)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--chain-id", "31337", "--gas-limit", "30000000", "--hardfork", "cancun" })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start anvil");
        var node = new AnvilNode(process, port);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => node.OnOutput(e.Data, ready);
        process.ErrorDataReceived += (_, e) => node.OnOutput(e.Data, null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var first = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(StartTimeout)).ConfigureAwait(false);
        if (first == ready.Task) return node;
        await node.DisposeAsync().ConfigureAwait(false);
        throw new InvalidOperationException($"anvil did not start on port {port}:\n{node._output}");
    }

    private void OnOutput(string? line, TaskCompletionSource? ready)
    {
        if (line is null) return;
        lock (_output)
        {
            if (_output.Length < 100_000) _output.AppendLine(line);
        }

        if (ready is not null && line.Contains("Listening on", StringComparison.Ordinal)) ready.TrySetResult();
    }

    /// <summary>Kills the node.</summary>
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
