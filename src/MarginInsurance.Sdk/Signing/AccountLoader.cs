using Nethereum.KeyStore;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Sdk.Signing;

/// <summary>
/// Loads the signing account from a private key held in an environment variable or from an encrypted
/// keystore (UTC/JSON) file. Keys are never logged or echoed in exception messages.
/// </summary>
public static class AccountLoader
{
    /// <summary>Default environment variable holding a hex private key.</summary>
    public const string DefaultKeyVariable = "MARGIN_PRIVATE_KEY";

    /// <summary>Loads an account from the private key in environment variable <paramref name="variable"/>.</summary>
    /// <exception cref="SigningKeyException">Variable unset, or not a 32-byte hex key.</exception>
    public static Account FromEnvironment(long chainId, string variable = DefaultKeyVariable)
    {
        var key = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new SigningKeyException($"environment variable {variable} is not set; export it with the signer's hex private key, or use a keystore file");
        }

        return FromPrivateKey(key, chainId, $"environment variable {variable}");
    }

    /// <summary>Loads an account from a hex private key; <paramref name="source"/> names where it came from in errors.</summary>
    public static Account FromPrivateKey(string key, long chainId, string source = "private key")
    {
        var hex = key.Trim();
        hex = hex.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? hex[2..] : hex;
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            throw new SigningKeyException($"{source} is not a private key: expected 64 hex digits (32 bytes), optionally prefixed by 0x");
        }

        try
        {
            return new Account("0x" + hex, chainId);
        }
        catch (ArgumentException)
        {
            // zero, or not below the secp256k1 group order; the inner exception is dropped so nothing of the key travels on
            throw new SigningKeyException($"{source} is not a valid secp256k1 private key: it must be between 1 and the curve order n - 1");
        }
    }

    /// <summary>Decrypts a keystore file with the password in environment variable <paramref name="passwordVariable"/>.</summary>
    /// <exception cref="SigningKeyException">File missing, not a keystore, or wrong password.</exception>
    public static Account FromKeystore(string path, string passwordVariable, long chainId)
    {
        if (!File.Exists(path))
        {
            throw new SigningKeyException($"keystore file '{path}' not found");
        }

        var password = Environment.GetEnvironmentVariable(passwordVariable)
            ?? throw new SigningKeyException($"environment variable {passwordVariable} (keystore password) is not set");
        try
        {
            var key = new KeyStoreService().DecryptKeyStoreFromJson(password, File.ReadAllText(path));
            return new Account(key, chainId);
        }
        catch (Exception ex) when (ex is not SigningKeyException)
        {
            throw new SigningKeyException($"keystore file '{path}' could not be decrypted (wrong password in {passwordVariable}, or not a keystore): {ex.GetType().Name}");
        }
    }
}

/// <summary>The signing key could not be loaded; the message says why and never contains the key.</summary>
public sealed class SigningKeyException(string message) : Exception(message);
