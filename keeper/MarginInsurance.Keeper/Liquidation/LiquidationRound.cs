using System.Numerics;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.Processing;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.OffChain;
using Microsoft.Extensions.Logging;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Liquidation;

/// <summary>What a round did: liquidations sent, skipped as unprofitable, and the candidates it did not reach (Keeper:MaxLiquidationsPerBlock).</summary>
internal sealed record RoundResult(int Sent, int Skipped, List<Candidate> NotReached);

/// <summary>
/// One block's liquidations: the confirmed candidates not already in flight (never sent twice), largest shortfall first,
/// up to Keeper:MaxLiquidationsPerBlock. Pipelined per <see cref="LiquidationSimulator.BatchSize"/> candidates: one
/// batched simulation, the plans, the claims (scale-out), then the whole chunk sent as one burst with consecutive nonces
/// — the first chunk is on its way while the next is simulated.
/// </summary>
internal sealed class LiquidationRound(
    IWeb3 web3, DeploymentFile deployment, KeeperOptions options, IKeeperStore store, IKeeperCoordinator coordinator, TransactionManager transactions,
    LiquidationSimulator simulator, LiquidationPlanner planner, KeeperFunds funds, KeeperMetrics metrics, ILogger logger)
{
    /// <summary>
    /// Liquidates what pays among <paramref name="candidates"/>. <paramref name="inventory"/> is the base balance if this
    /// tick already read it (null: read it now). With <paramref name="after"/> (a price update still pending) the round
    /// back-runs it: each liquidation is simulated as mined right after the update, and sent with a fee cap and tip just
    /// under the update's so the block orders it after (<see cref="PendingPriceUpdate.FeesBehind"/>).
    /// </summary>
    public async Task<RoundResult> RunAsync(
        IReadOnlyList<Candidate> candidates, OffChainMarket market, BigInteger head, BigInteger? inventory, bool ignoreProfit, CancellationToken cancellationToken,
        PendingPriceUpdate? after = null)
    {
        if (candidates.Count == 0) return new RoundResult(0, 0, []);
        var fees = await transactions.GetFeesAsync().ConfigureAwait(false);
        if (after is not null) fees = after.FeesBehind(fees);
        var balance = inventory ?? await web3.Eth.ERC20.GetContractService(deployment.BaseAsset).BalanceOfQueryAsync(transactions.Address).ConfigureAwait(false);
        var poolsUsed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var (sent, skipped, reached) = (0, 0, 0);
        var cap = options.MaxLiquidationsPerBlock;
        // a small first chunk: its simulation is short, so the first liquidations reach the next block
        var chunk = NextChunk(candidates, ref reached, Math.Min(cap, FirstChunk));
        var simulating = SimulateAsync(chunk, balance, after, cancellationToken);
        while (chunk.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var simulations = await simulating.ConfigureAwait(false);
            var simulated = clock.ElapsedMilliseconds;
            var plans = new List<LiquidationPlan>();
            for (var i = 0; i < chunk.Count; i++)
            {
                if (after is not null && simulations[i]?.Result is null) continue; // a back-run sends only what the simulation after the update confirms
                var (plan, unprofitable) = await planner.PlanAsync(chunk[i], simulations[i], balance, poolsUsed, fees, market, ignoreProfit).ConfigureAwait(false);
                if (unprofitable) skipped++;
                if (plan is null || !coordinator.TryClaim(plan.Candidate.Account, head)) continue; // another instance has it in flight or just claimed it
                plans.Add(plan);
                balance -= plan.Need;
                if (plan.SwapMode) poolsUsed.Add(plan.Candidate.Asset);
            }

            // the next chunk is simulated (by the node) while this one is signed and sent (by the keeper)
            var planned = clock.ElapsedMilliseconds;
            var sending = chunk;
            if (cap - sent - plans.Count <= 0 && reached < candidates.Count)
            {
                // Keeper:MaxLiquidationsPerBlock is per block of chain time: a round that outlasts blocks (a crash's
                // hundreds of sends) goes on with the next block's share instead of waiting for the next tick's rescan
                var now = (await web3.Eth.Blocks.GetBlockNumber.SendRequestAsync().ConfigureAwait(false)).Value;
                if (now > head) cap = (int)Math.Min(int.MaxValue, options.MaxLiquidationsPerBlock * (long)(1 + now - head));
            }

            chunk = NextChunk(candidates, ref reached, cap - sent - plans.Count);
            simulating = SimulateAsync(chunk, balance, after, cancellationToken);
            var txs = plans.Count == 0 ? [] : await transactions.SendBurstAsync(plans.Select(p => p.Request).ToList(), fees, head, cancellationToken).ConfigureAwait(false);
            logger.LogDebug("burst of {Count} of {Chunk}: simulated in {Sim} ms, planned in {Plan} ms, sent in {Send} ms", plans.Count, sending.Count, simulated, planned - simulated, clock.ElapsedMilliseconds - planned);
            store.InBatch(() =>
            {
                for (var i = 0; i < txs.Count; i++)
                {
                    if (txs[i] is { } tx) Booked(plans[i], tx);
                    else balance += plans[i].Need; // not sent: the inventory stays
                }
            });
            sent += txs.Count(t => t is not null);
        }

        await simulating.ConfigureAwait(false); // nothing left running (a cancelled round stops here)
        funds.SetInventory(balance);
        return new RoundResult(sent, skipped, candidates.Skip(reached).ToList());
    }

    /// <summary>
    /// The next candidates to simulate: at most <see cref="LiquidationSimulator.BatchSize"/> and no more than
    /// <paramref name="room"/>, skipping those with a liquidation in flight (never sent twice) — checked here, as they are
    /// reached, not for a whole backlog every block.
    /// </summary>
    /// <summary>Candidates of a round's first chunk (the later ones take <see cref="LiquidationSimulator.BatchSize"/>).</summary>
    internal const int FirstChunk = 25;

    private List<Candidate> NextChunk(IReadOnlyList<Candidate> candidates, ref int reached, int room)
    {
        var chunk = new List<Candidate>();
        for (; reached < candidates.Count && chunk.Count < Math.Clamp(room, 0, LiquidationSimulator.BatchSize); reached++)
        {
            if (!store.HasOpenLiquidation(candidates[reached].Account)) chunk.Add(candidates[reached]);
        }

        return chunk;
    }

    private Task<Simulation?[]> SimulateAsync(List<Candidate> chunk, BigInteger balance, PendingPriceUpdate? after, CancellationToken cancellationToken) =>
        chunk.Count == 0 || planner.SwapOnly(balance)
            ? Task.FromResult(new Simulation?[chunk.Count])
            : SimulateChunkAsync(chunk, after, cancellationToken);

    private async Task<Simulation?[]> SimulateChunkAsync(List<Candidate> chunk, PendingPriceUpdate? after, CancellationToken cancellationToken) =>
        after is not null
            ? await simulator.SimulateAfterAsync(chunk, after).ConfigureAwait(false) ?? new Simulation?[chunk.Count]
            : await simulator.SimulateAsync(chunk, cancellationToken).ConfigureAwait(false);

    private void Booked(LiquidationPlan plan, SentTx tx)
    {
        var c = plan.Candidate;
        if (plan.SwapMode) metrics.SwapLiquidationsSent.Inc();
        metrics.LiquidationsSent.Inc();
        store.AddCounter(OutcomeRecorder.ExpectedProfitKey(tx.Hash), plan.Profit);
        logger.LogInformation("liquidating {Account} in {Mode} mode (health {Health}, shortfall {Shortfall}): tx {Hash} nonce {Nonce}, expected profit {Profit}",
            c.Account, plan.Mode, new Wad(c.Health), funds.Base(c.Shortfall), tx.Hash, tx.Nonce, funds.Base(plan.Profit));
    }
}
