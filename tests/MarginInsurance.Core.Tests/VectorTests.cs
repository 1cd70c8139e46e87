using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using MarginInsurance.Core;

namespace MarginInsurance.Core.Tests;

/// <summary>Runs every case of tests/vectors/*.json against <see cref="MarginMath"/>.</summary>
public sealed partial class VectorTests
{
    internal static string RepoRoot { get; } = RepositoryRoot.Find();
    internal static string VectorDir => Path.Combine(RepoRoot, "tests", "vectors");


    [GeneratedRegex("^(0|[1-9][0-9]*)$")]
    private static partial Regex DecimalString();

    private static MethodInfo MethodFor(string function) =>
        typeof(MarginMath).GetMethod(char.ToUpperInvariant(function[0]) + function[1..], BindingFlags.Public | BindingFlags.Static)
        ?? throw new Xunit.Sdk.XunitException($"MarginMath has no method for vector function '{function}'");

    private static IEnumerable<string> VectorFiles() => Directory.GetFiles(VectorDir, "*.json").OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>One row per case: (file name, case name).</summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in VectorFiles())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
                data.Add(Path.GetFileName(file), c.GetProperty("name").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Vector_case_matches_MarginMath(string file, string caseName)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorDir, file)));
        var function = doc.RootElement.GetProperty("function").GetString()!;
        var matches = doc.RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() == caseName).ToList();
        Assert.True(matches.Count == 1, $"{file}: case name '{caseName}' must be unique, found {matches.Count}");
        var c = matches[0];
        var method = MethodFor(function);
        var ps = method.GetParameters();

        // every property is a string; arguments and outputs are decimal strings
        foreach (var p in c.EnumerateObject())
        {
            Assert.True(p.Value.ValueKind == JsonValueKind.String, $"{function}/{caseName}: '{p.Name}' must be a JSON string");
            if (p.Name is not ("name" or "example"))
                Assert.True(DecimalString().IsMatch(p.Value.GetString()!), $"{function}/{caseName}: '{p.Name}' = '{p.Value.GetString()}' is not a decimal string");
        }

        var call = new object[ps.Length];
        for (int i = 0; i < ps.Length; i++)
        {
            Assert.True(c.TryGetProperty(ps[i].Name!, out var v), $"{function}/{caseName}: missing argument '{ps[i].Name}'");
            var big = BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture);
            call[i] = ps[i].ParameterType == typeof(int) ? (object)(int)big : big;
        }

        object result;
        try { result = method.Invoke(null, call)!; }
        catch (TargetInvocationException e) { throw new Xunit.Sdk.XunitException($"{function}/{caseName} threw {e.InnerException}"); }

        var outputs = result is BigInteger b
            ? new Dictionary<string, BigInteger> { ["expected"] = b }
            : result.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .ToDictionary(p => "expected" + p.Name, p => (BigInteger)p.GetValue(result)!);

        var allowed = new HashSet<string>(ps.Select(p => p.Name!).Concat(outputs.Keys).Append("name").Append("example"));
        foreach (var p in c.EnumerateObject())
            Assert.True(allowed.Contains(p.Name), $"{function}/{caseName}: unexpected key '{p.Name}'");

        foreach (var (key, actual) in outputs)
        {
            Assert.True(c.TryGetProperty(key, out var e), $"{function}/{caseName}: missing '{key}'");
            var expected = BigInteger.Parse(e.GetString()!, CultureInfo.InvariantCulture);
            Assert.True(expected == actual, $"{function}/{caseName}: {key} expected {expected} but MarginMath gives {actual}");
        }
    }

    /// <summary>One row per revert case: (file name, case name, error).</summary>
    public static TheoryData<string, string, string> RevertCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in VectorFiles())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("reverts", out var reverts)) continue;
            Assert.Equal(reverts.GetArrayLength().ToString(CultureInfo.InvariantCulture), doc.RootElement.GetProperty("revertCount").GetString());
            foreach (var c in reverts.EnumerateArray())
                data.Add(Path.GetFileName(file), c.GetProperty("name").GetString()!, c.GetProperty("error").GetString()!);
        }
        return data;
    }

    /// <summary>A case the spec says reverts (in Solidity with the named error) is refused by MarginMath too.</summary>
    [Theory]
    [MemberData(nameof(RevertCases))]
    public void Revert_case_is_refused_by_MarginMath(string file, string caseName, string error)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(VectorDir, file)));
        var method = MethodFor(doc.RootElement.GetProperty("function").GetString()!);
        var c = doc.RootElement.GetProperty("reverts").EnumerateArray().Single(x => x.GetProperty("name").GetString() == caseName);
        var call = method.GetParameters().Select(p =>
        {
            var big = BigInteger.Parse(c.GetProperty(p.Name!).GetString()!, CultureInfo.InvariantCulture);
            return p.ParameterType == typeof(int) ? (object)(int)big : big;
        }).ToArray();
        var e = Assert.Throws<TargetInvocationException>(() => method.Invoke(null, call));
        Assert.True(e.InnerException is ArgumentOutOfRangeException, $"{caseName} ({error}): {e.InnerException}");
    }

    [Fact]
    public void Every_MarginMath_function_has_a_vector_file_with_a_correct_count()
    {
        var methods = typeof(MarginMath).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).Distinct().ToList();
        Assert.Equal(19, methods.Count);
        foreach (var m in methods)
        {
            var fn = char.ToLowerInvariant(m[0]) + m[1..];
            var path = Path.Combine(VectorDir, fn + ".json");
            Assert.True(File.Exists(path), $"no vector file for {fn}");
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(fn, doc.RootElement.GetProperty("function").GetString());
            var cases = doc.RootElement.GetProperty("cases").GetArrayLength();
            Assert.True(cases > 0, $"{fn} has no cases");
            Assert.Equal(cases.ToString(CultureInfo.InvariantCulture), doc.RootElement.GetProperty("count").GetString());
        }
        Assert.Equal(methods.Count, VectorFiles().Count());
    }

    [Fact]
    public void Worked_examples_E1_to_E8_are_in_the_vectors_and_in_the_spec()
    {
        var tags = new HashSet<string>();
        foreach (var file in VectorFiles())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                var ex = c.GetProperty("example").GetString()!;
                Assert.Matches("^(|E[0-9]+)$", ex);
                if (ex != "") tags.Add(ex);
            }
        }
        var spec = File.ReadAllText(Path.Combine(RepoRoot, "docs", "protocol.md"));
        Assert.Contains("## 12. Worked examples", spec, StringComparison.Ordinal);
        for (int i = 1; i <= 8; i++)
        {
            Assert.Contains($"E{i}", tags);
            Assert.Contains($"### E{i}.", spec, StringComparison.Ordinal);
        }
    }
}
