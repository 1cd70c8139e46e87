using System.Numerics;
using static MarginInsurance.Core.Uint128Math;

namespace MarginInsurance.Core;

/// <summary>
/// Many accounts of one market in columns (structure of arrays) for <see cref="HealthCalculator.Health(AccountColumns, bool)"/>:
/// each account's borrow principal, and its holdings as (slot, amount) pairs, where a slot is one distinct
/// (collateral config, price) pair of the book — a read prices every holding of an asset at the same oracle price, so a
/// book has a handful of slots. Operands are converted to 128 bits once, here; an account with an operand that does not
/// fit (or a null holding or config) is marked for the exact BigInteger path and keeps its original inputs for it.
/// Immutable once built; thread-safe to read.
/// </summary>
public sealed class AccountColumns
{
    private AccountColumns(
        UInt128[] principals, int[] starts, int[] slotOf, UInt128[] amounts, bool[] exact, Slot[] slots,
        IReadOnlyList<CollateralPosition>[] holdings, BigInteger[] principalsBig)
    {
        Principals = principals;
        Starts = starts;
        SlotOf = slotOf;
        Amounts = amounts;
        Exact = exact;
        Slots = slots;
        Holdings = holdings;
        PrincipalsBig = principalsBig;
    }

    /// <summary>Number of accounts.</summary>
    public int Count => Principals.Length;

    /// <summary>Distinct (config, price) pairs of the book.</summary>
    public int SlotCount => Slots.Length;

    /// <summary>Borrow principal per account (zero for an exact-path account).</summary>
    internal UInt128[] Principals { get; }

    /// <summary>Holdings of account i are positions [Starts[i], Starts[i + 1]).</summary>
    internal int[] Starts { get; }

    /// <summary>Slot of each position.</summary>
    internal int[] SlotOf { get; }

    /// <summary>Balance of each position, collateral units.</summary>
    internal UInt128[] Amounts { get; }

    /// <summary>True for an account the 128-bit path cannot take (an operand above 2^128 − 1, a null holding or config).</summary>
    internal bool[] Exact { get; }

    /// <summary>The book's (config, price) pairs.</summary>
    internal Slot[] Slots { get; }

    /// <summary>Each account's holdings as given, for the exact path.</summary>
    internal IReadOnlyList<CollateralPosition>[] Holdings { get; }

    /// <summary>Each account's principal as given, for the exact path.</summary>
    internal BigInteger[] PrincipalsBig { get; }

    /// <summary>
    /// Columns of <paramref name="holdings"/>[i] with <paramref name="principals"/>[i] (same length). Holdings sharing a
    /// config object and price share a slot (configs are compared by reference: pass each asset's config object once).
    /// </summary>
    public static AccountColumns Create(IReadOnlyList<IReadOnlyList<CollateralPosition>> holdings, IReadOnlyList<BigInteger> principals)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentNullException.ThrowIfNull(principals);
        if (holdings.Count != principals.Count)
            throw new ArgumentException($"holdings ({holdings.Count}) and principals ({principals.Count}) must have one entry per account", nameof(principals));

        var n = holdings.Count;
        var total = 0;
        for (var i = 0; i < n; i++) total += holdings[i]?.Count ?? 0;
        var principalColumn = new UInt128[n];
        var starts = new int[n + 1];
        var slotOf = new int[total];
        var amounts = new UInt128[total];
        var exact = new bool[n];
        var slots = new List<Slot>();
        var kept = new IReadOnlyList<CollateralPosition>[n];
        var principalsBig = new BigInteger[n];
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            var held = holdings[i] ?? throw new ArgumentNullException(nameof(holdings), $"holdings of account {i} is null");
            kept[i] = held;
            principalsBig[i] = principals[i];
            starts[i] = next;
            var fits = TryToUInt128(principals[i], out principalColumn[i]);
            for (var k = 0; k < held.Count; k++)
            {
                var p = held[k];
                if (p?.Config is not { } config || !TryToUInt128(p.Balance, out var amount))
                {
                    fits = false;
                    continue;
                }

                slotOf[next] = SlotIndex(slots, config, p.PriceWad);
                amounts[next++] = amount;
            }

            if (!fits)
            {
                // the exact path reads the original holdings: drop the partial columns of this account
                exact[i] = true;
                principalColumn[i] = UInt128.Zero;
                next = starts[i];
            }
        }

        starts[n] = next;
        return new AccountColumns(principalColumn, starts, slotOf, amounts, exact, [.. slots], kept, principalsBig);
    }

    private static int SlotIndex(List<Slot> slots, CollateralConfig config, BigInteger price)
    {
        // a book has a handful of slots: a linear search by reference and value is cheaper than hashing the price
        for (var s = 0; s < slots.Count; s++)
        {
            if (ReferenceEquals(slots[s].Config, config) && slots[s].PriceBig == price) return s;
        }

        var fits = TryToUInt128(price, out var price128);
        slots.Add(new Slot(config, price, price128, fits));
        return slots.Count - 1;
    }

    /// <summary>One (config, price) pair; <paramref name="Fits"/> is false when the price is above 2^128 − 1.</summary>
    internal sealed record Slot(CollateralConfig Config, BigInteger PriceBig, UInt128 Price, bool Fits);
}
