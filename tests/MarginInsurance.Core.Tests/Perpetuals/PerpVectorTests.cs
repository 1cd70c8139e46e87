using System.Text.Json;
using System.Text.RegularExpressions;
using MarginInsurance.Core.Perpetuals;

namespace MarginInsurance.Core.Tests.Perpetuals;

/// <summary>Runs every case of tests/vectors/perps/*.json (signed values allowed) against <see cref="PerpMath"/>.</summary>
public sealed class PerpVectorTests
{
    internal static string PerpVectorDir => Path.Combine(VectorTests.VectorDir, "perps");

    private static readonly VectorRunner Runner = new(typeof(PerpMath), PerpVectorDir, signed: true);

    /// <summary>One row per case: (file name, case name).</summary>
    public static TheoryData<string, string> Cases() => Runner.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_case_matches_PerpMath(string file, string caseName) => Runner.RunCase(file, caseName);

    /// <summary>One row per revert case: (file name, case name, error).</summary>
    public static TheoryData<string, string, string> RevertCases() => Runner.RevertCases();

    [Theory]
    [MemberData(nameof(RevertCases))]
    public void Revert_case_is_refused_by_PerpMath(string file, string caseName, string error) => Runner.RunRevert(file, caseName, error);

    [Fact]
    public void Every_PerpMath_function_has_a_vector_file_with_a_correct_count() => Runner.EveryFunctionHasAFile(21);

    /// <summary>
    /// Every example E10–E16 of docs/protocol.md's perpetuals subsection has a heading naming its functions, and each
    /// function it names has a case tagged with the example in tests/vectors/perps/&lt;function&gt;.json.
    /// </summary>
    [Fact]
    public void Worked_examples_E10_to_E16_are_in_the_vectors_and_in_the_spec()
    {
        var tags = Runner.ExampleTags();
        var spec = File.ReadAllText(Path.Combine(VectorTests.RepoRoot, "docs", "protocol.md"));
        Assert.Contains("### Perpetuals — worked examples", spec, StringComparison.Ordinal);
        for (int i = 10; i <= 16; i++)
        {
            Assert.Contains($"E{i}", tags);
            var heading = Regex.Match(spec, $@"^### E{i}\. [^\n]*\(([^\n]*)\)$", RegexOptions.Multiline);
            Assert.True(heading.Success, $"no heading '### E{i}. … (`function`, …)' in docs/protocol.md");
            foreach (Match fn in Regex.Matches(heading.Groups[1].Value, "`([A-Za-z]+)`"))
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(PerpVectorDir, fn.Groups[1].Value + ".json")));
                Assert.True(doc.RootElement.GetProperty("cases").EnumerateArray().Any(c => c.GetProperty("example").GetString() == $"E{i}"),
                    $"E{i} names {fn.Groups[1].Value} but tests/vectors/perps/{fn.Groups[1].Value}.json has no case tagged E{i}");
            }
        }
    }
}
