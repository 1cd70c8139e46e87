using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace MarginInsurance.Core.Tests.Spec;

/// <summary>One case of tests/vectors: arguments and expected outputs by JSON key, or the error it must revert with.</summary>
internal sealed record VectorCase(string Function, string Name, IReadOnlyDictionary<string, BigInteger> Values, string? Error)
{
    public BigInteger this[string key] => Values[key];
}

/// <summary>Every case and every revert case of tests/vectors/**/*.json (spot and perps/), read once.</summary>
internal static class VectorCorpus
{
    public static IReadOnlyList<VectorCase> All { get; } = Load();

    private static List<VectorCase> Load()
    {
        var list = new List<VectorCase>();
        foreach (var file in Directory.GetFiles(VectorTests.VectorDir, "*.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var fn = doc.RootElement.GetProperty("function").GetString()!;
            foreach (var (array, reverts) in new[] { ("cases", false), ("reverts", true) })
            {
                if (!doc.RootElement.TryGetProperty(array, out var cases)) continue;
                foreach (var c in cases.EnumerateArray())
                {
                    var values = c.EnumerateObject().Where(p => p.Name is not ("name" or "example" or "error"))
                        .ToDictionary(p => p.Name, p => BigInteger.Parse(p.Value.GetString()!, CultureInfo.InvariantCulture));
                    list.Add(new VectorCase(fn, c.GetProperty("name").GetString()!, values, reverts ? c.GetProperty("error").GetString() : null));
                }
            }
        }
        return list;
    }
}
