using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Nethereum.Contracts;
using Nethereum.Contracts.QueryHandlers.MultiCall;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Liquidation;

/// <summary>
/// Simulates vault liquidations with eth_call at the LATEST block (not "pending": a node re-executes its whole mempool
/// for every pending-state call, which made a crash with hundreds of our own pending sends quadratic). No
/// eth_estimateGas (a binary search of executions; see Keeper:LiquidationGasLimit).
/// <para>
/// Many at once: one eth_call per <see cref="BatchSize"/> liquidations runs Multicall3's aggregate3 (allowFailure) as the
/// keeper's own address, by a state override that gives that address Multicall3's code for the call — so every
/// liquidation is simulated with msg.sender = the keeper (its inventory and allowance), in order, each on the state the
/// previous ones leave, as the burst will be mined. A node without state overrides gets one eth_call per liquidation.
/// </para>
/// </summary>
internal sealed class LiquidationSimulator(IWeb3 web3, DeploymentFile deployment, string from, ILogger logger)
{
    /// <summary>Liquidations per batched eth_call (about 150,000 gas each, well inside a 30M call gas cap).</summary>
    public const int BatchSize = 100;

    private const int Concurrency = 8;
    private string? _multicallCode;
    private bool _batchUnsupported;
    private bool _simulateUnsupported;
    private int _requestId;

