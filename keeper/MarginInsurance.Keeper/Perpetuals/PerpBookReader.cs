using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.OffChain;
using MarginInsurance.Sdk.Perps;
using Nethereum.Contracts;
using Nethereum.Contracts.QueryHandlers.MultiCall;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using PerpTotalAssets = MarginInsurance.Contracts.PerpLiquidityVault.ContractDefinition.TotalAssetsFunction;
using PerpTotalAssetsOutput = MarginInsurance.Contracts.PerpLiquidityVault.ContractDefinition.TotalAssetsOutputDTO;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>
/// Reads the perp book at the scan's pinned block through Multicall3 — globals, market parameters and every market, then
/// prices, add-ons, the indexed positions, margin levels and the liquidity vault's assets — and computes every account's
/// unified health off chain with Core's <see cref="PerpAccountMath"/> (the health the vault acts on), from the spot figures
/// the scan already has (L, C and the accrued debt). Two eth_calls per block (more only past <see cref="PageSize"/> sub-calls). Sizes read back into the
/// store when they differ from what the events left there.
/// </summary>
internal sealed class PerpBookReader(IWeb3 web3, DeploymentFile deployment, IKeeperStore store)
{
    private const int MaxMarkets = 16;
    private readonly MultiQueryHandler _multicall = web3.Eth.GetMultiQueryHandler(deployment.Multicall3);

    /// <summary>Sub-calls per Multicall3 request.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>
    /// The book at the spot read's block, for the positions of <paramref name="shard"/> (null: every position); accounts
    /// missing from <paramref name="spot"/> are valued with no collateral and no debt.
    /// </summary>
    public async Task<PerpBook> ReadAsync(OffChainReadResult spot, IReadOnlySet<AccountId>? shard, CancellationToken cancellationToken)
    {
        var block = new BlockParameter(new HexBigInteger(spot.Market.BlockNumber));
        var ts = spot.Market.Timestamp;
        var globals = View<PerpGlobalsFunction>(new());
        var parameters = new MulticallInputOutput<MarketParamsFunction, MarketParamsOutputDTO>(new(), deployment.MarginVault) { AllowFailure = true };
        var markets = Enumerable.Range(0, MaxMarkets).Select(m => View(new PerpMarketFunction { MarketId = m })).ToList();
        await RunAsync(block, [globals, parameters, .. markets], cancellationToken).ConfigureAwait(false);
        if (!globals.Success) return PerpBook.Empty(spot.Market.BlockNumber, ts);
        var g = PerpCalls.Decode<PerpGlobalsOutputDTO>(globals.Output.ReturnValue1);
        var count = (int)g.MarketCount;
        if (count == 0) return PerpBook.Empty(spot.Market.BlockNumber, ts);
        var listed = markets.Take(count).Select(c => PerpCalls.Decode<PerpMarketOutputDTO>(c.Output.ReturnValue1)).ToList();

        // prices, add-ons, positions, margin levels and the liquidity vault
        var prices = listed.Select(m => new MulticallInputOutput<GetPriceFunction, GetPriceOutputDTO>(new() { Asset = m.ReturnValue1.Asset }, deployment.OracleRouter) { AllowFailure = true }).ToList();
        var addOns = listed.Select(m => new MulticallInputOutput<AddOnStateFunction, AddOnStateOutputDTO>(new() { Asset = m.ReturnValue1.Asset }, deployment.MarginVault) { AllowFailure = true }).ToList();
        var stored = store.PerpPositions().Where(p => p.MarketId < count && (shard is null || shard.Contains(p.Account))).ToList();
        var positions = stored.Select(p => View(new PerpPositionFunction { Owner = p.Account.Owner, SubId = p.Account.SubId, MarketId = p.MarketId })).ToList();
        var owners = stored.Select(p => p.Account.Owner.ToLowerInvariant()).Distinct().ToList();
        var levels = owners.Select(o => View(new MarginLevelFunction { Owner = o })).ToList();
        var hasVault = !g.LiquidityVault.Equals("0x0000000000000000000000000000000000000000", StringComparison.OrdinalIgnoreCase);
        var lvAssets = new MulticallInputOutput<PerpTotalAssets, PerpTotalAssetsOutput>(new(), hasVault ? g.LiquidityVault : deployment.MarginVault) { AllowFailure = true };
        await RunAsync(block, [.. prices, .. addOns, .. positions, .. levels, .. hasVault ? new IMulticallInputOutput[] { lvAssets } : []], cancellationToken).ConfigureAwait(false);

        var views = new List<PerpMarketView>(count);
        var inputs = new List<PerpMarketInputs>(count);
        for (var m = 0; m < count; m++)
        {
            var (cfg, st) = (listed[m].ReturnValue1, listed[m].ReturnValue2);
            var input = PerpInputs.Market(cfg, st);
            var price = input.Delisted ? st.SettlementPrice : prices[m].Success ? prices[m].Output.PriceWad : (BigInteger?)null;
            var a = addOns[m].Success ? addOns[m].Output : null;
            var addOn = a is null ? BigInteger.Zero : MarginMath.EffectiveAddOn(a.Current, a.Pending, a.EffectiveAt, ts);
            var (rate, index) = price is { } p ? (PerpAccountMath.FundingRate(input), PerpAccountMath.VirtualFundingIndex(input, p, ts)) : (BigInteger.Zero, st.FundingIndex);
            views.Add(new PerpMarketView(m, SymbolOf(m, cfg.Asset), cfg, st, price, addOn, index, rate));
            inputs.Add(input);
        }

        var levelOf = owners.Select((o, i) => (o, PerpCalls.Decode<MarginLevelOutputDTO>(levels[i].Output.ReturnValue1).ReturnValue1)).ToDictionary(x => x.o, x => x.ReturnValue1);
        var spotOf = spot.Accounts.Where(a => a.Snapshot is not null).ToDictionary(a => a.Account, a => a.Snapshot!);
        var byAccount = new Dictionary<AccountId, (BigInteger Cash, List<(PerpPositionMargin Margin, PerpPositionValue Value)> Values)>();
        var changed = new List<(StoredPerpPosition Stored, BigInteger Size)>();
        HashSet<AccountId>? unpriced = null;
        for (var i = 0; i < stored.Count; i++)
        {
            var s = stored[i];
            var read = PerpCalls.Decode<PerpPositionOutputDTO>(positions[i].Output.ReturnValue1);
            if (s.Size != read.Position.Size) changed.Add((s, read.Position.Size));
            if (read.Position.Size.IsZero) continue;
            if (views[s.MarketId].PriceWad is not { } price)
            {
                // the chain's views revert without a price: the account cannot be valued (nor liquidated) until it has one
                (unpriced ??= []).Add(s.Account);
                continue;
            }

            if (!byAccount.TryGetValue(s.Account, out var entry)) byAccount[s.Account] = entry = (read.Cash, []);
            var market = views[s.MarketId];
            var margin = PerpAccountMath.Position(PerpInputs.Position(read.Position), inputs[s.MarketId], price, market.AddOnBps,
                levelOf[s.Account.Owner.ToLowerInvariant()], ts, deployment.BaseDecimals);
            entry.Values.Add((margin, new PerpPositionValue(s.MarketId, read.Position.Size, margin.UnrealizedPnl - margin.FundingOwed, margin.Notional, margin.Maintenance)));
        }

        if (changed.Count > 0) store.InBatch(() => changed.ForEach(c => store.SetPerpPosition(c.Stored.Account, c.Stored.MarketId, c.Size, spot.Market.BlockNumber)));
        var accounts = byAccount.Where(kv => unpriced is null || !unpriced.Contains(kv.Key))
            .Select(kv => Account(kv.Key, spotOf.GetValueOrDefault(kv.Key), kv.Value.Cash, kv.Value.Values))
            .ToList();
        var protocolShare = parameters.Success ? parameters.Output.ReturnValue1.ProtocolShareBps : 0;
        return new PerpBook(spot.Market.BlockNumber, ts, views, accounts, unpriced?.ToList() ?? [], g.LiquidityVault, hasVault && lvAssets.Success ? lvAssets.Output.ReturnValue1 : 0, protocolShare);
    }

