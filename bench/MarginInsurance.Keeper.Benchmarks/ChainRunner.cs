using System.Diagnostics;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>What the chain benchmarks do: scan sizes and repeats, crash size and runs.</summary>
/// <param name="ScanSizes">Account counts scanned, ascending (accounts are added between sizes).</param>
/// <param name="ScanRepeats">Timed scans per size.</param>
/// <param name="CrashAccounts">Accounts pushed under water by the crash, one crash benchmark per size (ascending).</param>
/// <param name="CrashRuns">Crash runs per size (Hardhat: the chain reverted to the seeded book between runs; anvil: a fresh node per run).</param>
/// <param name="Anvil">Run on anvil instead of Hardhat.</param>
/// <param name="BackRunAccounts">Crash sizes run again with Keeper:BackRunOracleUpdates (anvil only; CrashRuns runs each).</param>
public sealed record ChainPlan(IReadOnlyList<int> ScanSizes, int ScanRepeats, IReadOnlyList<int> CrashAccounts, int CrashRuns, bool Anvil = false, IReadOnlyList<int>? BackRunAccounts = null);

/// <summary>Runs the scan and crash benchmarks on one local node and writes their figures after each phase.</summary>
public static class ChainRunner
{
    private const string ScanCollateral = "1";
    private const string ScanDebt = "1000";

