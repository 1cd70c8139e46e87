using System.Diagnostics;
using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Sdk.OffChain;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// Scan cost at N accounts, with the keeper's own code: (a) the scan alone — <see cref="OffChainMarginReader.ReadAsync"/>
/// of every indexed account at the pinned head (Multicall3, the keeper's default page) plus the <c>healthBatch</c>
/// confirmation of the accounts below 1 per 500 — timed and its JSON-RPC requests counted by the keeper's
/// <see cref="CountingInterceptor"/>; (b) a whole <see cref="KeeperEngine.TickAsync"/>(force: true) in dry-run mode
/// (index + track + scan + margin calls), with its own <see cref="TickReport.ScanRpcCalls"/>.
/// </summary>
public static class ScanBenchmark
{
    private const int ConfirmChunk = 500;
    private const double GoalMilliseconds = 1000;
    private const int GoalAccounts = 10_000;
    private const double ComputeGoalMilliseconds = 150;
    private const double GrowthGoalAccounts = 100_000;
    private const double GrowthGoalMilliseconds = 10_000;
    private const double MemoryGoalMiB = 1024;
    private const int MaxRepeats = 15;
    private const double SampleAccounts = 100_000;

    private static readonly string[] ScanMethods = ["eth_call", "eth_getBlockByNumber"];

    private static double RpcSeconds(KeeperMetrics metrics) => ScanMethods.Sum(m => metrics.RpcLatency.WithLabels(m).Sum);

    private static double Median(List<double> values) => Figure.FromSamples("x", "x", "x", values, null, null).Median;

    /// <summary>One scan as the keeper runs it: the read at <paramref name="head"/>, then healthBatch per 500 accounts below 1; returns how many were below 1.</summary>
    private static async Task<int> ScanOnceAsync(OffChainMarginReader reader, MarginVaultService vault, IReadOnlyList<Sdk.Accounts.AccountId> accounts, BigInteger head)
    {
        var read = await reader.ReadAsync(accounts, head).ConfigureAwait(false);
        var below = read.Accounts.Where(a => a.Snapshot is { } s && !s.Debt.IsZero && s.Health < WadMath.WAD).ToList();
        foreach (var chunk in below.Chunk(ConfirmChunk))
        {
            await vault.HealthBatchQueryAsync(new HealthBatchFunction
            {
                Owners = chunk.Select(a => a.Account.Owner).ToList(),
                SubIds = chunk.Select(a => a.Account.SubId).ToList(),
            }, new BlockParameter(new HexBigInteger(head))).ConfigureAwait(false);
        }

        return below.Count;
    }

