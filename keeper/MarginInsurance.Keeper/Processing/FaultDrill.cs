using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using Microsoft.Extensions.Logging;

namespace MarginInsurance.Keeper.Processing;

/// <summary>
/// Keeper:FaultInjection:KillAfterSigningPercent: the keeper SIGKILLs itself between storing a signed transaction and
/// broadcasting it (the kill-loop test proves a restart never re-signs a nonce and never double-sends). Off by default.
/// </summary>
internal static class FaultDrill
{
    /// <summary>Arms the drill on <paramref name="transactions"/> when configured.</summary>
    public static void Arm(FaultInjectionOptions drill, TransactionManager transactions, ILogger logger)
    {
        if (drill.KillAfterSigningPercent <= 0) return;
        var random = drill.Seed == 0 ? new Random() : new Random(drill.Seed);
        logger.LogWarning("FAULT DRILL: the keeper will kill itself after signing {Percent}% of transactions (Keeper:FaultInjection)", drill.KillAfterSigningPercent);
        transactions.AfterRecord = tx =>
        {
            if (random.Next(100) >= drill.KillAfterSigningPercent) return;
            Console.Error.WriteLine($"FAULT DRILL: SIGKILL after signing {tx.Kind.Stored()} {tx.Hash} (nonce {tx.Nonce}), before broadcast");
            Console.Error.Flush();
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        };
    }
}
