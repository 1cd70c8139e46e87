namespace MarginInsurance.Risk.Data;

/// <summary>Raised when a price file is malformed; the message names the file and line.</summary>
public sealed class PriceDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PriceDataException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
        File = file;
        Line = line;
    }

    /// <summary>File that failed to parse.</summary>
    public string File { get; }

    /// <summary>1-based line number of the offending row (0 for whole-file problems).</summary>
    public int Line { get; }
}

/// <summary>Raised by <see cref="GapPolicy.Refuse"/> when a series has missing days.</summary>
public sealed class PriceGapException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PriceGapException(PriceSeries series)
        : base($"{series.Source}: {series.Asset} has {series.Gaps.Count} gap(s) of missing days: "
               + string.Join(", ", series.Gaps)
               + ". Refusing to turn a multi-day move into a one-day return. "
               + "Fix: pass --gaps drop (exclude returns that span a gap) or --gaps interpolate (fill missing days geometrically), "
               + "or GapPolicy.Drop / GapPolicy.Interpolate in code.")
    {
        Series = series;
    }

    /// <summary>The series that has gaps.</summary>
    public PriceSeries Series { get; }
}
