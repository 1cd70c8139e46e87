using System.Diagnostics;
using System.Globalization;

namespace MarginInsurance.LocalChain;

/// <summary>
/// A local anvil node (foundry's Rust node, from the npm package <c>@foundry-rs/anvil</c>) on a free loopback port, for
/// the benchmarks and the tests that need what Hardhat lacks (eth_simulateV1): chain id 31337 like Hardhat, automine,
/// 30M block gas limit, no per-transaction cap.
/// </summary>
public sealed class AnvilNode : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly NodeProcess _node;

    private AnvilNode(NodeProcess node, int port)
    {
        _node = node;
        Port = port;
    }

    /// <summary>The loopback port.</summary>
    public int Port { get; }

    /// <summary>JSON-RPC URL.</summary>
    public string RpcUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts anvil and waits until it listens.</summary>
    public static async Task<AnvilNode> StartAsync(CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find();
        var binary = Path.Combine(root, "node_modules", ".bin", "anvil");
        if (!File.Exists(binary)) throw new FileNotFoundException("anvil is not installed; run 'npm ci' in the repository root (package.json lists @foundry-rs/anvil)", binary);
        var port = FreeTcpPort.Next();
        var info = new ProcessStartInfo(binary) { WorkingDirectory = root };
        foreach (var arg in new[] { "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--chain-id", "31337", "--gas-limit", "30000000", "--hardfork", "cancun" })
        {
            info.ArgumentList.Add(arg);
        }

        var (node, ready) = await NodeProcess.StartAsync(info, "Listening on", StartTimeout, cancellationToken).ConfigureAwait(false);
        return ready ? new AnvilNode(node, port) : throw new InvalidOperationException($"anvil did not start on port {port}:\n{node.Output}");
    }

    /// <summary>Kills the node.</summary>
    public ValueTask DisposeAsync() => _node.DisposeAsync();
}