    /// <summary>One simulation per candidate, in order.</summary>
    public async Task<Simulation[]> SimulateAsync(IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0) return [];
        if (!_batchUnsupported)
        {
            try
            {
                var batched = new List<Simulation>(candidates.Count);
                foreach (var chunk in candidates.Chunk(BatchSize))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    batched.AddRange(await SimulateBatchAsync(chunk).ConfigureAwait(false));
                }

                return [.. batched];
            }
            catch (RpcResponseException ex)
            {
                _batchUnsupported = true;
                logger.LogWarning("the node refuses eth_call with a state override ({Error}); simulating liquidations one eth_call each", ex.Message);
            }
        }

        var simulations = new Simulation[candidates.Count];
        await Parallel.ForAsync(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (i, _) => simulations[i] = await SimulateOneAsync(candidates[i]).ConfigureAwait(false)).ConfigureAwait(false);
        return simulations;
    }

    /// <summary>Whether <paramref name="fn"/> would still succeed now.</summary>
    public async Task<bool> SucceedsAsync(LiquidateFunction fn)
    {
        try
        {
            await QueryAsync(fn).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ProtocolErrors.Translate(ex) is not null)
        {
            return false;
        }
    }

    private async Task<IEnumerable<Simulation>> SimulateBatchAsync(Candidate[] chunk)
    {
        _multicallCode ??= await web3.Eth.GetCode.SendRequestAsync(deployment.Multicall3).ConfigureAwait(false);
        var functions = chunk.Select(c => LiquidationCall.For(c.Account.Owner, c.Account.SubId, c.Asset, from)).ToList();
        var aggregate = new Aggregate3Function
        {
            Calls = functions.Select(fn => new Call3 { Target = deployment.MarginVault, AllowFailure = true, CallData = fn.GetCallData() }).ToList(),
        };
        // eth_call's third parameter (state override set, geth/Hardhat/anvil): the keeper's address runs Multicall3's code
        var overrides = new Dictionary<string, Dictionary<string, string>> { [from] = new() { ["code"] = _multicallCode } };
        var call = new CallInput { To = from, Data = aggregate.GetCallData().ToHex(true) };
        var answer = await web3.Client.SendRequestAsync<string>(new RpcRequest(Interlocked.Increment(ref _requestId), "eth_call", call, "latest", overrides)).ConfigureAwait(false);
        var results = new Aggregate3OutputDTO().DecodeOutput(answer).ReturnData;
        return chunk.Select((c, i) => Judge(c, functions[i], results[i]));
    }

    /// <summary>
    /// One simulation per candidate, as if mined right after <paramref name="update"/> (a price update still in the
    /// pending pool): eth_simulateV1 runs the update's call first, then each liquidation from the keeper, in order, in one
    /// simulated block on top of the latest. Null when the node has no eth_simulateV1 (the back-run is then skipped).
    /// </summary>
    public async Task<Simulation[]?> SimulateAfterAsync(IReadOnlyList<Candidate> candidates, PendingPriceUpdate update)
    {
        if (candidates.Count == 0) return [];
        if (_simulateUnsupported) return null;
        var tx = update.Transaction;
        var functions = candidates.Select(c => LiquidationCall.For(c.Account.Owner, c.Account.SubId, c.Asset, from)).ToList();
        var calls = new List<object> { new SimulatedCall(tx.From, tx.To, tx.Input, tx.Gas?.HexValue) };
        calls.AddRange(functions.Select(fn => new SimulatedCall(from, deployment.MarginVault, fn.GetCallData().ToHex(true), null)));
        var request = new { blockStateCalls = new[] { new { calls } } };
        SimulatedBlock[] blocks;
        try
        {
            blocks = await web3.Client.SendRequestAsync<SimulatedBlock[]>(new RpcRequest(Interlocked.Increment(ref _requestId), "eth_simulateV1", request, "latest")).ConfigureAwait(false);
        }
        catch (RpcResponseException ex)
        {
            _simulateUnsupported = true;
            logger.LogWarning("the node has no eth_simulateV1 ({Error}): pending price updates are answered once mined", ex.Message);
            return null;
        }

        var results = blocks[0].Calls;
        if (results[0].Status != "0x1")
        {
            logger.LogInformation("pending price update {Hash} would revert: not back-running it", tx.TransactionHash);
            return null;
        }

        return candidates.Select((c, i) => Judge(c, functions[i], new Result { Success = results[i + 1].Status == "0x1", ReturnData = results[i + 1].ReturnData.HexToByteArray() })).ToArray();
    }

    private sealed record SimulatedCall(
        [property: Newtonsoft.Json.JsonProperty("from")] string From,
        [property: Newtonsoft.Json.JsonProperty("to")] string To,
        [property: Newtonsoft.Json.JsonProperty("input")] string Input,
        [property: Newtonsoft.Json.JsonProperty("gas", NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)] string? Gas);

    private sealed record SimulatedBlock([property: Newtonsoft.Json.JsonProperty("calls")] SimulatedResult[] Calls);

    private sealed record SimulatedResult(
        [property: Newtonsoft.Json.JsonProperty("status")] string Status,
        [property: Newtonsoft.Json.JsonProperty("returnData")] string ReturnData);

    private Simulation Judge(Candidate c, LiquidateFunction fn, Result result)
    {
        if (result.Success) return new Simulation(fn, new LiquidateOutputDTO().DecodeOutput(result.ReturnData.ToHex(true)), null);
        var revert = result.ReturnData.ToHex(true);
        var error = ProtocolErrors.FromRevertData(revert);
        if (error is null) logger.LogInformation("simulation of liquidating {Account} reverted with undecoded data {Data}", c.Account, revert);
        return Reverted(c, fn, error);
    }

    private async Task<Simulation> SimulateOneAsync(Candidate c)
    {
        var fn = LiquidationCall.For(c.Account.Owner, c.Account.SubId, c.Asset, from);
        try
        {
            return new Simulation(fn, await QueryAsync(fn).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ProtocolErrors.Translate(ex) is { } err)
        {
            return Reverted(c, fn, err);
        }
    }

    private Simulation Reverted(Candidate c, LiquidateFunction fn, MarginProtocolException? error)
    {
        var simulation = new Simulation(fn, null, error);
        if (error is not null && !simulation.InventoryShort)
            logger.LogInformation("simulation of liquidating {Account} reverted: {Error} ({Name})", c.Account, error.Message, error.ErrorName);
        return simulation;
    }

    private Task<LiquidateOutputDTO> QueryAsync(LiquidateFunction fn) =>
        web3.Eth.GetContractQueryHandler<LiquidateFunction>().QueryDeserializingToObjectAsync<LiquidateOutputDTO>(fn, deployment.MarginVault, BlockParameter.CreateLatest());
}
