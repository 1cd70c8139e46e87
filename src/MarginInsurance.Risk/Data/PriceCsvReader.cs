using System.Globalization;

namespace MarginInsurance.Risk.Data;

/// <summary>Reads <c>date,value</c> CSV files (ISO date, positive decimal price, one row per day).</summary>
public static class PriceCsvReader
{
    /// <summary>Reads one file. The asset name defaults to the file name up to the first '-' (ETH-USD.csv → ETH).</summary>
    /// <exception cref="PriceDataException">Malformed header, row, date, value or ordering; names file and line.</exception>
    public static PriceSeries Read(string path, string? asset = null)
    {
        if (!File.Exists(path)) throw new PriceDataException(path, 0, "file not found");
        asset ??= AssetFromFileName(path);
        using var reader = new StreamReader(path);
        return Parse(reader, path, asset);
    }

    /// <summary>Reads every <c>*.csv</c> in a folder, ordered by asset name.</summary>
    public static IReadOnlyList<PriceSeries> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"price folder '{folder}' does not exist");
        var files = Directory.GetFiles(folder, "*.csv").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new PriceDataException(folder, 0, "no *.csv price files in folder");
        return files.Select(f => Read(f)).ToList();
    }

    /// <summary>Parses CSV text; <paramref name="source"/> is used in error messages.</summary>
    public static PriceSeries Parse(TextReader reader, string source, string asset)
    {
        var dates = new List<DateOnly>();
        var prices = new List<double>();
        var lineNo = 0;
        string? line;
        var sawHeader = false;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line.All(char.IsWhiteSpace)) continue;
            if (!sawHeader)
            {
                sawHeader = true;
                var header = line.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
                if (header != "date,value")
                    throw new PriceDataException(source, lineNo, $"expected header 'date,value', found '{line}'");
                continue;
            }
            var parts = line.Split(',');
            if (parts.Length != 2)
                throw new PriceDataException(source, lineNo, $"expected 2 fields 'date,value', found {parts.Length}: '{line}'");
            if (!DateOnly.TryParseExact(parts[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new PriceDataException(source, lineNo, $"invalid date '{parts[0]}' (expected yyyy-MM-dd)");
            if (!double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var price)
                || !double.IsFinite(price) || price <= 0)
                throw new PriceDataException(source, lineNo, $"invalid price '{parts[1]}' (expected a positive decimal)");
            if (dates.Count > 0 && date <= dates[^1])
                throw new PriceDataException(source, lineNo,
                    $"date {date:yyyy-MM-dd} is not after the previous row's {dates[^1]:yyyy-MM-dd} (rows must be strictly increasing, no duplicates)");
            dates.Add(date);
            prices.Add(price);
        }
        if (!sawHeader) throw new PriceDataException(source, 0, "empty file (expected header 'date,value')");
        if (dates.Count < 2) throw new PriceDataException(source, lineNo, "need at least two price rows");
        return PriceSeries.Create(asset, dates, prices, source);
    }

    private static string AssetFromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        return (dash > 0 ? name[..dash] : name).ToUpperInvariant();
    }
}
