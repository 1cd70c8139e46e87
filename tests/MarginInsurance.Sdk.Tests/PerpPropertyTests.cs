using System.Diagnostics;
using System.Numerics;
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.MockERC20;
using MarginInsurance.Contracts.MockERC20.ContractDefinition;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.OffChain;
using MarginInsurance.Sdk.Perps;
using Nethereum.Hex.HexTypes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.RPC.NonceServices;
using Nethereum.Signer;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Xunit.Abstractions;

namespace MarginInsurance.Sdk.Tests;

/// <summary>
/// Issue 19's exact-math property test: hundreds of random accounts mixing collateral, debt, perp cash and long and short
/// positions (cross and isolated, three markets, margin levels 0.5 / 1 / 1.5, an add-on in force and one pending, funding
/// accruing, prices moved) computed off-chain by MarginInsurance.Core (<see cref="OffChainPerpReader"/>) must equal the
/// vault's own views (perpMargin and perpHealthBatch at the same block) to the wei.
/// </summary>
public sealed class PerpPropertyTests(ChainFixture fixture, ITestOutputHelper output) : ChainTest(fixture)
{
    private const int Actors = 45;
    private const int AccountsPerActor = 12; // subId 0 (cross) + 11 isolated
    private const int Parallel = 9;
    private static readonly BigInteger MaxUint = BigInteger.Pow(2, 256) - 1;
    private static readonly BigInteger Wad = BigInteger.Pow(10, 18);

    private sealed record Plan(int SubId, List<(string Symbol, BigInteger Amount)> Collateral, BigInteger Borrow, BigInteger Cash, List<(int Market, BigInteger Delta)> Trades);

    [Fact]
    public async Task CoreAgreesWithTheVaultsPerpViewsToTheWei()
    {
        var clock = Stopwatch.StartNew();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("MARGIN_PROPERTY_SEED"), out var s) ? s : 20261130;
        var random = new Random(seed);
        var f = Fixture;
        var d = Deployment;
        var admin = f.Admin;

        // WETH add-on 500 bps in force (ETH-PERP and WETH collateral), LINK 300 bps announced (pending at evaluation 1).
        await admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(d.Collateral("WETH").Token, 500);
        await f.Chain.IncreaseTimeAsync(86_400 + 60);
        await f.RefreshPricesAsync();
        await admin.Vault.SetAddOnRequestAndWaitForReceiptAsync(d.Collateral("LINK").Token, 300);

        var lender = await f.CreateActorAsync(("USDC", "500000000"));
        await lender.SupplyAsync(lender.Base("500000000"));
        var lp = await f.CreateActorAsync(("USDC", "200000000"));
        await lp.DepositLiquidityAsync(lp.Base("200000000"));

