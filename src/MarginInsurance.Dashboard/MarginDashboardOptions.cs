using MarginInsurance.Sdk.Deployments;

namespace MarginInsurance.Dashboard;

/// <summary>Configuration of the dashboard's sampler and page.</summary>
public sealed class MarginDashboardOptions
{
    /// <summary>JSON-RPC URL of the chain (http or https).</summary>
    public string RpcUrl { get; set; } = "http://127.0.0.1:8545";

    /// <summary>The deployment to watch; when null, <see cref="DeploymentPath"/> is loaded.</summary>
    public DeploymentFile? Deployment { get; set; }

    /// <summary>Path of a deployments/&lt;network&gt;.json file, used when <see cref="Deployment"/> is null.</summary>
    public string? DeploymentPath { get; set; }

    /// <summary>How often eth_blockNumber is polled; a sample is taken on every new block seen.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Samples kept in the in-memory ring buffer (oldest dropped first).</summary>
    public int HistoryCapacity { get; set; } = 3600;

    /// <summary>
    /// Series points read from the chain's past (deployment block to the first head, evenly spaced) before live sampling,
    /// so the charts show the chain's history rather than start when the dashboard did. 0 disables it (e.g. on a node
    /// without archive state).
    /// </summary>
    public int HistoryBackfillPoints { get; set; } = 120;

    /// <summary>Largest block range per eth_getLogs request.</summary>
    public long LogChunkBlocks { get; set; } = 5000;

    /// <summary>
    /// Folder of the shipped daily price CSVs (data/prices) the risk panel's VaR/ES is computed from;
    /// when null, data/prices is searched upwards from the working and application directories.
    /// </summary>
    public string? PricesFolder { get; set; }

    /// <summary>Price shocks (fractions, e.g. 0.3 = −30% on every collateral) of the risk panel's stress table.</summary>
    public IReadOnlyList<double> StressShocks { get; set; } = [0.10, 0.20, 0.30, 0.50];

    /// <summary>Page title.</summary>
    public string Title { get; set; } = "MarginInsurance";

    internal DeploymentFile ResolveDeployment() =>
        Deployment ?? (DeploymentPath is { } path
            ? DeploymentFile.Load(path)
            : throw new InvalidOperationException("MarginDashboardOptions: set Deployment or DeploymentPath"));
}
