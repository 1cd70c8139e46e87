using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MarginInsurance.Risk.Output;

/// <summary>Output format of the risk commands.</summary>
public enum OutputFormat
{
    /// <summary>Human tables (default).</summary>
    Table,

    /// <summary>JSON: full precision, units stated per column.</summary>
    Json,

    /// <summary>CSV: one block per table, full precision, units in the column keys and a <c># units:</c> line.</summary>
    Csv,
}

/// <summary>Renders result tables as JSON or CSV (full precision, invariant culture) and formats cells for people.</summary>
public static class ResultFormats
{
    /// <summary>
    /// <c>{"tables":[{"name","title","notes":[…],"columns":[{"key","header","unit"}],"rows":[{key: value}]}]}</c>; numbers are
    /// round-trip doubles, dates ISO strings, non-finite numbers null.
    /// </summary>
    public static string Json(IEnumerable<ResultTable> tables)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("tables");
            foreach (var t in tables)
            {
                w.WriteStartObject();
                w.WriteString("name", t.Name);
                w.WriteString("title", t.Title);
                w.WriteStartArray("notes");
                foreach (var n in t.Notes) w.WriteStringValue(n);
                w.WriteEndArray();
                w.WriteStartArray("columns");
                foreach (var c in t.Columns)
                {
                    w.WriteStartObject();
                    w.WriteString("key", c.Key);
                    w.WriteString("header", c.Header);
                    w.WriteString("unit", UnitName(c.Unit));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("rows");
                foreach (var row in t.Rows)
                {
                    w.WriteStartObject();
                    for (var i = 0; i < t.Columns.Count; i++)
                    {
                        w.WritePropertyName(t.Columns[i].Key);
                        switch (row[i])
                        {
                            case null: w.WriteNullValue(); break;
                            case double d when !double.IsFinite(d): w.WriteNullValue(); break;
                            case double d: w.WriteNumberValue(d); break;
                            case int n: w.WriteNumberValue(n); break;
                            case long n: w.WriteNumberValue(n); break;
                            case bool b: w.WriteBooleanValue(b); break;
                            case DateOnly date: w.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                            default: w.WriteStringValue(Convert.ToString(row[i], CultureInfo.InvariantCulture)); break;
                        }
                    }
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// CSV (RFC 4180 quoting): per table a <c># table: name — title</c> line, <c># note:</c> lines, a <c># units:</c> line, the header of
    /// keys and the rows; tables are separated by a blank line.
    /// </summary>
    public static string Csv(IEnumerable<ResultTable> tables)
    {
        var sb = new StringBuilder();
        var first = true;
        foreach (var t in tables)
        {
            if (!first) sb.Append('\n');
            first = false;
            sb.Append("# table: ").Append(t.Name).Append(" — ").Append(t.Title).Append('\n');
            foreach (var n in t.Notes) sb.Append("# note: ").Append(n.Replace('\n', ' ')).Append('\n');
            sb.Append("# units: ").Append(string.Join(", ", t.Columns.Select(c => $"{c.Key}={UnitName(c.Unit)}"))).Append('\n');
            sb.Append(string.Join(",", t.Columns.Select(c => c.Key))).Append('\n');
            foreach (var row in t.Rows)
                sb.Append(string.Join(",", row.Select(Machine).Select(Quote))).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>A cell for people: fractions and probabilities as percentages, USD with thousands separators, ISO dates.</summary>
    public static string Human(object? value, ColumnUnit unit) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "n/a",
        double d => unit switch
        {
            ColumnUnit.Fraction or ColumnUnit.DailyVolatility or ColumnUnit.AnnualVolatility => d.ToString("P2", CultureInfo.InvariantCulture),
            ColumnUnit.LogLoss => d.ToString("0.0000", CultureInfo.InvariantCulture),
            ColumnUnit.Probability => d.ToString("0.0000", CultureInfo.InvariantCulture),
            ColumnUnit.Usd => d.ToString("N0", CultureInfo.InvariantCulture),
            ColumnUnit.Bps or ColumnUnit.Count => d.ToString("0.#", CultureInfo.InvariantCulture),
            _ => d.ToString("G6", CultureInfo.InvariantCulture),
        },
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Unit name used in JSON and CSV.</summary>
    public static string UnitName(ColumnUnit unit) => unit switch
    {
        ColumnUnit.Fraction => "fraction of value",
        ColumnUnit.LogLoss => "log loss",
        ColumnUnit.DailyVolatility => "daily volatility (fraction)",
        ColumnUnit.AnnualVolatility => "annualized volatility (fraction)",
        ColumnUnit.Bps => "bps",
        ColumnUnit.Usd => "USD",
        ColumnUnit.Probability => "probability",
        ColumnUnit.Date => "ISO date",
        ColumnUnit.Count => "count",
        ColumnUnit.Number => "number",
        _ => "text",
    };

    private static string Machine(object? v) => v switch
    {
        null => "",
        double d when !double.IsFinite(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
