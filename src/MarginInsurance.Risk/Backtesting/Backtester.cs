using MarginInsurance.Risk.Data;
using MarginInsurance.Risk.Measures;
using MarginInsurance.Risk.Volatility;

namespace MarginInsurance.Risk.Backtesting;

/// <summary>One backtested model on one asset.</summary>
/// <param name="Asset">Asset.</param>
/// <param name="Model">Model name.</param>
/// <param name="Confidence">VaR confidence.</param>
/// <param name="Dates">Forecast target dates.</param>
/// <param name="Var">VaR forecasts (log-loss units).</param>
/// <param name="Realized">Realized log returns.</param>
/// <param name="Exceptions">Exception flags: -r &gt; VaR.</param>
/// <param name="RollingWindow">Window (days) of the rolling traffic light.</param>
public sealed record BacktestResult(
    string Asset,
    string Model,
    double Confidence,
    IReadOnlyList<DateOnly> Dates,
    double[] Var,
    double[] Realized,
    bool[] Exceptions,
    int RollingWindow)
{
    /// <summary>Number of forecasts.</summary>
    public int Observations => Dates.Count;

    /// <summary>Number of exceptions.</summary>
    public int ExceptionCount => Exceptions.Count(e => e);

    /// <summary>Expected exceptions n (1 - confidence).</summary>
    public double ExpectedExceptions => Observations * (1 - Confidence);

    /// <summary>Kupiec POF test.</summary>
    public LikelihoodRatioTest Kupiec => CoverageTests.Kupiec(Observations, ExceptionCount, Confidence);

    /// <summary>Christoffersen independence test.</summary>
    public LikelihoodRatioTest Christoffersen => CoverageTests.ChristoffersenIndependence(Exceptions);

    /// <summary>Conditional coverage LR_cc = LR_pof + LR_ind, χ²(2).</summary>
    public LikelihoodRatioTest ConditionalCoverage => new(Kupiec.Statistic + Christoffersen.Statistic, 2);

    /// <summary>The worst realized day of the period: its date and log return (most negative).</summary>
    public (DateOnly Date, double Return) WorstDay
    {
        get
        {
            var worst = 0;
            for (var i = 1; i < Realized.Length; i++)
                if (Realized[i] < Realized[worst]) worst = i;
            return (Dates[worst], Realized[worst]);
        }
    }

    /// <summary>Traffic-light zone over the whole sample (binomial rule).</summary>
    public TrafficLightZone Zone => CoverageTests.TrafficLight(Observations, ExceptionCount, Confidence);

    /// <summary>Zone of each rolling window of <see cref="RollingWindow"/> days (Basel: 250).</summary>
    public IReadOnlyList<TrafficLightZone> RollingZones()
    {
        var zones = new List<TrafficLightZone>();
        if (Observations < RollingWindow) return zones;
        var count = Exceptions.Take(RollingWindow).Count(e => e);
        zones.Add(CoverageTests.TrafficLight(RollingWindow, count, Confidence));
        for (var t = RollingWindow; t < Observations; t++)
        {
            count += (Exceptions[t] ? 1 : 0) - (Exceptions[t - RollingWindow] ? 1 : 0);
            zones.Add(CoverageTests.TrafficLight(RollingWindow, count, Confidence));
        }
        return zones;
    }

    /// <summary>Share of rolling windows in each zone.</summary>
    public (double Green, double Yellow, double Red) RollingZoneShares()
    {
        var zones = RollingZones();
        if (zones.Count == 0) return (0, 0, 0);
        double Share(TrafficLightZone z) => (double)zones.Count(x => x == z) / zones.Count;
        return (Share(TrafficLightZone.Green), Share(TrafficLightZone.Yellow), Share(TrafficLightZone.Red));
    }
}

/// <summary>Rolling one-day-ahead VaR backtest.</summary>
public static class Backtester
{
    /// <summary>
    /// For every return dated in [from, to] with at least <see cref="RiskEngineSettings.MinHistory"/> earlier returns, forecasts VaR from
    /// the previous min(t, MaxWindow) returns (and EWMA forecasts computed from the whole past) and compares it with the realized loss.
    /// <paramref name="forecastSigmas"/> (n + 1 values, e.g. <see cref="CombinedSigma.Series"/>) replaces the EWMA σ of the forecast day
    /// (the window's residuals stay filtered by EWMA). An asset with no forecast day in the period gives an empty list
    /// (<see cref="HistoryShortfall"/> says why).
    /// </summary>
    public static IReadOnlyList<BacktestResult> Run(
        ReturnSeries returns,
        IReadOnlyList<IVarModel> models,
        RiskEngineSettings settings,
        DateOnly from,
        DateOnly to,
        int rollingWindow = 250,
        IProgress<double>? progress = null,
        double[]? forecastSigmas = null)
    {
        var r = returns.Values;
        if (r.Length == 0) return [];
        var sigmas = EwmaVolatility.Forecasts(r, settings.EwmaLambda);
        var next = forecastSigmas ?? sigmas;
        if (next.Length != sigmas.Length) throw new ArgumentException($"forecastSigmas must have {sigmas.Length} values (one per return, plus tomorrow)", nameof(forecastSigmas));
        var targets = Targets(returns, settings, from, to);
        if (targets.Length == 0) return [];
        var results = new List<BacktestResult>();
        for (var m = 0; m < models.Count; m++)
        {
            var var = new double[targets.Length];
            var realized = new double[targets.Length];
            var exceptions = new bool[targets.Length];
            Parallel.For(0, targets.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var t = targets[i];
                var start = Math.Max(0, t - settings.MaxWindow);
                var input = new ForecastInput(r.AsMemory(start, t - start), sigmas.AsMemory(start, t - start), next[t]);
                var v = models[m].Forecast(input, settings.VarConfidence).Var;
                var[i] = v;
                realized[i] = r[t];
                exceptions[i] = -r[t] > v;
            });
            results.Add(new BacktestResult(returns.Asset, models[m].Name, settings.VarConfidence,
                targets.Select(t => returns.Dates[t]).ToList(), var, realized, exceptions, rollingWindow));
            progress?.Report((m + 1.0) / models.Count);
        }
        return results;
    }

    /// <summary>Null if the period has forecast days, else "not enough history (needs N, has M)" with the dates.</summary>
    public static string? HistoryShortfall(ReturnSeries returns, RiskEngineSettings settings, DateOnly from, DateOnly to)
    {
        if (Targets(returns, settings, from, to).Length > 0) return null;
        var has = returns.Dates.Count(d => d <= to);
        var span = returns.Count > 0 ? FormattableString.Invariant($" (data {returns.Dates[0]:yyyy-MM-dd}..{returns.Dates[^1]:yyyy-MM-dd})") : "";
        return FormattableString.Invariant(
            $"not enough history (needs {settings.MinHistory + 1}, has {has}): a forecast day in {from:yyyy-MM-dd}..{to:yyyy-MM-dd} needs {settings.MinHistory} earlier daily returns; {returns.Asset} has {has} returns up to {to:yyyy-MM-dd}{span}");
    }

    private static int[] Targets(ReturnSeries returns, RiskEngineSettings settings, DateOnly from, DateOnly to) =>
        Enumerable.Range(0, returns.Count)
            .Where(t => t >= settings.MinHistory && returns.Dates[t] >= from && returns.Dates[t] <= to)
            .ToArray();
}
