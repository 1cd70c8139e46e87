using System.Numerics;
using MarginInsurance.Contracts.BenchSeeder;
using MarginInsurance.Contracts.BenchSeeder.ContractDefinition;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.LocalChain;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;

namespace MarginInsurance.Keeper.Benchmarks;

/// <summary>
/// The protocol on a local Hardhat node (<see cref="LocalProtocol"/>) with deep base liquidity and a
/// <see cref="BenchSeeder"/> that opens isolated WETH accounts in batches: owners approve the seeder as operator once,
/// then each transaction opens <see cref="AccountsPerTransaction"/> accounts (deposit + borrow).
/// </summary>
public sealed class BenchChain : IAsyncDisposable
{
    /// <summary>Accounts opened per seeding transaction: ≈ 72k gas each, under Hardhat's per-transaction gas cap of 2^24.</summary>
    public const int AccountsPerTransaction = 180;

    /// <summary>Gas limit of a seeding transaction (set, not estimated: estimation would execute every batch twice).</summary>
    private const long SeedingGasLimit = 16_000_000;

    /// <summary>Isolated accounts per owner (subIds 1…this).</summary>
    public const int AccountsPerOwner = 1_000;

    /// <summary>Collateral symbol of every seeded account.</summary>
    public const string Collateral = "WETH";

    private const string Liquidity = "200000000";
    private const string SeederCollateral = "250000";
    private const decimal WethPriceAtStart = 2000m;
    private readonly List<MarginClient> _owners = [];
    private BenchSeederService _seeder = null!;

    private BenchChain(LocalProtocol protocol) => Protocol = protocol;

    /// <summary>"Hardhat" or "anvil": the node the chain runs on.</summary>
    public string NodeName { get; private set; } = "Hardhat";

    /// <summary>Whether the node is anvil (its dev methods differ in details from Hardhat's, e.g. evm_setIntervalMining in seconds).</summary>
    public bool IsAnvil { get; private init; }

    /// <summary>The node and deployed protocol.</summary>
    public LocalProtocol Protocol { get; }

    /// <summary>Accounts opened so far (in opening order).</summary>
    public List<AccountId> Accounts { get; } = [];

    /// <summary>Starts a node (Hardhat, or anvil when <paramref name="anvil"/>), deploys the protocol and the seeder, supplies liquidity and funds the seeder.</summary>
    public static async Task<BenchChain> StartAsync(bool anvil = false)
    {
        var protocol = anvil ? await LocalProtocol.StartOnAnvilAsync().ConfigureAwait(false) : await LocalProtocol.StartAsync().ConfigureAwait(false);
        var chain = new BenchChain(protocol) { IsAnvil = anvil, NodeName = anvil ? "anvil" : "Hardhat" };
        try
        {
            var lender = await protocol.CreateActorAsync(("USDC", Liquidity)).ConfigureAwait(false);
            await lender.SupplyAsync(lender.Base(Liquidity)).ConfigureAwait(false);
            chain._seeder = await BenchSeederService.DeployContractAndGetServiceAsync(
                protocol.Admin.Web3, new BenchSeederDeployment { Vault = protocol.Deployment.MarginVault }).ConfigureAwait(false);
            await protocol.MintAsync(chain._seeder.ContractAddress, Collateral, protocol.ParseAmount(Collateral, SeederCollateral)).ConfigureAwait(false);
            await protocol.SetPriceAsync(Collateral, WethPriceAtStart).ConfigureAwait(false);
            return chain;
        }
        catch
        {
            await chain.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="count"/> more isolated accounts, each with <paramref name="collateral"/> WETH and a debt of
    /// <paramref name="borrow"/> USDC (human amounts). Reports progress through <paramref name="progress"/>.
    /// </summary>
    public async Task<IReadOnlyList<AccountId>> OpenAccountsAsync(int count, string collateral, string borrow, Action<string> progress)
    {
        var opened = new List<AccountId>(count);
        var amount = Protocol.ParseAmount(Collateral, collateral);
        var debt = Protocol.ParseAmount("USDC", borrow);
        var weth = Protocol.Deployment.Collateral(Collateral).Token;
        BigInteger gas = 0;
        var transactions = 0;
        while (opened.Count < count)
        {
            var owner = await NextOwnerAsync().ConfigureAwait(false);
            var firstSub = Accounts.Count(a => a.Owner.Equals(owner.Signer, StringComparison.OrdinalIgnoreCase)) + 1;
            var batch = Math.Min(AccountsPerTransaction, Math.Min(count - opened.Count, AccountsPerOwner - firstSub + 1));
            var receipt = await _seeder.OpenRequestAndWaitForReceiptAsync(new OpenFunction
            {
                Owner = owner.Signer, FirstSubId = firstSub, Count = batch, Asset = weth, CollateralAmount = amount, BorrowAmount = debt,
                Gas = new HexBigInteger(SeedingGasLimit),
            }).ConfigureAwait(false);
            if (receipt.Status?.Value != 1) throw new InvalidOperationException($"seeding transaction {receipt.TransactionHash} reverted");
            gas += receipt.GasUsed.Value;
            transactions++;
            for (var i = 0; i < batch; i++)
            {
                var account = new AccountId(owner.Signer, firstSub + i);
                Accounts.Add(account);
                opened.Add(account);
            }

            if (transactions % 10 == 0 || opened.Count == count)
                progress($"  opened {opened.Count}/{count} accounts ({transactions} txs, {gas / transactions:N0} gas per tx of up to {AccountsPerTransaction})");
        }

        return opened;
    }

    /// <summary>Health and debt of <paramref name="accounts"/> from the vault's healthBatch view at <paramref name="block"/>.</summary>
    public async Task<IReadOnlyList<(BigInteger Health, BigInteger Debt)>> HealthAsync(IReadOnlyList<AccountId> accounts, BigInteger block)
    {
        var result = new List<(BigInteger, BigInteger)>(accounts.Count);
        foreach (var chunk in accounts.Chunk(500))
        {
            var batch = await Protocol.Admin.Vault.HealthBatchQueryAsync(new HealthBatchFunction
            {
                Owners = chunk.Select(a => a.Owner).ToList(),
                SubIds = chunk.Select(a => a.SubId).ToList(),
            }, new BlockParameter(new HexBigInteger(block))).ConfigureAwait(false);
            result.AddRange(batch.Healths.Zip(batch.Debts));
        }

        return result;
    }

    private async Task<MarginClient> NextOwnerAsync()
    {
        if (_owners.Count > 0)
        {
            var last = _owners[^1];
            if (Accounts.Count(a => a.Owner.Equals(last.Signer, StringComparison.OrdinalIgnoreCase)) < AccountsPerOwner) return last;
        }

        var key = await Protocol.FundedKeyAsync().ConfigureAwait(false);
        var owner = await MarginClient.ConnectAsync(Protocol.RpcUrl, key, Protocol.Deployment).ConfigureAwait(false);
        await owner.SetOperatorAsync(_seeder.ContractAddress, true).ConfigureAwait(false);
        _owners.Add(owner);
        return owner;
    }

    /// <summary>Forgets accounts opened after <paramref name="count"/> (after reverting the chain to a snapshot).</summary>
    public void TruncateAccounts(int count)
    {
        Accounts.RemoveRange(count, Accounts.Count - count);
        _owners.RemoveAll(o => !Accounts.Any(a => a.Owner.Equals(o.Signer, StringComparison.OrdinalIgnoreCase)));
    }

    public async ValueTask DisposeAsync()
    {
        await Protocol.DisposeAsync().ConfigureAwait(false);
    }
}
