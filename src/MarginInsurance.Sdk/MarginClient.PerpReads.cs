using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Perps;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Sdk;

// Perps reads: positions and the one health of an account (docs/protocol.md §13.6).
public sealed partial class MarginClient
{
    /// <summary>
    /// An account's perp positions and its unified margin, all read at one block: the totals (equity, requirements,
    /// health) are the vault's <c>perpMargin</c> view; each position's PnL, funding, requirements and liquidation price are
    /// computed from its stored state with MarginInsurance.Core's §13 math (equal to the chain's to the wei); the
    /// liquidation price is the vault's <c>liquidationPrice</c> view (§13.7).
    /// </summary>
    public Task<PerpAccountView> GetPositionsAsync(AccountId account, BlockParameter? block = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        return RpcAnswer("GetPositions", () => GetPositionsCoreAsync(account, block, cancellationToken));
    }

    private async Task<PerpAccountView> GetPositionsCoreAsync(AccountId account, BlockParameter? block, CancellationToken cancellationToken)
    {
        var header = block?.BlockNumber is { } number
            ? await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(number).ConfigureAwait(false)
            : await Web3.Eth.Blocks.GetBlockWithTransactionsHashesByNumber.SendRequestAsync(BlockParameter.CreateLatest()).ConfigureAwait(false);
        var at = new BlockParameter(header.Number);
        var now = header.Timestamp.Value;
        var d = Deployment.BaseDecimals;
        cancellationToken.ThrowIfCancellationRequested();

        var margin = await PerpCall.QueryAsync<PerpMarginFunction, PerpMarginOutputDTO>(Vault, new PerpMarginFunction { Owner = account.Owner, SubId = account.SubId }, at).ConfigureAwait(false);
        var level = (await PerpCall.QueryAsync<MarginLevelFunction, MarginLevelOutputDTO>(Vault, new MarginLevelFunction { Owner = account.Owner }, at).ConfigureAwait(false)).ReturnValue1;
        BigInteger cash = 0;
        var held = new List<(Deployments.DeployedPerpMarket Market, PerpPositionInputs Position, PerpMarketInputs Inputs, BigInteger Price, BigInteger AddOn, PerpPositionMargin Value)>();
        foreach (var market in Deployment.PerpMarkets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stored = await PerpCall.QueryAsync<PerpPositionFunction, PerpPositionOutputDTO>(Vault, new PerpPositionFunction { Owner = account.Owner, SubId = account.SubId, MarketId = market.MarketId }, at).ConfigureAwait(false);
            cash = stored.Cash;
            if (stored.Position.Size.IsZero)
            {
                continue;
            }

            var m = await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(Vault, new PerpMarketFunction { MarketId = market.MarketId }, at).ConfigureAwait(false);
            var inputs = PerpInputs.Market(m.ReturnValue1, m.ReturnValue2);
            var price = inputs.Delisted ? inputs.SettlementPrice : await Oracle.GetPriceQueryAsync(market.Asset, at).ConfigureAwait(false);
            var addOn = await Vault.EffectiveAddOnQueryAsync(market.Asset, at).ConfigureAwait(false);
            var position = PerpInputs.Position(stored.Position);
            held.Add((market, position, inputs, price, addOn, PerpAccountMath.Position(position, inputs, price, addOn, level, now, d)));
        }

        var positions = new List<PerpPositionView>(held.Count);
        foreach (var h in held)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var onChain = await PerpCall.QueryAsync<LiquidationPriceFunction, LiquidationPriceOutputDTO>(
                Vault, new LiquidationPriceFunction { Owner = account.Owner, SubId = account.SubId, MarketId = h.Market.MarketId }, at).ConfigureAwait(false);
            var liquidation = ChainLiquidationPrice.Interpret(onChain.ReturnValue1, h.Position.Size, h.Price);
            var size = h.Position.Size;
            var entry = BigInteger.Abs(h.Position.CostBasis) * PerpMath.SizePriceScale / (BigInteger.Abs(size) * BigInteger.Pow(10, d));
            positions.Add(new PerpPositionView(
                h.Market.Symbol, h.Market.MarketId, size.Sign > 0 ? PositionSide.Long : PositionSide.Short, new PerpSize(h.Market.Symbol, BigInteger.Abs(size)),
                new PerpPrice(entry), new PerpPrice(h.Value.PriceWad), BaseAmount(h.Value.Notional), new SignedAmount(h.Value.UnrealizedPnl, d),
                new SignedAmount(h.Value.FundingOwed, d), BaseAmount(h.Value.Initial), BaseAmount(h.Value.Maintenance), liquidation));
        }

        return new PerpAccountView(
            account, (long)header.Number.Value, DateTimeOffset.FromUnixTimeSeconds((long)now), new SignedAmount(cash, d),
            new SignedAmount(margin.NumeratorL, d), new SignedAmount(margin.NumeratorC, d), BaseAmount(margin.Debt), BaseAmount(margin.Maintenance),
            BaseAmount(margin.Initial), new Wad(margin.Health), new Wad(margin.InitialHealth), positions);
    }
}
