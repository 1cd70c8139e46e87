using System.Numerics;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Keeper.State;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Deployments;
using Microsoft.Extensions.Logging;
using Nethereum.BlockchainProcessing;
using Nethereum.BlockchainProcessing.Processor;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Processing;

/// <summary>
/// Indexes the vault's and the feeds' events with Nethereum's log processor (progress in the keeper store, the last
/// Keeper:ReorgDepth blocks re-read): new accounts go to the store; price, add-on and margin-call events mark that the
/// book must be re-scanned even on an unchanged head.
/// </summary>
internal sealed class VaultIndexer
{
    private readonly DeploymentFile _deployment;
    private readonly IKeeperStore _store;
    private readonly KeeperMetrics _metrics;
    private readonly HeadWatch _heads;
    private readonly ILogger _logger;
    private readonly BlockchainProcessor _processor;

    public VaultIndexer(IWeb3 web3, DeploymentFile deployment, IKeeperStore store, KeeperOptions options, KeeperMetrics metrics, HeadWatch heads, ILogger logger)
    {
        _deployment = deployment;
        _store = store;
        _metrics = metrics;
        _heads = heads;
        _logger = logger;
        var addresses = new[] { deployment.MarginVault }.Concat(deployment.Collaterals.Select(c => c.Feed)).ToArray();
        _processor = web3.Processing.Logs.CreateProcessor(
            [new ProcessorHandler<FilterLog>(OnLogAsync)],
            0,
            new NewFilterInput { Address = addresses },
            new FlushingProgress(this, new KeeperBlockProgressRepository(store, options.ReorgDepth)),
            null);
    }

    // accounts found in the block range being processed: stored with the range's progress in one store batch (one
    // commit per range, not one per account: a first index of 100,000 accounts was 100,000 SQLite commits)
    private readonly List<(AccountId Account, BigInteger Block)> _found = [];

    /// <summary>An oracle, add-on or margin-call event was indexed since the last <see cref="TakeOracleUpdate"/>.</summary>
    public bool OracleUpdated { get; private set; }

    /// <summary>Whether an oracle update arrived, clearing the mark.</summary>
    public bool TakeOracleUpdate()
    {
        var updated = OracleUpdated;
        OracleUpdated = false;
        return updated;
    }

    /// <summary>Indexes up to <paramref name="head"/>. Returns true when the chain went backwards (a reorganisation deeper than the progress).</summary>
    public async Task<bool> IndexToAsync(BigInteger head, CancellationToken cancellationToken)
    {
        var reorganised = false;
        if (_store.LastBlock is { } last && last > head)
        {
            // The chain went backwards (a reorganisation deeper than our progress): re-read from the new head.
            _logger.LogWarning("chain head {Head} is below the last indexed block {Last}: reorganisation; re-indexing from {Head}", head, last, head);
            _store.SetLastBlock(head);
            _metrics.Reorgs.Inc();
            reorganised = true;
        }

        await _processor.ExecuteAsync(head, cancellationToken, _deployment.DeploymentBlock).ConfigureAwait(false);
        _store.InBatch(Flush); // a range the processor left without progress (none expected): its accounts are not lost
        _metrics.AccountsWatched.Set(_store.Accounts().Count);
        _heads.Indexed(head);
        return reorganised;
    }

    private Task OnLogAsync(FilterLog log)
    {
        if (AccountDiscovery.FromLog(log) is { } account)
        {
            _found.Add((account, log.BlockNumber.Value));
        }
        else if (Perpetuals.PerpPositionIndexer.OnLog(log, _store))
        {
            // a position opened, changed, liquidated or deleveraged (read again at the next scan)
        }
        else if (log.IsLogForEvent<AnswerUpdatedEventDTO>() || log.IsLogForEvent<AddOnUpdatedEventDTO>() || log.IsLogForEvent<MarginCallEventDTO>())
        {
            OracleUpdated = true;
        }

        return Task.CompletedTask;
    }

    private void Flush()
    {
        foreach (var (account, block) in _found)
        {
            if (_store.AddAccount(account, block)) _logger.LogDebug("new account {Owner}/{Sub}", account.Owner, account.SubId);
        }

        _found.Clear();
    }

    /// <summary>The store's progress, written in one batch with the accounts found in the range it closes.</summary>
    private sealed class FlushingProgress(VaultIndexer indexer, KeeperBlockProgressRepository inner) : Nethereum.BlockchainProcessing.ProgressRepositories.IBlockProgressRepository
    {
        public Task UpsertProgressAsync(BigInteger blockNumber)
        {
            indexer._store.InBatch(() =>
            {
                indexer.Flush();
                inner.UpsertProgressAsync(blockNumber).GetAwaiter().GetResult(); // synchronous: the store's SetLastBlock
            });
            return Task.CompletedTask;
        }

        public Task<BigInteger?> GetLastBlockNumberProcessedAsync() => inner.GetLastBlockNumberProcessedAsync();
    }
}
