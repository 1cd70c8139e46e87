using MarginInsurance.Risk.Margin;

namespace MarginInsurance.Risk.Data;

/// <summary>
/// The one asset → price-series map: a token symbol reads the daily closes of its underlying, named
/// <c>{UNDERLYING}-USD.csv</c> in the prices folder. A wrapped token (a symbol starting with 'W' that is not itself a
/// shipped asset: WETH, WBTC) reads its underlying's series (ETH, BTC); every other symbol reads its own (LINK).
/// </summary>
public static class AssetSeries
{
    /// <summary>The underlying asset a token symbol stands for (WETH → ETH, WBTC → BTC, LINK → LINK).</summary>
    public static string Underlying(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return symbol.Length > 1 && symbol.StartsWith('W') && !DefaultMarginInputs.IsShipped(symbol) ? symbol[1..] : symbol;
    }

    /// <summary>The file name of an asset's daily closes (ETH → ETH-USD.csv).</summary>
    public static string FileName(string asset) => $"{asset}-USD.csv";

    /// <summary>The file names a token symbol may read, most specific first: its own series, then its underlying's (WETH: WETH-USD.csv, ETH-USD.csv).</summary>
    public static IReadOnlyList<string> Candidates(string symbol) =>
        new[] { symbol, Underlying(symbol) }.Distinct(StringComparer.Ordinal).ToList();
}
