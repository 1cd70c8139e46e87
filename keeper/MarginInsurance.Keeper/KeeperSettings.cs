using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace MarginInsurance.Keeper;

/// <summary>A fatal error: one line naming the setting to fix and how (the CLI prints it as "keeper: …" and exits non-zero).</summary>
public sealed class KeeperFatalException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Loads the keeper's configuration — appsettings.json (next to the binary, then the working directory), environment,
/// then <c>--Keeper:Name=value</c> arguments — and refuses what it would otherwise silently ignore: a malformed
/// appsettings.json, an argument that is not a setting, and a <c>Keeper:*</c> key <see cref="KeeperOptions"/> does not
/// have. Each error names the nearest valid setting.
/// </summary>
public static class KeeperSettings
{
    /// <summary>Every valid key under <c>Keeper</c>, as the binder spells it ("RpcUrl", "State:Provider", "FallbackRpcUrls").</summary>
    public static IReadOnlyList<string> Known { get; } = Paths(typeof(KeeperOptions), string.Empty).ToList();

    /// <summary>Builds and checks the configuration.</summary>
    public static IConfiguration Load(IReadOnlyList<string> tokens)
    {
        CheckArguments(tokens);
        var builder = new ConfigurationBuilder();
        foreach (var file in new[] { Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json") }.Distinct())
            builder.AddJsonFile(file, optional: true);
        IConfiguration configuration;
        try
        {
            configuration = builder.AddEnvironmentVariables().AddCommandLine(tokens.ToArray()).Build();
        }
        catch (InvalidDataException ex)
        {
            var file = ex.Message.Split('\'') is { Length: >= 3 } parts ? parts[1] : "appsettings.json";
            var detail = ex.GetBaseException().Message.TrimEnd('.');
            throw new KeeperFatalException($"{file} is not valid JSON ({detail}); fix it (settings live under \"Keeper\") or move it away", ex);
        }

        CheckKeys(configuration.GetSection(KeeperOptions.Section));
        return configuration;
    }

    /// <summary>Arguments must be <c>--Keeper:Name=value</c> or <c>--Keeper:Name value</c> (Logging:* is allowed too).</summary>
    internal static void CheckArguments(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var key = token.StartsWith("--", StringComparison.Ordinal) ? token[2..] : token.StartsWith('/') ? token[1..] : null;
            if (key is null)
                throw new KeeperFatalException($"unexpected argument '{token}'; settings are passed as --Keeper:Name=value, e.g. {Suggest(token)}");
            var name = key.Split('=', 2)[0];
            if (name.StartsWith("Logging:", StringComparison.OrdinalIgnoreCase) || name.StartsWith(KeeperOptions.Section + ":", StringComparison.OrdinalIgnoreCase))
            {
                if (!key.Contains('=', StringComparison.Ordinal)) i++; // "--Keeper:Name value"
                continue;
            }

            throw new KeeperFatalException($"unknown argument '--{name}'; did you mean {Suggest(name)}? (settings are --Keeper:Name=value)");
        }
    }

    /// <summary>Every key under the section must be a property of <see cref="KeeperOptions"/> (lists take 0, 1, … children).</summary>
    internal static void CheckKeys(IConfigurationSection section)
    {
        foreach (var (key, _) in section.AsEnumerable(makePathsRelative: true))
        {
            if (IsKnown(key)) continue;
            throw new KeeperFatalException($"unknown setting Keeper:{key}; did you mean {Suggest(key)}? (every setting: keeper/README.md)");
        }
    }

    private static bool IsKnown(string key)
    {
        if (Known.Contains(key, StringComparer.OrdinalIgnoreCase)) return true;
        // A section (State, Risk, …) as a whole, or an element of a list setting (FallbackRpcUrls:0).
        if (Known.Any(k => k.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase))) return true;
        var cut = key.LastIndexOf(':');
        return cut > 0 && int.TryParse(key[(cut + 1)..], out _) && ListSettings.Contains(key[..cut], StringComparer.OrdinalIgnoreCase);
    }

    private static readonly string[] ListSettings = Paths(typeof(KeeperOptions), string.Empty, listsOnly: true).ToArray();

    /// <summary>The valid setting nearest to <paramref name="typo"/>, as a ready-to-paste argument.</summary>
    public static string Suggest(string typo)
    {
        var bare = typo.TrimStart('-', '/').Split('=', 2)[0];
        if (bare.StartsWith(KeeperOptions.Section + ":", StringComparison.OrdinalIgnoreCase)) bare = bare[(KeeperOptions.Section.Length + 1)..];
        var lower = bare.ToLowerInvariant();
        // Edit distance, minus twice the common prefix: "PollIntervalMs" is PollIntervalMilliseconds, "rpc" is RpcUrl.
        var best = Known
            .Select(k => (Key: k, Score: Distance(lower, k.ToLowerInvariant()) - (2 * CommonPrefix(lower, k.ToLowerInvariant()))))
            .OrderBy(x => x.Score).ThenBy(x => x.Key.Length).First().Key;
        return $"--Keeper:{best}=…";
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    /// <summary>Levenshtein distance.</summary>
    internal static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var up = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = up;
            }
        }

        return row[b.Length];
    }

    private static IEnumerable<string> Paths(Type type, string prefix, bool listsOnly = false)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var t = p.PropertyType;
            var isList = t != typeof(string) && typeof(IEnumerable).IsAssignableFrom(t);
            var isLeaf = t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || Nullable.GetUnderlyingType(t) is not null;
            if (isLeaf || isList)
            {
                if (!listsOnly || isList) yield return prefix + p.Name;
            }
            else
            {
                foreach (var child in Paths(t, prefix + p.Name + ":", listsOnly)) yield return child;
            }
        }
    }
}
