using System.Globalization;
using System.Numerics;
using Microsoft.Extensions.Options;

namespace MarginInsurance.Keeper;

/// <summary>Keeper configuration (section <c>Keeper</c> of appsettings.json, env <c>Keeper__X</c>, or <c>--Keeper:X=…</c>).</summary>
public sealed class KeeperOptions
{
    public const string Section = "Keeper";

    /// <summary>JSON-RPC URL of the chain.</summary>
    public string RpcUrl { get; set; } = "http://127.0.0.1:8545";

    /// <summary>Further JSON-RPC URLs of the same chain, tried in order when the current one keeps failing or stalls.</summary>
    public List<string> FallbackRpcUrls { get; set; } = [];

    /// <summary>Per-attempt timeout of a JSON-RPC request, seconds.</summary>
    public double RpcTimeoutSeconds { get; set; } = 10;

    /// <summary>Retries of a request after a transport fault (timeout, HTTP error, malformed answer, dropped connection).</summary>
    public int RpcRetries { get; set; } = 4;

    /// <summary>First retry delay, milliseconds; doubled each retry, with jitter.</summary>
    public int RpcRetryDelayMilliseconds { get; set; } = 200;

    /// <summary>Consecutive faults of the current endpoint that switch to the next one (when fallbacks are set).</summary>
    public int RpcFailoverAfterFailures { get; set; } = 2;

    /// <summary>Seconds an endpoint's circuit stays open after 80% of at least 10 attempts in 30 s failed.</summary>
    public int RpcCircuitBreakSeconds { get; set; } = 15;

    /// <summary>
    /// An endpoint whose head has not moved for this many seconds while another endpoint reports a higher block is
    /// stalled: the keeper switches away from it (and skips it for ten times this long). 0 disables the check.
    /// </summary>
    public int StallSeconds { get; set; } = 60;

    /// <summary>Deployment name: reads deployments/&lt;Network&gt;.json under the repository (or <see cref="DeploymentPath"/>).</summary>
    public string Network { get; set; } = "localhost";

    /// <summary>Explicit deployment file path (overrides <see cref="Network"/>).</summary>
    public string? DeploymentPath { get; set; }

    /// <summary>SQLite state file (block progress, accounts, transactions, margin calls) when Keeper:State:Provider is sqlite.</summary>
    public string StatePath { get; set; } = "keeper-state.db";

    /// <summary>State store: SQLite (default, one instance) or PostgreSQL (several instances share the work).</summary>
    public State.KeeperStateOptions State { get; set; } = new();

    /// <summary>This instance's id among several on PostgreSQL (default: the keeper's address).</summary>
    public string? InstanceId { get; set; }

    /// <summary>Leases and claims of several instances on PostgreSQL.</summary>
    public State.CoordinationOptions Coordination { get; set; } = new();

    /// <summary>Environment variable holding the keeper's private key (used when no keystore is set).</summary>
    public string PrivateKeyVariable { get; set; } = "MARGIN_PRIVATE_KEY";

    /// <summary>Encrypted keystore file; its password is read from <see cref="KeystorePasswordVariable"/>.</summary>
    public string? KeystorePath { get; set; }

    /// <summary>Environment variable with the keystore password.</summary>
    public string KeystorePasswordVariable { get; set; } = "MARGIN_KEYSTORE_PASSWORD";

    /// <summary>How often the head block is polled.</summary>
    public int PollIntervalMilliseconds { get; set; } = 1000;

    /// <summary>Blocks re-read on each indexing pass (reorg tolerance).</summary>
    public int ReorgDepth { get; set; } = 5;

    /// <summary>Hard cap on maxFeePerGas, gwei.</summary>
    public decimal MaxFeePerGasGwei { get; set; } = 200m;

    /// <summary>Lowest priority fee offered, gwei.</summary>
    public decimal MinPriorityFeeGwei { get; set; } = 1m;

    /// <summary>A transaction not mined after this many blocks is replaced (same nonce, bumped fee).</summary>
    public int ReplaceAfterBlocks { get; set; } = 3;

    /// <summary>Fee bump of a replacement, percent (nodes require at least 10).</summary>
    public int FeeBumpPercent { get; set; } = 15;

    /// <summary>Minimum profit per liquidation, in whole base tokens (e.g. "1" = 1 USDC), after insurance fee and gas.</summary>
    public string MinProfit { get; set; } = "1";

    /// <summary>Collateral symbol whose oracle price prices gas (the chain's native token in base units).</summary>
    public string GasPriceAsset { get; set; } = "WETH";

