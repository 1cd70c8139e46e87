using Nethereum.Util;

namespace MarginInsurance.Sdk.Accounts;

/// <summary>Address validation with errors that say what is wrong.</summary>
public static class Address
{
    private static readonly AddressUtil Util = AddressUtil.Current;

    /// <summary>
    /// Returns the checksummed form of <paramref name="value"/>, or throws naming <paramref name="what"/>:
    /// not 20 bytes of hex, or mixed case with a wrong EIP-55 checksum.
    /// </summary>
    public static string Require(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value) || !Util.IsValidEthereumAddressHexFormat(value))
        {
            throw new ArgumentException($"{what}: '{value}' is not an address (expected 0x followed by 40 hex digits)", what);
        }

        var hex = value[2..];
        var mixedCase = hex.Any(char.IsAsciiLetterUpper) && hex.Any(char.IsAsciiLetterLower);
        if (mixedCase && !Util.IsChecksumAddress(value))
        {
            throw new ArgumentException(
                $"{what}: '{value}' has a wrong EIP-55 checksum (did you mistype it? expected {Util.ConvertToChecksumAddress(value)} if the hex is right)", what);
        }

        return Util.ConvertToChecksumAddress(value);
    }
}
