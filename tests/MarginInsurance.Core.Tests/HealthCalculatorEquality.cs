using System.Numerics;
using MarginInsurance.Core;

namespace MarginInsurance.Core.Tests;

/// <summary>
/// Checks every <see cref="HealthCalculator"/> entry point against <see cref="AccountMath.Compute"/> for one account state:
/// equal snapshots (debt, capacities, health, utilization, every breakdown row) or the same exception type.
/// </summary>
internal static class HealthCalculatorEquality
{
    /// <summary>Asserts equality; returns true when the 128-bit fast path handled the state (false: BigInteger fallback or both threw).</summary>
    public static bool AssertSame(IReadOnlyList<CollateralPosition> holdings, BigInteger principal, MarketState market, BigInteger timestamp, HealthCalculator? shared = null)
    {
        var expected = Capture(() => AccountMath.Compute(holdings, principal, market, timestamp));
        HealthCalculator calculator;
        if (shared is not null)
        {
            calculator = shared;
        }
        else
        {
            var created = Capture(() => new HealthCalculator(market, timestamp));
            if (created.Error is not null)
            {
                Assert.True(expected.Error is not null, $"HealthCalculator threw {created.Error.GetType().Name} but AccountMath.Compute returned");
                Assert.Equal(expected.Error!.GetType(), created.Error.GetType());
                return false;
            }

            calculator = created.Value!;
        }

        AssertSnapshot(expected, Capture(() => calculator.ComputeExact(holdings, principal)), "ComputeExact");
        AssertSnapshot(expected, Capture(() => calculator.Compute(holdings, principal)), "Compute");
        var health = Capture(() => calculator.ComputeHealth(holdings, principal));
        AssertFigures(expected, health, "ComputeHealth");
        var healthOnly = Capture(() => calculator.Health(holdings, principal));
        if (expected.Error is null) Assert.Equal(expected.Value!.Health, healthOnly.Value);
        else Assert.Equal(expected.Error.GetType(), healthOnly.Error?.GetType());

        var fast = calculator.TryComputeHealthFast(holdings, principal, out var fastFigures);
        if (fast)
        {
            Assert.True(expected.Error is null, $"the fast path succeeded where AccountMath.Compute threw {expected.Error?.GetType().Name}");
            Assert.Equal(AccountHealth.From(expected.Value!), fastFigures);
        }

        return fast;
    }

    private static void AssertSnapshot((AccountSnapshot? Value, Exception? Error) expected, (AccountSnapshot? Value, Exception? Error) actual, string what)
    {
        if (expected.Error is not null)
        {
            Assert.True(actual.Error is not null, $"{what} returned but AccountMath.Compute threw {expected.Error.GetType().Name}");
            Assert.Equal(expected.Error.GetType(), actual.Error!.GetType());
            return;
        }

        Assert.True(actual.Error is null, $"{what} threw {actual.Error}");
        var e = expected.Value!;
        var a = actual.Value!;
        Assert.Equal(AccountHealth.From(e), AccountHealth.From(a));
        Assert.Equal(e.IsLiquidatable, a.IsLiquidatable);
        Assert.Equal(e.Collateral.Count, a.Collateral.Count);
        for (var i = 0; i < e.Collateral.Count; i++) Assert.Equal(e.Collateral[i], a.Collateral[i]);
    }

    private static void AssertFigures((AccountSnapshot? Value, Exception? Error) expected, (AccountHealth Value, Exception? Error) actual, string what)
    {
        if (expected.Error is not null)
        {
            Assert.True(actual.Error is not null, $"{what} returned but AccountMath.Compute threw {expected.Error.GetType().Name}");
            Assert.Equal(expected.Error.GetType(), actual.Error!.GetType());
            return;
        }

        Assert.True(actual.Error is null, $"{what} threw {actual.Error}");
        Assert.Equal(AccountHealth.From(expected.Value!), actual.Value);
    }

    /// <summary>The value, or the exception of a kind the math throws for bad input.</summary>
    internal static (T? Value, Exception? Error) Capture<T>(Func<T> f)
    {
        try
        {
            return (f(), null);
        }
        catch (Exception e) when (e is ArgumentException or OverflowException or DivideByZeroException)
        {
            return (default, e);
        }
    }
}
