using System.Globalization;

namespace MarginInsurance.Risk.Margin;

/// <summary>A depth-curve file that cannot be used; the message names the setting, the file, the line and the fix.</summary>
public sealed class DepthCurveFileException(string message) : ArgumentException(message);

/// <summary>
/// Depth curves given for a chain with no pools to measure (a testnet): a CSV of price-impact points per collateral,
/// the same points the keeper measures with QuoterV2 where pools exist (docs/uniswap.md, "Depth curves for a testnet").
/// <code>
/// # comment lines start with '#'
/// asset,sale_value,impact_bps
/// WETH,10000,5.3
/// WETH,250000,9.8
/// </code>
/// <c>asset</c>: collateral symbol (WETH, or the underlying ETH). <c>sale_value</c>: value sold, whole base units (e.g.
/// USDC), positive, increasing within an asset. <c>impact_bps</c>: shortfall of the proceeds below the oracle value,
/// fee included, in [0, 10000), never falling as the sale grows. Each asset's rows are contiguous.
/// </summary>
public static class DepthCurveFile
{
    /// <summary>The header line.</summary>
    public const string Header = "asset,sale_value,impact_bps";

    /// <summary>Reads a file; <paramref name="setting"/> (e.g. <c>--depth-curves</c>) is named in every error.</summary>
    /// <exception cref="DepthCurveFileException">Missing file or a malformed header, row or curve.</exception>
    public static IReadOnlyDictionary<string, DepthCurve> Read(string path, string setting)
    {
        if (!File.Exists(path))
            throw new DepthCurveFileException($"{setting}: file '{path}' does not exist. Fix: point {setting} at a CSV with header '{Header}' (docs/uniswap.md), or remove the setting to use the fixed slippage.");
        using var reader = new StreamReader(path);
        return Parse(reader, path, setting);
    }

    /// <summary>Parses CSV text; <paramref name="source"/> names the file in errors.</summary>
    /// <exception cref="DepthCurveFileException">A malformed header, row or curve.</exception>
    public static IReadOnlyDictionary<string, DepthCurve> Parse(TextReader reader, string source, string setting)
    {
        var curves = new Dictionary<string, List<DepthPoint>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        string? line;
        var lineNo = 0;
        var sawHeader = false;
        string? current = null;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            DepthCurveFileException Error(string what, string fix) => new($"{setting}: {source} line {lineNo}: {what}. Fix: {fix}.");
            if (!sawHeader)
            {
                var names = text.Split(',').Select(c => c.Trim().ToLowerInvariant()).ToArray();
                if (!names.SequenceEqual(Header.Split(',')))
                    throw Error($"header '{text}' is not '{Header}'", $"start the file with the line {Header}");
                sawHeader = true;
                continue;
            }

            var cells = text.Split(',').Select(c => c.Trim()).ToArray();
            if (cells.Length != 3)
                throw Error($"{cells.Length} cells in '{text}', expected 3", "write asset,sale_value,impact_bps, e.g. WETH,250000,9.8");
            var asset = cells[0].ToUpperInvariant();
            if (asset.Length == 0 || !asset.All(char.IsAsciiLetterOrDigit))
                throw Error($"asset '{cells[0]}' is not a symbol", "use the collateral's symbol, e.g. WETH");
            if (!double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var sale) || !double.IsFinite(sale) || sale <= 0)
                throw Error($"sale_value '{cells[1]}' is not a positive number of base units", "write the value sold in whole base units, e.g. 250000");
            if (!double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var impact) || !double.IsFinite(impact) || impact is < 0 or >= 10_000)
                throw Error($"impact_bps '{cells[2]}' is not in [0, 10000)", "write the shortfall below the oracle value in basis points, fee included, e.g. 9.8");
            if (!curves.TryGetValue(asset, out var points))
            {
                curves[asset] = points = [];
                order.Add(asset);
            }
            else if (!string.Equals(current, asset, StringComparison.OrdinalIgnoreCase))
            {
                throw Error($"{asset} rows resume after another asset's", $"keep all {asset} rows together");
            }

            current = asset;
            if (points.Count > 0)
            {
                var previous = points[^1];
                if (sale <= previous.SaleValue)
                    throw Error(Inv($"sale_value {sale} is not above the previous {asset} point ({previous.SaleValue})"), $"list each asset's points by increasing sale_value, once each");
                if (impact < previous.ImpactBps)
                    throw Error(Inv($"impact_bps {impact} falls below the previous {asset} point ({previous.ImpactBps} bps at {previous.SaleValue})"), "a larger sale cannot cost less: check the measurement or the column order");
            }

            points.Add(new DepthPoint(sale, impact));
        }

        if (!sawHeader)
            throw new DepthCurveFileException($"{setting}: {source} is empty. Fix: write the header {Header} and at least one point per collateral.");
        if (curves.Count == 0)
            throw new DepthCurveFileException($"{setting}: {source} has a header but no points. Fix: add rows such as WETH,250000,9.8.");
        return order.ToDictionary(a => a, a => new DepthCurve(a, curves[a]), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The curve given for <paramref name="asset"/>: its own rows, else the rows of its wrapped or underlying symbol
    /// (ETH reads WETH rows and WETH reads ETH rows), else null.
    /// </summary>
    public static DepthCurve? For(IReadOnlyDictionary<string, DepthCurve> curves, string asset)
    {
        if (curves.TryGetValue(asset, out var own)) return own;
        if (curves.TryGetValue("W" + asset, out var wrapped)) return wrapped;
        return asset.Length > 1 && asset.StartsWith('W') && curves.TryGetValue(asset[1..], out var underlying) ? underlying : null;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
