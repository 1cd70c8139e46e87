using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MarginInsurance.Core.Tests;

/// <summary>
/// Runs the cases of one folder of vector files (<c>&lt;function&gt;.json</c>) against the static class that owns the
/// functions (<see cref="MarginMath"/> for tests/vectors, <see cref="Perpetuals.PerpMath"/> for tests/vectors/perps):
/// the JSON keys are the C# parameter names; outputs are <c>expected</c> for a single value or <c>expectedX</c> per
/// property X of a result record. Every value is a JSON string holding a decimal integer (signed when the folder
/// allows it); <c>bool</c> parameters and properties are written 0 or 1.
/// </summary>
internal sealed partial class VectorRunner(Type math, string dir, bool signed)
{
    [GeneratedRegex("^(0|[1-9][0-9]*)$")]
    private static partial Regex Unsigned();

    [GeneratedRegex("^(0|-?[1-9][0-9]*)$")]
    private static partial Regex Signed();

    public string Dir { get; } = dir;

    public IEnumerable<string> Files() => Directory.GetFiles(Dir, "*.json").OrderBy(f => f, StringComparer.Ordinal);

    public MethodInfo MethodFor(string function) =>
        math.GetMethod(char.ToUpperInvariant(function[0]) + function[1..], BindingFlags.Public | BindingFlags.Static)
        ?? throw new Xunit.Sdk.XunitException($"{math.Name} has no method for vector function '{function}'");

