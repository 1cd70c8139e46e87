using System.Globalization;
using MarginInsurance.Risk.Data;
using MathNet.Numerics.Distributions;

namespace MarginInsurance.Risk.Surfaces;

/// <summary>
/// Reads an implied-volatility surface CSV (docs/risk.md, "Implied-volatility surfaces"). Header, then one quote per line, in one of
/// two layouts:
/// <list type="bullet">
/// <item><c>date,expiry,strike,forward,iv</c> — k = ln(strike / forward);</item>
/// <item><c>date,expiry,delta,iv</c> — forward Black delta of a call (0..1) or a put (−1..0); k = σ²T/2 − σ√T Φ⁻¹(Δ_call), Δ_call = 1 + Δ_put.</item>
/// </list>
/// Dates ISO (yyyy-MM-dd); iv is annualized implied volatility in percent (65 = 65%/year), like the DVOL-style index.
/// Lines starting with # are comments. Errors raise <see cref="PriceDataException"/> as <c>file:line: problem</c>.
/// </summary>
public static class SurfaceCsvReader
{
    /// <summary>True if the file's first non-comment line is a surface header (has an <c>expiry</c> column).</summary>
    public static bool LooksLikeSurface(string path) =>
        File.ReadLines(path).FirstOrDefault(l => !l.TrimStart().StartsWith('#') && l.Trim().Length > 0)?
            .Split(',').Any(c => c.Trim().Equals("expiry", StringComparison.OrdinalIgnoreCase)) == true;

    /// <summary>Reads the quotes of a file.</summary>
    public static IReadOnlyList<SurfaceQuote> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var quotes = new List<SurfaceQuote>();
        string[]? header = null;
        for (var n = 1; n <= lines.Length; n++)
        {
            var line = lines[n - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (header is null)
            {
                header = cells.Select(c => c.ToLowerInvariant()).ToArray();
                if (!header.SequenceEqual(["date", "expiry", "strike", "forward", "iv"]) && !header.SequenceEqual(["date", "expiry", "delta", "iv"]))
                    throw new PriceDataException(path, n, $"header must be 'date,expiry,strike,forward,iv' or 'date,expiry,delta,iv'; got '{line}'");
                continue;
            }
            if (cells.Length != header.Length) throw new PriceDataException(path, n, $"expected {header.Length} columns, got {cells.Length}");
            var date = Date(cells[0], path, n, "date");
            var expiry = Date(cells[1], path, n, "expiry");
            if (expiry <= date) throw new PriceDataException(path, n, $"expiry {cells[1]} is not after date {cells[0]}");
            var iv = Number(cells[^1], path, n, "iv") / 100;
            if (!(iv > 0 && iv < 10)) throw new PriceDataException(path, n, $"iv {cells[^1]} must be annualized percent in (0, 1000)");
            var years = (expiry.DayNumber - date.DayNumber) / SurfaceQuote.DaysPerYear;
            double k;
            if (header.Length == 5)
            {
                var strike = Number(cells[2], path, n, "strike");
                var forward = Number(cells[3], path, n, "forward");
                if (!(strike > 0 && forward > 0)) throw new PriceDataException(path, n, "strike and forward must be positive");
                k = Math.Log(strike / forward);
            }
            else
            {
                var delta = Number(cells[2], path, n, "delta");
                if (!(delta is > -1 and < 1) || delta == 0) throw new PriceDataException(path, n, $"delta {cells[2]} must be a call delta in (0, 1) or a put delta in (−1, 0)");
                var call = delta > 0 ? delta : 1 + delta;
                var s = iv * Math.Sqrt(years);
                k = s * s / 2 - s * Normal.InvCDF(0, 1, call);
            }
            quotes.Add(new SurfaceQuote(date, expiry, k, iv));
        }
        if (header is null) throw new PriceDataException(path, 0, "empty file: expected a header and quotes");
        if (quotes.Count == 0) throw new PriceDataException(path, 0, "no quotes after the header");
        return quotes;
    }

    private static DateOnly Date(string s, string path, int line, string name) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new PriceDataException(path, line, $"{name} '{s}' is not an ISO date (yyyy-MM-dd)");

    private static double Number(string s, string path, int line, string name) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new PriceDataException(path, line, $"{name} '{s}' is not a number");
}
