using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.AggregatorV3Interface;
using MarginInsurance.Contracts.InsurancePool;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter;
using MarginInsurance.Core.Risk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.OffChain;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Sdk.Risk;

/// <summary>
/// Reads what a <see cref="RiskReport"/> needs at one block over any <see cref="IWeb3"/> (the SDK client's, the keeper's resilient
/// one): the account and market through <see cref="OffChainMarginReader"/>, feed decimals and oracle bounds, liquidation and
/// insurance parameters, and the account's history from the vault's events.
/// </summary>
/// <param name="Web3">Connection.</param>
/// <param name="Deployment">Deployment.</param>
public sealed class RiskReportReader(IWeb3 Web3, DeploymentFile Deployment)
{
    /// <summary>The report of <paramref name="account"/> at <paramref name="blockNumber"/> (latest when null); see <see cref="MarginClient.GetRiskReportAsync"/>.</summary>
    /// <exception cref="InvalidOperationException">A held asset has no valid oracle price at the block.</exception>
    public async Task<RiskReport> ReadAsync(AccountId account, BigInteger? blockNumber, IEnumerable<KeeperMarginCall>? keeperCalls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        var read = await new OffChainMarginReader(Web3, Deployment).ReadAsync([account], blockNumber, cancellationToken).ConfigureAwait(false);
        var market = read.Market;
        var state = read.Accounts[0];
        if (state.Problem is { } problem)
        {
            throw new InvalidOperationException($"risk report of {account}: {problem}; post a fresh feed answer first");
        }

        var block = new BlockParameter(new HexBigInteger(market.BlockNumber));
        var parameters = (await new MarginVaultService(Web3, Deployment.MarginVault).MarketParamsQueryAsync(block).ConfigureAwait(false)).ReturnValue1;
        var insurance = new InsurancePoolService(Web3, Deployment.InsurancePool);
        var pool = await insurance.TotalAssetsQueryAsync(block).ConfigureAwait(false);
        var coverCap = await insurance.CoverCapBpsQueryAsync(block).ConfigureAwait(false);
        var collateral = new List<RiskCollateral>();
        foreach (var asset in market.Assets.Where(a => state.Balances.ContainsKey(a.Token)))
        {
            var feed = (await new OracleRouterService(Web3, Deployment.OracleRouter).FeedConfigQueryAsync(asset.Token, block).ConfigureAwait(false)).ReturnValue1;
            int feedDecimals = await new AggregatorV3InterfaceService(Web3, feed.Feed).DecimalsQueryAsync(block).ConfigureAwait(false);
            var tick = BigInteger.Pow(10, 18 - feedDecimals);
            collateral.Add(new RiskCollateral(asset.Token, asset.Config, state.Balances[asset.Token], asset.PriceWad!.Value / tick, feedDecimals, feed.MinPrice, feed.MaxPrice));
        }

        var input = new AccountRiskInput(collateral, state.BorrowPrincipal, market.Market, market.Timestamp,
            new LiquidationParams(parameters.CloseFactorBps, parameters.DeepHealthThresholdWad, parameters.DustThreshold, parameters.ProtocolShareBps),
            new InsuranceState(pool, coverCap));
        var symbols = market.Assets.ToDictionary(a => a.Token, a => a.Symbol, StringComparer.OrdinalIgnoreCase);
        var history = await HistoryAsync(account, market, collateral.Select(c => c.Asset).ToList(), symbols, keeperCalls, cancellationToken).ConfigureAwait(false);
        return RiskReportBuilder.Build(account, input, (long)market.BlockNumber, Deployment.BaseSymbol, symbols, history);
    }

