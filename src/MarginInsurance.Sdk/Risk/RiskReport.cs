using System.Numerics;
using MarginInsurance.Core.Risk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;

namespace MarginInsurance.Sdk.Risk;

/// <summary>A liquidation price in token units.</summary>
/// <param name="Kind">Collateral (perpetual positions later).</param>
/// <param name="Status">Whether a price exists; see <see cref="LiquidationPriceStatus"/>.</param>
/// <param name="Price">Highest oracle price (base asset per whole token) at which the account is liquidatable.</param>
/// <param name="Tick">One feed unit (10^−feedDecimals base tokens): at <see cref="Price"/> + tick health is ≥ 1.</param>
/// <param name="ChangeFromNow">Move from today's price to <see cref="Price"/> as a fraction (−0.25 = 25% lower).</param>
/// <param name="HealthAt">Health at <see cref="Price"/> (below 1).</param>
/// <param name="HealthOneTickAbove">Health one tick above (1 or more).</param>
public sealed record LiquidationPriceView(
    ExposureKind Kind, LiquidationPriceStatus Status, TokenAmount? Price, TokenAmount Tick, double? ChangeFromNow, Wad? HealthAt, Wad? HealthOneTickAbove);

/// <summary>An announced add-on increase and its effect on the account.</summary>
/// <param name="AddOnBps">The add-on that will apply.</param>
/// <param name="EffectiveAt">When it applies.</param>
/// <param name="HealthThen">Health then, prices and balances unchanged, debt accrued.</param>
/// <param name="UtilizationThen">Margin utilization then.</param>
public sealed record PendingAddOnView(int AddOnBps, DateTimeOffset EffectiveAt, Wad HealthThen, Wad UtilizationThen);

/// <summary>One collateral's requirement explained.</summary>
/// <param name="LiquidationThresholdBps">Base liquidation threshold.</param>
/// <param name="BorrowFactorBps">Base borrow factor.</param>
/// <param name="Bracket">Tier bracket the position reaches (1–3).</param>
/// <param name="TierBreak1">Bracket 2 starts here.</param>
/// <param name="TierBreak2">Bracket 3 starts here.</param>
/// <param name="BracketCutBps">Reduction of the bracket reached.</param>
/// <param name="AddOnBps">Volatility add-on in force.</param>
/// <param name="MarginalLiquidationThresholdBps">Threshold applied to the last unit of value (base − cut − add-on).</param>
/// <param name="LiquidationCapacity">Counted toward health.</param>
/// <param name="BorrowCapacity">Counted toward borrowing.</param>
/// <param name="Pending">Announced add-on not yet in force.</param>
public sealed record RequirementView(
    int LiquidationThresholdBps, int BorrowFactorBps, int Bracket, TokenAmount TierBreak1, TokenAmount TierBreak2, int BracketCutBps, int AddOnBps,
    int MarginalLiquidationThresholdBps, TokenAmount LiquidationCapacity, TokenAmount BorrowCapacity, PendingAddOnView? Pending);

/// <summary>One collateral of the account with its risk.</summary>
/// <param name="Symbol">Symbol.</param>
/// <param name="Token">Token address.</param>
/// <param name="Balance">Balance.</param>
/// <param name="Price">Oracle price now, base asset per whole token.</param>
/// <param name="Value">Value in the base asset.</param>
/// <param name="LiquidationPrice">Its liquidation price, everything else held.</param>
/// <param name="Requirement">Its requirement explained.</param>
public sealed record CollateralRisk(
    string Symbol, string Token, TokenAmount Balance, TokenAmount Price, TokenAmount Value, LiquidationPriceView LiquidationPrice, RequirementView Requirement);

/// <summary>Collateral a liquidation sequence takes.</summary>
/// <param name="Symbol">Symbol.</param>
/// <param name="Amount">Seized.</param>
/// <param name="Value">Its value in the base asset.</param>
public sealed record SeizedView(string Symbol, TokenAmount Amount, TokenAmount Value);

/// <summary>The account under one scenario.</summary>
/// <param name="Label">Scenario.</param>
/// <param name="Health">Health under it.</param>
/// <param name="Utilization">Margin utilization under it.</param>
/// <param name="Liquidatable">Health below 1.</param>
/// <param name="OutsideOracleBounds">A shocked price is outside the oracle's bounds (the chain would refuse it).</param>
/// <param name="Liquidations">Liquidation calls keepers would make.</param>
/// <param name="Repaid">Debt they repay.</param>
/// <param name="Seized">Collateral they take.</param>
/// <param name="Bonus">Value seized above the debt repaid.</param>
/// <param name="InsuranceFee">Protocol share of the bonus.</param>
/// <param name="BadDebt">Debt left without collateral.</param>
/// <param name="Covered">Bad debt the insurance pool covers.</param>
/// <param name="Socialized">Bad debt lenders bear.</param>
public sealed record ScenarioView(
    string Label, Wad Health, Wad Utilization, bool Liquidatable, bool OutsideOracleBounds, int Liquidations, TokenAmount Repaid,
    IReadOnlyList<SeizedView> Seized, TokenAmount Bonus, TokenAmount InsuranceFee, TokenAmount BadDebt, TokenAmount Covered, TokenAmount Socialized);