    /// <summary>§13.6 for one account with Core's <see cref="PerpAccountMath.Account"/>; no spot snapshot: no collateral, no debt.</summary>
    private static PerpAccountView Account(AccountId account, AccountSnapshot? spot, BigInteger cash, List<(PerpPositionMargin Margin, PerpPositionValue Value)> positions)
    {
        var m = PerpAccountMath.Account(spot?.LiquidationCapacity ?? 0, spot?.BorrowCapacity ?? 0, spot?.Debt ?? 0, cash, positions.Select(p => p.Margin));
        return new PerpAccountView(account, m.NumeratorL, m.Debt, m.Maintenance, m.Health, cash, positions.Select(p => p.Value).ToList());
    }

    private string SymbolOf(int marketId, string asset) =>
        deployment.PerpMarkets.FirstOrDefault(m => m.MarketId == marketId)?.Symbol
        ?? (deployment.Collaterals.FirstOrDefault(c => c.Token.Equals(asset, StringComparison.OrdinalIgnoreCase))?.Symbol ?? asset) + "-PERP";

    private MulticallInputOutput<PerpViewFunction, PerpViewOutputDTO> View<T>(T inner)
        where T : Nethereum.Contracts.FunctionMessage, new() => new(PerpCalls.View(inner), deployment.MarginVault) { AllowFailure = true };

    private async Task RunAsync(BlockParameter block, IReadOnlyList<IMulticallInputOutput> calls, CancellationToken cancellationToken)
    {
        foreach (var page in calls.Chunk(PageSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _multicall.MultiCallAsync(block, PageSize, page).ConfigureAwait(false);
        }
    }
}
