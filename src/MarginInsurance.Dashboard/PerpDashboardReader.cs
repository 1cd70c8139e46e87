using System.Globalization;
using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Perps;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using LvEvents = MarginInsurance.Contracts.PerpLiquidityVault.ContractDefinition;

namespace MarginInsurance.Dashboard;

/// <summary>
/// Reads the perps for the dashboard through the generated bindings: markets with <c>perpMarket</c> and the vault's
/// <c>perpGlobals</c> through <c>MarginVault.perpView(bytes)</c>, the liquidity vault's <c>totalAssets</c> and its ERC-4626
/// events, accounts discovered from <c>PositionModified</c> and valued with the SDK's <see cref="MarginClient.GetPositionsAsync"/>,
/// and the <c>PositionLiquidated</c>, <c>PerpDeficit</c> and <c>Deleveraged</c> events.
/// </summary>
internal sealed class PerpDashboardReader
{
    private const int WadDecimals = 18;
    private readonly List<AccountId> _accounts = [];
    private readonly HashSet<AccountId> _known = [];
    private readonly List<PerpEventDto> _events = [];
    private BigInteger _deposits;
    private BigInteger _withdrawals;
    private BigInteger _insuranceDrawn;
    private long _nextLogBlock;

    public PerpDashboardReader(long deploymentBlock) => _nextLogBlock = Math.Max(0, deploymentBlock);

    public async Task<PerpsDto> ReadAsync(MarginClient client, BigInteger head, long logChunk, CancellationToken ct)
    {
        var deployment = client.Deployment;
        if (deployment.PerpMarkets.Count == 0 || deployment.PerpLiquidityVault is null)
            return new PerpsDto((long)head, [], null, [], [], "0", "this deployment lists no perp market");
        var symbol = deployment.BaseSymbol;
        var d = deployment.BaseDecimals;
        await ReadLogsAsync(client, (long)head, logChunk, ct).ConfigureAwait(false);
        var block = new BlockParameter(new HexBigInteger(head));

        var markets = new List<PerpMarketDto>();
        foreach (var m in deployment.PerpMarkets)
        {
            ct.ThrowIfCancellationRequested();
            var read = await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(client.Vault, new PerpMarketFunction { MarketId = m.MarketId }, block).ConfigureAwait(false);
            var (config, state) = (read.ReturnValue1, read.ReturnValue2);
            var price = state.Status == 2 ? state.SettlementPrice : await client.Oracle.GetPriceQueryAsync(m.Asset, block).ConfigureAwait(false);
            var skew = state.LongOi - state.ShortOi;
            var rate = PerpMath.FundingRate(skew, config.SkewScale, config.MaxFundingRatePerSecond);
            var perHour = (double)(rate * 3600 * 1_000_000) / 1e18 / 1e6 * 100;
            markets.Add(new PerpMarketDto(
                m.Symbol, new TokenAmount(price, WadDecimals).Format(symbol),
                new TokenAmount(state.LongOi, WadDecimals).Format(m.Underlying, 4), new TokenAmount(state.ShortOi, WadDecimals).Format(m.Underlying, 4),
                state.LongOi.ToString(CultureInfo.InvariantCulture), state.ShortOi.ToString(CultureInfo.InvariantCulture),
                new TokenAmount(PerpMath.Notional(state.LongOi, price, d), d).Format(symbol), new TokenAmount(PerpMath.Notional(state.ShortOi, price, d), d).Format(symbol),
                state.LongCount, state.ShortCount, rate.ToString(CultureInfo.InvariantCulture),
                perHour.ToString("0.0000", CultureInfo.InvariantCulture) + "%/h", (perHour * 24 * 365).ToString("N2", CultureInfo.InvariantCulture) + "%/yr",
                new TokenAmount(state.AdlDeficit, d).Format(symbol), state.Status switch { 0 => "active", 1 => "reduce-only", _ => "delisted" }));
        }

        var globals = await PerpCall.QueryAsync<PerpGlobalsFunction, PerpGlobalsOutputDTO>(client.Vault, new PerpGlobalsFunction(), block).ConfigureAwait(false);
        var assets = await client.LiquidityVault.TotalAssetsQueryAsync(block).ConfigureAwait(false);
        var net = _deposits - _withdrawals;
        var vault = new LiquidityVaultDto(
            new TokenAmount(assets, d).Format(symbol), assets.ToString(CultureInfo.InvariantCulture), new TokenAmount(net, d).Format(symbol),
            new SignedAmount(assets - net, d).Format(symbol), (assets - net).ToString(CultureInfo.InvariantCulture),
            new SignedAmount(globals.TotalCash, d).Format(symbol), new TokenAmount(globals.TotalNetNotional, d).Format(symbol));

        var positions = new List<PerpPositionDto>();
        foreach (var account in _accounts)
        {
            ct.ThrowIfCancellationRequested();
            var view = await client.GetPositionsAsync(account, block, ct).ConfigureAwait(false);
            foreach (var p in view.Positions)
            {
                var lp = p.LiquidationPrice.Status switch
                {
                    PerpLiquidationPriceStatus.Now => "now",
                    PerpLiquidationPriceStatus.None => "none",
                    _ => p.LiquidationPrice.Price!.Value.Format(symbol),
                };
                positions.Add(new PerpPositionDto(
                    account.Owner, account.SubId.ToString(CultureInfo.InvariantCulture), account.IsCross ? "cross" : "isolated", p.Market,
                    p.Side == PositionSide.Long ? "long" : "short", p.Size.Format(), p.Size.Raw.ToString(CultureInfo.InvariantCulture),
                    p.Notional.Format(symbol), (double)p.Notional.Raw / Math.Pow(10, d), p.EntryPrice.Format(symbol), p.Mark.Format(symbol),
                    p.UnrealizedPnl.Format(symbol), p.FundingOwed.Format(symbol), p.InitialMargin.Format(symbol), p.MaintenanceMargin.Format(symbol),
                    view.Health.ToString(), view.Health.Raw.ToString(CultureInfo.InvariantCulture), view.Health.IsInfinite ? null : view.Health.ToDouble(), lp));
            }
        }

        return new PerpsDto((long)head, markets, vault, positions, _events.ToList(), new TokenAmount(_insuranceDrawn, d).Format(symbol), null);
    }