    /// <summary>Margin-call warning level (health below it raises a call).</summary>
    public decimal WarningHealth { get; set; } = 1.10m;

    /// <summary>
    /// Most liquidations sent per block of chain time (a round that outlasts blocks goes on with each new block's share).
    /// Up to <see cref="MaxLiquidationsPerBlockLimit"/>: a crash's whole book can be planned, signed and broadcast in one
    /// round (the node queues what its blocks cannot take yet).
    /// </summary>
    public int MaxLiquidationsPerBlock { get; set; } = 20;

    /// <summary>Upper bound of <see cref="MaxLiquidationsPerBlock"/>.</summary>
    public const int MaxLiquidationsPerBlockLimit = 10_000;

    /// <summary>
    /// Same-block defence: watch the node's pending pool for price updates of the router's feeds and send the
    /// liquidations each would cause at once, simulated as mined right after it (eth_simulateV1) and with a fee cap and tip
    /// one wei under the update's, so they land in the update's own block, after it. Off by default: a liquidation sent ahead of its price
    /// fails (and pays gas) if the update is replaced or dropped. Needs a node with pending filters and eth_simulateV1.
    /// </summary>
    public bool BackRunOracleUpdates { get; set; }

    /// <summary>How often the pending pool is polled between ticks when <see cref="BackRunOracleUpdates"/> is on.</summary>
    public int PendingPollMilliseconds { get; set; } = 50;

    /// <summary>Sub-calls per Multicall3 request of the scan (positions and balances each take ⌈accounts / this⌉ requests).</summary>
    public int ScanPageSize { get; set; } = 1000;

    /// <summary>
    /// Gas limit of every liquidation (no eth_estimateGas). An estimate describes only the state the keeper saw: if the
    /// price falls again before inclusion the same call takes the deeper bad-debt path (full seizure, insurance cover),
    /// which costs up to ~65k more, and an estimate-based limit runs out of gas (the kill-loop test caught this). The
    /// default covers the deepest path (232k measured) with headroom; unused gas is not paid. Profitability is checked
    /// against this limit, an upper bound of the gas cost.
    /// </summary>
    public long LiquidationGasLimit { get; set; } = 300_000;

    /// <summary>
    /// Swap mode: when the base inventory cannot pay a liquidation, liquidate through the deployment's SwapLiquidator,
    /// which sells the seized collateral in the Uniswap v3 pool and repays from the proceeds (needs no inventory).
    /// False: inventory only (liquidations the inventory cannot pay are skipped and counted).
    /// </summary>
    public bool SwapMode { get; set; } = true;

    /// <summary>Warn when the keeper's base-asset inventory falls below this (whole base tokens).</summary>
    public string LowInventoryWarning { get; set; } = "1000";

    /// <summary>Warn when the keeper's gas balance (the chain's native token, ETH) falls below this, in whole ether.</summary>
    public string LowGasWarning { get; set; } = "0.05";

    /// <summary>Webhook that receives margin calls as JSON POSTs (optional).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>URL serving /metrics, /health and /status (keeper run); empty disables it.</summary>
    public string HttpUrl { get; set; } = "http://127.0.0.1:9464";

    /// <summary>Serve the dashboard on Keeper:HttpUrl (it samples the chain on its own; turn it off on all but one of several instances).</summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>Only compute and log; never send a transaction.</summary>
    public bool DryRun { get; set; }

    /// <summary>Risk loop settings.</summary>
    public RiskLoopOptions Risk { get; set; } = new();

    /// <summary>Fault drills (off by default).</summary>
    public FaultInjectionOptions FaultInjection { get; set; } = new();

    internal static BigInteger Gwei(decimal gwei) => new(decimal.Round(gwei * 1_000_000_000m));

    internal static BigInteger BaseUnits(string amount, int decimals)
    {
        try
        {
            return Sdk.Amounts.TokenAmount.Parse(amount, decimals).Raw;
        }
        catch (FormatException ex)
        {
            // e.g. more fraction digits than the base asset has: a setting error (exit 2), not a crash
            throw new ArgumentException($"Keeper:MinProfit / Keeper:LowInventoryWarning: {ex.Message}", nameof(amount), ex);
        }
    }
}

/// <summary>Risk loop: recommended add-ons from the risk engine, posted with setAddOn.</summary>
public sealed class RiskLoopOptions
{
    /// <summary>Run the loop.</summary>
    public bool Enabled { get; set; }

