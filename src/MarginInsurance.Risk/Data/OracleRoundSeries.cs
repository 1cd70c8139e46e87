using System.Numerics;

namespace MarginInsurance.Risk.Data;

/// <summary>One round of an AggregatorV3-shaped feed (<c>latestRoundData</c> / <c>getRoundData</c>).</summary>
/// <param name="RoundId">Round id.</param>
/// <param name="Answer">Raw integer answer, scaled by 10^decimals.</param>
/// <param name="UpdatedAt">Unix seconds of the update.</param>
public sealed record OracleRound(BigInteger RoundId, BigInteger Answer, long UpdatedAt);

/// <summary>Turns oracle rounds (read from the chain by the caller) into a daily close series.</summary>
public static class OracleRoundSeries
{
    /// <summary>
    /// Daily close = the answer of the last round updated within each UTC day. Days with no round are gaps
    /// (handled later by the <see cref="GapPolicy"/>, never filled here). Non-positive answers are rejected.
    /// </summary>
    public static PriceSeries ToDailyCloses(string asset, IEnumerable<OracleRound> rounds, int decimals, string source)
    {
        var scale = Math.Pow(10, decimals);
        var byDay = new SortedDictionary<DateOnly, (long At, double Value)>();
        foreach (var round in rounds)
        {
            if (round.Answer <= 0)
                throw new PriceDataException(source, 0, $"round {round.RoundId} has non-positive answer {round.Answer}");
            var day = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(round.UpdatedAt).UtcDateTime);
            var value = (double)round.Answer / scale;
            if (!byDay.TryGetValue(day, out var current) || round.UpdatedAt >= current.At)
                byDay[day] = (round.UpdatedAt, value);
        }
        return PriceSeries.Create(asset, byDay.Keys.ToList(), byDay.Values.Select(v => v.Value).ToList(), source);
    }
}
