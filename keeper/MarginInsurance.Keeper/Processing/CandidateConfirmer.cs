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

    /// <summary>
    /// The accounts of <paramref name="read"/> with debt and spot health below 1 off chain, leaving out
    /// <paramref name="withPerps"/>: the vault judges an account with perps (a position or perp cash) on §13.6's unified
    /// health, which the spot snapshot does not see (see <see cref="PerpCandidatesAsync"/>).
    /// </summary>
    public static List<OffChainAccount> Below(OffChainReadResult read, IReadOnlySet<Sdk.Accounts.AccountId> withPerps) =>
        read.Accounts.Where(a => !withPerps.Contains(a.Account) && a.Snapshot is { } s && !s.Debt.IsZero && s.Health < WadMath.WAD).ToList();

    /// <summary>
    /// Accounts with open positions that a spot liquidation can act on (§13.8): unified health below 1 (the
    /// <paramref name="book"/>'s, equal to the vault's), an obligation (debt, or perp equity below 0) and collateral to
    /// seize. Those with no obligation have nothing to repay here: the perp pass liquidates their positions.
    /// </summary>
    public static List<OffChainAccount> PerpBelow(OffChainReadResult read, Keeper.Perpetuals.PerpBook book)
    {
        var unified = book.Accounts.ToDictionary(a => a.Account);
        return read.Accounts.Where(a => a.Snapshot is { Collateral.Count: > 0 } s && unified.TryGetValue(a.Account, out var v) && v.Health < WadMath.WAD
            && (!v.Debt.IsZero || v.NumeratorL < s.LiquidationCapacity)).ToList();
    }

    /// <summary>
    /// Spot-liquidation candidates among accounts that have had perps but hold no open position (<paramref name="settled"/>):
    /// their health is §13.6's with the perp cash (healthBatch answers it), and below 1 without positions means an
    /// obligation (debt, or negative cash: §13.8), which the collateral repays. Accounts with open positions go to the
    /// perp pass first (positions liquidated, the loss realized into cash), then come here.
    /// </summary>
    public async Task<List<Candidate>> PerpCandidatesAsync(IReadOnlyList<OffChainAccount> settled, BigInteger block, CancellationToken cancellationToken) =>
        Ordered(await ChainBelowAsync(settled.Where(a => a.Snapshot is { Collateral.Count: > 0 }).ToList(), block, warn: false, cancellationToken).ConfigureAwait(false));

    /// <summary>One healthBatch call per 500; those the chain confirms below 1, largest shortfall first.</summary>
    public async Task<List<Candidate>> ConfirmAsync(IReadOnlyList<OffChainAccount> below, BigInteger block, CancellationToken cancellationToken) =>
        Ordered(await ChainBelowAsync(below, block, warn: true, cancellationToken).ConfigureAwait(false));

    private async Task<List<Candidate>> ChainBelowAsync(IReadOnlyList<OffChainAccount> below, BigInteger block, bool warn, CancellationToken cancellationToken)
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
                    if (warn) logger.LogWarning("off-chain health {Off} of {Account} below 1 but the chain says {On}; skipped", s.Health, chunk[i].Account, batch.Healths[i]);
                    continue;
                }

                result.Add(Candidate(chunk[i], batch.Healths[i], batch.Debts[i]));
            }
        }

        return result;
    }

    /// <summary>
    /// The accounts below 1 as candidates on the off-chain figures alone (exact, the same to the wei as the vault's):
    /// when each will be simulated at the latest block before it is sent, that simulation is the on-chain confirmation
    /// (a healthy account's liquidation reverts) and a healthBatch first would only repeat it.
    /// </summary>
    public static List<Candidate> Unconfirmed(IReadOnlyList<OffChainAccount> below, Keeper.Perpetuals.PerpBook? book = null)
    {
        var unified = book?.Accounts.ToDictionary(a => a.Account);
        return Ordered(below.Select(a => unified is not null && unified.TryGetValue(a.Account, out var v)
            ? Candidate(a, v.Health, v.Debt) with { Shortfall = v.Shortfall }
            : Candidate(a, a.Snapshot!.Health, a.Snapshot.Debt)));
    }

    private static Candidate Candidate(OffChainAccount a, System.Numerics.BigInteger health, System.Numerics.BigInteger debt)
    {
        var s = a.Snapshot!;
        return new Candidate(a.Account, health, debt, s.Debt - s.LiquidationCapacity, s.Collateral.OrderByDescending(c => c.Value).First().Asset);
    }

    /// <summary>Largest shortfall first, then lowest health.</summary>
    private static List<Candidate> Ordered(IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.Shortfall).ThenBy(c => c.Health).ToList();
}
