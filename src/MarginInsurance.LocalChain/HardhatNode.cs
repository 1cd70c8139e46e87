using System.Diagnostics;

namespace MarginInsurance.LocalChain;

/// <summary>
/// A Hardhat node started as a child process on a free loopback port, killed (with its process
/// tree) on dispose. Needs the repository's npm packages (scripts/test and scripts/demo install them).
/// </summary>
public sealed class HardhatNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly NodeProcess _node;

    private HardhatNode(NodeProcess node, int port)
    {
        _node = node;
        Port = port;
    }

    /// <summary>The loopback port the node listens on.</summary>
    public int Port { get; }

    /// <summary>The node's JSON-RPC URL.</summary>
    public string RpcUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Everything the node printed so far (for diagnostics).</summary>
    public string Output => _node.Output;

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
            var startInfo = new ProcessStartInfo("node") { WorkingDirectory = root };
            foreach (var arg in new[] { cli, "node", "--hostname", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            {
                startInfo.ArgumentList.Add(arg);
            }

            startInfo.Environment["HARDHAT_DISABLE_TELEMETRY_PROMPT"] = "true";
            var (node, ready) = await NodeProcess.StartAsync(startInfo, "Started HTTP and WebSocket JSON-RPC server", StartTimeout, cancellationToken).ConfigureAwait(false);
            if (ready)
            {
                return new HardhatNode(node, port);
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (attempt >= 3)
            {
                throw new InvalidOperationException($"Hardhat node did not start on port {port}:\n{node.Output}");
            }
        }
    }

    /// <summary>Kills the node and its process tree.</summary>
    public ValueTask DisposeAsync() => _node.DisposeAsync();
}
