using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using Microsoft.Extensions.Logging;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Liquidation;

/// <summary>
/// Simulates vault liquidations with eth_call at the LATEST block (not "pending": a node re-executes its whole mempool
/// for every pending-state call, which made a crash with hundreds of our own pending sends quadratic). No
/// eth_estimateGas (a binary search of executions; see Keeper:LiquidationGasLimit).
/// </summary>
internal sealed class LiquidationSimulator(IWeb3 web3, DeploymentFile deployment, string from, ILogger logger)
{
    private const int Concurrency = 8;

    /// <summary>One simulation per candidate, in order.</summary>
    public async Task<Simulation[]> SimulateAsync(IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken)
    {
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

    private async Task<Simulation> SimulateOneAsync(Candidate c)
    {
        var fn = LiquidationCall.For(c.Account.Owner, c.Account.SubId, c.Asset, from);
        try
        {
            return new Simulation(fn, await QueryAsync(fn).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ProtocolErrors.Translate(ex) is { } err)
        {
            var simulation = new Simulation(fn, null, err);
            if (!simulation.InventoryShort)
                logger.LogInformation("simulation of liquidating {Account} reverted: {Error} ({Name})", c.Account, err.Message, err.ErrorName);
            return simulation;
        }
    }

    private Task<LiquidateOutputDTO> QueryAsync(LiquidateFunction fn) =>
        web3.Eth.GetContractQueryHandler<LiquidateFunction>().QueryDeserializingToObjectAsync<LiquidateOutputDTO>(fn, deployment.MarginVault, BlockParameter.CreateLatest());
}
