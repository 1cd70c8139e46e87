using System.Diagnostics;
using System.Numerics;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.OffChain;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// The property test: hundreds of random accounts (cross and isolated, random collateral mixes and sizes
/// across tier breaks, random borrow levels, add-ons pending and in force, random price moves, interest accrued)
/// read and computed off-chain by <see cref="OffChainMarginReader"/> must equal the vault's own views
/// (accountState and healthBatch at the same block) to the wei.
/// </summary>
public sealed class OffChainPropertyTests(ChainFixture fixture, ITestOutputHelper output) : ChainTest(fixture)
{
    private const int Actors = 40;
    private const int AccountsPerActor = 13; // subId 0 (cross) + 12 isolated
    private static readonly BigInteger MaxUint = BigInteger.Pow(2, 256) - 1;
    private static readonly BigInteger Gas = 600_000;

    [Fact]
    public async Task OffChainReaderAgreesWithChainViewsToTheWei()
    {
        var clock = Stopwatch.StartNew();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MARGIN_PROPERTY_SEED"), out var s) ? s : 20261126;
        var random = new Random(seed);
        var f = Fixture;
        var d = Deployment;
        var admin = f.Admin;

        // Add-ons: WETH 500 and WBTC 400 bps brought into force, then WETH raised to 1000 and LINK 300 announced (pending).
        await admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(d.Collateral("WETH").Token, 500);
        await admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(d.Collateral("WBTC").Token, 400);
        await f.Chain.IncreaseTimeAsync(86_400 + 60);
        await f.RefreshPricesAsync();
        await admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(d.Collateral("WETH").Token, 1000);
        await admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(d.Collateral("LINK").Token, 300);

        // A deep lender.
        var lender = await f.CreateActorAsync(("USDC", "4000000000"));
        await lender.SupplyAsync(lender.Base("4000000000"));

        var prices = new Dictionary<string, decimal> { ["WETH"] = 2000m, ["WBTC"] = 60000m, ["LINK"] = 15m };
        var accounts = new List<AccountId>();
        var withAddOnPending = 0;
        for (var a = 0; a < Actors; a++)
        {
            var key = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), f.ChainId);
            await f.Chain.SetBalanceAsync(key.Address, BigInteger.Pow(10, 22));
            var web3 = new Web3(key, f.RpcUrl);
            var vault = new MarginVaultService(web3, d.MarginVault);
            var plan = new List<(int SubId, List<(string Symbol, BigInteger Amount)> Deposits, double BorrowFraction)>();
            for (var sub = 0; sub < AccountsPerActor; sub++)
            {
                var deposits = new List<(string, BigInteger)>();
                string[] symbols = sub == 0
                    ? random.Next(3) switch { 0 => ["WETH"], 1 => ["WBTC"], _ => ["WETH", "WBTC"] }
                    : [new[] { "WETH", "WBTC", "LINK" }[random.Next(3)]];
                foreach (var symbol in symbols)
                {
                    deposits.Add((symbol, RandomAmount(random, symbol, prices[symbol], d.Collateral(symbol).Decimals)));
                }

                var fraction = random.NextDouble() < 0.1 ? 0 : random.NextDouble() * 0.999;
                plan.Add((sub, deposits, fraction));
            }

            foreach (var symbol in new[] { "WETH", "WBTC", "LINK" })
            {
                var total = plan.SelectMany(p => p.Deposits).Where(x => x.Symbol == symbol).Aggregate(BigInteger.Zero, (acc, x) => acc + x.Amount);
                if (total.IsZero)
                {
                    continue;
                }

                await f.MintAsync(key.Address, symbol, total);
                await new MockERC20Service(web3, d.Collateral(symbol).Token).ApproveRequestAsync(
                    new Contracts.MockERC20.ContractDefinition.ApproveFunction { Spender = d.MarginVault, Value = MaxUint, Gas = Gas });
            }

