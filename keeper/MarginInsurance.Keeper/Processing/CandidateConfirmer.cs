using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Core;
using MarginInsurance.Sdk.OffChain;
using Microsoft.Extensions.Logging;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Keeper.Processing;

/// <summary>Turns the accounts the off-chain read found below 1 into liquidation candidates, confirmed by the vault's healthBatch at the same block where nothing else will confirm them.</summary>
internal sealed class CandidateConfirmer(MarginVaultService vault, ILogger logger)
{
    private const int BatchSize = 500;

    /// <summary>The accounts of <paramref name="read"/> with debt and health below 1 off chain.</summary>
    public static List<OffChainAccount> Below(OffChainReadResult read) =>
        read.Accounts.Where(a => a.Snapshot is { } s && !s.Debt.IsZero && s.Health < WadMath.WAD).ToList();

    /// <summary>One healthBatch call per 500; those the chain confirms below 1, largest shortfall first.</summary>
    public async Task<List<Candidate>> ConfirmAsync(IReadOnlyList<OffChainAccount> below, BigInteger block, CancellationToken cancellationToken)
    {
        var result = new List<Candidate>();
        foreach (var chunk in below.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await vault.HealthBatchQueryAsync(new HealthBatchFunction
            {
                Owners = chunk.Select(a => a.Account.Owner).ToList(),
                SubIds = chunk.Select(a => a.Account.SubId).ToList(),
            }, new BlockParameter(new HexBigInteger(block))).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                var s = chunk[i].Snapshot!;
                if (batch.Healths[i] >= WadMath.WAD)
                {
                    logger.LogWarning("off-chain health {Off} of {Account} below 1 but the chain says {On}; skipped", s.Health, chunk[i].Account, batch.Healths[i]);
                    continue;
                }

                result.Add(Candidate(chunk[i], batch.Healths[i], batch.Debts[i]));
            }
        }

        return Ordered(result);
    }

    /// <summary>
    /// The accounts below 1 as candidates on the off-chain figures alone (exact, the same to the wei as the vault's):
    /// when each will be simulated at the latest block before it is sent, that simulation is the on-chain confirmation
    /// (a healthy account's liquidation reverts) and a healthBatch first would only repeat it.
    /// </summary>
    public static List<Candidate> Unconfirmed(IReadOnlyList<OffChainAccount> below) =>
        Ordered(below.Select(a => Candidate(a, a.Snapshot!.Health, a.Snapshot.Debt)));

    private static Candidate Candidate(OffChainAccount a, System.Numerics.BigInteger health, System.Numerics.BigInteger debt)
    {
        var s = a.Snapshot!;
        return new Candidate(a.Account, health, debt, s.Debt - s.LiquidationCapacity, s.Collateral.OrderByDescending(c => c.Value).First().Asset);
    }

    /// <summary>Largest shortfall first, then lowest health.</summary>
    private static List<Candidate> Ordered(IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.Shortfall).ThenBy(c => c.Health).ToList();
}
