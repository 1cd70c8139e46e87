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

/// <summary>
/// One block's liquidations: the confirmed candidates not already in flight (never sent twice) are simulated, planned
/// largest shortfall first up to Keeper:MaxLiquidationsPerBlock, claimed (scale-out), and sent with consecutive nonces.
/// </summary>
internal sealed class LiquidationRound(
    IWeb3 web3, DeploymentFile deployment, KeeperOptions options, IKeeperStore store, IKeeperCoordinator coordinator, TransactionManager transactions,
    LiquidationSimulator simulator, LiquidationPlanner planner, KeeperFunds funds, KeeperMetrics metrics, ILogger logger)
{
    /// <summary>
    /// Liquidates what pays among <paramref name="candidates"/>. <paramref name="inventory"/> is the base balance if this
    /// tick already read it (null: read it now). Returns how many were sent and how many skipped as unprofitable.
    /// </summary>
    public async Task<(int Sent, int Skipped)> RunAsync(
        IReadOnlyList<Candidate> candidates, OffChainMarket market, BigInteger head, BigInteger? inventory, bool ignoreProfit, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0) return (0, 0);
        var fees = await transactions.GetFeesAsync().ConfigureAwait(false);
        var balance = inventory ?? await web3.Eth.ERC20.GetContractService(deployment.BaseAsset).BalanceOfQueryAsync(transactions.Address).ConfigureAwait(false);
        var eligible = candidates.Where(c => !store.HasOpenLiquidation(c.Account)).Take(2 * options.MaxLiquidationsPerBlock).ToList(); // in flight: never send twice
        var simulations = planner.SwapOnly(balance) ? new Simulation?[eligible.Count] : await simulator.SimulateAsync(eligible, cancellationToken).ConfigureAwait(false);
        var (plans, skipped, left) = await PlanAsync(eligible, simulations, balance, fees, market, head, ignoreProfit, cancellationToken).ConfigureAwait(false);
        var sent = await SendAsync(plans, fees, head, cancellationToken).ConfigureAwait(false);
        funds.SetInventory(plans.Where(p => !sent.ContainsKey(p)).Aggregate(left, (sum, p) => sum + p.Need)); // what was planned but not sent stays
        return (sent.Count, skipped);
    }

    private async Task<(List<LiquidationPlan> Plans, int Skipped, BigInteger Left)> PlanAsync(
        List<Candidate> eligible, IReadOnlyList<Simulation?> simulations, BigInteger inventory, Fees fees, OffChainMarket market, BigInteger head, bool ignoreProfit, CancellationToken cancellationToken)
    {
        var plans = new List<LiquidationPlan>();
        var skipped = 0;
        var poolsUsed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < eligible.Count && plans.Count < options.MaxLiquidationsPerBlock && !cancellationToken.IsCancellationRequested; i++)
        {
            var (plan, unprofitable) = await planner.PlanAsync(eligible[i], simulations[i], inventory, poolsUsed, fees, market, ignoreProfit).ConfigureAwait(false);
            if (unprofitable) skipped++;
            if (plan is null || !coordinator.TryClaim(plan.Candidate.Account, head)) continue; // another instance has it in flight or just claimed it
            plans.Add(plan);
            inventory -= plan.Need;
            if (plan.SwapMode) poolsUsed.Add(plan.Candidate.Asset);
        }

        return (plans, skipped, inventory);
    }

    /// <summary>Sends the plans in order; the ones the node took, with their stored transactions.</summary>
    private async Task<Dictionary<LiquidationPlan, SentTx>> SendAsync(List<LiquidationPlan> plans, Fees fees, BigInteger head, CancellationToken cancellationToken)
    {
        var sent = new Dictionary<LiquidationPlan, SentTx>();
        foreach (var plan in plans)
        {
            if (await transactions.SendAsync(plan.Request, fees, head, cancellationToken).ConfigureAwait(false) is not { } tx) continue;
            sent[plan] = tx;
            Booked(plan, tx);
        }

        return sent;
    }

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
