using System.Numerics;
using MarginInsurance.Contracts.AggregatorV3Interface.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Margin;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Surfaces;
using MarginInsurance.Risk.Volatility;
using MarginInsurance.Sdk.Keeper;
using MarginInsurance.Sdk.Signing;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Contracts.QueryHandlers.MultiCall;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Keeper;


/// <summary>
/// The risk loop: per collateral, reads the oracle's round history (Multicall3), turns it into daily closes and returns,
/// asks the risk engine (<see cref="MarginRecommender"/>, filtered historical ES) for the add-on within the vault's
/// bounds, and posts it with setAddOn (RISK_ORACLE key) only when it differs from the add-on in force by at least
/// Keeper:Risk:ThresholdBps and the vault's minimum interval has passed. Dry run logs what it would post.
/// </summary>
public sealed class RiskLoop
{
    private readonly KeeperEngine _engine;
    private readonly KeeperOptions _options;
    private readonly ILogger _logger;
    private readonly TransactionManager _tx;
    private readonly MarginVaultService _vault;
    private readonly PoolDepth _depth;

    public RiskLoop(KeeperEngine engine, KeeperOptions options, Account riskKey, ILogger logger)
    {
        _engine = engine;
        _options = options;
        _logger = logger;
        _vault = new MarginVaultService(engine.Web3, engine.Deployment.MarginVault);
        _depth = new PoolDepth(engine.Web3, engine.Deployment, options.Risk.DepthCurves);
        _tx = riskKey.Address.Equals(engine.Address, StringComparison.OrdinalIgnoreCase)
            ? engine.Transactions
            : new TransactionManager(engine.Web3, riskKey, engine.Deployment.ChainId, engine.Store, options, logger);
    }

    /// <summary>Decisions of the last run.</summary>
    public IReadOnlyList<AddOnDecision> LastDecisions { get; private set; } = [];

    /// <summary>The RISK_ORACLE key: $Keeper:Risk:KeyVariable when set, else the keeper's own key.</summary>
    public static Account ResolveKey(KeeperOptions options, Account keeper, long chainId) =>
        options.Risk.KeyVariable is { Length: > 0 } v ? AccountLoader.FromEnvironment(chainId, v) : keeper;

