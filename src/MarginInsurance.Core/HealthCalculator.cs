using System.Numerics;
using System.Runtime.InteropServices;
using static MarginInsurance.Core.Uint128Math;

namespace MarginInsurance.Core;

/// <summary>
/// Account margin state for many accounts of one market at one timestamp. The market is accrued once, in the
/// constructor, with <see cref="AccountMath.AccrueTo"/>; each account then costs only its own debt and holdings.
/// Every result equals <see cref="AccountMath.Compute"/> for the same inputs, to the wei (and invalid input throws the
/// same exception types). Thread-safe: one instance may serve a parallel scan.
/// </summary>
public sealed partial class HealthCalculator
{
    private const int MaxCachedConfigs = 32;
    private readonly Lock _factorsLock = new();
    private readonly bool _fast;
    private (CollateralConfig Config, AssetFactors Factors)[] _factors = [];
    private readonly UInt128 _borrowIndex;
    private readonly UInt128 _timestamp;

    /// <summary>Accrues <paramref name="market"/> virtually to <paramref name="timestamp"/> (§5).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timestamp"/> is before the last accrual, or a value is negative.</exception>
    public HealthCalculator(MarketState market, BigInteger timestamp)
    {
        ArgumentNullException.ThrowIfNull(market);
        Accrued = AccountMath.AccrueTo(market, timestamp);
        Market = market;
        Timestamp = timestamp;
        _fast = TryToUInt128(Accrued.BorrowIndex, out _borrowIndex) & TryToUInt128(timestamp, out _timestamp);
    }

    /// <summary>The market as given.</summary>
    public MarketState Market { get; }

    /// <summary>Evaluation time (block timestamp), Unix seconds.</summary>
    public BigInteger Timestamp { get; }

    /// <summary>The market accrued to <see cref="Timestamp"/>; its borrow index prices every account's debt.</summary>
    public AccruedMarket Accrued { get; }

    /// <summary>
    /// <see cref="AccountMath.Compute"/> with the market already accrued: the same composition (<c>AccountMath.Compose</c>)
    /// in BigInteger.
    /// </summary>
    public AccountSnapshot ComputeExact(IEnumerable<CollateralPosition> collateral, BigInteger borrowPrincipal)
    {
        ArgumentNullException.ThrowIfNull(collateral);
        Guard.Uint(borrowPrincipal, nameof(borrowPrincipal));
        return AccountMath.Compose(collateral, MarginMath.ToDebt(borrowPrincipal, Accrued.BorrowIndex), Market.BaseDecimals, Timestamp);
    }

    /// <summary>
    /// Same result as <see cref="ComputeExact"/>, computed in 128-bit integers when every operand and intermediate fits
    /// (falls back to <see cref="ComputeExact"/> otherwise).
    /// </summary>
    public AccountSnapshot Compute(IReadOnlyList<CollateralPosition> collateral, BigInteger borrowPrincipal)
    {
        ArgumentNullException.ThrowIfNull(collateral);
        var rows = new CollateralBreakdown[collateral.Count];
        return TryFast(collateral, borrowPrincipal, rows, out var f)
            ? new AccountSnapshot(f.Debt, f.L, f.C, f.HealthBig(), f.UtilizationBig(), rows)
            : ComputeExact(collateral, borrowPrincipal);
    }

    /// <summary>
    /// Debt, capacities, health and utilization as <see cref="ComputeExact"/> gives them, without the per-asset breakdown;
    /// 128-bit fast path with BigInteger fallback.
    /// </summary>
    public AccountHealth ComputeHealth(IReadOnlyList<CollateralPosition> collateral, BigInteger borrowPrincipal)
    {
        ArgumentNullException.ThrowIfNull(collateral);
        return TryFast(collateral, borrowPrincipal, null, out var f)
            ? new AccountHealth(f.Debt, f.L, f.C, f.HealthBig(), f.UtilizationBig())
            : AccountHealth.From(ComputeExact(collateral, borrowPrincipal));
    }

    /// <summary>Health only (WAD; 2^256 − 1 without debt), as <see cref="ComputeExact"/> gives it; 128-bit fast path with BigInteger fallback.</summary>
    public BigInteger Health(IReadOnlyList<CollateralPosition> collateral, BigInteger borrowPrincipal)
    {
        ArgumentNullException.ThrowIfNull(collateral);
        return TryFast(collateral, borrowPrincipal, null, out var f, healthOnly: true) ? f.HealthBig() : ComputeExact(collateral, borrowPrincipal).Health;
    }

