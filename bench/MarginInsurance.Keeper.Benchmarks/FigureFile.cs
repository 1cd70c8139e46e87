using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>Reads and writes lists of <see cref="Figure"/> as JSON (the runner's machine-readable output).</summary>
public static class FigureFile
{
    /// <summary>Serializer settings shared by every bench JSON file.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes <paramref name="figures"/> to <paramref name="path"/> (creating its folder).</summary>
    public static void Write(string path, IReadOnlyList<Figure> figures)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(figures, Json));
    }

    /// <summary>Reads figures from <paramref name="path"/>; empty when the file does not exist.</summary>
    public static IReadOnlyList<Figure> Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<List<Figure>>(File.ReadAllText(path), Json) ?? [] : [];
}
