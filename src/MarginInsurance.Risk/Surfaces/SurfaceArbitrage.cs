namespace MarginInsurance.Risk.Surfaces;

/// <summary>Kind of static arbitrage in a fitted surface.</summary>
public enum ArbitrageKind
{
    /// <summary>Negative risk-neutral density within one expiry (g(k) &lt; 0, w ≤ 0, or wings steeper than Lee's bound 4).</summary>
    Butterfly,

    /// <summary>Total variance decreasing with maturity at some log-moneyness (a later expiry is cheaper than an earlier one).</summary>
    Calendar,
}

/// <summary>What to do when a fitted surface has arbitrage.</summary>
public enum ArbitragePolicy
{
    /// <summary>Throw <see cref="SurfaceArbitrageException"/> naming the expiry, the log-moneyness and the violation.</summary>
    Refuse,

    /// <summary>Refit the offending slice with the no-arbitrage conditions as penalties; refuse if it still fails; report every repair.</summary>
    Repair,
}

/// <summary>One violation found on a fitted surface.</summary>
/// <param name="Kind">Butterfly or calendar.</param>
/// <param name="Expiry">Expiry of the offending slice (the later one for calendar).</param>
/// <param name="LogMoneyness">Where it is worst.</param>
/// <param name="Amount">g(k) for butterfly (negative), w_later − w_earlier for calendar (negative), or the wing slope for Lee's bound.</param>
/// <param name="Description">Readable description.</param>
public sealed record ArbitrageViolation(ArbitrageKind Kind, DateOnly Expiry, double LogMoneyness, double Amount, string Description);

/// <summary>The surface has static arbitrage and the policy is <see cref="ArbitragePolicy.Refuse"/> (or repair failed).</summary>
public sealed class SurfaceArbitrageException(string source, IReadOnlyList<ArbitrageViolation> violations, bool afterRepair)
    : Exception($"{source}: the implied-volatility surface has static arbitrage{(afterRepair ? " that the repair could not remove" : "")}: "
                + string.Join("; ", violations.Select(v => v.Description))
                + (afterRepair
                    ? ". Fix: check the quotes of that expiry (stale or crossed), or drop it from the file."
                    : ". Fix: correct the quotes, or pass --surface-arbitrage repair to refit the slice under no-arbitrage constraints (the repairs are printed)."))
{
    /// <summary>The violations.</summary>
    public IReadOnlyList<ArbitrageViolation> Violations { get; } = violations;
}
