namespace MarginInsurance.Risk.Output;

/// <summary>Unit of a column: how humans see it and what machine output states.</summary>
public enum ColumnUnit
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>ISO date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>Whole count.</summary>
    Count,

    /// <summary>Fraction of position value (0.05 = 5%): the convention for people.</summary>
    Fraction,

    /// <summary>Log loss −ln(1 − fraction), only where a formula needs it; always labelled "log".</summary>
    LogLoss,

    /// <summary>Daily volatility of log returns (fraction per day).</summary>
    DailyVolatility,

    /// <summary>Annualized implied volatility (fraction per year, 0.65 = 65%/yr).</summary>
    AnnualVolatility,

    /// <summary>Basis points (1/10,000).</summary>
    Bps,

    /// <summary>US dollars.</summary>
    Usd,

    /// <summary>Probability or p-value in [0, 1].</summary>
    Probability,

    /// <summary>Dimensionless number.</summary>
    Number,
}

/// <summary>A column: machine key (snake case, with the unit in it where it is a measure), human header and unit.</summary>
/// <param name="Key">Key in JSON/CSV, e.g. <c>var_99_fraction</c>.</param>
/// <param name="Header">Human header, e.g. "VaR 99% (of value)".</param>
/// <param name="Unit">Unit.</param>
/// <param name="MachineOnly">Only in JSON/CSV (the human table states it in a note instead), to keep tables readable.</param>
public sealed record ResultColumn(string Key, string Header, ColumnUnit Unit, bool MachineOnly = false);

/// <summary>One output table of a risk command: the same rows feed the human table, JSON and CSV.</summary>
/// <param name="Name">Machine name, e.g. <c>backtest</c>.</param>
/// <param name="Title">Human title.</param>
/// <param name="Columns">Columns.</param>
/// <param name="Rows">Rows: string, DateOnly, int, double or null per column.</param>
/// <param name="Notes">Lines said aloud: σ used and its as-of date, gaps, defaults, fallbacks, warnings.</param>
public sealed record ResultTable(string Name, string Title, IReadOnlyList<ResultColumn> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyList<string> Notes)
{
    /// <summary>Value of a column in a row, by key.</summary>
    public object? Get(int row, string key)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Key == key) return Rows[row][i];
        throw new KeyNotFoundException($"table {Name} has no column {key}");
    }
}