    private async Task<IReadOnlyList<RiskEvent>> HistoryAsync(AccountId account, OffChainMarket market, IReadOnlyList<string> held, IReadOnlyDictionary<string, string> symbols,
        IEnumerable<KeeperMarginCall>? keeperCalls, CancellationToken cancellationToken = default)
    {
        var from = new BlockParameter(new HexBigInteger(Deployment.DeploymentBlock));
        var to = new BlockParameter(new HexBigInteger(market.BlockNumber));
        var vault = Deployment.MarginVault;
        var events = new List<RiskEvent>();
        var times = new Dictionary<BigInteger, DateTimeOffset?>();
        async Task<DateTimeOffset?> TimeOf(HexBigInteger number)
        {
            if (!times.TryGetValue(number.Value, out var t))
            {
                // A block the node does not know (pruned, or a keeper record from another chain's history) has no time.
                var header = await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(number).ConfigureAwait(false);
                times[number.Value] = t = header?.Timestamp is { } ts ? DateTimeOffset.FromUnixTimeSeconds((long)ts.Value) : null;
            }

            return t;
        }

        string Sym(string token) => symbols.TryGetValue(token, out var s) ? s : token;
        string B(BigInteger raw) => RiskText.Amount(new TokenAmount(raw, Deployment.BaseDecimals), Deployment.BaseSymbol);
        int DecimalsOf(string token) => market.Assets.FirstOrDefault(a => a.Token.Equals(token, StringComparison.OrdinalIgnoreCase))?.Config.Decimals ?? 18;

        cancellationToken.ThrowIfCancellationRequested();
        var liquidate = Web3.Eth.GetEvent<LiquidateEventDTO>(vault);
        foreach (var e in await liquidate.GetAllChangesAsync(liquidate.CreateFilterInput(account.Owner, from, to)).ConfigureAwait(false))
        {
            if (e.Event.SubId != account.SubId) continue;
            var v = e.Event;
            events.Add(new RiskEvent(RiskEventKind.Liquidation, (long)e.Log.BlockNumber.Value, await TimeOf(e.Log.BlockNumber).ConfigureAwait(false), e.Log.TransactionHash,
                $"liquidated: repaid {B(v.Repaid)}, seized {RiskText.Amount(new TokenAmount(v.Seized, DecimalsOf(v.Asset)), Sym(v.Asset))}, fee {B(v.Fee)}, health {RiskText.Health(new Wad(v.HealthBefore))} → {RiskText.Health(new Wad(v.HealthAfter))}"));
        }

        var badDebt = Web3.Eth.GetEvent<BadDebtRealizedEventDTO>(vault);
        foreach (var e in await badDebt.GetAllChangesAsync(badDebt.CreateFilterInput(account.Owner, account.SubId, from, to)).ConfigureAwait(false))
        {
            events.Add(new RiskEvent(RiskEventKind.BadDebt, (long)e.Log.BlockNumber.Value, await TimeOf(e.Log.BlockNumber).ConfigureAwait(false), e.Log.TransactionHash,
                $"bad debt {B(e.Event.BadDebt)}: insurance covered {B(e.Event.Covered)}, lenders bore {B(e.Event.Socialized)}"));
        }

        var marginCall = Web3.Eth.GetEvent<MarginCallEventDTO>(vault);
        foreach (var e in await marginCall.GetAllChangesAsync(marginCall.CreateFilterInput(from, to)).ConfigureAwait(false))
        {
            if (!held.Contains(e.Event.Asset, StringComparer.OrdinalIgnoreCase)) continue;
            var effective = DateTimeOffset.FromUnixTimeSeconds((long)e.Event.EffectiveAt).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            events.Add(new RiskEvent(RiskEventKind.OnChainMarginCall, (long)e.Log.BlockNumber.Value, await TimeOf(e.Log.BlockNumber).ConfigureAwait(false), e.Log.TransactionHash,
                $"margin call on {Sym(e.Event.Asset)}: add-on rises to {RiskText.Bps((int)e.Event.AddOnBps)} at {effective}"));
        }

        foreach (var k in (keeperCalls ?? []).Where(k => k.RaisedBlock <= market.BlockNumber))
        {
            var resolved = k.ResolvedBlock is { } r ? $", resolved at block {r.ToString(CultureInfo.InvariantCulture)}" : ", open";
            events.Add(new RiskEvent(RiskEventKind.KeeperMarginCall, k.RaisedBlock, await TimeOf(new HexBigInteger(k.RaisedBlock)).ConfigureAwait(false), null, $"keeper margin call: {k.Reason} (health {k.Health}){resolved}"));
        }

        return events.OrderBy(e => e.Block).ToList();
    }
}
