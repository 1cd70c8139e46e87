using MarginInsurance.Risk.Data;

namespace MarginInsurance.Risk.Tests;

/// <summary>Locates the shipped real price data (data/prices) from the test's working directory.</summary>
internal static class RepoData
{
    public static string PricesFolder { get; } = Find();

    public static string SyntheticSurface { get; } = Path.Combine(PricesFolder, "..", "vol-surfaces", "ETH-2025-01-16-synthetic.csv");

    public static PriceSeries Prices(string asset) => PriceCsvReader.Read(Path.Combine(PricesFolder, $"{asset}-USD.csv"));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "prices");
            if (File.Exists(Path.Combine(dir.FullName, "MarginInsurance.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("data/prices not found above " + AppContext.BaseDirectory);
    }
}
