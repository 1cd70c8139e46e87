using System.Numerics;

namespace MarginInsurance.Core.Perpetuals;

/// <summary>Result of <see cref="PerpMath.RealizedPnl"/> (docs/protocol.md §13.2).</summary>
/// <param name="Pnl">Realized PnL of the closed size, added to the account's perp cash (base units, signed).</param>
/// <param name="Released">Cost basis released by the close, subtracted from the position's basis (base units, signed).</param>
public readonly record struct RealizedPnlResult(BigInteger Pnl, BigInteger Released);

/// <summary>Result of <see cref="PerpMath.LiquidationPenalty"/> (docs/protocol.md §13.7).</summary>
/// <param name="Penalty">Penalty charged to the liquidated account's perp cash (base units).</param>
/// <param name="ToLiquidator">Share paid to the liquidator, <c>Penalty − ToInsurance</c> (base units).</param>
/// <param name="ToInsurance">Share paid to the insurance pool (base units).</param>
public readonly record struct LiquidationPenaltyResult(BigInteger Penalty, BigInteger ToLiquidator, BigInteger ToInsurance);