    /// <summary>Seconds between runs.</summary>
    public int IntervalSeconds { get; set; } = 3600;

    /// <summary>Post only when the recommendation differs from the on-chain add-on by at least this.</summary>
    public int ThresholdBps { get; set; } = 50;

    /// <summary>Days of oracle rounds read.</summary>
    public int HistoryDays { get; set; } = 365;

    /// <summary>Daily returns needed before recommending.</summary>
    public int MinReturns { get; set; } = 20;

    /// <summary>Print what would be posted; send nothing.</summary>
    public bool DryRun { get; set; } = true;

    /// <summary>Environment variable with the RISK_ORACLE key (default: the keeper's key).</summary>
    public string? KeyVariable { get; set; }

    /// <summary>
    /// Implied volatility per collateral symbol, combined with realized by the risk engine's one σ rule (max): a constant annualized %
    /// ("65"), a DVOL-style index CSV or a surface CSV (docs/risk.md). Empty: realized EWMA alone (said in every decision).
    /// </summary>
    public Dictionary<string, string> ImpliedVolatility { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Depth curves for collaterals with no Uniswap pool in the deployment (a testnet): a CSV of price-impact points,
    /// <c>asset,sale_value,impact_bps</c> (docs/uniswap.md). The risk loop reads a collateral's liquidation slippage from
    /// its pool when the deployment has one, else from this file, else uses the fixed default. Validated at start.
    /// </summary>
    public string? DepthCurves { get; set; }
}

/// <summary>Start-up validation: every error names the setting and how to fix it.</summary>
public sealed class KeeperOptionsValidator : IValidateOptions<KeeperOptions>
{
    public ValidateOptionsResult Validate(string? name, KeeperOptions o)
    {
        var errors = new List<string>();
        if (!Uri.TryCreate(o.RpcUrl, UriKind.Absolute, out var rpc) || (rpc.Scheme != Uri.UriSchemeHttp && rpc.Scheme != Uri.UriSchemeHttps))
            errors.Add($"Keeper:RpcUrl '{o.RpcUrl}' is not an http(s) URL; set it to the node, e.g. --Keeper:RpcUrl=http://127.0.0.1:8545");
        for (var i = 0; i < o.FallbackRpcUrls.Count; i++)
        {
            var url = o.FallbackRpcUrls[i];
            if (!Uri.TryCreate(url, UriKind.Absolute, out var fb) || (fb.Scheme != Uri.UriSchemeHttp && fb.Scheme != Uri.UriSchemeHttps))
                errors.Add($"Keeper:FallbackRpcUrls:{i} '{url}' is not an http(s) URL; set it to a second node of the same chain, e.g. --Keeper:FallbackRpcUrls:0=https://rpc.example");
            else if (string.Equals(url.TrimEnd('/'), o.RpcUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) || o.FallbackRpcUrls.Take(i).Any(u => string.Equals(u.TrimEnd('/'), url.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
                errors.Add($"Keeper:FallbackRpcUrls:{i} '{url}' repeats an earlier URL; list each node once (Keeper:RpcUrl first, then different fallbacks)");
        }

        if (o.RpcTimeoutSeconds is < 0.1 or > 300 || double.IsNaN(o.RpcTimeoutSeconds))
            errors.Add($"Keeper:RpcTimeoutSeconds {o.RpcTimeoutSeconds} is outside [0.1, 300]; use a few times the node's slowest normal answer, e.g. 10");
        if (o.RpcRetries is < 0 or > 20)
            errors.Add($"Keeper:RpcRetries {o.RpcRetries} is outside [0, 20]; 4 retries with backoff ride out most blips");
        if (o.RpcRetryDelayMilliseconds is < 1 or > 60_000)
            errors.Add($"Keeper:RpcRetryDelayMilliseconds {o.RpcRetryDelayMilliseconds} is outside [1, 60000]; the first backoff delay, e.g. 200");
        if (o.RpcFailoverAfterFailures is < 1 or > 100)
            errors.Add($"Keeper:RpcFailoverAfterFailures {o.RpcFailoverAfterFailures} is outside [1, 100]; consecutive faults before switching to a fallback, e.g. 2");
        if (o.RpcCircuitBreakSeconds is < 1 or > 3600)
            errors.Add($"Keeper:RpcCircuitBreakSeconds {o.RpcCircuitBreakSeconds} is outside [1, 3600]; e.g. 15");
        if (o.StallSeconds is < 0 or > 86_400)
            errors.Add($"Keeper:StallSeconds {o.StallSeconds} is outside [0, 86400]; use several block times (e.g. 60 on mainnet) or 0 to disable stall detection");
        if (string.IsNullOrWhiteSpace(o.DeploymentPath) && string.IsNullOrWhiteSpace(o.Network))
            errors.Add("Keeper:Network is empty; set it to the deployment name (deployments/<Network>.json) or set Keeper:DeploymentPath");
        if (!string.IsNullOrWhiteSpace(o.DeploymentPath) && !File.Exists(o.DeploymentPath))
            errors.Add($"Keeper:DeploymentPath '{o.DeploymentPath}' does not exist; point it at a deployments/<network>.json written by 'deploy'");
        var postgres = string.Equals(o.State.Provider, State.KeeperStateOptions.Postgres, StringComparison.OrdinalIgnoreCase);
        if (!postgres && !string.Equals(o.State.Provider, State.KeeperStateOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
            errors.Add($"Keeper:State:Provider '{o.State.Provider}' is not sqlite or postgres; use sqlite for one instance or postgres for several");
        if (!postgres && string.IsNullOrWhiteSpace(o.StatePath))
            errors.Add("Keeper:StatePath is empty; set it to a writable SQLite file path, e.g. keeper-state.db");
        if (postgres && string.IsNullOrWhiteSpace(o.State.ConnectionString))
            errors.Add("Keeper:State:ConnectionString is empty but Keeper:State:Provider is postgres; set it, e.g. \"Host=127.0.0.1;Port=5432;Database=keeper;Username=keeper;Password=…\"");
        if (postgres && !string.IsNullOrWhiteSpace(o.State.ConnectionString) && !IsConnectionString(o.State.ConnectionString))
            errors.Add("Keeper:State:ConnectionString is not a valid Npgsql connection string (key=value pairs separated by ';', e.g. Host=…;Database=…;Username=…)");
        if (o.InstanceId is { Length: > 0 } id && (id.Length > 64 || !id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.' or ':')))
            errors.Add($"Keeper:InstanceId '{id}' must be 1–64 characters of letters, digits, '-', '_', '.' or ':'; unset it to use the keeper's address");
        if (o.Coordination.LeaseMilliseconds is < 500 or > 600_000)
            errors.Add($"Keeper:Coordination:LeaseMilliseconds {o.Coordination.LeaseMilliseconds} is outside [500, 600000]; use several block times (e.g. 10000), well above Keeper:PollIntervalMilliseconds");
        else if (postgres && o.Coordination.LeaseMilliseconds < 2 * o.PollIntervalMilliseconds)
            errors.Add($"Keeper:Coordination:LeaseMilliseconds {o.Coordination.LeaseMilliseconds} must be at least twice Keeper:PollIntervalMilliseconds ({o.PollIntervalMilliseconds}); raise the lease or poll faster");
        if (o.Coordination.ClaimBlocks is < 1 or > 1000)
            errors.Add($"Keeper:Coordination:ClaimBlocks {o.Coordination.ClaimBlocks} is outside [1, 1000]; 2 suits chains that mine a liquidation in the next block");
        if (o.KeystorePath is { Length: > 0 } ks && !File.Exists(ks))
            errors.Add($"Keeper:KeystorePath '{ks}' does not exist; point it at an encrypted keystore JSON or unset it to use ${o.PrivateKeyVariable}");
        if (o.PollIntervalMilliseconds is < 50 or > 60_000)
            errors.Add($"Keeper:PollIntervalMilliseconds {o.PollIntervalMilliseconds} is outside [50, 60000]; use about the block time (1000 for Hardhat)");
        if (o.ReorgDepth is < 0 or > 1000)
            errors.Add($"Keeper:ReorgDepth {o.ReorgDepth} is outside [0, 1000]; use the chain's finality depth (e.g. 5 on L2s, 64 on mainnet)");
        if (o.MaxFeePerGasGwei <= 0)
            errors.Add($"Keeper:MaxFeePerGasGwei {o.MaxFeePerGasGwei} must be positive; set the most you will pay per gas, e.g. 200");
        if (o.MinPriorityFeeGwei < 0 || o.MinPriorityFeeGwei > o.MaxFeePerGasGwei)
            errors.Add($"Keeper:MinPriorityFeeGwei {o.MinPriorityFeeGwei} must be in [0, MaxFeePerGasGwei]");
        if (o.ReplaceAfterBlocks < 1)
            errors.Add($"Keeper:ReplaceAfterBlocks {o.ReplaceAfterBlocks} must be at least 1");
        if (o.FeeBumpPercent is < 10 or > 500)
            errors.Add($"Keeper:FeeBumpPercent {o.FeeBumpPercent} is outside [10, 500]; nodes reject replacements bumped by less than 10%");
        if (!IsAmount(o.MinProfit))
            errors.Add($"Keeper:MinProfit '{o.MinProfit}' is not a non-negative decimal in whole base tokens, e.g. \"1.5\"");
        if (!IsAmount(o.LowInventoryWarning))
            errors.Add($"Keeper:LowInventoryWarning '{o.LowInventoryWarning}' is not a non-negative decimal in whole base tokens");
        if (!IsAmount(o.LowGasWarning))
            errors.Add($"Keeper:LowGasWarning '{o.LowGasWarning}' is not a non-negative decimal in whole ether, e.g. \"0.05\"");
        if (o.WarningHealth is <= 1m or > 10m)
            errors.Add($"Keeper:WarningHealth {o.WarningHealth} must be in (1, 10]; the default is 1.10");
        if (o.PendingPollMilliseconds is < 10 or > 10_000)
            errors.Add($"Keeper:PendingPollMilliseconds {o.PendingPollMilliseconds} is outside [10, 10000]; use a small fraction of the block time (50 for 1 s blocks)");
        if (o.MaxLiquidationsPerBlock is < 1 or > KeeperOptions.MaxLiquidationsPerBlockLimit)
            errors.Add($"Keeper:MaxLiquidationsPerBlock {o.MaxLiquidationsPerBlock} is outside [1, {KeeperOptions.MaxLiquidationsPerBlockLimit}]");
        if (o.ScanPageSize is < 10 or > 5000)
            errors.Add($"Keeper:ScanPageSize {o.ScanPageSize} is outside [10, 5000]; 1000 suits most RPC providers (lower it if eth_call hits a gas or size limit)");
        if (o.LiquidationGasLimit is < 100_000 or > 10_000_000)
            errors.Add($"Keeper:LiquidationGasLimit {o.LiquidationGasLimit} is outside [100000, 10000000]; the default 300000 covers the deepest (bad-debt) liquidation path");
        if (o.WebhookUrl is { Length: > 0 } hook && !Uri.TryCreate(hook, UriKind.Absolute, out _))
            errors.Add($"Keeper:WebhookUrl '{hook}' is not an absolute URL; unset it or use e.g. https://hooks.example/margin");
        if (o.HttpUrl is { Length: > 0 } http && !Uri.TryCreate(http, UriKind.Absolute, out _))
            errors.Add($"Keeper:HttpUrl '{http}' is not an absolute URL; use e.g. http://127.0.0.1:9464 or empty to disable");
        if (o.Risk.IntervalSeconds < 1)
            errors.Add($"Keeper:Risk:IntervalSeconds {o.Risk.IntervalSeconds} must be at least 1");
        if (o.Risk.ThresholdBps is < 1 or > 10_000)
            errors.Add($"Keeper:Risk:ThresholdBps {o.Risk.ThresholdBps} is outside [1, 10000]");
        if (o.Risk.HistoryDays < 2)
            errors.Add($"Keeper:Risk:HistoryDays {o.Risk.HistoryDays} must be at least 2");
        if (o.Risk.MinReturns < 2)
            errors.Add($"Keeper:Risk:MinReturns {o.Risk.MinReturns} must be at least 2");
        if (o.Risk.DepthCurves is { Length: > 0 } depthCurves)
        {
            try
            {
                Risk.Margin.DepthCurveFile.Read(depthCurves, "Keeper:Risk:DepthCurves");
            }
            catch (Risk.Margin.DepthCurveFileException ex)
            {
                errors.Add(ex.Message);
            }
        }

        if (o.FaultInjection.KillAfterSigningPercent is < 0 or > 100)
            errors.Add($"Keeper:FaultInjection:KillAfterSigningPercent {o.FaultInjection.KillAfterSigningPercent} is outside [0, 100]; leave it 0 outside fault drills");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The grammar the engine parses amount settings with (<see cref="Sdk.Amounts.TokenAmount.Parse"/>: digits[.digits]);
    /// decimal.TryParse would accept "1,000", "+1" or ".5" and the keeper would then crash at start-up.
    /// </summary>
    private static bool IsAmount(string? value)
    {
        try
        {
            Sdk.Amounts.TokenAmount.Parse(value ?? string.Empty, Sdk.Amounts.TokenAmount.MaxDecimals);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return false;
        }
    }
}
