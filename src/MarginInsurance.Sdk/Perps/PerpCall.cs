using MarginInsurance.Contracts.MarginVault;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using MarginInsurance.Contracts.Multicall3;
using MarginInsurance.Contracts.Multicall3.ContractDefinition;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using VaultPerp = MarginInsurance.Contracts.MarginVault.ContractDefinition;

namespace MarginInsurance.Sdk.Perps;

/// <summary>
/// The vault's perps entry points (docs/protocol.md §13.12): an <c>IPerpMarkets</c> function message is ABI-encoded with
/// Nethereum's function encoding and passed to <c>MarginVault.perp(bytes)</c> (writes) or <c>perpView(bytes)</c> (views),
/// whose returned bytes decode with the function's generated output DTO.
/// </summary>
public static class PerpCall
{
    /// <summary>The ABI encoding of <paramref name="function"/> (selector and arguments), what perp/perpView take.</summary>
    public static byte[] Encode<TFunction>(TFunction function)
        where TFunction : FunctionMessage, new() => function.GetCallData();

    /// <summary>The <c>perp(bytes)</c> message that runs <paramref name="function"/> (gas and nonce left to the sender).</summary>
    public static VaultPerp.PerpFunction Write<TFunction>(TFunction function)
        where TFunction : FunctionMessage, new() => new() { Call = Encode(function) };

    /// <summary>Sends <paramref name="function"/> through <c>perp(bytes)</c> and waits for the receipt.</summary>
    public static Task<TransactionReceipt> SendAsync<TFunction>(MarginVaultService vault, TFunction function, CancellationTokenSource? cancellation = null)
        where TFunction : FunctionMessage, new() => vault.PerpRequestAndWaitForReceiptAsync(Write(function), cancellation);

    /// <summary>Answers the view <paramref name="function"/> through <c>perpView(bytes)</c>, decoded as <typeparamref name="TOutput"/>.</summary>
    public static async Task<TOutput> QueryAsync<TFunction, TOutput>(MarginVaultService vault, TFunction function, BlockParameter? block = null)
        where TFunction : FunctionMessage, new()
        where TOutput : IFunctionOutputDTO, new()
    {
        var bytes = await vault.PerpViewQueryAsync(new VaultPerp.PerpViewFunction { Call = Encode(function) }, block).ConfigureAwait(false);
        return Decode<TOutput>(bytes);
    }

    /// <summary>
    /// Answers many encoded view calls (<see cref="Encode{TFunction}"/>) through <c>perpView</c>, <paramref name="pageSize"/>
    /// per Multicall3 <c>aggregate3</c> request, all at <paramref name="block"/>; returns each call's result bytes in order
    /// (decode with <see cref="Decode{TOutput}"/>) and the number of requests made. A failing call fails the request.
    /// </summary>
    public static async Task<(List<byte[]> Results, int Requests)> ViewManyAsync(
        IWeb3 web3, string multicall3, string vault, IReadOnlyList<byte[]> calls, BlockParameter block, int pageSize = 400, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var multicall = new Multicall3Service(web3, multicall3);
        var results = new List<byte[]>(calls.Count);
        var requests = 0;
        foreach (var page in calls.Chunk(pageSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = page.Select(data => new Call3 { Target = vault, AllowFailure = false, CallData = Encode(new VaultPerp.PerpViewFunction { Call = data }) }).ToList();
            var answer = await multicall.ContractHandler.QueryDeserializingToObjectAsync<Aggregate3Function, Aggregate3OutputDTO>(new Aggregate3Function { Calls = batch }, block).ConfigureAwait(false);
            requests++;
            results.AddRange(answer.ReturnData.Select(r => Decode<VaultPerp.PerpViewOutputDTO>(r.ReturnData).ReturnValue1));
        }

        return (results, requests);
    }

    /// <summary>Decodes the bytes a perp/perpView call returned.</summary>
    public static TOutput Decode<TOutput>(byte[] returned)
        where TOutput : IFunctionOutputDTO, new() =>
        new FunctionCallDecoder().DecodeFunctionOutput<TOutput>(returned.ToHex(prefix: true));
}
