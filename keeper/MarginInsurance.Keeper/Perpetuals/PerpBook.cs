using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>One perp market as read at a block, with the funding index accrued virtually to the block's time (§13.4).</summary>
/// <param name="Id">Market id.</param>
/// <param name="Symbol">Market symbol from the deployment (ETH-PERP), else the underlying's symbol or address with "-PERP".</param>
/// <param name="Config">Listing parameters.</param>
/// <param name="State">Stored state (index, open interest, counts, deficit).</param>
/// <param name="PriceWad">Index price (the settlement price once delisted); null when the oracle reverted.</param>
/// <param name="AddOnBps">The underlying's add-on in force at the block.</param>
/// <param name="FundingIndex">F_m accrued to the block's timestamp, as the chain's views accrue it.</param>
/// <param name="FundingRate">WAD per second, signed (longs pay when positive).</param>
public sealed record PerpMarketView(int Id, string Symbol, PerpMarketConfig Config, PerpMarketState State, BigInteger? PriceWad, BigInteger AddOnBps, BigInteger FundingIndex, BigInteger FundingRate)
{
    /// <summary>Status 3: closed at the settlement price only.</summary>
    public bool Delisted => State.Status == 3;
}

/// <summary>One position priced at the block.</summary>
/// <param name="MarketId">Market.</param>
/// <param name="Size">Signed size, WAD of the underlying.</param>
/// <param name="Pnl">Unrealized PnL minus funding owed (base units, signed): what §13.6 weighs and §13.8 ranks.</param>
/// <param name="Notional">Notional at the index (base units).</param>
/// <param name="Maintenance">Maintenance requirement (base units).</param>
public sealed record PerpPositionValue(int MarketId, BigInteger Size, BigInteger Pnl, BigInteger Notional, BigInteger Maintenance);

/// <summary>An account with positions, its unified margin (§13.6) computed off chain.</summary>
/// <param name="Account">The account.</param>
/// <param name="NumeratorL">L + cash + Σ weighted PnL (base units, signed).</param>
/// <param name="Debt">Spot debt, virtually accrued.</param>
/// <param name="Maintenance">Σ maintenance requirements.</param>
/// <param name="Health">accountHealth(numeratorL, debt, maintenance), WAD (Core PerpAccountMath).</param>
/// <param name="Cash">Settled perp cash.</param>
/// <param name="Positions">The open positions.</param>
public sealed record PerpAccountView(AccountId Account, BigInteger NumeratorL, BigInteger Debt, BigInteger Maintenance, BigInteger Health, BigInteger Cash, IReadOnlyList<PerpPositionValue> Positions)
{
    /// <summary>How far the account is below maintenance (base units; ≤ 0 when healthy).</summary>
    public BigInteger Shortfall => Debt + Maintenance - NumeratorL;
}

/// <summary>Every perp market and every account with positions, at one block.</summary>
/// <param name="Block">The pinned block.</param>
/// <param name="Timestamp">Its timestamp.</param>
/// <param name="Markets">Markets by id.</param>
/// <param name="Accounts">Accounts holding at least one open position, all of whose markets have a price.</param>
/// <param name="Unpriced">Accounts left out: a market of theirs has no index price at the block (logged every scan).</param>
/// <param name="LiquidityVault">The liquidity vault (zero address before setPerpParams).</param>
/// <param name="LiquidityVaultAssets">Its totalAssets (LP assets, base units).</param>
/// <param name="ProtocolShareBps">Share of a liquidation penalty that goes to insurance.</param>
public sealed record PerpBook(
    BigInteger Block, BigInteger Timestamp, IReadOnlyList<PerpMarketView> Markets, IReadOnlyList<PerpAccountView> Accounts, IReadOnlyList<AccountId> Unpriced,
    string LiquidityVault, BigInteger LiquidityVaultAssets, BigInteger ProtocolShareBps)
{
    /// <summary>No market listed: nothing to do.</summary>
    public static PerpBook Empty(BigInteger block, BigInteger timestamp) => new(block, timestamp, [], [], [], string.Empty, 0, 0);
}