            foreach (var (sub, deposits, fraction) in plan)
            {
                foreach (var (symbol, amount) in deposits)
                {
                    await vault.DepositCollateralRequestAsync(new DepositCollateralFunction
                    {
                        Owner = key.Address, SubId = sub, Asset = d.Collateral(symbol).Token, Amount = amount, Gas = Gas,
                    });
                }

                if (fraction > 0)
                {
                    var state = (await vault.AccountStateQueryAsync(key.Address, sub)).S;
                    var borrow = state.BorrowCapacity * (BigInteger)(fraction * 1_000_000) / 1_000_000;
                    if (borrow > 0)
                    {
                        await vault.BorrowRequestAsync(new BorrowFunction { Owner = key.Address, SubId = sub, Amount = borrow, Receiver = key.Address, Gas = Gas });
                    }
                }

                accounts.Add(new AccountId(key.Address, sub));
                if (deposits.Any(x => x.Symbol is "WETH" or "LINK"))
                {
                    withAddOnPending++;
                }
            }
        }

        // A few accounts that hold nothing or only debt-free collateral count too; add two never-touched accounts.
        accounts.Add(new AccountId(lender.Signer, 0));
        accounts.Add(new AccountId(lender.Signer, 7));
        var setup = clock.Elapsed;

        var reader = new OffChainMarginReader(admin.Web3, d);
        var compared = 0;
        var differences = new List<string>();

        // Evaluation 1: random price moves, a few hours of interest; WETH/LINK add-ons still pending.
        await MovePricesAsync(random, prices);
        await f.Chain.IncreaseTimeAsync(random.Next(3_600, 6 * 3_600));
        compared += await CompareAsync(reader, admin.Vault, accounts, differences, "pending add-ons");

        // Evaluation 2: past the grace period (pending add-ons in force), new prices, a day more of interest.
        await f.Chain.IncreaseTimeAsync(86_400 + random.Next(60, 3_600));
        await MovePricesAsync(random, prices);
        await f.Chain.IncreaseTimeAsync(random.Next(1, 3_600));
        compared += await CompareAsync(reader, admin.Vault, accounts, differences, "add-ons in force");

        var message = $"compared {compared} accounts, {differences.Count} differences "
            + $"({accounts.Count} accounts x 2 blocks; {accounts.Count(x => x.IsCross)} cross; {withAddOnPending} holding an asset with a pending add-on at block 1; "
            + $"seed {seed}; setup {setup.TotalSeconds:0.0}s, total {clock.Elapsed.TotalSeconds:0.0}s)";
        output.WriteLine(message);
        Console.WriteLine(message);
        foreach (var line in differences.Take(20))
        {
            output.WriteLine(line);
            Console.WriteLine(line);
        }

        Assert.True(compared >= 1000, $"only {compared} accounts compared");
        Assert.Empty(differences);
    }

    private async Task<int> CompareAsync(OffChainMarginReader reader, MarginVaultService vault, List<AccountId> accounts, List<string> differences, string label)
    {
        var result = await reader.ReadAsync(accounts);
        var block = new BlockParameter(new Nethereum.Hex.HexTypes.HexBigInteger(result.Market.BlockNumber));
        output.WriteLine($"{label}: block {result.Market.BlockNumber}, {result.RpcCalls} RPC requests for {accounts.Count} accounts");
        var batch = new List<BigInteger>();
        var batchDebts = new List<BigInteger>();
        foreach (var chunk in accounts.Chunk(200))
        {
            var h = await vault.HealthBatchQueryAsync(new HealthBatchFunction { Owners = chunk.Select(a => a.Owner).ToList(), SubIds = chunk.Select(a => a.SubId).ToList() }, block);
            batch.AddRange(h.Healths);
            batchDebts.AddRange(h.Debts);
        }

        var liquidatable = 0;
        var aboveB1 = result.Accounts.Count(a => a.Snapshot?.Collateral.Any(c => c.Value >= BigInteger.Pow(10, 12)) == true);
        var withDebt = result.Accounts.Count(a => a.Snapshot?.Debt > 0);
        for (var i = 0; i < accounts.Count; i++)
        {
            var off = result.Accounts[i];
            var chain = (await vault.AccountStateQueryAsync(new AccountStateFunction { Owner = accounts[i].Owner, SubId = accounts[i].SubId }, block)).S;
            var snap = off.Snapshot;
            if (snap is null)
            {
                differences.Add($"{label} {accounts[i]}: off-chain could not compute: {off.Problem}");
                continue;
            }

            void Check(string what, BigInteger offChain, BigInteger onChain)
            {
                if (offChain != onChain)
                {
                    differences.Add($"{label} {accounts[i]} {what}: off-chain {offChain} vs chain {onChain} (diff {offChain - onChain})");
                }
            }

            Check("debt", snap.Debt, chain.Debt);
            Check("liquidationCapacity", snap.LiquidationCapacity, chain.LiquidationCapacity);
            Check("borrowCapacity", snap.BorrowCapacity, chain.BorrowCapacity);
            Check("health", snap.Health, chain.Health);
            Check("utilization", snap.Utilization, chain.Utilization);
            Check("healthBatch.health", off.ChainHealth!.Value, batch[i]);
            Check("healthBatch.debt", snap.Debt, batchDebts[i]);
            foreach (var asset in chain.Assets)
            {
                var row = snap.Collateral.FirstOrDefault(c => c.Asset.Equals(asset.Asset, StringComparison.OrdinalIgnoreCase));
                if (row is null)
                {
                    differences.Add($"{label} {accounts[i]}: asset {asset.Asset} missing off-chain");
                    continue;
                }

                Check($"{asset.Asset}.value", row.Value, asset.Value);
                Check($"{asset.Asset}.liquidationValue", row.LiquidationCapacity, asset.LiquidationValue);
                Check($"{asset.Asset}.borrowValue", row.BorrowCapacity, asset.BorrowValue);
            }

            if (snap.IsLiquidatable)
            {
                liquidatable++;
            }
        }

        output.WriteLine($"{label}: {withDebt} with debt, {aboveB1} holding an asset worth >= 1,000,000 USDC (past B1), {liquidatable} below health 1");
        return accounts.Count;
    }

    private async Task MovePricesAsync(Random random, Dictionary<string, decimal> prices)
    {
        foreach (var symbol in prices.Keys.ToList())
        {
            // Moves of -40% .. +30%, some beyond the circuit breaker (views still price them).
            var move = 0.60m + ((decimal)random.NextDouble() * 0.70m);
            prices[symbol] = decimal.Round(prices[symbol] * move, 6);
            await Fixture.SetPriceAsync(symbol, prices[symbol]);
        }
    }

    /// <summary>A random raw amount worth $50 .. $8M (30% above $900k, crossing B1 = 1,000,000 USDC), random down to the last unit.</summary>
    private static BigInteger RandomAmount(Random random, string symbol, decimal price, int decimals)
    {
        var usd = random.NextDouble() < 0.3 ? 900_000 + (random.NextDouble() * 7_100_000) : Math.Exp(Math.Log(50) + (random.NextDouble() * (Math.Log(900_000) - Math.Log(50))));
        if (symbol == "LINK")
        {
            // LINK's own breaks are 250k and 1M; its supply cap (10M LINK) bounds the total.
            usd = random.NextDouble() < 0.4 ? 200_000 + (random.NextDouble() * 1_100_000) : Math.Exp(Math.Log(50) + (random.NextDouble() * (Math.Log(200_000) - Math.Log(50))));
        }

        var whole = (BigInteger)(usd / (double)price * 1e6);
        var scale = BigInteger.Pow(10, Math.Max(0, decimals - 6));
        var raw = whole * scale;
        var dust = decimals > 6 ? new BigInteger(random.NextInt64(0, (long)BigInteger.Min(scale, long.MaxValue))) : BigInteger.Zero;
        return BigInteger.Max(raw + dust, 1);
    }
}
