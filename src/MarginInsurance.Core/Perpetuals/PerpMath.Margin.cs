using System.Numerics;
using static MarginInsurance.Core.WadMath;

namespace MarginInsurance.Core.Perpetuals;

// §13.5 margin requirements and §13.6 health
public static partial class PerpMath
{
    /// <summary>
    /// Bracket-wise margin requirement on a notional (§13.5), scaled by the user level and rounded up once:
    /// ⌈(min(N, N1)·g1 + clamp(N − N1, 0, N2 − N1)·g2 + max(N − N2, 0)·g3) · level / (BPS · WAD)⌉ with
    /// g1 = min(BPS, f + addOn), g2 = min(BPS, f + step2 + addOn), g3 = min(BPS, f + step3 + addOn).
    /// </summary>
    /// <param name="notionalValue">Notional N of the position, base units.</param>
    /// <param name="fractionBps">Initial (imf) or maintenance (mmf) fraction f, bps.</param>
    /// <param name="addOnBps">Volatility add-on of the market in force, bps.</param>
    /// <param name="notionalBreak1">N1, base units.</param>
    /// <param name="notionalBreak2">N2 (≥ N1, else Solidity reverts <c>InvalidTiers()</c>), base units.</param>
    /// <param name="step2Bps">Step of bracket 2, bps.</param>
    /// <param name="step3Bps">Step of bracket 3, bps.</param>
    /// <param name="levelWad">The owner's margin level, WAD (see <see cref="MarginLevel"/>).</param>
    public static BigInteger MarginRequirement(BigInteger notionalValue, BigInteger fractionBps, BigInteger addOnBps,
        BigInteger notionalBreak1, BigInteger notionalBreak2, BigInteger step2Bps, BigInteger step3Bps, BigInteger levelWad)
    {
        Guard.Uint(notionalValue, nameof(notionalValue));
        Guard.Uint(fractionBps, nameof(fractionBps));
        Guard.Uint(addOnBps, nameof(addOnBps));
        Guard.Uint(notionalBreak1, nameof(notionalBreak1));
        Guard.Uint(notionalBreak2, nameof(notionalBreak2));
        Guard.Uint(step2Bps, nameof(step2Bps));
        Guard.Uint(step3Bps, nameof(step3Bps));
        Guard.Uint(levelWad, nameof(levelWad));
        if (notionalBreak1 > notionalBreak2)
            throw new ArgumentOutOfRangeException(nameof(notionalBreak2), notionalBreak2, "notionalBreak2 must be >= notionalBreak1 (Solidity: InvalidTiers()).");

        BigInteger G(BigInteger step) => BigInteger.Min(BPS, fractionBps + step + addOnBps);
        BigInteger part1 = BigInteger.Min(notionalValue, notionalBreak1);
        BigInteger part2 = notionalValue > notionalBreak1 ? BigInteger.Min(notionalValue, notionalBreak2) - notionalBreak1 : BigInteger.Zero;
        BigInteger part3 = notionalValue > notionalBreak2 ? notionalValue - notionalBreak2 : BigInteger.Zero;
        BigInteger sum = Guard.Result(part1 * G(0) + part2 * G(step2Bps) + part3 * G(step3Bps));
        return MulDivUp(sum, levelWad, BPS * WAD);
    }

    /// <summary>Margin level in force (§13.5): the stored value, or WAD (1.0) when none is stored (0).</summary>
    /// <param name="storedLevelWad">Stored level, WAD; 0 = default.</param>
    public static BigInteger MarginLevel(BigInteger storedLevelWad)
    {
        Guard.Uint(storedLevelWad, nameof(storedLevelWad));
        return storedLevelWad.IsZero ? WAD : storedLevelWad;
    }

    /// <summary>PnL as it counts toward health (§13.6): a profit after the haircut ⌊pnl · pnlWeightBps / BPS⌋, a loss in full.</summary>
    /// <param name="pnl">Unrealized PnL net of funding owed, base units, signed.</param>
    /// <param name="pnlWeightBps">Weight of a positive PnL, bps.</param>
    public static BigInteger WeightedPnl(BigInteger pnl, BigInteger pnlWeightBps)
    {
        SignedMath.Int(pnl, nameof(pnl));
        Guard.Uint(pnlWeightBps, nameof(pnlWeightBps));
        return pnl.Sign <= 0 ? pnl : SignedMath.IntResult(MulDivDown(pnl, pnlWeightBps, BPS));
    }

    /// <summary>
    /// One health for collateral, debt and positions (§13.6): debt + requirement = 0 ? 2^256 − 1 :
    /// (numerator ≤ 0 ? 0 : ⌊numerator · WAD / (debt + requirement)⌋), WAD.
    /// </summary>
    /// <param name="numerator">L (or C) + cash + Σ weighted PnL, base units, signed.</param>
    /// <param name="debt">Debt D, base units.</param>
    /// <param name="requirement">Σ maintenance (or initial) margin of the positions, base units.</param>
    public static BigInteger UnifiedHealth(BigInteger numerator, BigInteger debt, BigInteger requirement)
    {
        SignedMath.Int(numerator, nameof(numerator));
        Guard.Uint(debt, nameof(debt));
        Guard.Uint(requirement, nameof(requirement));
        BigInteger denominator = Guard.Result(debt + requirement);
        if (denominator.IsZero) return MaxUint256;
        if (numerator.Sign <= 0) return BigInteger.Zero;
        return MulDivDown(numerator, WAD, denominator);
    }

    /// <summary>
    /// The health the vault acts on (§13.6): debt + requirement = 0 and numerator &lt; 0 ? 0 :
    /// <see cref="UnifiedHealth"/>(numerator, debt, requirement), WAD. An account owing nothing but negative perp cash
    /// beyond its adjusted collateral is liquidatable.
    /// </summary>
    /// <param name="numerator">L (or C) + cash + Σ weighted PnL, base units, signed.</param>
    /// <param name="debt">Debt D, base units.</param>
    /// <param name="requirement">Σ maintenance (or initial) margin of the positions, base units.</param>
    public static BigInteger AccountHealth(BigInteger numerator, BigInteger debt, BigInteger requirement)
    {
        SignedMath.Int(numerator, nameof(numerator));
        Guard.Uint(debt, nameof(debt));
        Guard.Uint(requirement, nameof(requirement));
        if (numerator.Sign < 0 && Guard.Result(debt + requirement).IsZero) return BigInteger.Zero;
        return UnifiedHealth(numerator, debt, requirement);
    }
}