    /// <summary>The 128-bit path alone: true with the figures when it applies, false when the BigInteger path is needed (tests use it to count coverage).</summary>
    internal bool TryComputeHealthFast(IReadOnlyList<CollateralPosition> collateral, BigInteger borrowPrincipal, out AccountHealth health)
    {
        ArgumentNullException.ThrowIfNull(collateral);
        var ok = TryFast(collateral, borrowPrincipal, null, out var f);
        health = ok ? new AccountHealth(f.Debt, f.L, f.C, f.HealthBig(), f.UtilizationBig()) : default;
        return ok;
    }

    /// <remarks>With <paramref name="healthOnly"/> the utilization is not computed (left zero): a caller that reads only health.</remarks>
    private bool TryFast(IReadOnlyList<CollateralPosition> collateral, BigInteger borrowPrincipal, CollateralBreakdown[]? rows, out Figures figures, bool healthOnly = false)
    {
        figures = default;
        if (!_fast || !TryToUInt128(borrowPrincipal, out var principal)) return false;
        if (!TryMulDivUp(principal, _borrowIndex, Wad, out var debt)) return false;

        UInt128 l = UInt128.Zero, c = UInt128.Zero;
        // arrays and lists as spans: no interface call per position
        var positions = collateral switch
        {
            CollateralPosition[] array => array,
            List<CollateralPosition> list => CollectionsMarshal.AsSpan(list),
            _ => collateral.ToArray(),
        };
        for (var i = 0; i < positions.Length; i++)
        {
            var p = positions[i];
            if (p?.Config is not { } config) return false;
            var factors = FactorsOf(config);
            if (!factors.IsFast
                || !TryToUInt128(p.Balance, out var amount) || !TryToUInt128(p.PriceWad, out var price)
                || !factors.TryValue(amount, price, out var value)
                || !factors.TryTiered(value, factors.Liquidation, out var lt)
                || !factors.TryTiered(value, factors.Borrow, out var bf)
                || !TryAdd(l, lt, out l) || !TryAdd(c, bf, out c))
            {
                return false;
            }

            if (rows is not null) rows[i] = new CollateralBreakdown(p.Asset, (BigInteger)value, factors.AddOnBps, (BigInteger)lt, (BigInteger)bf);
        }

        UInt128 health = UInt128.Zero, utilization = UInt128.Zero;
        if (debt != UInt128.Zero)
        {
            if (!TryMulDivDown(l, Wad, debt, out health)) return false;
            if (!healthOnly && c != UInt128.Zero && !TryMulDivUp(debt, Wad, c, out utilization)) return false;
        }

        figures = new Figures(debt, l, c, health, utilization);
        return true;
    }

    /// <summary>
    /// The config's factors: a reference lookup in a small copy-on-write array (a market lists a handful of assets, and
    /// every position of a read shares its asset's config object), resolved once per config.
    /// </summary>
    private AssetFactors FactorsOf(CollateralConfig config)
    {
        var cache = Volatile.Read(ref _factors);
        for (var i = 0; i < cache.Length; i++)
        {
            if (ReferenceEquals(cache[i].Config, config)) return cache[i].Factors;
        }

        lock (_factorsLock)
        {
            foreach (var (c, f) in _factors)
            {
                if (ReferenceEquals(c, config)) return f;
            }

            var factors = AssetFactors.Create(config, Market.BaseDecimals, _timestamp);
            // callers that build a config per position get no cache past a market's worth of assets (no quadratic scan)
            if (_factors.Length < MaxCachedConfigs) Volatile.Write(ref _factors, [.. _factors, (config, factors)]);
            return factors;
        }
    }

    /// <summary>One account's figures in 128 bits; health and utilization hold their sentinels as flags (debt zero, C zero).</summary>
    private readonly record struct Figures(UInt128 DebtRaw, UInt128 LRaw, UInt128 CRaw, UInt128 HealthRaw, UInt128 UtilizationRaw)
    {
        public BigInteger Debt => DebtRaw;

        public BigInteger L => LRaw;

        public BigInteger C => CRaw;

        public BigInteger HealthBig() => DebtRaw == UInt128.Zero ? WadMath.MaxUint256 : HealthRaw;

        public BigInteger UtilizationBig() =>
            DebtRaw == UInt128.Zero ? BigInteger.Zero : CRaw == UInt128.Zero ? WadMath.MaxUint256 : UtilizationRaw;
    }
}
