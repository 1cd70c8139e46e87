namespace MarginInsurance.Keeper;

/// <summary>
/// Fault drills (Keeper:FaultInjection): make the keeper crash on purpose at its most delicate point, so operators and
/// tests can prove that a restart loses nothing and sends nothing twice. Off by default; never enable in production.
/// </summary>
public sealed class FaultInjectionOptions
{
    /// <summary>
    /// Percent chance (0–100) that the process SIGKILLs itself right after a transaction is signed and stored and before
    /// it is broadcast — the window between signing and confirming.
    /// </summary>
    public int KillAfterSigningPercent { get; set; }

    /// <summary>Seed of the drill's random draws (0: a different seed per run).</summary>
    public int Seed { get; set; }
}
