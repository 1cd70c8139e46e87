using System.Numerics;
using MarginInsurance.Keeper.Chain;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Model;
using Nethereum.Signer;
using Xunit;

namespace MarginInsurance.Keeper.Tests.Perf;

/// <summary>The keeper signs with libsecp256k1 (<see cref="EthECKey.SignRecoverable"/>): the bytes must be BouncyCastle's.</summary>
public sealed class SignerTests
{
    [Fact]
    public void Libsecp256k1SignsTheSameBytesAsBouncyCastle()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(TransactionManager).TypeHandle);
        Assert.True(EthECKey.SignRecoverable);
        var key = new EthECKey("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        for (var nonce = 0; nonce < 64; nonce++)
        {
            EthECKey.SignRecoverable = false;
            var bouncy = Signed(key, nonce);
            EthECKey.SignRecoverable = true;
            var secp = Signed(key, nonce);
            Assert.Equal(bouncy, secp);
            Assert.Equal(key.GetPublicAddress(), TransactionVerificationAndRecovery.GetSenderAddress(secp));
        }
    }

    private static string Signed(EthECKey key, int nonce)
    {
        var tx = new Transaction1559(31337, nonce, 1_000_000_000 + nonce, 3_000_000_000, 400_000, "0x5FbDB2315678afecb367f032d93F642f64180aa3", BigInteger.Zero, "0x1234abcd" + nonce.ToString("x4", System.Globalization.CultureInfo.InvariantCulture), null);
        new Transaction1559Signer().SignTransaction(key, tx);
        return tx.GetRLPEncoded().ToHex(true);
    }
}
