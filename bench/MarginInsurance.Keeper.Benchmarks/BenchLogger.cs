using Microsoft.Extensions.Logging;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// Console logger for the in-process keeper: warnings and errors only, without the expected margin calls of a crash
/// (one per account), so progress lines stay readable.
/// </summary>
public sealed class BenchLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    private static readonly string? Setting = Environment.GetEnvironmentVariable("BENCH_KEEPER_LOG");
    private static readonly LogLevel Level = Setting is "debug" or "info" ? LogLevel.Debug : LogLevel.Warning;

    /// <summary>
    /// Warnings and errors; the keeper's debug lines too (tick and burst timings) with BENCH_KEEPER_LOG=debug, and its
    /// information lines (one per liquidation) with BENCH_KEEPER_LOG=info.
    /// </summary>
    public bool IsEnabled(LogLevel logLevel) => logLevel >= Level && (logLevel != LogLevel.Information || Setting is "info");

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        var message = formatter(state, exception);
        if (message.StartsWith("MARGIN CALL", StringComparison.Ordinal) || message.StartsWith("new account", StringComparison.Ordinal)) return;
        Console.WriteLine($"    keeper [{logLevel}] {message}");
    }
}