    /// <summary>One row per case: (file name, case name).</summary>
    public TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Files())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
                data.Add(Path.GetFileName(file), c.GetProperty("name").GetString()!);
        }
        return data;
    }

    /// <summary>One row per revert case: (file name, case name, error).</summary>
    public TheoryData<string, string, string> RevertCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in Files())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            if (!doc.RootElement.TryGetProperty("reverts", out var reverts)) continue;
            Assert.Equal(reverts.GetArrayLength().ToString(CultureInfo.InvariantCulture), doc.RootElement.GetProperty("revertCount").GetString());
            foreach (var c in reverts.EnumerateArray())
                data.Add(Path.GetFileName(file), c.GetProperty("name").GetString()!, c.GetProperty("error").GetString()!);
        }
        return data;
    }

    private static object Arg(ParameterInfo p, BigInteger big) =>
        p.ParameterType == typeof(int) ? (int)big
        : p.ParameterType == typeof(bool) ? (big.IsZero || big.IsOne ? big.IsOne : throw new Xunit.Sdk.XunitException($"'{p.Name}' = {big} is not a bool (0 or 1)"))
        : big;

    private static BigInteger Out(object? value) => value switch
    {
        BigInteger b => b,
        bool f => f ? BigInteger.One : BigInteger.Zero,
        int n => n,
        _ => throw new Xunit.Sdk.XunitException($"unsupported output {value?.GetType().Name ?? "null"}"),
    };

    /// <summary>Runs one case and asserts every output; every key must be an argument, an output, name or example.</summary>
    public void RunCase(string file, string caseName)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, file)));
        var function = doc.RootElement.GetProperty("function").GetString()!;
        var matches = doc.RootElement.GetProperty("cases").EnumerateArray()
            .Where(c => c.GetProperty("name").GetString() == caseName).ToList();
        Assert.True(matches.Count == 1, $"{file}: case name '{caseName}' must be unique, found {matches.Count}");
        var c = matches[0];
        var method = MethodFor(function);
        var ps = method.GetParameters();

        foreach (var p in c.EnumerateObject())
        {
            Assert.True(p.Value.ValueKind == JsonValueKind.String, $"{function}/{caseName}: '{p.Name}' must be a JSON string");
            if (p.Name is not ("name" or "example"))
                Assert.True((signed ? Signed() : Unsigned()).IsMatch(p.Value.GetString()!),
                    $"{function}/{caseName}: '{p.Name}' = '{p.Value.GetString()}' is not a decimal string");
        }

        var call = new object[ps.Length];
        for (int i = 0; i < ps.Length; i++)
        {
            Assert.True(c.TryGetProperty(ps[i].Name!, out var v), $"{function}/{caseName}: missing argument '{ps[i].Name}'");
            call[i] = Arg(ps[i], BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture));
        }

        object result;
        try { result = method.Invoke(null, call)!; }
        catch (TargetInvocationException e) { throw new Xunit.Sdk.XunitException($"{function}/{caseName} threw {e.InnerException}"); }

        var outputs = result is BigInteger or bool or int
            ? new Dictionary<string, BigInteger> { ["expected"] = Out(result) }
            : result.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .ToDictionary(p => "expected" + p.Name, p => Out(p.GetValue(result)));

        var allowed = new HashSet<string>(ps.Select(p => p.Name!).Concat(outputs.Keys).Append("name").Append("example"));
        foreach (var p in c.EnumerateObject())
            Assert.True(allowed.Contains(p.Name), $"{function}/{caseName}: unexpected key '{p.Name}'");

        foreach (var (key, actual) in outputs)
        {
            Assert.True(c.TryGetProperty(key, out var e), $"{function}/{caseName}: missing '{key}'");
            var expected = BigInteger.Parse(e.GetString()!, CultureInfo.InvariantCulture);
            Assert.True(expected == actual, $"{function}/{caseName}: {key} expected {expected} but {math.Name} gives {actual}");
        }
    }

    /// <summary>
    /// A case the spec says reverts is refused: an arithmetic panic of Solidity's checked math (<c>Panic(0x11)</c>) with an
    /// <see cref="OverflowException"/>, every other error (a named error, division by zero) with an <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    public void RunRevert(string file, string caseName, string error)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, file)));
        var method = MethodFor(doc.RootElement.GetProperty("function").GetString()!);
        var c = doc.RootElement.GetProperty("reverts").EnumerateArray().Single(x => x.GetProperty("name").GetString() == caseName);
        var call = method.GetParameters().Select(p => Arg(p, BigInteger.Parse(c.GetProperty(p.Name!).GetString()!, CultureInfo.InvariantCulture))).ToArray();
        var e = Assert.Throws<TargetInvocationException>(() => method.Invoke(null, call));
        Assert.True(error == "Panic(0x11)" ? e.InnerException is OverflowException : e.InnerException is ArgumentOutOfRangeException,
            $"{caseName} ({error}): {e.InnerException}");
    }

    /// <summary>Every public static function of the class has a file with a correct count and at least one case.</summary>
    public void EveryFunctionHasAFile(int expectedFunctions)
    {
        var methods = math.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.Name).Distinct().ToList();
        Assert.Equal(expectedFunctions, methods.Count);
        foreach (var m in methods)
        {
            var fn = char.ToLowerInvariant(m[0]) + m[1..];
            var path = Path.Combine(Dir, fn + ".json");
            Assert.True(File.Exists(path), $"no vector file for {fn}");
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal(fn, doc.RootElement.GetProperty("function").GetString());
            var cases = doc.RootElement.GetProperty("cases").GetArrayLength();
            Assert.True(cases > 0, $"{fn} has no cases");
            Assert.Equal(cases.ToString(CultureInfo.InvariantCulture), doc.RootElement.GetProperty("count").GetString());
        }
        Assert.Equal(methods.Count, Files().Count());
    }

    /// <summary>The worked-example tags used by the cases of this folder (every tag is "" or E&lt;n&gt;).</summary>
    public HashSet<string> ExampleTags()
    {
        var tags = new HashSet<string>();
        foreach (var file in Files())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
            {
                var ex = c.GetProperty("example").GetString()!;
                Assert.Matches("^(|E[0-9]+)$", ex);
                if (ex != "") tags.Add(ex);
            }
        }
        return tags;
    }
}
