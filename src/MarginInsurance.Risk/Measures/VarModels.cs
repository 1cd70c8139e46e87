using MarginInsurance.Risk.Statistics;

namespace MarginInsurance.Risk.Measures;

/// <summary>What a one-day-ahead VaR model sees: a window of past returns, their own EWMA forecasts, and the forecast for the target day.</summary>
/// <param name="Returns">Past log returns, oldest first.</param>
/// <param name="Sigmas">Sigmas[i] = volatility forecast made for Returns[i] before it was observed.</param>
/// <param name="NextSigma">Volatility forecast for the day being predicted.</param>
public readonly record struct ForecastInput(ReadOnlyMemory<double> Returns, ReadOnlyMemory<double> Sigmas, double NextSigma)
{
    /// <summary>Standardized residuals z_i = r_i / σ_i.</summary>
    public double[] StandardizedResiduals()
    {
        var r = Returns.Span;
        var s = Sigmas.Span;
        var z = new double[r.Length];
        for (var i = 0; i < z.Length; i++) z[i] = r[i] / s[i];
        return z;
    }
}

/// <summary>A one-day-ahead VaR/ES model of the log-return loss L = -r.</summary>
public interface IVarModel
{
    /// <summary>Short display name.</summary>
    string Name { get; }

    /// <summary>Forecasts VaR/ES of tomorrow's loss.</summary>
    RiskEstimate Forecast(in ForecastInput input, double confidence);
}

/// <summary>Historical simulation: the empirical tail of past losses (<see cref="EmpiricalTail"/> quantile rule).</summary>
public sealed class HistoricalSimulationModel : IVarModel
{
    /// <inheritdoc />
    public string Name => "Historical simulation";

    /// <inheritdoc />
    public RiskEstimate Forecast(in ForecastInput input, double confidence)
    {
        var r = input.Returns.Span;
        var losses = new double[r.Length];
        for (var i = 0; i < r.Length; i++) losses[i] = -r[i];
        return EmpiricalTail.EstimateInPlace(losses, confidence);
    }
}

/// <summary>Filtered historical simulation (Barone-Adesi/Hull–White): empirical tail of standardized losses -r_i/σ_i, rescaled by σ_{t+1}.</summary>
public sealed class FilteredHistoricalSimulationModel : IVarModel
{
    /// <inheritdoc />
    public string Name => "Filtered HS (EWMA)";

    /// <inheritdoc />
    public RiskEstimate Forecast(in ForecastInput input, double confidence)
    {
        var z = input.StandardizedResiduals();
        for (var i = 0; i < z.Length; i++) z[i] = -z[i];
        return EmpiricalTail.EstimateInPlace(z, confidence).Scale(input.NextSigma);
    }
}

/// <summary>Normal with EWMA volatility: VaR = z_α σ_{t+1} (RiskMetrics).</summary>
public sealed class NormalEwmaModel : IVarModel
{
    /// <inheritdoc />
    public string Name => "Normal EWMA";

    /// <inheritdoc />
    public RiskEstimate Forecast(in ForecastInput input, double confidence) =>
        ParametricRisk.Normal(confidence).Scale(input.NextSigma);
}

/// <summary>Student-t with EWMA volatility; ν fitted by maximum likelihood to the window's standardized residuals (or fixed).</summary>
/// <param name="fixedNu">Fixed degrees of freedom, or null to fit.</param>
public sealed class StudentTEwmaModel(double? fixedNu = null) : IVarModel
{
    /// <inheritdoc />
    public string Name => fixedNu is { } nu ? $"Student-t({nu:0.#}) EWMA" : "Student-t EWMA";

    /// <inheritdoc />
    public RiskEstimate Forecast(in ForecastInput input, double confidence)
    {
        var nu = fixedNu ?? StudentTFit.FitDegreesOfFreedom(input.StandardizedResiduals());
        return ParametricRisk.StudentT(confidence, nu).Scale(input.NextSigma);
    }
}

/// <summary>
/// Cornish–Fisher with EWMA volatility; skewness and excess kurtosis of the window's standardized losses. When the expansion is not
/// monotone up to the confidence (<see cref="ParametricRisk.CornishFisherIsMonotone"/>), it falls back to filtered HS on the same
/// input; <see cref="FallsBack"/> tells callers so they can state it.
/// </summary>
public sealed class CornishFisherEwmaModel : IVarModel
{
    /// <summary>What the fallback is, for output.</summary>
    public const string FallbackNote = "Cornish-Fisher expansion not monotone for this skew/kurtosis: filtered HS used instead";

    /// <inheritdoc />
    public string Name => "Cornish-Fisher EWMA";

    /// <inheritdoc />
    public RiskEstimate Forecast(in ForecastInput input, double confidence)
    {
        var z = input.StandardizedResiduals();
        for (var i = 0; i < z.Length; i++) z[i] = -z[i];
        var m = Moments.Of(z);
        if (!ParametricRisk.CornishFisherIsMonotone(confidence, m.Skewness, m.ExcessKurtosis))
            return EmpiricalTail.EstimateInPlace(z, confidence).Scale(input.NextSigma);
        return ParametricRisk.CornishFisher(confidence, m.Skewness, m.ExcessKurtosis).Scale(input.NextSigma);
    }

    /// <summary>True if <see cref="Forecast"/> falls back to filtered HS for this input and confidence.</summary>
    public static bool FallsBack(in ForecastInput input, double confidence)
    {
        var z = input.StandardizedResiduals();
        for (var i = 0; i < z.Length; i++) z[i] = -z[i];
        var m = Moments.Of(z);
        return !ParametricRisk.CornishFisherIsMonotone(confidence, m.Skewness, m.ExcessKurtosis);
    }
}

/// <summary>The model set used for backtests and reports.</summary>
public static class VarModels
{
    /// <summary>Every single-asset model, in report order.</summary>
    public static IReadOnlyList<IVarModel> All { get; } =
    [
        new HistoricalSimulationModel(),
        new FilteredHistoricalSimulationModel(),
        new NormalEwmaModel(),
        new StudentTEwmaModel(),
        new CornishFisherEwmaModel(),
    ];

    /// <summary>Looks a model up by a CLI name: hs, fhs, normal, t, cf.</summary>
    public static IVarModel? ByKey(string key) => key.ToLowerInvariant() switch
    {
        "hs" or "historical" => All[0],
        "fhs" or "filtered" => All[1],
        "normal" => All[2],
        "t" or "student-t" => All[3],
        "cf" or "cornish-fisher" => All[4],
        _ => null,
    };
}