    private async Task ReadLogsAsync(MarginClient client, long head, long chunk, CancellationToken ct)
    {
        var deployment = client.Deployment;
        var vault = deployment.MarginVault;
        var modified = client.Web3.Eth.GetEvent<PositionModifiedEventDTO>(vault);
        var liquidated = client.Web3.Eth.GetEvent<PositionLiquidatedEventDTO>(vault);
        var deficits = client.Web3.Eth.GetEvent<PerpDeficitEventDTO>(vault);
        var adl = client.Web3.Eth.GetEvent<DeleveragedEventDTO>(vault);
        var deposits = client.Web3.Eth.GetEvent<LvEvents.DepositEventDTO>(deployment.PerpLiquidityVault);
        var withdrawals = client.Web3.Eth.GetEvent<LvEvents.WithdrawEventDTO>(deployment.PerpLiquidityVault);
        var symbol = deployment.BaseSymbol;
        var d = deployment.BaseDecimals;
        string Market(BigInteger id) => deployment.PerpMarketName(id);
        string Amount(BigInteger raw) => new TokenAmount(raw, d).Format(symbol);
        while (_nextLogBlock <= head)
        {
            ct.ThrowIfCancellationRequested();
            var end = Math.Min(head, _nextLogBlock + Math.Max(1, chunk) - 1);
            var from = new BlockParameter(new HexBigInteger(_nextLogBlock));
            var to = new BlockParameter(new HexBigInteger(end));
            foreach (var e in await modified.GetAllChangesAsync(modified.CreateFilterInput(from, to)).ConfigureAwait(false))
            {
                var id = new AccountId(e.Event.Owner, e.Event.SubId);
                if (_known.Add(id)) _accounts.Add(id);
            }

            var found = new List<PerpEventDto>();
            foreach (var e in await liquidated.GetAllChangesAsync(liquidated.CreateFilterInput(from, to)).ConfigureAwait(false))
            {
                var size = new TokenAmount(BigInteger.Abs(e.Event.ClosedSize), WadDecimals).ToString();
                found.Add(new PerpEventDto((long)e.Log.BlockNumber.Value, "liquidation", Market(e.Event.MarketId), e.Event.Owner, e.Event.SubId.ToString(CultureInfo.InvariantCulture),
                    $"closed {size} at {new TokenAmount(e.Event.PriceWad, WadDecimals).Format(symbol)}, penalty {Amount(e.Event.Penalty)} ({Amount(e.Event.ToInsurance)} to insurance), health {new Wad(e.Event.HealthBefore)} → {new Wad(e.Event.HealthAfter)}"));
            }

            foreach (var e in await deficits.GetAllChangesAsync(deficits.CreateFilterInput(from, to)).ConfigureAwait(false))
            {
                _insuranceDrawn += e.Event.Covered;
                found.Add(new PerpEventDto((long)e.Log.BlockNumber.Value, "insurance", Market(e.Event.MarketId), e.Event.Owner, e.Event.SubId.ToString(CultureInfo.InvariantCulture),
                    $"negative equity {Amount(e.Event.Deficit)}: insurance covered {Amount(e.Event.Covered)}, {Amount(e.Event.Deficit - e.Event.Covered)} left for deleveraging"));
            }

            foreach (var e in await adl.GetAllChangesAsync(adl.CreateFilterInput(from, to)).ConfigureAwait(false))
            {
                found.Add(new PerpEventDto((long)e.Log.BlockNumber.Value, "deleveraging", Market(e.Event.MarketId), e.Event.Owner, e.Event.SubId.ToString(CultureInfo.InvariantCulture),
                    $"closed {new TokenAmount(BigInteger.Abs(e.Event.Size), WadDecimals)} with a haircut of {Amount(e.Event.Haircut)}"));
            }

            foreach (var e in await deposits.GetAllChangesAsync(deposits.CreateFilterInput(from, to)).ConfigureAwait(false)) _deposits += e.Event.Assets;
            foreach (var e in await withdrawals.GetAllChangesAsync(withdrawals.CreateFilterInput(from, to)).ConfigureAwait(false)) _withdrawals += e.Event.Assets;
            _events.AddRange(found.OrderBy(e => e.Block));
            _nextLogBlock = end + 1;
        }
    }
}