/// <summary>Kinds of entries in an account's risk history.</summary>
public enum RiskEventKind
{
    /// <summary>An on-chain <c>MarginCall</c>: an add-on increase announced on an asset the account holds.</summary>
    OnChainMarginCall,

    /// <summary>A margin call the keeper raised on the account.</summary>
    KeeperMarginCall,

    /// <summary>A liquidation of the account.</summary>
    Liquidation,

    /// <summary>Bad debt realized on the account.</summary>
    BadDebt,
}

/// <summary>One entry of an account's history.</summary>
/// <param name="Kind">Kind.</param>
/// <param name="Block">Block.</param>
/// <param name="At">Block time (null when unknown).</param>
/// <param name="TransactionHash">Transaction (null for keeper margin calls).</param>
/// <param name="Description">What happened, in token units.</param>
public sealed record RiskEvent(RiskEventKind Kind, long Block, DateTimeOffset? At, string? TransactionHash, string Description);

/// <summary>A margin call from the keeper's store, to merge into a report's history.</summary>
/// <param name="RaisedBlock">Block it was raised at.</param>
/// <param name="ResolvedBlock">Block it was resolved at, if it was.</param>
/// <param name="Reason">Why it was raised.</param>
/// <param name="Health">Health when raised.</param>
public sealed record KeeperMarginCall(long RaisedBlock, long? ResolvedBlock, string Reason, string Health);

/// <summary>
/// A trader's view of one account at one block: margin state, liquidation price and requirement per collateral, the risk
/// engine's stress grid and the history; <see cref="WhatIf"/> recomputes under any shocks with the same exact math.
/// </summary>
/// <param name="Account">The account.</param>
/// <param name="Block">Block read.</param>
/// <param name="At">Its time.</param>
/// <param name="BaseSymbol">Base asset symbol.</param>
/// <param name="Debt">Debt.</param>
/// <param name="Health">Health.</param>
/// <param name="Utilization">Margin utilization.</param>
/// <param name="LiquidationCapacity">Sum of liquidation capacities.</param>
/// <param name="BorrowCapacity">Sum of borrow capacities.</param>
/// <param name="Collateral">Per collateral.</param>
/// <param name="StressGrid">The risk engine's grid on this account.</param>
/// <param name="History">Margin calls, liquidations and bad debt, oldest first.</param>
/// <param name="Input">The exact inputs (for <see cref="WhatIf"/>).</param>
/// <param name="Symbols">Symbol by token address.</param>
public sealed record RiskReport(
    AccountId Account, long Block, DateTimeOffset At, string BaseSymbol, TokenAmount Debt, Wad Health, Wad Utilization,
    TokenAmount LiquidationCapacity, TokenAmount BorrowCapacity, IReadOnlyList<CollateralRisk> Collateral,
    IReadOnlyList<ScenarioView> StressGrid, IReadOnlyList<RiskEvent> History, AccountRiskInput Input, IReadOnlyDictionary<string, string> Symbols)
{
    /// <summary>The account at today's prices as a scenario: the liquidation outcome keepers would reach now (none when healthy).</summary>
    public ScenarioView? Now { get; init; }

    /// <summary>Whether the account is liquidatable now.</summary>
    public bool IsLiquidatable => Health.Raw < Wad.One;

    /// <summary>The account if each named collateral (symbol) moved by the given fraction (−0.1 = −10%; 1 bps resolution).</summary>
    /// <exception cref="ArgumentException">A symbol the account does not hold.</exception>
    public ScenarioView WhatIf(IReadOnlyDictionary<string, decimal> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var shocks = moves.Select(m => new PriceShock(TokenOf(m.Key), (int)decimal.Round(m.Value * 10_000m))).ToList();
        return RiskReportBuilder.Scenario(Core.Risk.WhatIf.Apply(Input, shocks, string.Join(", ", moves.Select(m => $"{m.Key} {m.Value:+0.##%;-0.##%}"))), this);
    }

    private string TokenOf(string symbol) =>
        Collateral.FirstOrDefault(c => string.Equals(c.Symbol, symbol, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Token, symbol, StringComparison.OrdinalIgnoreCase))?.Token
        ?? throw new ArgumentException($"'{symbol}' is not collateral of {Account}; it holds {(Collateral.Count == 0 ? "nothing" : string.Join(", ", Collateral.Select(c => c.Symbol)))}", nameof(symbol));

    internal TokenAmount BaseAmount(BigInteger raw) => new(raw, Debt.Decimals);
}