    /// <summary>
    /// Measures the scan of every account currently open on <paramref name="chain"/>, <paramref name="repeats"/> times — more
    /// at small books (up to <see cref="MaxRepeats"/>, about <see cref="SampleAccounts"/> accounts scanned in all), where one
    /// scan takes tens of milliseconds and the median of 3 is mostly the machine's noise.
    /// </summary>
    public static async Task<IReadOnlyList<Figure>> RunAsync(BenchChain chain, int repeats, Action<string> progress)
    {
        var n = chain.Accounts.Count;
        repeats = Math.Max(repeats, Math.Min(MaxRepeats, (int)Math.Ceiling(SampleAccounts / Math.Max(1.0, n))));
        using var keeper = await BenchKeeper.StartAsync(chain.Protocol, await chain.Protocol.FundedKeyAsync().ConfigureAwait(false), o => o.DryRun = true).ConfigureAwait(false);
        var engine = keeper.Engine;
        var index = Stopwatch.StartNew();
        var first = await engine.TickAsync(force: true).ConfigureAwait(false) ?? throw new InvalidOperationException("first tick did not scan");
        progress($"  keeper indexed {first.Accounts} accounts in {index.Elapsed.TotalSeconds:F1} s (first tick, not a figure)");
        if (first.Accounts != n) throw new InvalidOperationException($"keeper indexed {first.Accounts} accounts, {n} were opened");

        var metrics = new KeeperMetrics();
        var counter = new CountingInterceptor(metrics);
        var web3 = new Web3(chain.Protocol.RpcUrl);
        web3.Client.OverridingRequestInterceptor = counter;
        // BENCH_SCAN_PAGES_IN_FLIGHT overrides the reader's pages in flight (A/B comparisons; the keeper's tick keeps the default)
        var inFlight = int.TryParse(Environment.GetEnvironmentVariable("BENCH_SCAN_PAGES_IN_FLIGHT"), out var f) && f > 0 ? f : new OffChainMarginReader(web3, chain.Protocol.Deployment).ConcurrentPages;
        var reader = new OffChainMarginReader(web3, chain.Protocol.Deployment) { PageSize = new KeeperOptions().ScanPageSize, ConcurrentPages = inFlight };
        var vault = new MarginVaultService(web3, chain.Protocol.Deployment.MarginVault);
        var accounts = engine.Store.Accounts();

        // one untimed scan at every size before the timed ones (the same warm-up for each size: JIT, connection pool,
        // the node's state cache), so the growth ratios compare like with like
        await ScanOnceAsync(reader, vault, accounts, await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).ConfigureAwait(false);

        var scanMs = new List<double>();
        var cpuMs = new List<double>();
        var scanCalls = new List<double>();
        var nodeMs = new List<double>();
        var tickMs = new List<double>();
        var tickScanCalls = new List<double>();
        var residentMiB = new List<double>();
        for (var r = 0; r < repeats; r++)
        {
            var head = await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false);
            var before = counter.Count;
            var waitedBefore = RpcSeconds(metrics);
            using var self0 = Process.GetCurrentProcess();
            var cpuBefore = self0.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var below = await ScanOnceAsync(reader, vault, accounts, head.Value).ConfigureAwait(false);
            scanMs.Add(sw.Elapsed.TotalMilliseconds);
            self0.Refresh();
            cpuMs.Add((self0.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            scanCalls.Add(counter.Count - before);
            nodeMs.Add((RpcSeconds(metrics) - waitedBefore) * 1000);

            var tick = Stopwatch.StartNew();
            var report = await engine.TickAsync(force: true).ConfigureAwait(false) ?? throw new InvalidOperationException("forced tick did not scan");
            tickMs.Add(tick.Elapsed.TotalMilliseconds);
            tickScanCalls.Add(report.ScanRpcCalls);
            using (var self = Process.GetCurrentProcess()) residentMiB.Add(self.WorkingSet64 / (1024.0 * 1024.0));
            progress($"  N={n} run {r + 1}/{repeats}: scan {scanMs[^1]:F0} ms ({cpuMs[^1]:F0} ms CPU of this process; requests in flight {nodeMs[^1]:F0} ms summed) in {scanCalls[^1]} RPC calls ({below} below 1); whole tick {tickMs[^1]:F0} ms (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        }

        var maxCalls = Math.Ceiling(n / 500.0) + 2;
        var node = chain.NodeName;
        var anvil = node == "anvil";
        // the scan goals are judged on anvil (the Hardhat figure is printed beside it); growth goals at 100,000 accounts
        var timeGoal = anvil && n == GoalAccounts ? "< 1,000 ms" : anvil && n >= GrowthGoalAccounts ? "< 10,000 ms" : null;
        var timeLimit = n >= GrowthGoalAccounts ? GrowthGoalMilliseconds : GoalMilliseconds;
        var computeGoal = anvil && n == GoalAccounts ? "< 150 ms" : null;
        var memoryGoal = n >= GrowthGoalAccounts ? "< 1 GiB" : null;
        return
        [
            Figure.FromSamples("scan", $"scan {n:N0} accounts on {node} (ReadAsync + healthBatch)", "ms", scanMs, timeGoal, timeGoal is null ? null : m => m < timeLimit,
                note: $"OffChainMarginReader.ReadAsync at the pinned head (page 1000, up to {reader.ConcurrentPages} pages in flight) + healthBatch per 500 accounts below 1; local {node} node; accounts all healthy; " +
                      $"median of {repeats} timed scans after one untimed warm-up scan at this size; JSON-RPC requests in flight, summed over overlapping requests: median {Median(nodeMs):F0} ms"),
            Figure.FromSamples("scan", $"scan {n:N0} accounts on {node}: C# CPU time", "ms", cpuMs, computeGoal, computeGoal is null ? null : m => m < ComputeGoalMilliseconds,
                note: "CPU time (user + system) of the benchmark process during the timed scan: request building, JSON-RPC transport and parsing, " +
                      "the packed aggregate3 decoding, the reader's per-account composition and health (the node is a separate process, not counted)"),
            Figure.FromSamples("scan", $"scan {n:N0} accounts on {node}: RPC calls", "calls", scanCalls, $"≤ ceil(N/500)+2 = {maxCalls}", c => c <= maxCalls,
                note: "JSON-RPC requests of the scan (1 header + 1 market multicall + 2 per 1000 accounts + 1 per 500 below 1)"),
            Figure.FromSamples("scan", $"keeper tick {n:N0} accounts on {node} (dry run, forced)", "ms", tickMs, null, null,
                note: $"KeeperEngine.TickAsync(force: true), DryRun: index + track + scan + margin calls; its ScanRpcCalls = {tickScanCalls.Min()}–{tickScanCalls.Max()}"),
            Figure.FromSamples("scan", $"keeper resident memory at {n:N0} accounts on {node}", "MiB", residentMiB, memoryGoal, memoryGoal is null ? null : m => m < MemoryGoalMiB,
                note: "working set of the benchmark process after each forced tick (the keeper runs in process; the figure includes the runner itself)"),
        ];
    }
}
