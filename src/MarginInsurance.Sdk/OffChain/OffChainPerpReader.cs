using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter;
using MarginInsurance.Core;
using MarginInsurance.Core.Perpetuals;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Perps;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Sdk.OffChain;

/// <summary>One perp market at the pinned block: its §13.6 inputs, index (or settlement) price and add-on in force.</summary>
public sealed record OffChainPerpMarket(DeployedPerpMarket Market, PerpMarketInputs Inputs, BigInteger PriceWad, BigInteger AddOnBps);

/// <summary>One open position of an account, stored state and its Core valuation.</summary>
public sealed record OffChainPerpPosition(int MarketId, PerpPositionInputs Stored, PerpPositionMargin Value);

/// <summary>An account's perps computed off-chain at a block.</summary>
/// <param name="Account">The account.</param>
/// <param name="Cash">Settled perp cash.</param>
/// <param name="LevelWad">The owner's margin level in force.</param>
/// <param name="Positions">Open positions.</param>
/// <param name="Margin">§13.6 unified margin (capacities from the spot reader); null when the spot side could not be computed.</param>
/// <param name="Problem">Why <paramref name="Margin"/> is null.</param>
public sealed record OffChainPerpAccount(
    AccountId Account, BigInteger Cash, BigInteger LevelWad, IReadOnlyList<OffChainPerpPosition> Positions, PerpAccountMargin? Margin, string? Problem);

/// <summary>The result of <see cref="OffChainPerpReader.ReadAsync"/>, all at one block.</summary>
public sealed record OffChainPerpReadResult(BigInteger BlockNumber, BigInteger Timestamp, IReadOnlyList<OffChainPerpMarket> Markets, IReadOnlyList<OffChainPerpAccount> Accounts, int RpcCalls);

/// <summary>
/// Reads the raw perps state at one pinned block — each market's configuration and state, index and add-on state, each
/// owner's margin level, each account's stored positions and cash — through Multicall3, and computes every account's
/// §13.6 margin (numerators, requirements, health, initial health) with MarginInsurance.Core
/// (<see cref="PerpAccountMath"/>), the collateral capacities and debt coming from <see cref="OffChainMarginReader"/>.
/// Equal to the vault's <c>perpMargin</c> / <c>perpHealthBatch</c> views at that block, to the wei.
/// </summary>
public sealed class OffChainPerpReader(IWeb3 web3, DeploymentFile deployment)
{
    /// <summary>perpView calls per Multicall3 request.</summary>
    public int PageSize { get; init; } = 400;

    /// <summary>Reads and computes <paramref name="accounts"/> at <paramref name="blockNumber"/> (default: latest).</summary>
    public async Task<OffChainPerpReadResult> ReadAsync(IReadOnlyList<AccountId> accounts, BigInteger? blockNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var spot = await new OffChainMarginReader(web3, deployment).ReadAsync(accounts, blockNumber, cancellationToken).ConfigureAwait(false);
        var calls = spot.RpcCalls;
        var block = new BlockParameter(new HexBigInteger(spot.Market.BlockNumber));
        var now = spot.Market.Timestamp;
        var vault = new MarginVaultService(web3, deployment.MarginVault);
        var oracle = new OracleRouterService(web3, deployment.OracleRouter);
        var d = deployment.BaseDecimals;

        var markets = new List<OffChainPerpMarket>();
        foreach (var market in deployment.PerpMarkets)
        {
            var m = await PerpCall.QueryAsync<PerpMarketFunction, PerpMarketOutputDTO>(vault, new PerpMarketFunction { MarketId = market.MarketId }, block).ConfigureAwait(false);
            var inputs = PerpInputs.Market(m.ReturnValue1, m.ReturnValue2);
            var price = inputs.Delisted ? inputs.SettlementPrice : await oracle.GetPriceQueryAsync(market.Asset, block).ConfigureAwait(false);
            var addOn = await vault.AddOnStateQueryAsync(market.Asset, block).ConfigureAwait(false);
            markets.Add(new OffChainPerpMarket(market, inputs, price, MarginMath.EffectiveAddOn(addOn.Current, addOn.Pending, addOn.EffectiveAt, now)));
            calls += inputs.Delisted ? 2 : 3;
            cancellationToken.ThrowIfCancellationRequested();
        }

        var owners = accounts.Select(a => a.Owner).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var (levelData, levelCalls) = await PerpCall.ViewManyAsync(web3, deployment.Multicall3, deployment.MarginVault, owners.Select(o => PerpCall.Encode(new MarginLevelFunction { Owner = o })).ToList(), block, PageSize, cancellationToken).ConfigureAwait(false);
        var levels = new Dictionary<string, BigInteger>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < owners.Count; i++) levels[owners[i]] = PerpCall.Decode<MarginLevelOutputDTO>(levelData[i]).ReturnValue1;

        var positionCalls = accounts.SelectMany(a => markets.Select(m => PerpCall.Encode(new PerpPositionFunction { Owner = a.Owner, SubId = a.SubId, MarketId = m.Market.MarketId }))).ToList();
        var (positionData, positionRequests) = await PerpCall.ViewManyAsync(web3, deployment.Multicall3, deployment.MarginVault, positionCalls, block, PageSize, cancellationToken).ConfigureAwait(false);
        calls += levelCalls + positionRequests;

        var result = new List<OffChainPerpAccount>(accounts.Count);
        for (var i = 0; i < accounts.Count; i++)
        {
            var level = levels[accounts[i].Owner];
            BigInteger cash = 0;
            var positions = new List<OffChainPerpPosition>();
            for (var j = 0; j < markets.Count; j++)
            {
                var stored = PerpCall.Decode<PerpPositionOutputDTO>(positionData[(i * markets.Count) + j]);
                cash = stored.Cash;
                if (stored.Position.Size.IsZero) continue;
                var m = markets[j];
                var position = PerpInputs.Position(stored.Position);
                positions.Add(new OffChainPerpPosition(m.Market.MarketId, position, PerpAccountMath.Position(position, m.Inputs, m.PriceWad, m.AddOnBps, level, now, d)));
            }

            var snapshot = spot.Accounts[i].Snapshot;
            var hasCollateral = spot.Accounts[i].AssetMask != 0;
            // Without collateral the vault prices nothing (L = C = 0) and takes the debt from the principal alone.
            var margin = snapshot is null && hasCollateral
                ? null
                : PerpAccountMath.Account(hasCollateral ? snapshot!.LiquidationCapacity : 0, hasCollateral ? snapshot!.BorrowCapacity : 0,
                    snapshot?.Debt ?? 0, cash, positions.Select(p => p.Value));
            result.Add(new OffChainPerpAccount(accounts[i], cash, level, positions, margin, margin is null ? spot.Accounts[i].Problem : null));
        }

        return new OffChainPerpReadResult(spot.Market.BlockNumber, now, markets, result, calls);
    }
}
