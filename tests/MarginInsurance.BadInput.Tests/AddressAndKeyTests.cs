using CsCheck;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Signing;
using Nethereum.Signer;
using Nethereum.Util;

namespace MarginInsurance.BadInput.Tests;

/// <summary>Addresses and signing keys: typed errors naming the field; keys never echoed.</summary>
public sealed class AddressAndKeyTests
{
    private static readonly Gen<string> Field = Gen.OneOf("owner", "receiver", "operatorAddress", "marginVault", "collaterals[3].feed");

    [Fact]
    public void MalformedAddressesNameTheField()
    {
        var wrongLength = Gen.String[Gen.Char[Inputs.HexChars], 0, 80].Where(h => h.Length != 40).Select(h => "0x" + h);
        var nonHex = Gen.Select(Gen.String[Gen.Char[Inputs.HexChars], 40, 40], Gen.Int[0, 39], Gen.Char["gGxXzZ!-_ .éO"],
            (h, i, c) => "0x" + h[..i] + c + h[(i + 1)..]);
        var noPrefix = Gen.String[Gen.Char[Inputs.HexChars], 40, 40];
        var bad = Gen.OneOf(wrongLength, nonHex, noPrefix, Inputs.Garbage.Where(g => !AddressUtil.Current.IsValidEthereumAddressHexFormat(g)));

        Gen.Select(bad, Field).Sample((value, field) =>
        {
            var ex = Assert.Throws<ArgumentException>(() => Address.Require(value, field));
            Assert.Equal(field, ex.ParamName);
            Assert.StartsWith(field + ":", ex.Message, StringComparison.Ordinal);
            Assert.Contains("not an address", ex.Message, StringComparison.Ordinal);
        }, iter: Inputs.Iter);

        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => AccountId.Cross("0x1234")).ParamName);
        Assert.Equal("owner", Assert.Throws<ArgumentException>(() => Address.Require(null, "owner")).ParamName);
    }

    [Fact]
    public void WrongChecksumsNameTheFieldAndSuggestTheRightOne()
    {
        // Flip the case of one or more letters of a valid checksummed address; keep it mixed case.
        var mutated = Gen.Select(Inputs.ValidAddress, Gen.Int.Array[1, 6]).Select((good, flips) =>
        {
            var chars = good.ToCharArray();
            var letters = Enumerable.Range(2, 40).Where(i => char.IsAsciiLetter(chars[i])).ToArray();
            if (letters.Length == 0) return (Good: good, Bad: good);
            foreach (var f in flips)
            {
                var i = letters[(int)((uint)f % (uint)letters.Length)];
                chars[i] = char.IsAsciiLetterUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
            }

            return (Good: good, Bad: new string(chars));
        }).Where(p => p.Bad != p.Good && p.Bad[2..].Any(char.IsAsciiLetterUpper) && p.Bad[2..].Any(char.IsAsciiLetterLower)
                      && !AddressUtil.Current.IsChecksumAddress(p.Bad));

        Gen.Select(mutated, Field).Sample((pair, field) =>
        {
            var (good, bad) = pair;
            var ex = Assert.Throws<ArgumentException>(() => Address.Require(bad, field));
            Assert.Equal(field, ex.ParamName);
            Assert.Contains("EIP-55 checksum", ex.Message, StringComparison.Ordinal);
            Assert.Contains($"expected {good}", ex.Message, StringComparison.Ordinal);
        }, iter: Inputs.Iter);

        // Single-case forms carry no checksum and are accepted, returned checksummed.
        Inputs.ValidAddress.Sample(good =>
        {
            Assert.Equal(good, Address.Require(good.ToLowerInvariant(), "x"));
            Assert.Equal(good, Address.Require("0x" + good[2..].ToUpperInvariant(), "x"));
        }, iter: 100);
    }

    private static readonly Gen<string> BadKey = Gen.OneOf(
        Inputs.Garbage,
        Gen.String[Gen.Char[Inputs.HexChars], 1, 130].Where(h => h.Length != 64).Select(h => "0x" + h),
        Gen.String[Gen.Char[Inputs.HexChars], 1, 130].Where(h => h.Length != 64),
        Gen.Select(Gen.String[Gen.Char[Inputs.HexChars], 64, 64], Gen.Int[0, 63], Gen.Char["gxz-_ é"], (h, i, c) => h[..i] + c + h[(i + 1)..]),
        // 64 hex digits that are not a secp256k1 private key: zero, or at or above the curve order n.
        Gen.OneOf(
            new string('0', 64),
            "0x" + new string('0', 64),
            new string('f', 64),
            "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141",
            "0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142"));

    private static void NeverEchoes(string key, string message)
    {
        var trimmed = key.Trim();
        var hex = trimmed.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? trimmed[2..] : trimmed;
        if (hex.Length >= 6)
        {
            Assert.DoesNotContain(hex, message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void BadPrivateKeysAreSigningKeyErrorsThatNeverContainTheKey()
    {
        BadKey.Sample(key =>
        {
            var ex = Assert.Throws<SigningKeyException>(() => AccountLoader.FromPrivateKey(key, 31337));
            Assert.Contains("private key", ex.Message, StringComparison.Ordinal);
            NeverEchoes(key, ex.Message);
            NeverEchoes(key, ex.ToString());
        }, iter: Inputs.Iter);

        // A valid key loads; the same key with one digit dropped does not, and is not echoed.
        Gen.Int[0, 63].Sample(i =>
        {
            var key = Convert.ToHexStringLower(EthECKey.GenerateKey().GetPrivateKeyAsBytes());
            Assert.NotNull(AccountLoader.FromPrivateKey(key, 1));
            var ex = Assert.Throws<SigningKeyException>(() => AccountLoader.FromPrivateKey(key.Remove(i, 1), 1));
            NeverEchoes(key.Remove(i, 1), ex.Message);
        }, iter: 50);
    }

    [Fact]
    public void BadKeysInTheEnvironmentNameTheVariableAndNeverContainTheKey()
    {
        var variable = $"MI_BADINPUT_KEY_{Guid.NewGuid():N}";
        try
        {
            Gen.OneOf(BadKey, Gen.OneOf("", "   ")).Sample(key =>
            {
                Environment.SetEnvironmentVariable(variable, key);
                var ex = Assert.Throws<SigningKeyException>(() => AccountLoader.FromEnvironment(31337, variable));
                Assert.Contains(variable, ex.Message, StringComparison.Ordinal);
                NeverEchoes(key, ex.Message);
            }, iter: Inputs.Iter, threads: 1);

            Environment.SetEnvironmentVariable(variable, null);
            Assert.Contains("is not set", Assert.Throws<SigningKeyException>(() => AccountLoader.FromEnvironment(1, variable)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