    /// <summary>One run over every collateral.</summary>
    public async Task<IReadOnlyList<AddOnDecision>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var web3 = _engine.Web3;
        var header = await web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()).ConfigureAwait(false);
        var now = header.Timestamp.Value;
        var market = (await _vault.MarketParamsQueryAsync().ConfigureAwait(false)).ReturnValue1;
        var bounds = new AddOnBounds(market.MaxAddOnBps, market.MaxAddOnStepBps);
        var decisions = new List<AddOnDecision>();
        foreach (var c in _engine.Deployment.Collaterals)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cfg = (await _vault.CollateralConfigQueryAsync(c.Token).ConfigureAwait(false)).ReturnValue1;
            var st = await _vault.AddOnStateQueryAsync(c.Token).ConfigureAwait(false);
            var current = (int)MarginMath.EffectiveAddOn(st.Current, st.Pending, st.EffectiveAt, now);
            var rounds = await ReadRoundsAsync(c.Feed, (long)now - _options.Risk.HistoryDays * 86_400L, cancellationToken).ConfigureAwait(false);
            var decimals = await web3.Eth.GetContractQueryHandler<DecimalsFunction>()
                .QueryAsync<byte>(c.Feed, new DecimalsFunction()).ConfigureAwait(false);
            ReturnSeries series;
            PriceSeries closes;
            ImpliedVolatilitySource? implied = null;
            try
            {
                closes = OracleRoundSeries.ToDailyCloses(c.Symbol, rounds, decimals, $"oracle {c.Feed}");
                series = ReturnSeries.FromPrices(closes, GapPolicy.Drop);
                if (_options.Risk.ImpliedVolatility.TryGetValue(c.Symbol, out var iv))
                    implied = ImpliedVolatilityInput.Parse(c.Symbol, iv, ArbitragePolicy.Refuse, $"Keeper:Risk:ImpliedVolatility:{c.Symbol}");
            }
            catch (Exception ex) when (ex is PriceDataException or ArgumentException or SurfaceArbitrageException or IOException)
            {
                decisions.Add(new AddOnDecision(c.Symbol, current, current, current, "skip", null, ex.Message));
                continue;
            }

            var returns = series.Values;
            if (returns.Length < _options.Risk.MinReturns)
            {
                decisions.Add(new AddOnDecision(c.Symbol, current, current, current, "skip", null,
                    $"{returns.Length} daily returns from {rounds.Count} rounds < Keeper:Risk:MinReturns {_options.Risk.MinReturns}"));
                continue;
            }

            var underlying = AssetSeries.Underlying(c.Symbol);
            var defaults = DefaultMarginInputs.For(underlying);
            var inputs = defaults with { Asset = c.Symbol, BaseLiquidationThresholdBps = cfg.LiquidationThresholdBps, CurrentAddOnBps = current, BonusBps = cfg.LiquidationBonusBps };
            var policy = new MarginPolicy();
            var settings = new RiskEngineSettings();
            // Liquidation cost from depth: the slippage of a liquidation-sized sale measured in the pool replaces the fixed default.
            var measured = await _depth.CurveAsync(c, await _engine.Web3.Eth.GetContractQueryHandler<Contracts.OracleRouter.ContractDefinition.GetPriceFunction>()
                .QueryAsync<BigInteger>(_engine.Deployment.OracleRouter, new Contracts.OracleRouter.ContractDefinition.GetPriceFunction { Asset = c.Token }).ConfigureAwait(false)).ConfigureAwait(false);
            var depth = measured?.Curve;
            var size = _depth.LiquidationSize(cfg.TierBreak1, market.CloseFactorBps);
            if (depth is not null) inputs = inputs.WithDepth(depth, size);
            // the one σ rule of the risk engine (same as the CLI and the dashboard): EWMA realized, combined with implied when configured
            var sigma = CombinedSigma.Latest(series, settings, implied, null, policy.HorizonDays, closes.Dates[^1]);
            var rec = MarginRecommender.Recommend(returns, inputs, policy, bounds, settings, sigma.Combined);
            var target = rec.RecommendedAddOnBps;
            var detail = $"{sigma.Label}, ES(1d, log) {rec.OneDayEs:P2}, safe LT {rec.MaxSafeLiquidationThresholdBps} bps, raw add-on {rec.RawAddOnBps}, bound {rec.Bound}; "
                + $"LT/bonus from chain, liquidity multiplier {inputs.LiquidityMultiplier} and "
                + (depth is not null
                    ? $"slippage {inputs.SlippageBps:F0} bps selling {size:N0} {_engine.Deployment.BaseSymbol}, {measured!.Value.Source}"
                    : $"slippage {inputs.SlippageBps} bps")
                + $" from {(DefaultMarginInputs.IsShipped(underlying) ? $"shipped defaults for {underlying}" : "GENERIC defaults (no inputs for this asset)")}";
            if (depth is not null)
            {
                var stress = LiquidationCost.Stress(rec.OneDayEs, rec.Volatility, inputs, depth, size, policy, bounds);
                detail += $"; depth −80 %: slippage {stress.Stressed.Inputs.SlippageBps:F0} bps, safe LT {stress.Stressed.MaxSafeLiquidationThresholdBps} bps";
            }
            if (Math.Abs(target - current) < _options.Risk.ThresholdBps)
            {
                decisions.Add(new AddOnDecision(c.Symbol, current, target, rec.RawAddOnBps, "hold", null, detail));
                continue;
            }

            if (st.LastUpdate > 0 && now < st.LastUpdate + market.AddOnMinInterval)
            {
                decisions.Add(new AddOnDecision(c.Symbol, current, target, rec.RawAddOnBps, "wait", null, $"{detail}; next update allowed at {st.LastUpdate + market.AddOnMinInterval}"));
                continue;
            }

            if (_options.Risk.DryRun || _options.DryRun)
            {
                _logger.LogInformation("risk (dry run): would post setAddOn({Symbol}, {Target} bps) — in force {Current} bps; {Detail}", c.Symbol, target, current, detail);
                decisions.Add(new AddOnDecision(c.Symbol, current, target, rec.RawAddOnBps, "would-post", null, detail));
                continue;
            }

            var data = new SetAddOnFunction { Asset = c.Token, AddOnBps = (ushort)target }.GetCallData().ToHex(true);
            var head = header.Number.Value;
            var sent = await _tx.SendAsync(new TxRequest(_engine.Deployment.MarginVault, data, 150_000, TxKind.SetAddOn, Asset: c.Token, Detail: $"{current} -> {target} bps"),
                await _tx.GetFeesAsync().ConfigureAwait(false), head, cancellationToken).ConfigureAwait(false);
            if (sent is not null) _engine.Metrics.AddOnsPosted.Inc();
            _logger.LogInformation("risk: posted setAddOn({Symbol}, {Target} bps) (was {Current}): {Hash}; {Detail}", c.Symbol, target, current, sent?.Hash ?? "rejected", detail);
            decisions.Add(new AddOnDecision(c.Symbol, current, target, rec.RawAddOnBps, sent is null ? "rejected" : "posted", sent?.Hash, detail));
        }

        LastDecisions = decisions;
        return decisions;
    }

    /// <summary>Rounds from the latest back to <paramref name="from"/> (unix seconds), 500 per multicall.</summary>
    private async Task<List<OracleRound>> ReadRoundsAsync(string feed, long from, CancellationToken cancellationToken)
    {
        var web3 = _engine.Web3;
        var latest = await web3.Eth.GetContractQueryHandler<LatestRoundDataFunction>()
            .QueryDeserializingToObjectAsync<LatestRoundDataOutputDTO>(new LatestRoundDataFunction(), feed).ConfigureAwait(false);
        var multicall = web3.Eth.GetMultiQueryHandler(_engine.Deployment.Multicall3);
        var rounds = new List<OracleRound>();
        var id = latest.RoundId;
        const int page = 500;
        while (id >= 1 && !cancellationToken.IsCancellationRequested)
        {
            var calls = new List<MulticallInputOutput<GetRoundDataFunction, GetRoundDataOutputDTO>>();
            for (var r = id; r >= 1 && calls.Count < page; r--)
                calls.Add(new MulticallInputOutput<GetRoundDataFunction, GetRoundDataOutputDTO>(new GetRoundDataFunction { RoundId = r }, feed) { AllowFailure = true });
            await multicall.MultiCallAsync(BlockParameter.CreateLatest(), page, calls.Cast<IMulticallInputOutput>().ToArray()).ConfigureAwait(false);
            var oldest = long.MaxValue;
            foreach (var c in calls.Where(c => c.Success))
            {
                var updated = (long)c.Output.UpdatedAt;
                oldest = Math.Min(oldest, updated);
                if (updated >= from && c.Output.Answer > 0) rounds.Add(new OracleRound(c.Output.RoundId, c.Output.Answer, updated));
            }

            if (oldest < from || calls.Any(c => !c.Success)) break;
            id -= page;
        }

        rounds.Reverse();
        return rounds;
    }
}
