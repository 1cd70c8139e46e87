using System.Numerics;

namespace MarginInsurance.Core;

/// <summary>
/// The figures of an <see cref="AccountSnapshot"/> without the per-asset breakdown: what a health scan needs.
/// Equal, field by field, to the snapshot <see cref="AccountMath.Compute"/> returns for the same inputs.
/// </summary>
/// <param name="Debt">Debt D with interest accrued to the timestamp, base units.</param>
/// <param name="LiquidationCapacity">L, base units.</param>
/// <param name="BorrowCapacity">C, base units.</param>
/// <param name="Health">Margin health, WAD; 2^256 − 1 without debt.</param>
/// <param name="Utilization">Margin utilization, WAD; 0 without debt, 2^256 − 1 with debt and no capacity.</param>
public readonly record struct AccountHealth(
    BigInteger Debt,
    BigInteger LiquidationCapacity,
    BigInteger BorrowCapacity,
    BigInteger Health,
    BigInteger Utilization)
{
    /// <summary>The figures of <paramref name="snapshot"/>.</summary>
    public static AccountHealth From(AccountSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new AccountHealth(snapshot.Debt, snapshot.LiquidationCapacity, snapshot.BorrowCapacity, snapshot.Health, snapshot.Utilization);
    }
}
