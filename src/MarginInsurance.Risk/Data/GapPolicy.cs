namespace MarginInsurance.Risk.Data;

/// <summary>What to do with missing calendar days when turning prices into daily returns.</summary>
public enum GapPolicy
{
    /// <summary>Throw <see cref="PriceGapException"/> listing the gaps.</summary>
    Refuse,

    /// <summary>Exclude every return that spans a gap; no return is fabricated and no multi-day move is counted as one day.</summary>
    Drop,

    /// <summary>Fill missing days by geometric (log-linear) interpolation, spreading the move evenly over the missing days.</summary>
    Interpolate,
}
