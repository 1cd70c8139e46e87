using Nethereum.Util;

namespace MarginInsurance.Sdk.Deploy;

/// <summary>
/// The external logic libraries MarginVault links at deployment (docs/protocol.md, "Architecture"), with the
/// solc link placeholder of each: <c>__$</c> + the first 34 hex digits of keccak256("source:Name") + <c>$__</c>.
/// </summary>
public static class VaultLibraries
{
    /// <summary>Library name and its source path, as solc saw it (Hardhat's source names).</summary>
    public static IReadOnlyList<(string Name, string Source)> All { get; } =
    [
        ("ConfigLogic", "contracts/libraries/logic/ConfigLogic.sol"),
        ("LiquidationLogic", "contracts/libraries/logic/LiquidationLogic.sol"),
        ("ViewLogic", "contracts/libraries/logic/ViewLogic.sol"),
        ("PerpLogic", "contracts/libraries/logic/PerpLogic.sol"),
        ("PerpLiquidationLogic", "contracts/libraries/logic/PerpLiquidationLogic.sol"),
        ("PerpViewLogic", "contracts/libraries/logic/PerpViewLogic.sol"),
    ];

    /// <summary>The 34-hex-digit placeholder key solc writes for a library in unlinked bytecode.</summary>
    public static string PlaceholderKey(string source, string name) =>
        Sha3Keccack.Current.CalculateHash($"{source}:{name}")[..34];

    /// <summary>
    /// Replaces every library placeholder in <paramref name="bytecode"/> with the deployed address; throws if a
    /// library is missing or a placeholder is left over.
    /// </summary>
    public static string Link(string bytecode, IReadOnlyDictionary<string, string> addresses)
    {
        foreach (var (name, source) in All)
        {
            if (!addresses.TryGetValue(name, out var address))
            {
                throw new InvalidOperationException($"library {name} has no deployed address; deploy it before linking");
            }

            bytecode = bytecode.Replace($"__${PlaceholderKey(source, name)}$__", address[2..].ToLowerInvariant(), StringComparison.Ordinal);
        }

        if (bytecode.Contains("__$", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("bytecode still holds an unlinked library placeholder; regenerate the bindings (scripts/codegen)");
        }

        return bytecode;
    }
}
