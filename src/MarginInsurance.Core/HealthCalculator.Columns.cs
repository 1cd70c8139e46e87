using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static MarginInsurance.Core.Uint128Math;

namespace MarginInsurance.Core;

/// <summary>Health of a whole <see cref="AccountColumns"/> book: the batch form of <see cref="HealthCalculator.Health(IReadOnlyList{CollateralPosition}, BigInteger)"/>.</summary>
public sealed partial class HealthCalculator
{
    /// <summary>
    /// Health of every account of <paramref name="accounts"/>, each equal to <see cref="Health(IReadOnlyList{CollateralPosition}, BigInteger)"/>
    /// (and so to <see cref="AccountMath.Compute"/>) to the wei. The hot loop reads only the columns: no BigInteger and no
    /// allocation per account. Each account takes the same exact 128-bit steps as the per-account fast path (debt
    /// ⌈P · index / WAD⌉, value ⌊amount · price / 10^e⌋, LT tiers, ⌊L · WAD / D⌋), each of which either gives the exact
    /// result or reports that a bound failed; such an account, and one marked in the columns, is recomputed with
    /// <see cref="ComputeExact"/> (which also throws for invalid input, as the per-account path does: the first such
    /// account in book order throws).
    /// </summary>
    /// <param name="accounts">The book.</param>
    /// <param name="parallel">Range-partitions the book over all cores.</param>
    public HealthColumn Health(AccountColumns accounts, bool parallel = false)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var slots = new SlotMath[accounts.SlotCount];
        for (var s = 0; s < slots.Length; s++)
        {
            var slot = accounts.Slots[s];
            var factors = FactorsOf(slot.Config);
            slots[s] = new SlotMath(factors, slot.Price, _fast && slot.Fits && factors.IsFast);
        }

        var health = new UInt128[accounts.Count];
        List<int> slow = [];
        if (parallel && accounts.Count > 1)
        {
            var rangeSize = Math.Max(1, accounts.Count / (Environment.ProcessorCount * 8));
            var lists = new ConcurrentBag<List<int>>();
            Parallel.ForEach(Partitioner.Create(0, accounts.Count, rangeSize), range =>
            {
                var local = new List<int>();
                HealthRange(accounts, slots, health, range.Item1, range.Item2, local);
                if (local.Count > 0) lists.Add(local);
            });
            foreach (var list in lists) slow.AddRange(list);
            slow.Sort();
        }
        else
        {
            HealthRange(accounts, slots, health, 0, accounts.Count, slow);
        }

        var exact = new Dictionary<int, BigInteger>(slow.Count);
        foreach (var i in slow) exact[i] = ComputeExact(accounts.Holdings[i], accounts.PrincipalsBig[i]).Health;
        return new HealthColumn(health, exact);
    }

    /// <summary>Accounts [from, to): 128-bit health into <paramref name="health"/>, or the index into <paramref name="slow"/>.</summary>
    private void HealthRange(AccountColumns accounts, SlotMath[] slots, UInt128[] health, int from, int to, List<int> slow)
    {
        var principals = accounts.Principals;
        var starts = accounts.Starts;
        var slotOf = accounts.SlotOf;
        var amounts = accounts.Amounts;
        var exactFlags = accounts.Exact;
        ref var slotBase = ref MemoryMarshal.GetArrayDataReference(slots);
        for (var i = from; i < to; i++)
        {
            if (exactFlags[i] || !TryHealth(principals[i], starts[i], starts[i + 1], slotOf, amounts, ref slotBase, out health[i])) slow.Add(i);
        }
    }

    /// <summary>One account's 128-bit health (<see cref="HealthColumn.NoDebt"/> without debt); false when a bound fails.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryHealth(UInt128 principal, int start, int end, int[] slotOf, UInt128[] amounts, ref SlotMath slotBase, out UInt128 health)
    {
        health = UInt128.Zero;
        if (!_fast || !TryMulDivUp(principal, _borrowIndex, Wad, out var debt)) return false;
        UInt128 l = UInt128.Zero;
        for (var j = start; j < end; j++)
        {
            ref var slot = ref Unsafe.Add(ref slotBase, slotOf[j]);
            var factors = slot.Factors;
            if (!slot.Fast
                || !factors.TryValue(amounts[j], slot.Price, out var value)
                || !factors.TryTiered(value, factors.Liquidation, out var lt)
                || !TryAdd(l, lt, out l))
            {
                return false;
            }
        }

        if (debt == UInt128.Zero)
        {
            health = HealthColumn.NoDebt;
            return true;
        }

        return TryMulDivDown(l, Wad, debt, out health);
    }

    /// <summary>One slot resolved at this calculator's timestamp; <paramref name="Fast"/> is false when its accounts need the exact path.</summary>
    private readonly record struct SlotMath(AssetFactors Factors, UInt128 Price, bool Fast);
}
