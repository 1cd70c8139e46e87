namespace MarginInsurance.Risk.Output;

/// <summary>Attribution of a price folder (the report's footer follows <c>--data</c>, never a fixed file).</summary>
public static class DataAttribution
{
    /// <summary>The source and licence lines of the folder's README.md, or a statement that the source is not given.</summary>
    public static string Of(string folder)
    {
        var readme = Path.Combine(folder, "README.md");
        if (!File.Exists(readme)) return $"Attribution: no README.md in {folder}, so the source of these prices is not stated.";
        var lines = File.ReadAllLines(readme)
            .Where(l => l.Contains("Source", StringComparison.OrdinalIgnoreCase) || l.Contains("licen", StringComparison.OrdinalIgnoreCase))
            .Take(4).ToList();
        return lines.Count == 0
            ? $"Attribution: see {readme} (no source line found in it)."
            : $"Attribution (from {readme}): {string.Join(" ", lines.Select(l => l.Trim()))}";
    }
}
