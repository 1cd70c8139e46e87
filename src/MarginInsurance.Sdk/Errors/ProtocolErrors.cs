using System.Collections.Frozen;
using System.Numerics;
using System.Reflection;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.ABI.Model;
using Nethereum.Contracts;
using Nethereum.JsonRpc.Client;

namespace MarginInsurance.Sdk.Errors;

/// <summary>
/// Turns revert data of the MarginInsurance contracts into <see cref="MarginProtocolException{TError}"/>
/// with a readable message. Every custom error of the generated bindings is known by its selector.
/// </summary>
public static class ProtocolErrors
{
    private sealed record KnownError(Type DtoType, ErrorABI Abi, Type ExceptionType);

    private static readonly FrozenDictionary<string, KnownError> BySelector = Discover();

    /// <summary>Number of distinct custom errors known.</summary>
    public static int Count => BySelector.Count;

    /// <summary>The names of every custom error known.</summary>
    public static IEnumerable<string> Names => BySelector.Values.Select(e => e.Abi.Name).Order();

    /// <summary>
    /// Returns the typed protocol exception for <paramref name="exception"/> if it is a revert with a known
    /// custom error or a revert reason; otherwise null. With <paramref name="context"/>, the message names
    /// assets by symbol and amounts in token units.
    /// </summary>
    public static MarginProtocolException? Translate(Exception exception, ErrorContext? context = null)
    {
        switch (exception)
        {
            case MarginProtocolException known:
                return known;
            case SmartContractCustomErrorRevertException custom:
                return FromRevertData(custom.ExceptionEncodedData, custom, context);
            case SmartContractRevertException revert:
                return new MarginProtocolException("Revert", new Dictionary<string, object?> { ["reason"] = revert.RevertMessage },
                    $"the contract reverted: {revert.RevertMessage}", null, revert);
            case RpcResponseException rpc when rpc.RpcError?.Data is not null:
                return FromRevertData(rpc.RpcError.Data.ToString(), rpc, context);
            case AggregateException { InnerExceptions.Count: 1 } aggregate:
                return Translate(aggregate.InnerException!, context);
            default:
                return null;
        }
    }

    /// <summary>
    /// Decodes raw revert data (0x + selector + arguments); null if the selector is unknown. With
    /// <paramref name="context"/>, the message names assets by symbol and amounts in token units.
    /// </summary>
    public static MarginProtocolException? FromRevertData(string? data, Exception? inner = null, ErrorContext? context = null)
    {
        if (data is null || data.Length < 10 || !data.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!BySelector.TryGetValue(data[..10].ToLowerInvariant(), out var known))
        {
            return null;
        }

        var decoded = new SmartContractCustomErrorRevertException(data).DecodeError(known.DtoType);
        var arguments = known.Abi.InputParameters
            .Select(p => (p.Name, Value: known.DtoType.GetProperties().First(pr => MatchesParameter(pr, p.Name)).GetValue(decoded)))
            .ToDictionary(x => x.Name, x => x.Value);
        var message = ErrorMessages.Describe(known.Abi.Name, arguments, context ?? ErrorContext.None);
        return (MarginProtocolException)Activator.CreateInstance(
            known.ExceptionType, decoded, known.Abi.Name, arguments, message, data, inner)!;
    }

    /// <summary>Runs <paramref name="action"/> and rethrows contract reverts as typed protocol exceptions.</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> action, ErrorContext? context = null)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (Translate(ex, context) is { } translated && !ReferenceEquals(translated, ex))
        {
            throw translated;
        }
    }

    private static bool MatchesParameter(PropertyInfo property, string name) =>
        property.GetCustomAttribute<ParameterAttribute>(inherit: true)?.Name == name;

    private static FrozenDictionary<string, KnownError> Discover()
    {
        var assembly = typeof(Contracts.MarginVault.MarginVaultService).Assembly;
        var result = new Dictionary<string, KnownError>(StringComparer.Ordinal);
        // The perp liquidity vault inherits the insurance pool and re-binds its errors: the original contract's DTO
        // wins (stable order otherwise), so existing callers keep catching the same exception type.
        var types = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Error", StringComparison.Ordinal))
            .OrderBy(t => t.Namespace?.Contains(".Perp", StringComparison.Ordinal) == true || t.Namespace?.Contains(".IPerp", StringComparison.Ordinal) == true ? 1 : 0);
        foreach (var type in types)
        {
            if (type.GetCustomAttribute<ErrorAttribute>(inherit: true) is null)
            {
                continue;
            }

            var abi = ABITypedRegistry.GetError(type);
            var selector = abi.Sha3Signature.StartsWith("0x", StringComparison.Ordinal) ? abi.Sha3Signature : "0x" + abi.Sha3Signature;
            // The same error (e.g. ZeroAddress) is bound once per contract; any of its DTOs decodes it.
            result.TryAdd(selector[..10].ToLowerInvariant(), new KnownError(type, abi, typeof(MarginProtocolException<>).MakeGenericType(type)));
        }

        return result.ToFrozenDictionary();
    }

    internal static string Wad(object? value) =>
        value is BigInteger raw ? new Amounts.Wad(raw).ToString() : value?.ToString() ?? "?";
}
