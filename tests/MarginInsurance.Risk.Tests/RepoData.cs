using MarginInsurance.Risk.Data;

namespace MarginInsurance.Risk.Tests;

/// <summary>Locates the shipped real price data (data/prices) from the test's working directory.</summary>
internal static class RepoData
{
    public static string PricesFolder { get; } = Path.Combine(RepositoryRoot.Find(), "data", "prices");

    public static string SyntheticSurface { get; } = Path.Combine(PricesFolder, "..", "vol-surfaces", "ETH-2025-01-16-synthetic.csv");

    public static PriceSeries Prices(string asset) => PriceCsvReader.Read(Path.Combine(PricesFolder, AssetSeries.FileName(asset)));
}
