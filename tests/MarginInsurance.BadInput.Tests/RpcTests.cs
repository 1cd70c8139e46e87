using System.Numerics;
using System.Text.Json;
using CsCheck;
using MarginInsurance.Sdk;
using Nethereum.JsonRpc.Client;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.BadInput.Tests;

/// <summary>
/// Empty, garbage, failing, mis-numbered and wrong-chain JSON-RPC answers: ConnectAsync and a read fail
/// fast with one of a few clear exception types, and no transaction is ever sent.
/// </summary>
public sealed class RpcTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly FakeRpc _rpc = new();

    public void Dispose() => _rpc.Dispose();

    /// <summary>The exception types a caller has to expect from a broken node; anything else is a bug.</summary>
    private static readonly Type[] Expected =
    [
        typeof(WrongChainException),
        typeof(RpcResponseException),          // JSON-RPC error object
        typeof(RpcResponseFormatException),    // body is not a JSON-RPC response
        typeof(RpcClientUnknownException),     // HTTP failure / unreadable body
        typeof(RpcClientTimeoutException),
        typeof(HttpRequestException),
        typeof(RpcAnswerException),            // the SDK: an answer that is not a valid answer (empty, garbage, wrong shape)
    ];

    private static Account NewAccount() => new(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), FakeRpc.ChainId);

    /// <summary>A broken answer, by kind; <paramref name="n"/> varies its content.</summary>
    private static RpcReply Broken(int kind, JsonElement? id, long n, string text) => kind switch
    {
        0 => new RpcReply(200, string.Empty),
        1 => new RpcReply(200, text),
        2 => new RpcReply(500, text),
        3 => new RpcReply(500, string.Empty),
        4 => new RpcReply(502, "<html>bad gateway</html>"),
        5 => RpcReply.Error(id, -32000 - (int)(n % 1000), text.Length == 0 ? "boom" : text),
        6 => RpcReply.Result(id, "null"),
        7 => RpcReply.Result(id, JsonSerializer.Serialize(text)),
        8 => RpcReply.Result(id, "{}"),
        9 => RpcReply.Result(id, "[1,2,3]"),
        10 => new RpcReply(200, "{\"jsonrpc\":\"2.0\"}"),
        11 => new RpcReply(200, "[]"),
        12 => new RpcReply(404, "not found"),
        _ => new RpcReply(200, "{\"jsonrpc\":\"2.0\",\"id\":"),
    };

    private const int Kinds = 14;

    private static async Task<Exception> Fails(Func<Task> action, string what)
    {
        try
        {
            await action().WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{what}: hung for {Timeout.TotalSeconds} s");
        }
        catch (Exception ex)
        {
            Assert.True(Expected.Contains(ex.GetType()), $"{what}: unexpected {ex}");
            Assert.False(string.IsNullOrWhiteSpace(ex.Message), $"{what}: empty message");
            return ex;
        }

        throw new Xunit.Sdk.XunitException($"{what}: succeeded");
    }

    [Fact]
    public async Task BrokenChainIdAnswersFailConnectClearly()
    {
        await Gen.Select(Gen.Int[0, Kinds - 1], Gen.Long, Inputs.Garbage, (a, b, c) => (a, b, c)).SampleAsync(async (kind, n, text) =>
        {
            _rpc.Respond = (method, id) => method == "eth_chainId" ? Broken(kind, id, n, text) : FakeRpc.Healthy(method, id);
            await Fails(() => MarginClient.ConnectAsync(_rpc.Url, NewAccount(), Inputs.Deployment()), $"connect, answer kind {kind} '{text}'");
        }, iter: 150, threads: 1);

        Assert.Equal(0, _rpc.Sent);
    }

    [Fact]
    public async Task AnotherChainIdIsWrongChain()
    {
        var other = Gen.OneOf(
            Gen.Long[0, long.MaxValue].Where(c => c != FakeRpc.ChainId).Select(c => new BigInteger(c)),
            Inputs.Oversized.Select(v => v >> 200), // above long.MaxValue
            Gen.Const(BigInteger.Zero));
        await other.SampleAsync(async chain =>
        {
            _rpc.Respond = (method, id) => method == "eth_chainId" ? RpcReply.Result(id, $"\"0x{chain.ToString("x", null).TrimStart('0').PadLeft(1, '0')}\"") : FakeRpc.Healthy(method, id);
            var ex = await Fails(() => MarginClient.ConnectAsync(_rpc.Url, NewAccount(), Inputs.Deployment()), $"chain {chain}");
            var wrong = Assert.IsType<WrongChainException>(ex);
            Assert.Equal(FakeRpc.ChainId, wrong.Expected);
            Assert.Contains($"chain {chain}", wrong.Message, StringComparison.Ordinal);
        }, iter: 150, threads: 1);

        Assert.Equal(0, _rpc.Sent);
    }

    [Fact]
    public async Task WrongJsonRpcIdsAreRejected()
    {
        // A node (or a proxy) answering another request's id: the answer must not be taken for this one.
        await Gen.Long.Where(i => i is < 0 or > 1_000_000).SampleAsync(async wrongId =>
        {
            _rpc.Respond = (method, id) => method == "eth_chainId"
                ? new RpcReply(200, $"{{\"jsonrpc\":\"2.0\",\"id\":{wrongId},\"result\":\"0x7a69\"}}")
                : FakeRpc.Healthy(method, id);
            await Fails(() => MarginClient.ConnectAsync(_rpc.Url, NewAccount(), Inputs.Deployment()), $"id {wrongId}");
        }, iter: 50, threads: 1);

        Assert.Equal(0, _rpc.Sent);
    }

    [Fact]
    public async Task BrokenReadsFailGetMarketClearly()
    {
        _rpc.Respond = FakeRpc.Healthy;
        var client = await MarginClient.ConnectAsync(_rpc.Url, NewAccount(), Inputs.Deployment()).WaitAsync(Timeout);
        await Gen.Select(Gen.Int[0, Kinds - 1], Gen.Long, Inputs.Garbage, Gen.Int[0, 5], (a, b, c, d) => (a, b, c, d)).SampleAsync(async (kind, n, text, healthyCalls) =>
        {
            var calls = 0;
            _rpc.Respond = (method, id) => method switch
            {
                "eth_chainId" => FakeRpc.Healthy(method, id),
                // the first few reads succeed with a plausible uint256, then the node breaks
                _ when Interlocked.Increment(ref calls) <= healthyCalls => RpcReply.Result(id, "\"0x" + new string('0', 63) + "1\""),
                _ => Broken(kind, id, n, text),
            };
            await Fails(() => client.GetMarketAsync(), $"GetMarket, answer kind {kind} after {healthyCalls} '{text}'");
        }, iter: 150, threads: 1);

        Assert.Equal(0, _rpc.Sent);
    }
}
