namespace MarginInsurance.SpecModel;

/// <summary>The specification says this call reverts; <see cref="Error"/> names the revert as the vector files do.</summary>
public sealed class SpecRevert(string error) : Exception($"reverts with {error}")
{
    /// <summary>Custom error name (e.g. <c>InvalidTiers</c>) or <c>Panic(0x12)</c> for a division by zero.</summary>
    public string Error { get; } = error;
}
