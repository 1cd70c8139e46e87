using System.Numerics;

namespace MarginInsurance.Core.Risk;

/// <summary>Collateral one simulated liquidation sequence takes from an asset.</summary>
/// <param name="Asset">Asset identifier.</param>
/// <param name="Amount">Seized, collateral units.</param>
/// <param name="Value">Its value at the price used, base units (§2, floored).</param>
public sealed record SeizedCollateral(string Asset, BigInteger Amount, BigInteger Value);

/// <summary>
/// What keepers would do to an account at given prices: liquidations one after another (largest-value collateral first, no
/// repay limit, the vault's §7 amounts) until health is ≥ 1 or no collateral is left, then §8 bad debt.
/// </summary>
/// <param name="Liquidations">Liquidation calls in the sequence (0 when the account is healthy).</param>
/// <param name="Repaid">Debt repaid, base units.</param>
/// <param name="Seized">Collateral seized per asset.</param>
/// <param name="Bonus">Value seized above the debt repaid, base units.</param>
/// <param name="InsuranceFee">Protocol share of the bonus (to the insurance pool via reserves), base units.</param>
/// <param name="BadDebt">Debt left without collateral, base units.</param>
/// <param name="Covered">Part of the bad debt the insurance pool covers.</param>
/// <param name="Socialized">Part of the bad debt spread over lenders.</param>
/// <param name="DebtAfter">Debt after the sequence (zero after bad debt is realized).</param>
/// <param name="HealthAfter">Health after, WAD (2^256 − 1 without debt).</param>
public sealed record LiquidationOutcome(
    int Liquidations, BigInteger Repaid, IReadOnlyList<SeizedCollateral> Seized, BigInteger Bonus, BigInteger InsuranceFee,
    BigInteger BadDebt, BigInteger Covered, BigInteger Socialized, BigInteger DebtAfter, BigInteger HealthAfter);

/// <summary>Simulates the liquidation sequence of <see cref="LiquidationOutcome"/> with <see cref="MarginMath"/>.</summary>
public static class LiquidationSimulator
{
    /// <summary>Upper bound on liquidation calls simulated (each call at least halves the debt or empties an asset).</summary>
    public const int MaxSteps = 64;

    /// <summary>Liquidates <paramref name="positions"/> with <paramref name="borrowPrincipal"/> at the input's time and parameters.</summary>
    public static LiquidationOutcome Run(AccountRiskInput input, IReadOnlyList<CollateralPosition> positions, BigInteger borrowPrincipal)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(positions);
        var calculator = new HealthCalculator(input.Market, input.Timestamp);
        var index = calculator.Accrued.BorrowIndex;
        var baseDecimals = input.Market.BaseDecimals;
        var held = positions.ToList();
        var principal = borrowPrincipal;
        var seized = new Dictionary<string, (BigInteger Amount, BigInteger Value)>();
        BigInteger repaid = 0, bonus = 0, fee = 0;
        var steps = 0;
        var p = input.Liquidation;
        while (steps < MaxSteps)
        {
            var now = calculator.ComputeExact(held, principal);
            if (now.Debt.IsZero || !now.IsLiquidatable || held.Count == 0) break;
            var target = held.OrderByDescending(h => MarginMath.CollateralValue(h.Balance, h.PriceWad, h.Config.Decimals, baseDecimals)).First();
            var r = MarginMath.LiquidationAmounts(now.Debt, now.Health, WadMath.MaxUint256, p.CloseFactorBps, p.DeepHealthThresholdWad,
                p.DustThreshold, target.Config.LiquidationBonusBps, p.ProtocolShareBps, target.Balance, target.PriceWad, target.Config.Decimals, baseDecimals);
            if (r.Repay.IsZero && r.Seized.IsZero) break;
            steps++;
            var value = MarginMath.CollateralValue(r.Seized, target.PriceWad, target.Config.Decimals, baseDecimals);
            repaid += r.Repay;
            fee += r.Fee;
            bonus += value > r.Repay ? value - r.Repay : BigInteger.Zero;
            seized[target.Asset] = seized.TryGetValue(target.Asset, out var s) ? (s.Amount + r.Seized, s.Value + value) : (r.Seized, value);
            principal -= MarginMath.RepayPrincipalFor(r.Repay, principal, index);
            var left = target.Balance - r.Seized;
            held.Remove(target);
            if (!left.IsZero) held.Add(target with { Balance = left });
        }

        var debt = MarginMath.ToDebt(principal, index);
        BigInteger badDebt = 0, covered = 0, socialized = 0;
        if (held.Count == 0 && !debt.IsZero)
        {
            badDebt = debt;
            var split = MarginMath.BadDebtSplit(debt, input.Insurance.PoolAssets, input.Insurance.CoverCapBps, input.Market.Indices.TotalSupplyPrincipal);
            covered = split.Cover;
            socialized = split.Socialized;
            debt = BigInteger.Zero;
        }

        var health = debt.IsZero ? WadMath.MaxUint256 : calculator.ComputeExact(held, principal).Health;
        var seizedList = seized.Select(kv => new SeizedCollateral(kv.Key, kv.Value.Amount, kv.Value.Value)).ToList();
        return new LiquidationOutcome(steps, repaid, seizedList, bonus, fee, badDebt, covered, socialized, debt, health);
    }
}
