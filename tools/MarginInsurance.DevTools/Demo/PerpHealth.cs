using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Perps;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.DevTools.Demo;

/// <summary>The chain's unified health (positions included, §13.6) of the demo's perp accounts, from <c>perpHealthBatch</c>.</summary>
internal static class PerpHealth
{
    /// <summary>Those of <paramref name="accounts"/> below health 1 at <paramref name="block"/>.</summary>
    public static async Task<List<AccountId>> BelowOneAsync(MarginClient client, IReadOnlyList<AccountId> accounts, BlockParameter block)
    {
        var below = new List<AccountId>();
        if (accounts.Count == 0) return below;
        var vault = new MarginVaultService(client.Web3, client.Deployment.MarginVault);
        foreach (var chunk in accounts.Chunk(MarginClient.HealthBatchSize))
        {
            var batch = await PerpCall.QueryAsync<PerpHealthBatchFunction, PerpHealthBatchOutputDTO>(vault, new PerpHealthBatchFunction
            {
                Owners = chunk.Select(a => a.Owner).ToList(),
                SubIds = chunk.Select(a => a.SubId).ToList(),
            }, block).ConfigureAwait(false);
            below.AddRange(chunk.Where((_, i) => batch.Healths[i] < Wad.One));
        }

        return below;
    }
}
