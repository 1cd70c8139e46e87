namespace MarginInsurance.Sdk.Errors;

/// <summary>
/// A MarginInsurance contract rejected a call. Carries the Solidity custom error's name, its decoded
/// arguments, a human message and the raw revert data.
/// </summary>
public class MarginProtocolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MarginProtocolException(string errorName, IReadOnlyDictionary<string, object?> arguments, string message, string? revertData, Exception? inner)
        : base(message, inner)
    {
        ErrorName = errorName;
        Arguments = arguments;
        RevertData = revertData;
    }

    /// <summary>The Solidity error's name, e.g. <c>InsufficientMargin</c>.</summary>
    public string ErrorName { get; }

    /// <summary>The error's arguments by their Solidity names.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The raw revert data (hex), for diagnostics.</summary>
    public string? RevertData { get; }
}

/// <summary>A MarginInsurance custom error decoded into its typed binding DTO.</summary>
/// <typeparam name="TError">The generated error DTO, e.g. <c>InsufficientMarginError</c>.</typeparam>
public sealed class MarginProtocolException<TError> : MarginProtocolException
{
    /// <summary>Creates the exception.</summary>
    public MarginProtocolException(TError error, string errorName, IReadOnlyDictionary<string, object?> arguments, string message, string? revertData, Exception? inner)
        : base(errorName, arguments, message, revertData, inner) => Error = error;

    /// <summary>The decoded error with typed arguments.</summary>
    public TError Error { get; }
}
