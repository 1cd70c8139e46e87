using System.Numerics;

namespace MarginInsurance.Risk.Portfolio;

/// <summary>Outcome of moving all prices at once (a gap move: no chance to liquidate in between).</summary>
/// <param name="Liquidated">Accounts whose health fell below 1.</param>
/// <param name="LiquidationVolume">Collateral seized and sold, USD at shocked oracle prices.</param>
/// <param name="BadDebt">Debt not recovered after bonus and slippage, USD.</param>
public readonly record struct ShockOutcome(int Liquidated, double LiquidationVolume, double BadDebt);

/// <summary>Vectorized evaluation of an <see cref="AccountBook"/> under price shocks.</summary>
/// <param name="book">Accounts.</param>
/// <param name="prices">Current prices per asset (book order).</param>
/// <param name="liquidationThresholds">Effective LT per asset as a fraction (base LT minus add-on).</param>
/// <param name="terms">Liquidation bonus and slippage.</param>
public sealed partial class BookEvaluator(AccountBook book, IReadOnlyList<double> prices, IReadOnlyList<double> liquidationThresholds, LiquidationTerms terms)
{
    private readonly double[][] _value = book.Units.Select((u, a) => u.Select(x => x * prices[a]).ToArray()).ToArray();
    private readonly double[][] _weighted = book.Units.Select((u, a) => u.Select(x => x * prices[a] * liquidationThresholds[a]).ToArray()).ToArray();


    // every weight ≥ 0 (and none NaN): BadDebts may skip an account that is safe at its block's lowest relatives
    private readonly bool _weightsNonNegative = book.Units.Select((u, a) => u.All(x => x * prices[a] * liquidationThresholds[a] >= 0)).All(ok => ok);

    /// <summary>The book.</summary>
    public AccountBook Book { get; } = book;

    /// <summary>Current prices, book order.</summary>
    public IReadOnlyList<double> Prices { get; } = prices;

    /// <summary>Effective liquidation thresholds (fractions), book order.</summary>
    public IReadOnlyList<double> LiquidationThresholds { get; } = liquidationThresholds;

    /// <summary>Liquidation terms.</summary>
    public LiquidationTerms Terms { get; } = terms;

    /// <summary>
    /// Applies gross price relatives g_a = P'_a / P_a to every account: liquidates those with Σ w_a g_a &lt; debt
    /// (health &lt; 1) fully under <see cref="LiquidationTerms.Liquidate"/>. Uses SIMD across accounts.
    /// </summary>
    public ShockOutcome Apply(ReadOnlySpan<double> priceRelatives, bool[]? liquidatedFlags = null)
    {
        var d = _value.Length;
        var n = Book.Count;
        var b = Terms.BonusBps / 10_000;
        var s = Terms.SlippageBps / 10_000;
        var recovery = (1 - s) / (1 + b);
        var volumeFactor = (1 + b) / (1 - s);
        var debt = Book.Debt;
        int liquidated = 0;
        double volume = 0, bad = 0;
        var width = Vector<double>.Count;
        var k = 0;
        if (liquidatedFlags is null && Vector.IsHardwareAccelerated)
        {
            var vRecovery = new Vector<double>(recovery);
            var vBad = Vector<double>.Zero;
            var vRepaid = Vector<double>.Zero;
            var vCount = Vector<long>.Zero;
            Span<Vector<double>> g = stackalloc Vector<double>[d];
            for (var a = 0; a < d; a++) g[a] = new Vector<double>(priceRelatives[a]);
            for (; k <= n - width; k += width)
            {
                var weighted = Vector<double>.Zero;
                var value = Vector<double>.Zero;
                for (var a = 0; a < d; a++)
                {
                    weighted += new Vector<double>(_weighted[a], k) * g[a];
                    value += new Vector<double>(_value[a], k) * g[a];
                }
                var debtV = new Vector<double>(debt, k);
                var mask = Vector.LessThan(weighted, debtV);
                var repaid = Vector.Min(debtV, value * vRecovery);
                vRepaid += Vector.ConditionalSelect(mask, repaid, Vector<double>.Zero);
                vBad += Vector.ConditionalSelect(mask, debtV - repaid, Vector<double>.Zero);
                vCount -= mask;
            }
            bad = Vector.Sum(vBad);
            volume = Vector.Sum(vRepaid) * volumeFactor;
            liquidated = (int)Vector.Sum(vCount);
        }
        for (; k < n; k++)
        {
            double weighted = 0, value = 0;
            for (var a = 0; a < d; a++)
            {
                weighted += _weighted[a][k] * priceRelatives[a];
                value += _value[a][k] * priceRelatives[a];
            }
            var isLiquidated = weighted < debt[k];
            if (liquidatedFlags is not null) liquidatedFlags[k] = isLiquidated;
            if (!isLiquidated) continue;
            var repaid = Math.Min(debt[k], value * recovery);
            liquidated++;
            volume += repaid * volumeFactor;
            bad += debt[k] - repaid;
        }
        return new ShockOutcome(liquidated, volume, bad);
    }

    /// <summary>Current health of each account.</summary>
    public double[] Healths()
    {
        var h = new double[Book.Count];
        for (var k = 0; k < h.Length; k++)
        {
            var w = 0.0;
            for (var a = 0; a < _weighted.Length; a++) w += _weighted[a][k];
            h[k] = Book.Debt[k] > 0 ? w / Book.Debt[k] : double.PositiveInfinity;
        }
        return h;
    }

    /// <summary>Collateral value per asset summed over the book (the aggregate cross-margin exposure).</summary>
    public double[] AggregateExposure() => _value.Select(v => v.Sum()).ToArray();
}
