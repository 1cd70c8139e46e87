using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MarginInsurance.Sdk.Accounts;

namespace MarginInsurance.Keeper.Coordination;

/// <summary>
/// Rendezvous (highest random weight) hashing of accounts over instances: every account has exactly one owner among the
/// live instances, every instance computes the same owner from the same list, and when an instance joins or leaves only
/// the accounts it gains or held move.
/// </summary>
public static class Rendezvous
{
    /// <summary>The owner of <paramref name="account"/> among <paramref name="instances"/> (null when there is none).</summary>
    public static string? Owner(AccountId account, IReadOnlyList<string> instances)
    {
        string? best = null;
        ulong bestScore = 0;
        var key = $"{account.Owner.ToLowerInvariant()}/{account.SubId.ToString(CultureInfo.InvariantCulture)}";
        foreach (var instance in instances)
        {
            var score = Score(instance, key);
            if (best is null || score > bestScore || (score == bestScore && string.CompareOrdinal(instance, best) < 0))
            {
                best = instance;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The accounts <paramref name="instance"/> owns among <paramref name="instances"/>.</summary>
    public static IReadOnlyList<AccountId> Shard(IReadOnlyList<AccountId> accounts, IReadOnlyList<string> instances, string instance) =>
        instances.Contains(instance, StringComparer.Ordinal)
            ? accounts.Where(a => string.Equals(Owner(a, instances), instance, StringComparison.Ordinal)).ToList()
            : [];

    private static ulong Score(string instance, string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(instance + "|" + key), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
