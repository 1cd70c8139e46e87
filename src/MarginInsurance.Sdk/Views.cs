using System.Numerics;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk;

/// <summary>One collateral holding of an account, as the chain values it.</summary>
/// <param name="Symbol">Collateral symbol.</param>
/// <param name="Token">Collateral token address.</param>
/// <param name="Balance">Balance in the collateral's units.</param>
/// <param name="PriceWad">Oracle price, base tokens per whole token, WAD.</param>
/// <param name="Value">Value in the base asset.</param>
/// <param name="LiquidationValue">Value after the tiered, add-on-adjusted liquidation threshold.</param>
/// <param name="BorrowValue">Value after the tiered, add-on-adjusted borrow factor.</param>
/// <param name="EffectiveAddOnBps">Volatility add-on in force now, bps.</param>
/// <param name="PendingMarginCall">An announced add-on increase not yet in force, if any.</param>
public sealed record CollateralHolding(
    string Symbol, string Token, TokenAmount Balance, BigInteger PriceWad, TokenAmount Value,
    TokenAmount LiquidationValue, TokenAmount BorrowValue, int EffectiveAddOnBps, PendingAddOn? PendingMarginCall);

/// <summary>An announced add-on increase (a margin call) that takes effect at <paramref name="EffectiveAt"/>.</summary>
/// <param name="AddOnBps">The add-on that will apply.</param>
/// <param name="EffectiveAt">When it applies.</param>
public sealed record PendingAddOn(int AddOnBps, DateTimeOffset EffectiveAt);

/// <summary>An account's margin state at a block (virtually accrued to the block's timestamp).</summary>
/// <param name="Account">The account.</param>
/// <param name="Debt">Debt in the base asset.</param>
/// <param name="LiquidationCapacity">Sum of liquidation values.</param>
/// <param name="BorrowCapacity">Sum of borrow values.</param>
/// <param name="Health">Margin health (below 1 = liquidatable; ∞ without debt).</param>
/// <param name="Utilization">Margin utilization (debt / borrow capacity).</param>
/// <param name="Collateral">Holdings by asset.</param>
public sealed record AccountView(
    AccountId Account, TokenAmount Debt, TokenAmount LiquidationCapacity, TokenAmount BorrowCapacity,
    Wad Health, Wad Utilization, IReadOnlyList<CollateralHolding> Collateral)
{
    /// <summary>Whether anyone may liquidate the account now.</summary>
    public bool IsLiquidatable => Health.Raw < Wad.One;

    /// <summary>Pending margin calls on the assets this account holds.</summary>
    public IEnumerable<(string Symbol, PendingAddOn Call)> PendingMarginCalls =>
        Collateral.Where(c => c.PendingMarginCall is not null).Select(c => (c.Symbol, c.PendingMarginCall!));
}

/// <summary>Health and debt of an account from the batch view.</summary>
/// <param name="Account">The account.</param>
/// <param name="Health">Margin health; held assets whose price could not be read count as worth 0 (as in liquidation).</param>
/// <param name="Debt">Debt in the base asset.</param>
/// <param name="UnpricedMask">Bit i set: the held collateral asset with index i had no readable price (0: all priced).</param>
public sealed record AccountHealth(AccountId Account, Wad Health, TokenAmount Debt, int UnpricedMask = 0)
{
    /// <summary>True when a held asset could not be priced, so <see cref="Health"/> is a liquidation-view lower bound.</summary>
    public bool HasUnpricedCollateral => UnpricedMask != 0;
}

/// <summary>Market-wide state.</summary>
/// <param name="TotalSupply">Lenders' claims.</param>
/// <param name="TotalBorrows">Borrowers' debt.</param>
/// <param name="Cash">Base asset held by the vault.</param>
/// <param name="Reserves">Reserves not yet swept to insurance.</param>
/// <param name="Utilization">Total borrows / total supply.</param>
/// <param name="InsuranceAssets">Assets of the insurance pool.</param>
/// <param name="InsuranceCoverageRatio">Insurance assets / total borrows.</param>
/// <param name="Paused">Whether new risk is paused.</param>
public sealed record MarketView(
    TokenAmount TotalSupply, TokenAmount TotalBorrows, TokenAmount Cash, TokenAmount Reserves,
    Wad Utilization, TokenAmount InsuranceAssets, Wad InsuranceCoverageRatio, bool Paused);

/// <summary>The outcome of a liquidation.</summary>
/// <param name="TransactionHash">The transaction.</param>
/// <param name="Repaid">Debt repaid.</param>
/// <param name="Seized">Collateral received.</param>
/// <param name="InsuranceFee">Protocol share of the bonus paid to the insurance pool.</param>
/// <param name="HealthBefore">Health before.</param>
/// <param name="HealthAfter">Health after.</param>
/// <param name="GasUsed">Gas used.</param>
/// <param name="BadDebt">Debt left without collateral and realized by this liquidation (zero if none).</param>
/// <param name="CoveredByInsurance">Part of the bad debt the insurance pool paid.</param>
/// <param name="Socialized">Part of the bad debt spread over lenders.</param>
public sealed record LiquidationResult(
    string TransactionHash, TokenAmount Repaid, TokenAmount Seized, TokenAmount InsuranceFee,
    Wad HealthBefore, Wad HealthAfter, BigInteger GasUsed,
    TokenAmount BadDebt, TokenAmount CoveredByInsurance, TokenAmount Socialized);
