using MarginInsurance.Core;

namespace MarginInsurance.Core.Tests;

/// <summary>Runs every case of tests/vectors/*.json against <see cref="MarginMath"/>.</summary>
public sealed class VectorTests
{
    internal static string RepoRoot { get; } = RepositoryRoot.Find();
    internal static string VectorDir => Path.Combine(RepoRoot, "tests", "vectors");

    private static readonly VectorRunner Runner = new(typeof(MarginMath), VectorDir, signed: false);

    /// <summary>One row per case: (file name, case name).</summary>
    public static TheoryData<string, string> Cases() => Runner.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_case_matches_MarginMath(string file, string caseName) => Runner.RunCase(file, caseName);

    /// <summary>One row per revert case: (file name, case name, error).</summary>
    public static TheoryData<string, string, string> RevertCases() => Runner.RevertCases();

    /// <summary>A case the spec says reverts (in Solidity with the named error) is refused by MarginMath too.</summary>
    [Theory]
    [MemberData(nameof(RevertCases))]
    public void Revert_case_is_refused_by_MarginMath(string file, string caseName, string error) => Runner.RunRevert(file, caseName, error);

    [Fact]
    public void Every_MarginMath_function_has_a_vector_file_with_a_correct_count() => Runner.EveryFunctionHasAFile(19);

    [Fact]
    public void Worked_examples_E1_to_E8_are_in_the_vectors_and_in_the_spec()
    {
        var tags = Runner.ExampleTags();
        var spec = File.ReadAllText(Path.Combine(RepoRoot, "docs", "protocol.md"));
        Assert.Contains("## 12. Worked examples", spec, StringComparison.Ordinal);
        for (int i = 1; i <= 8; i++)
        {
            Assert.Contains($"E{i}", tags);
            Assert.Contains($"### E{i}.", spec, StringComparison.Ordinal);
        }
    }
}