    /// <summary>Runs <paramref name="plan"/>, writing figures to <paramref name="outPath"/> as they come.</summary>
    public static async Task<int> RunAsync(ChainPlan plan, string outPath)
    {
        var figures = new List<Figure>();
        var failures = 0;
        var total = Stopwatch.StartNew();
        Progress($"starting a{(plan.Anvil ? "n anvil" : " Hardhat")} node and deploying the protocol + BenchSeeder");
        await using var chain = await BenchChain.StartAsync(plan.Anvil).ConfigureAwait(false);
        var protocol = chain.Protocol;
        var clean = await protocol.Chain.SnapshotAsync().ConfigureAwait(false);

        try
        {
            foreach (var size in plan.ScanSizes)
            {
                Progress($"scan: opening accounts up to {size:N0}");
                await chain.OpenAccountsAsync(size - chain.Accounts.Count, ScanCollateral, ScanDebt, Progress).ConfigureAwait(false);
                Progress($"scan: {size:N0} accounts, {plan.ScanRepeats} timed scans");
                figures.AddRange(await ScanBenchmark.RunAsync(chain, plan.ScanRepeats, Progress).ConfigureAwait(false));
                FigureFile.Write(outPath, figures);
            }

            figures.AddRange(Growth.Ratios(figures, chain.NodeName));
            FigureFile.Write(outPath, figures);
        }
        catch (Exception ex)
        {
            failures++;
            Progress($"scan FAILED: {ex}");
        }

        if (plan.CrashRuns == 0)
        {
            Progress($"chain benchmarks done in {total.Elapsed.TotalSeconds:F0} s ({figures.Count} figures, {failures} phases failed; no crash runs)");
            return failures == 0 ? 0 : 1;
        }

        if (chain.IsAnvil)
        {
            failures += await FreshNodeCrashesAsync(plan.CrashAccounts, plan.CrashRuns, backRun: false, figures, outPath).ConfigureAwait(false);
            failures += await FreshNodeCrashesAsync(plan.BackRunAccounts ?? [], plan.CrashRuns, backRun: true, figures, outPath).ConfigureAwait(false);
        }
        else
        {
            failures += await RevertingCrashesAsync(chain, clean, plan, figures, outPath).ConfigureAwait(false);
        }

        FigureFile.Write(outPath, figures);
        Progress($"chain benchmarks done in {total.Elapsed.TotalSeconds:F0} s ({figures.Count} figures, {failures} phases failed)");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The crash runs on Hardhat: one book per size, the chain reverted to it between runs.</summary>
    private static async Task<int> RevertingCrashesAsync(BenchChain chain, string clean, ChainPlan plan, List<Figure> figures, string outPath)
    {
        var protocol = chain.Protocol;
        try
        {
            _ = await protocol.RevertAndSnapshotAsync(clean).ConfigureAwait(false); // the scan book goes: the crash opens its own
            chain.TruncateAccounts(0);
            var keeperKey = await protocol.FundedKeyAsync().ConfigureAwait(false);
            await protocol.MintAsync(keeperKey.Address, "USDC", protocol.ParseAmount("USDC", CrashBenchmark.KeeperInventory)).ConfigureAwait(false);
            var accounts = new List<Sdk.Accounts.AccountId>();
            foreach (var size in plan.CrashAccounts)
            {
                Progress($"crash: opening accounts up to {size:N0} at health ≈ 1.13 (keeper funded)");
                accounts.AddRange(await chain.OpenAccountsAsync(size - accounts.Count, CrashBenchmark.CollateralPerAccount, CrashBenchmark.DebtPerAccount, Progress).ConfigureAwait(false));
                var seeded = await protocol.Chain.SnapshotAsync().ConfigureAwait(false);
                var runs = new List<CrashRun>();
                for (var r = 0; r < plan.CrashRuns; r++)
                {
                    Progress($"crash {size:N0} on {chain.NodeName} run {r + 1}/{plan.CrashRuns}: one price update, 1 s blocks, keeper in process");
                    CrashRun run;
                    try
                    {
                        run = await CrashBenchmark.RunOnceAsync(chain, accounts, keeperKey, Progress).ConfigureAwait(false);
                    }
                    catch when (runs.Count > 0)
                    {
                        figures.AddRange(CrashBenchmark.Figures(size, chain.NodeName, runs)); // the runs that completed (n < CrashRuns)
                        throw;
                    }

                    runs.Add(run);
                    ReportRun(accounts.Count, run);
                    seeded = await protocol.RevertAndSnapshotAsync(seeded).ConfigureAwait(false);
                }

                figures.AddRange(CrashBenchmark.Figures(size, chain.NodeName, runs));
                FigureFile.Write(outPath, figures);
            }
        }
        catch (Exception ex)
        {
            Progress($"crash FAILED: {ex}");
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// The crash runs on anvil, each on a fresh node (deploy, fund the keeper, open the book, crash): an evm_revert on
    /// anvil winds its clock back to the snapshot and re-uses the reverted run's block numbers, and a later run then met
    /// healthBatch reverting with Panic 0x11 (a view's now − lastAccrual below zero) or a block time before the market's
    /// last accrual (the views now treat such a time as nothing to accrue, docs/protocol.md §5; the fresh nodes stay, as
    /// re-used block numbers would confuse the block counts). Hardhat's revert has no such effect, so its runs keep
    /// reverting to the seeded book. With
    /// <paramref name="backRun"/> the keeper runs with Keeper:BackRunOracleUpdates (the same-block defence).
    /// </summary>
    private static async Task<int> FreshNodeCrashesAsync(IReadOnlyList<int> sizes, int crashRuns, bool backRun, List<Figure> figures, string outPath)
    {
        var failures = 0;
        foreach (var size in sizes)
        {
            var runs = new List<CrashRun>();
            try
            {
                for (var r = 0; r < crashRuns; r++)
                {
                    Progress($"crash {size:N0} on anvil{(backRun ? " with back-run" : string.Empty)} run {r + 1}/{crashRuns}: a fresh node, {size:N0} accounts at health ≈ 1.13, one price update, 1 s blocks, keeper in process");
                    await using var node = await BenchChain.StartAsync(anvil: true).ConfigureAwait(false);
                    var keeperKey = await node.Protocol.FundedKeyAsync().ConfigureAwait(false);
                    await node.Protocol.MintAsync(keeperKey.Address, "USDC", node.Protocol.ParseAmount("USDC", CrashBenchmark.KeeperInventory)).ConfigureAwait(false);
                    var accounts = await node.OpenAccountsAsync(size, CrashBenchmark.CollateralPerAccount, CrashBenchmark.DebtPerAccount, Progress).ConfigureAwait(false);
                    var run = await CrashBenchmark.RunOnceAsync(node, accounts, keeperKey, Progress, backRun).ConfigureAwait(false);
                    runs.Add(run);
                    ReportRun(accounts.Count, run);
                }
            }
            catch (Exception ex)
            {
                failures++;
                Progress($"crash FAILED: {ex}");
            }

            if (runs.Count > 0) figures.AddRange(backRun ? CrashBenchmark.BackRunFigures(size, runs) : CrashBenchmark.Figures(size, "anvil", runs)); // the runs that completed
            FigureFile.Write(outPath, figures);
        }

        return failures;
    }

    private static void ReportRun(int accounts, CrashRun run) =>
        Progress($"  all {accounts:N0} safe after {run.Blocks} blocks ({run.InPriceBlock} liquidations in the price update's own block) (minimum {CrashBenchmark.MinimumBlocks(run.GasUsed)}), first liquidation in block +{run.FirstLiquidationBlock}, {run.Milliseconds:N0} ms; {run.Liquidations} liquidation txs ({string.Join(",", run.PerBlock)} per block), {run.GasUsed:N0} gas");

    /// <summary>A progress line with the time of day.</summary>
    public static void Progress(string message) => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");
}
