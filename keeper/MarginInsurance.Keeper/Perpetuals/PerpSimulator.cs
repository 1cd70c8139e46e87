using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Perpetuals;

/// <summary>A perp write simulated at the latest block as the keeper: its decoded result, or the protocol error it would revert with.</summary>
internal sealed record PerpSimulation<TOut>(TOut? Result, MarginProtocolException? Error)
    where TOut : class;

/// <summary>Simulates <c>perp(bytes)</c> calls with eth_call at the LATEST block, from the keeper's address (the same rule as spot: no estimateGas, no pending state).</summary>
internal sealed class PerpSimulator(IWeb3 web3, DeploymentFile deployment, string from)
{
    /// <summary>liquidatePosition(owner, subId, m, max) as it would run now.</summary>
    public async Task<PerpSimulation<LiquidatePositionOutputDTO>> LiquidateAsync(LiquidatePositionFunction fn)
    {
        var (bytes, error) = await RunAsync(PerpCalls.WriteData(fn)).ConfigureAwait(false);
        return new(bytes is null ? null : PerpCalls.Decode<LiquidatePositionOutputDTO>(bytes), error);
    }

    /// <summary>deleverage(m, target, others) as it would run now: the haircut, or the error.</summary>
    public async Task<(BigInteger? Haircut, MarginProtocolException? Error)> DeleverageAsync(DeleverageFunction fn)
    {
        var (bytes, error) = await RunAsync(PerpCalls.WriteData(fn)).ConfigureAwait(false);
        return (bytes is null ? null : new BigInteger(bytes.AsSpan(0, 32), isUnsigned: true, isBigEndian: true), error);
    }

    /// <summary>Whether <paramref name="data"/> (a stored perp call) would still succeed now.</summary>
    public async Task<bool> SucceedsAsync(string data) => (await RunAsync(data).ConfigureAwait(false)).Bytes is not null;

    private async Task<(byte[]? Bytes, MarginProtocolException? Error)> RunAsync(string data)
    {
        try
        {
            var hex = await web3.Eth.Transactions.Call.SendRequestAsync(new CallInput { To = deployment.MarginVault, From = from, Data = data }, BlockParameter.CreateLatest()).ConfigureAwait(false);
            return (new PerpViewOutputDTO().DecodeOutput(hex).ReturnValue1, null);
        }
        catch (Exception ex) when (ProtocolErrors.Translate(ex) is { } error)
        {
            return (null, error);
        }
    }
}
