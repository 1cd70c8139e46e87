using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.Coordination;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.OffChain;
using Microsoft.Extensions.Logging;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>What a perp round sent.</summary>
internal sealed record PerpRoundResult(int Confirmed, int Sent, int Skipped, int Deleverages);

/// <summary>
/// One block's position liquidations and deleveragings, with the spot rules: the confirmed accounts (perpHealthBatch at
/// the scan's block), largest shortfall first, never one with a liquidation in flight (stored before broadcast, the
/// same <c>liquidate</c> rows spot uses, so a restart rebroadcasts the bytes and never re-signs), each simulated at the
/// latest block, claimed (scale-out) and sent in one burst of consecutive nonces, up to Keeper:MaxLiquidationsPerBlock.
/// The position closed first is the account's largest maintenance requirement (it releases the most margin). Then, per
/// market with an uncovered deficit, one deleveraging of the highest-ranked position (§13.8), simulated first.
/// </summary>
internal sealed class PerpRound(
    DeploymentFile deployment, KeeperOptions options, IKeeperStore store, IKeeperCoordinator coordinator, TransactionManager transactions,
    PerpSimulator simulator, KeeperMetrics metrics, KeeperFunds funds, ILogger logger)
{
    /// <summary>Gas limit of a position liquidation, fixed as spot's (no estimate: a further fall can switch the call to the deficit path, which draws on the insurance pool); measured 167k–227k in PerpKeeperTests.</summary>
    public const long LiquidationGasLimit = 700_000;

    /// <summary>Gas limit of a deleveraging: a base plus the contract's check of each other listed position (measured 161k with 1 other, 184k with 2).</summary>
    public static long DeleverageGasLimit(int others) => 300_000 + 30_000L * others;

    private const int SimulationConcurrency = 8;
    private readonly BigInteger _minProfit = KeeperOptions.BaseUnits(options.MinProfit, deployment.BaseDecimals);
    private readonly HashSet<string> _unprofitableLogged = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Liquidates the confirmed candidates of <paramref name="confirmed"/> (already ordered) and deleverages where needed.</summary>
    public async Task<PerpRoundResult> RunAsync(
        PerpBook book, IReadOnlyList<PerpAccountView> confirmed, IReadOnlySet<AccountId> shard, OffChainMarket spot, BigInteger head, bool ignoreProfit, CancellationToken cancellationToken)
    {
        var requests = new List<(TxRequest Request, PerpAccountView Account, BigInteger Profit)>();
        var skipped = 0;
        var fees = await transactions.GetFeesAsync().ConfigureAwait(false);
        // the accounts to liquidate this block (none in flight: never twice), simulated at once
        var picked = new List<(PerpAccountView Account, PerpPositionValue Position, LiquidatePositionFunction Call)>();
        foreach (var a in confirmed)
        {
            if (picked.Count >= options.MaxLiquidationsPerBlock) break;
            if (store.HasOpenLiquidation(a.Account)) continue;
            var largest = a.Positions.OrderByDescending(p => p.Maintenance).First(); // releases the most margin
            picked.Add((a, largest, new LiquidatePositionFunction { Owner = a.Account.Owner, SubId = a.Account.SubId, MarketId = largest.MarketId, MaxCloseSize = WadMath.MaxUint256 }));
        }

        var simulations = new PerpSimulation<LiquidatePositionOutputDTO>[picked.Count];
        await Parallel.ForAsync(0, picked.Count, new ParallelOptions { MaxDegreeOfParallelism = SimulationConcurrency, CancellationToken = cancellationToken },
            async (i, _) => simulations[i] = await simulator.LiquidateAsync(picked[i].Call).ConfigureAwait(false)).ConfigureAwait(false);
        for (var i = 0; i < picked.Count; i++)
        {
            var (a, position, fn) = picked[i];
            if (simulations[i].Result is not { } r)
            {
                logger.LogInformation("simulation of liquidating position {Market} of {Account} reverted: {Error}", MarketName(book, position.MarketId), a.Account, simulations[i].Error?.Message);
                continue;
            }

            var toInsurance = (r.Penalty * book.ProtocolShareBps + WadMath.BPS - 1) / WadMath.BPS;
            var gas = GasInBase(LiquidationGasLimit, fees, spot);
            var profit = r.Penalty - toInsurance - gas;
            // §13.7 caps the penalty at the equity the close leaves: a bankrupt account pays none. Its liquidation is
            // still sent (at the cost of the gas): it realizes the deficit for insurance and deleveraging (§13.8).
            var bankrupt = r.Penalty.IsZero;
            if (profit < _minProfit && !ignoreProfit && !bankrupt)
            {
                skipped++;
                metrics.SkippedUnprofitable.Inc();
                if (_unprofitableLogged.Add(a.Account.ToString()))
                    logger.LogInformation("skip position {Market} of {Account}: profit {Profit} < Keeper:MinProfit (penalty to the keeper {Reward} − gas {Gas})",
                        MarketName(book, position.MarketId), a.Account, funds.Base(profit), funds.Base(r.Penalty - toInsurance), funds.Base(gas));
                continue;
            }

            _unprofitableLogged.Remove(a.Account.ToString());
            if (!coordinator.TryClaim(a.Account, head)) continue; // another instance has it in flight or just claimed it
            var detail = $"perp {MarketName(book, position.MarketId)} health {new Wad(a.Health)} close {new Wad(r.Closed)} penalty {funds.Base(r.Penalty)} profit {funds.Base(profit)}";
            requests.Add((new TxRequest(deployment.MarginVault, PerpCalls.WriteData(fn), LiquidationGasLimit, TxKind.Liquidate, a.Account.Owner,
                a.Account.SubId.ToString(CultureInfo.InvariantCulture), PerpCalls.Asset(position.MarketId), detail), a,
                BigInteger.Max(profit, 0))); // a bankrupt account's: no reward (its gas is counted in keeper_gas_spent_wei_total)
        }

        var sent = 0;
        if (requests.Count > 0)
        {
            var txs = await transactions.SendBurstAsync(requests.Select(r => r.Request).ToList(), fees, head, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < txs.Count; i++)
            {
                if (txs[i] is not { } tx) continue;
                sent++;
                metrics.LiquidationsSent.Inc();
                metrics.Perps.PositionLiquidationsSent.Inc();
                store.AddCounter(Processing.OutcomeRecorder.ExpectedProfitKey(tx.Hash), requests[i].Profit);
                logger.LogInformation("liquidating position of {Account} ({Detail}, shortfall {Shortfall}): tx {Hash} nonce {Nonce}",
                    requests[i].Account.Account, requests[i].Request.Detail, funds.Base(requests[i].Account.Shortfall), tx.Hash, tx.Nonce);
            }
        }

        var deleverages = 0;
        foreach (var m in book.Markets.Where(m => !m.State.AdlDeficit.IsZero))
        {
            if (cancellationToken.IsCancellationRequested) break;
            if (await DeleverageAsync(book, m, shard, fees, head, cancellationToken).ConfigureAwait(false)) deleverages++;
        }

        return new PerpRoundResult(confirmed.Count, sent, skipped, deleverages);
    }

    /// <summary>The replacement of a pending perp transaction: the same call if it still succeeds (liquidations only), else null (the nonce is freed).</summary>
    public async Task<TxRequest?> ReplacementForAsync(SentTx tx)
    {
        if (tx.Kind != TxKind.Liquidate || !PerpCalls.IsPerp(tx)) return null;
        var fn = new LiquidatePositionFunction
        {
            Owner = tx.Owner!, SubId = BigInteger.Parse(tx.SubId!, CultureInfo.InvariantCulture), MarketId = PerpCalls.MarketOf(tx), MaxCloseSize = WadMath.MaxUint256,
        };
        metrics.Replacements.Inc();
        var data = PerpCalls.WriteData(fn);
        return await simulator.SucceedsAsync(data).ConfigureAwait(false)
            ? new TxRequest(deployment.MarginVault, data, tx.GasLimit, TxKind.Liquidate, tx.Owner, tx.SubId, tx.Asset, $"perp replaces {tx.Hash}")
            : null;
    }

    private async Task<bool> DeleverageAsync(PerpBook book, PerpMarketView m, IReadOnlySet<AccountId> shard, Fees fees, BigInteger head, CancellationToken cancellationToken)
    {
        var name = MarketName(book, m.Id);
        var asset = PerpCalls.Asset(m.Id);
        if (store.OpenTxs(transactions.Address).Any(t => t.Kind == TxKind.Deleverage && t.Asset == asset)) return false; // one at a time: each re-ranks the side
        var (plan, why) = AdlRanking.Plan(m, book.Accounts);
        if (plan is null)
        {
            logger.LogWarning("{Market}: deficit {Deficit} awaits deleveraging, none possible at block {Block}: {Why}", name, funds.Base(m.State.AdlDeficit), book.Block, why);
            return false;
        }

        // the instance owning the target sends it (the ranking is the same everywhere); the claim keeps it single
        if (!shard.Contains(plan.Target) || store.HasOpenLiquidation(plan.Target)) return false;
        var fn = new DeleverageFunction
        {
            MarketId = m.Id, TargetOwner = plan.Target.Owner, TargetSubId = plan.Target.SubId,
            Owners = plan.Others.Select(o => o.Owner).ToList(), SubIds = plan.Others.Select(o => o.SubId).ToList(),
        };
        var (haircut, error) = await simulator.DeleverageAsync(fn).ConfigureAwait(false);
        if (haircut is null)
        {
            logger.LogWarning("{Market}: simulation of deleveraging {Target} reverted: {Error}", name, plan.Target, error?.Message);
            return false;
        }

        if (!coordinator.TryClaim(plan.Target, head)) return false;
        var detail = $"adl {name} score {funds.Base(plan.Score)} haircut {funds.Base(haircut.Value)} deficit {funds.Base(m.State.AdlDeficit)} others {plan.Others.Count}";
        var request = new TxRequest(deployment.MarginVault, PerpCalls.WriteData(fn), DeleverageGasLimit(plan.Others.Count), TxKind.Deleverage,
            plan.Target.Owner, plan.Target.SubId.ToString(CultureInfo.InvariantCulture), asset, detail);
        var tx = await transactions.SendAsync(request, fees, head, cancellationToken).ConfigureAwait(false);
        if (tx is null) return false;
        metrics.Perps.DeleveragesSent.Inc();
        logger.LogWarning("deleveraging {Target} on {Market} ({Detail}): tx {Hash} nonce {Nonce}", plan.Target, name, detail, tx.Hash, tx.Nonce);
        return true;
    }

    private BigInteger GasInBase(long limit, Fees fees, OffChainMarket spot)
    {
        var gasAsset = spot.Assets.FirstOrDefault(a => a.Symbol.Equals(options.GasPriceAsset, StringComparison.OrdinalIgnoreCase));
        return gasAsset?.PriceWad is { } p ? limit * fees.Expected * p * WadMath.Pow10(deployment.BaseDecimals) / BigInteger.Pow(10, 36) : BigInteger.Zero;
    }

    private static string MarketName(PerpBook book, int id) => book.Markets.Count > id ? book.Markets[id].Symbol : $"market {id}";
}
