using System.Numerics;
using System.Xml.Linq;
using MarginInsurance.SpecModel;
using Xunit.Abstractions;

namespace MarginInsurance.Core.Tests.Spec;

/// <summary>
/// The vectors against the independent reference (MarginInsurance.SpecModel, written from docs/protocol.md): the
/// model as written reproduces every vector, and every rule flipped to its plausible alternative
/// (<see cref="SpecMutation"/>) breaks at least one, so each rule of the spec is pinned by a separating vector.
/// </summary>
public sealed class SpecModelTests(ITestOutputHelper output)
{
    /// <summary>Runs <paramref name="model"/> on one case: null when it agrees with the vector, else what differs.</summary>
    private static string? Disagreement(SpecMath model, VectorCase c)
    {
        var fn = SpecFunctions.All[c.Function];
        BigInteger[] got;
        try { got = fn.Eval(model, fn.Args.Select(a => c[a]).ToArray()); }
        catch (SpecRevert e) { return c.Error == e.Error ? null : $"reverts with {e.Error}, vector expects {c.Error ?? "a value"}"; }
        if (c.Error is not null) return $"returns a value, vector expects revert {c.Error}";
        for (int i = 0; i < got.Length; i++)
            if (got[i] != c[fn.Outputs[i]]) return $"{fn.Outputs[i]} = {got[i]}, vector says {c[fn.Outputs[i]]}";
        return null;
    }

    [Fact]
    public void Spec_model_reproduces_every_vector_case_and_revert()
    {
        var model = new SpecMath();
        var wrong = VectorCorpus.All.Select(c => (c, d: Disagreement(model, c))).Where(x => x.d is not null)
            .Select(x => $"{x.c.Function}/{x.c.Name}: {x.d}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.True(VectorCorpus.All.Count >= 370, $"only {VectorCorpus.All.Count} vector cases");
        output.WriteLine($"{VectorCorpus.All.Count} cases ({VectorCorpus.All.Count(c => c.Error is not null)} reverts) reproduced by the spec model");
    }

    public static TheoryData<SpecMutation> Mutations() => new(Enum.GetValues<SpecMutation>().Where(m => m != SpecMutation.None));

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Every_rule_mutation_is_caught_by_a_vector(SpecMutation mutation)
    {
        var model = new SpecMath(mutation);
        var caught = VectorCorpus.All.Select(c => (c, d: Disagreement(model, c))).Where(x => x.d is not null).ToList();
        Assert.True(caught.Count > 0,
            $"no vector separates the rule '{mutation}' from its alternative: add a case to tools/VectorGen that fails under it");
        output.WriteLine($"{mutation}: {caught.Count} case(s), e.g. {caught[0].c.Function}/{caught[0].c.Name}: {caught[0].d}");
    }

    [Fact]
    public void Spec_model_is_independent_of_MarginInsurance_Core()
    {
        var referenced = typeof(SpecMath).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.DoesNotContain(referenced, n => n!.StartsWith("MarginInsurance", StringComparison.Ordinal));
        var csproj = XDocument.Load(Path.Combine(VectorTests.RepoRoot, "tests", "MarginInsurance.SpecModel", "MarginInsurance.SpecModel.csproj"));
        Assert.Empty(csproj.Descendants("ProjectReference"));
        var gen = XDocument.Load(Path.Combine(VectorTests.RepoRoot, "tools", "VectorGen", "VectorGen.csproj"));
        Assert.DoesNotContain(gen.Descendants("ProjectReference"), r => ((string?)r.Attribute("Include"))!.Contains("MarginInsurance.Core", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_liquidation_vector_is_a_liquidatable_account_whose_health_its_own_collateral_and_debt_give()
    {
        // health = ⌊adjusted_LT(value(balance)) × WAD / D⌋ for some LT in (0, 9500] (default tiers, no add-on) and < WAD
        var model = new SpecMath();
        BigInteger B1 = BigInteger.Pow(10, 12), B2 = 5 * B1;
        BigInteger HealthAt(VectorCase c, BigInteger lt) => model.Health(
            model.TieredAdjusted(model.CollateralValue(c["collateralBalance"], c["priceWad"], c["collateralDecimals"], c["baseDecimals"]), lt, 0, B1, B2, 500, 1500),
            c["debt"]);
        var cases = VectorCorpus.All.Where(c => c.Function == "liquidationAmounts").ToList();
        Assert.True(cases.Count >= 38);
        foreach (var c in cases)
        {
            Assert.True(c["healthWad"] < SpecMath.Wad, $"{c.Name}: health {c["healthWad"]} is not liquidatable");
            Assert.True(c["collateralBalance"] > 0, $"{c.Name}: no collateral of the asset (the vault reverts before computing amounts)");
            // health is non-decreasing in LT: binary search for the smallest LT reaching the vector's health
            int lo = 1, hi = 9500;
            while (lo < hi) { int mid = (lo + hi) / 2; if (HealthAt(c, mid) < c["healthWad"]) lo = mid + 1; else hi = mid; }
            Assert.True(HealthAt(c, lo) == c["healthWad"], $"{c.Name}: healthWad {c["healthWad"]} cannot arise from its collateral and debt");
        }
    }
}