        var prices = new Dictionary<string, decimal> { ["WETH"] = 2000m, ["WBTC"] = 60000m, ["LINK"] = 15m };
        var keys = Enumerable.Range(0, Actors).Select(_ => new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), f.ChainId)).ToList();
        for (var a = 0; a < Actors; a++)
        {
            await f.Chain.SetBalanceAsync(keys[a].Address, BigInteger.Pow(10, 22));
            var level = (a % 6) switch { 0 => Wad / 2, 1 => Wad * 3 / 2, _ => BigInteger.Zero };
            if (!level.IsZero)
            {
                await PerpCall.SendAsync(admin.Vault, new SetMarginLevelFunction { Owner = keys[a].Address, LevelWad = level });
            }
        }

        var plans = keys.Select(k => Enumerable.Range(0, AccountsPerActor).Select(sub => PlanFor(random, sub, prices)).ToList()).ToList();
        var failed = 0;
        foreach (var group in Enumerable.Range(0, Actors).Chunk(Parallel))
        {
            var counts = await Task.WhenAll(group.Select(a => SeedActorAsync(keys[a], plans[a])));
            failed += counts.Sum();
        }

        var accounts = keys.SelectMany((k, a) => plans[a].Select(p => new AccountId(k.Address, p.SubId))).ToList();
        accounts.Add(new AccountId(lender.Signer, 0)); // lender and LP: nothing in the vault's margin
        accounts.Add(new AccountId(lp.Signer, 3));
        var setup = clock.Elapsed;
        output.WriteLine($"seeded {accounts.Count} accounts in {setup.TotalSeconds:0.0}s ({failed} of the planned transactions reverted, e.g. beyond margin after tier cuts and add-ons)");

        var reader = new OffChainPerpReader(admin.Web3, d);
        var differences = new List<string>();
        var compared = 0;

        // Evaluation 1: a few hours of funding and interest, prices moved −25 % … +30 %; LINK's add-on still pending.
        await f.Chain.IncreaseTimeAsync(random.Next(3_600, 6 * 3_600));
        await MovePricesAsync(random, prices);
        compared += await CompareAsync(reader, admin.Vault, accounts, differences, "eval 1 (LINK add-on pending)");

        // Evaluation 2: a day later (LINK's add-on in force), prices moved again.
        await f.Chain.IncreaseTimeAsync(86_400 + random.Next(60, 3_600));
        await MovePricesAsync(random, prices);
        compared += await CompareAsync(reader, admin.Vault, accounts, differences, "eval 2 (add-ons in force)");

        var message = $"perps property: compared {compared} account states ({accounts.Count} accounts x 2 blocks), {differences.Count} differences; seed {seed}; setup {setup.TotalSeconds:0.0}s, total {clock.Elapsed.TotalSeconds:0.0}s";
        output.WriteLine(message);
        Console.WriteLine(message);
        foreach (var line in differences.Take(20))
        {
            output.WriteLine(line);
            Console.WriteLine(line);
        }

        Assert.True(accounts.Count >= 500, $"only {accounts.Count} accounts");
        Assert.Empty(differences);
    }

    private async Task<int> CompareAsync(OffChainPerpReader reader, MarginVaultService vault, List<AccountId> accounts, List<string> differences, string label)
    {
        var off = await reader.ReadAsync(accounts);
        var block = new BlockParameter(new HexBigInteger(off.BlockNumber));
        var healths = new List<BigInteger>();
        var initials = new List<BigInteger>();
        foreach (var chunk in accounts.Chunk(100))
        {
            var batch = await PerpCall.QueryAsync<PerpHealthBatchFunction, PerpHealthBatchOutputDTO>(vault,
                new PerpHealthBatchFunction { Owners = chunk.Select(a => a.Owner).ToList(), SubIds = chunk.Select(a => a.SubId).ToList() }, block);
            healths.AddRange(batch.Healths);
            initials.AddRange(batch.InitialHealths);
        }

        var margins = await PerpMarginsAsync(accounts, block);
        var globals = await PerpCall.QueryAsync<PerpGlobalsFunction, PerpGlobalsOutputDTO>(vault, new PerpGlobalsFunction(), block);
        int withPositions = 0, longs = 0, shorts = 0, crossMixed = 0, liquidatable = 0, withFunding = 0, tiered = 0;
        for (var i = 0; i < accounts.Count; i++)
        {
            var o = off.Accounts[i];
            var c = margins[i];
            if (o.Margin is not { } m)
            {
                differences.Add($"{label} {accounts[i]}: off-chain could not compute: {o.Problem}");
                continue;
            }

            void Check(string what, BigInteger offChain, BigInteger onChain)
            {
                if (offChain != onChain) differences.Add($"{label} {accounts[i]} {what}: Core {offChain} vs chain {onChain} (diff {offChain - onChain})");
            }

            Check("numeratorL", m.NumeratorL, c.NumeratorL);
            Check("numeratorC", m.NumeratorC, c.NumeratorC);
            Check("debt", m.Debt, c.Debt);
            Check("maintenance", m.Maintenance, c.Maintenance);
            Check("initial", m.Initial, c.Initial);
            Check("health", m.Health, c.Health);
            Check("initialHealth", m.InitialHealth, c.InitialHealth);
            Check("perpHealthBatch.health", m.Health, healths[i]);
            Check("perpHealthBatch.initialHealth", m.InitialHealth, initials[i]);
            if (o.Positions.Count > 0) withPositions++;
            longs += o.Positions.Count(p => p.Stored.Size.Sign > 0);
            shorts += o.Positions.Count(p => p.Stored.Size.Sign < 0);
            withFunding += o.Positions.Count(p => !p.Value.FundingOwed.IsZero);
            tiered += o.Positions.Count(p => p.Value.Notional > off.Markets[p.MarketId].Inputs.NotionalBreak1);
            if (accounts[i].IsCross && o.Positions.Count > 0 && m.Debt > 0) crossMixed++;
            if (m.Health < Wad) liquidatable++;
        }

        var cashSum = off.Accounts.Aggregate(BigInteger.Zero, (acc, a) => acc + a.Cash);
        if (cashSum != globals.TotalCash) differences.Add($"{label}: Σ cash {cashSum} vs perpGlobals.totalCash {globals.TotalCash}");
        var line = $"{label}: block {off.BlockNumber}, {off.RpcCalls} RPC requests off-chain; {withPositions} accounts with positions ({longs} long, {shorts} short, "
            + $"{withFunding} owing or owed funding, {tiered} past notional break 1), {crossMixed} cross accounts with collateral, debt and positions, {liquidatable} below health 1";
        output.WriteLine(line);
        Console.WriteLine(line);
        return accounts.Count;
    }

    private async Task<List<PerpMarginOutputDTO>> PerpMarginsAsync(List<AccountId> accounts, BlockParameter block)
    {
        var calls = accounts.Select(a => PerpCall.Encode(new PerpMarginFunction { Owner = a.Owner, SubId = a.SubId })).ToList();
        var (results, _) = await PerpCall.ViewManyAsync(Fixture.Admin.Web3, Deployment.Multicall3, Deployment.MarginVault, calls, block, pageSize: 100);
        return results.Select(PerpCall.Decode<PerpMarginOutputDTO>).ToList();
    }

    /// <summary>Sends every transaction of one actor without waiting for receipts (automine mines each on arrival); returns how many reverted.</summary>
    private async Task<int> SeedActorAsync(Account key, List<Plan> plans)
    {
        var d = Deployment;
        var web3 = new Web3(key, Fixture.RpcUrl);
        key.NonceService = new InMemoryNonceService(key.Address, web3.Client);
        var vault = new MarginVaultService(web3, d.MarginVault);
        var gas = new BigInteger(2_000_000);
        var hashes = new List<string>();
        var reverted = 0;
        // Hardhat's automine mines a reverting transaction and answers the send with the error: count it, keep going.
        async Task Send(Func<Task<string>> send)
        {
            try
            {
                hashes.Add(await send());
            }
            catch (Nethereum.JsonRpc.Client.RpcResponseException e) when (e.Message.Contains("reverted", StringComparison.Ordinal))
            {
                reverted++;
            }
        }

        var mints = plans.SelectMany(p => p.Collateral).GroupBy(c => c.Symbol).Select(g => (Token: d.Collateral(g.Key).Token, Amount: g.Aggregate(BigInteger.Zero, (acc, x) => acc + x.Amount)))
            .Append((Token: d.BaseAsset, Amount: plans.Aggregate(BigInteger.Zero, (acc, p) => acc + p.Cash) + 1));
        foreach (var (token, amount) in mints)
        {
            var erc20 = new MockERC20Service(web3, token);
            await Send(() => erc20.MintRequestAsync(new MintFunction { To = key.Address, Amount = amount, Gas = gas }));
            await Send(() => erc20.ApproveRequestAsync(new ApproveFunction { Spender = d.MarginVault, Value = MaxUint, Gas = gas }));
        }

        foreach (var plan in plans)
        {
            foreach (var (symbol, amount) in plan.Collateral)
            {
                await Send(() => vault.DepositCollateralRequestAsync(new DepositCollateralFunction { Owner = key.Address, SubId = plan.SubId, Asset = d.Collateral(symbol).Token, Amount = amount, Gas = gas }));
            }

            if (plan.Borrow > 0)
            {
                await Send(() => vault.BorrowRequestAsync(new BorrowFunction { Owner = key.Address, SubId = plan.SubId, Amount = plan.Borrow, Receiver = key.Address, Gas = gas }));
            }

            if (plan.Cash > 0)
            {
                await Send(() => vault.PerpRequestAsync(new PerpFunction { Call = PerpCall.Encode(new TransferMarginFunction { Owner = key.Address, SubId = plan.SubId, Amount = plan.Cash, Receiver = key.Address }), Gas = gas }));
            }

            foreach (var (market, delta) in plan.Trades)
            {
                await Send(() => vault.PerpRequestAsync(new PerpFunction { Call = PerpCall.Encode(new ModifyPositionFunction { Owner = key.Address, SubId = plan.SubId, MarketId = market, SizeDelta = delta, MaxFee = MaxUint }), Gas = gas }));
            }
        }

        foreach (var hash in hashes)
        {
            var receipt = await web3.Eth.Transactions.GetTransactionReceipt.SendRequestAsync(hash);
            if (receipt?.Status?.Value != 1) reverted++;
        }

        return reverted;
    }

    private static Plan PlanFor(Random random, int sub, Dictionary<string, decimal> prices)
    {
        double LogUniform(double lo, double hi) => Math.Exp(Math.Log(lo) + (random.NextDouble() * (Math.Log(hi) - Math.Log(lo))));
        BigInteger Units(double usd, string symbol, int decimals) => (BigInteger)(usd / (double)prices[symbol] * 1e6) * BigInteger.Pow(10, decimals - 6) + random.Next(0, 1000);
        BigInteger Size(double notionalUsd, int market) =>
            (BigInteger)(Math.Min(notionalUsd, 2_000_000) / (double)prices[new[] { "WETH", "WBTC", "LINK" }[market]] * 1e9) * BigInteger.Pow(10, 9) + random.Next(1, 1_000_000);
        var collateral = new List<(string, BigInteger)>();
        var trades = new List<(int, BigInteger)>();
        BigInteger borrow = 0, cash = 0;
        double available = 0;
        var kind = sub == 0 ? "cross" : random.NextDouble() switch { < 0.55 => "perp", < 0.85 => "spot", _ => "cash" };
        switch (kind)
        {
            case "cross":
            {
                string[] symbols = random.Next(3) switch { 0 => ["WETH"], 1 => ["WBTC"], _ => ["WETH", "WBTC"] };
                double value = 0;
                foreach (var symbol in symbols)
                {
                    var usd = random.NextDouble() < 0.2 ? 900_000 + (random.NextDouble() * 600_000) : LogUniform(1_000, 900_000);
                    collateral.Add((symbol, Units(usd, symbol, symbol == "WBTC" ? 8 : 18)));
                    value += usd;
                }

                var fraction = random.NextDouble() < 0.3 ? 0 : random.NextDouble() * 0.5;
                borrow = (BigInteger)(value * 0.8 * fraction * 1e6);
                var cashUsd = random.NextDouble() < 0.3 ? 0 : LogUniform(100, 50_000);
                cash = (BigInteger)(cashUsd * 1e6);
                available = (value * 0.8 * (1 - fraction)) + cashUsd;
                var k = random.Next(0, 4);
                foreach (var market in Enumerable.Range(0, 3).OrderBy(_ => random.Next()).Take(k))
                {
                    var notional = available * (0.5 + (random.NextDouble() * 7.5)) / Math.Max(k, 1);
                    trades.Add((market, (random.Next(2) == 0 ? 1 : -1) * Size(notional, market)));
                }

                break;
            }

            case "perp":
            {
                var cashUsd = LogUniform(50, 200_000);
                cash = (BigInteger)(cashUsd * 1e6);
                var market = random.Next(3);
                var leverage = 1 + (random.NextDouble() * (market == 2 ? 6 : 12));
                var side = random.Next(2) == 0 ? 1 : -1;
                trades.Add((market, side * Size(cashUsd * leverage, market)));
                if (random.NextDouble() < 0.3)
                {
                    trades.Add((market, side * Size(cashUsd * random.NextDouble(), market))); // an increase
                }

                if (random.NextDouble() < 0.2)
                {
                    trades.Add((market, -side * Size(cashUsd * 0.3, market))); // a partial reduce
                }

                break;
            }

            case "spot":
            {
                var symbol = new[] { "WETH", "WBTC", "LINK" }[random.Next(3)];
                var usd = LogUniform(100, 1_200_000);
                collateral.Add((symbol, Units(usd, symbol, symbol == "WBTC" ? 8 : 18)));
                borrow = (BigInteger)(usd * (symbol == "LINK" ? 0.6 : 0.75) * random.NextDouble() * 1e6);
                break;
            }

            default:
                cash = (BigInteger)(LogUniform(10, 10_000) * 1e6);
                break;
        }

        return new Plan(sub, collateral, borrow, cash, trades);
    }

    private async Task MovePricesAsync(Random random, Dictionary<string, decimal> prices)
    {
        foreach (var symbol in prices.Keys.ToList())
        {
            var move = 0.75m + ((decimal)random.NextDouble() * 0.55m);
            prices[symbol] = decimal.Round(prices[symbol] * move, 6);
            await Fixture.SetPriceAsync(symbol, prices[symbol]);
        }
    }
}
