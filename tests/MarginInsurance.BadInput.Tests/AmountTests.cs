using System.Numerics;
using CsCheck;
using MarginInsurance.Sdk;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using Nethereum.Signer;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.BadInput.Tests;

/// <summary>
/// Malformed amounts at the SDK boundary: typed errors naming the parameter, thrown before any RPC
/// (the client points at a fake node that counts requests).
/// </summary>
public sealed class AmountTests : IDisposable
{
    private readonly FakeRpc _rpc = new();

    public void Dispose() => _rpc.Dispose();

    private async Task<MarginClient> ConnectAsync()
    {
        var account = new Account(EthECKey.GenerateKey().GetPrivateKeyAsBytes(), FakeRpc.ChainId);
        return await MarginClient.ConnectAsync(_rpc.Url, account, Inputs.Deployment()).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void NegativeAndOversizedAmountsCannotBeBuilt()
    {
        Gen.Select(Gen.OneOf(Inputs.Negative, Inputs.Oversized), Gen.Int[0, TokenAmount.MaxDecimals]).Sample((raw, decimals) =>
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new TokenAmount(raw, decimals));
            Assert.Equal("raw", ex.ParamName);
            Assert.Contains(raw.Sign < 0 ? "negative" : "2^256-1", ex.Message, StringComparison.Ordinal);
        }, iter: Inputs.Iter);

        Gen.Select(Inputs.Uint256Positive, Gen.OneOf(Gen.Int[int.MinValue, -1], Gen.Int[TokenAmount.MaxDecimals + 1, int.MaxValue])).Sample((raw, decimals) =>
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new TokenAmount(raw, decimals));
            Assert.Equal("decimals", ex.ParamName);
        }, iter: Inputs.Iter);
    }

    [Fact]
    public void GarbageDecimalStringsAreFormatErrors()
    {
        // Anything that is not digits[.digits] is a FormatException quoting the input; never another type.
        Gen.Select(Inputs.Garbage, Gen.Int[0, 18])
            .Where((text, _) => !System.Text.RegularExpressions.Regex.IsMatch(text.Trim(), @"^[0-9]+(\.[0-9]+)?$"))
            .Sample((text, decimals) =>
            {
                var ex = Assert.Throws<FormatException>(() => TokenAmount.Parse(text, decimals));
                Assert.Contains("decimal", ex.Message, StringComparison.Ordinal);
            }, iter: Inputs.Iter);

        // Too many fraction digits for the token: FormatException naming both counts.
        Gen.Select(Gen.Int[0, 18], Gen.Int[1, 10], Gen.String[Gen.Char["0123456789"], 1, 30], (a, b, c) => (a, b, c)).Sample((decimals, extra, whole) =>
        {
            var text = $"{whole}.{new string('7', decimals + extra)}";
            var ex = Assert.Throws<FormatException>(() => TokenAmount.Parse(text, decimals));
            Assert.Contains($"has only {decimals}", ex.Message, StringComparison.Ordinal);
        }, iter: Inputs.Iter);

        // Well-formed but beyond 2^256-1: out of range, never an overflow or a silent wrap.
        Gen.Select(Gen.Int[79, 200], Gen.Int[0, 18]).Sample((digits, decimals) =>
        {
            var text = "9" + new string('9', digits);
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TokenAmount.Parse(text, decimals));
            Assert.Contains("2^256-1", ex.Message, StringComparison.Ordinal);
        }, iter: 100);

        // Round trip of well-formed amounts (the grammar accepts what it prints).
        Gen.Select(Inputs.Uint256Positive, Gen.Int[0, TokenAmount.MaxDecimals]).Sample((raw, decimals) =>
        {
            var amount = new TokenAmount(raw, decimals);
            Assert.Equal(amount, TokenAmount.Parse(amount.ToString(), decimals));
        }, iter: Inputs.Iter);
    }

    [Fact]
    public async Task WrongDecimalsAndZeroAmountsNameTheParameterAndSendNothing()
    {
        var client = await ConnectAsync();
        var deployment = client.Deployment;
        var account = AccountId.Cross("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var before = _rpc.Total;

        // One SDK call per generated case: (call, the decimals it wants, the parameter name).
        (string Name, int Decimals, string Parameter, Func<TokenAmount, Task> Call)[] calls =
        [
            ("Supply", 6, "amount", a => client.SupplyAsync(a)),
            ("Withdraw", 6, "amount", a => client.WithdrawAsync(a)),
            ("Borrow", 6, "amount", a => client.BorrowAsync(account, a)),
            ("Repay", 6, "amount", a => client.RepayAsync(account, a)),
            ("DepositInsurance", 6, "amount", a => client.DepositInsuranceAsync(a)),
            ("WithdrawInsurance", 6, "amount", a => client.WithdrawInsuranceAsync(a)),
            ("Liquidate", 6, "maxRepay", a => client.LiquidateAsync(account, "WETH", a)),
            ("DepositCollateral WETH", 18, "amount", a => client.DepositCollateralAsync(account, "WETH", a)),
            ("DepositCollateral WBTC", 8, "amount", a => client.DepositCollateralAsync(account, "wbtc", a)),
            ("WithdrawCollateral LINK", 18, "amount", a => client.WithdrawCollateralAsync(account, "LINK", a)),
            ("WithdrawCollateral by address", 8, "amount", a => client.WithdrawCollateralAsync(account, deployment.Collaterals[1].Token, a)),
        ];

        await Gen.Select(Gen.Int[0, calls.Length - 1], Gen.Int[0, TokenAmount.MaxDecimals], Inputs.Uint256Positive, Gen.Bool, (a, b, c, d) => (a, b, c, d))
            .Where((call, decimals, _, zero) => zero || decimals != calls[call].Decimals)
            .SampleAsync(async (call, decimals, raw, zero) =>
            {
                var (name, wanted, parameter, send) = calls[call];
                var amount = zero ? TokenAmount.Zero(wanted) : new TokenAmount(raw, decimals);
                var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => send(amount).WaitAsync(TimeSpan.FromSeconds(30)));
                Assert.Equal(parameter, ex.ParamName);
                Assert.Contains(zero ? "greater than zero" : $"has {decimals} decimals", ex.Message, StringComparison.Ordinal);
                Assert.True(zero ? ex is ArgumentOutOfRangeException : ex.GetType() == typeof(ArgumentException), $"{name}: {ex.GetType().Name}");
            }, iter: Inputs.Iter);

        Assert.Equal(before, _rpc.Total);
        Assert.Equal(0, _rpc.Sent);
    }

    [Fact]
    public async Task UnknownAssetsListTheKnownSymbolsAndSendNothing()
    {
        var client = await ConnectAsync();
        var account = AccountId.Cross("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        var before = _rpc.Total;
        var unknown = Gen.OneOf(Inputs.Garbage, Gen.String[Gen.Char.AlphaNumeric, 1, 12], Inputs.ValidAddress)
            .Where(s => !Inputs.Symbols.Contains(s, StringComparer.OrdinalIgnoreCase) && !client.Deployment.Collaterals.Any(c => c.Token.Equals(s, StringComparison.OrdinalIgnoreCase)));

        await Gen.Select(unknown, Gen.Int[0, 4]).SampleAsync(async (symbol, call) =>
        {
            Func<Task> send = call switch
            {
                0 => () => client.DepositCollateralAsync(account, symbol, TokenAmount.Parse("1", 18)),
                1 => () => client.WithdrawCollateralAsync(account, symbol, TokenAmount.Parse("1", 18)),
                2 => () => client.LiquidateAsync(account, symbol, client.Base("1")),
                3 => () => client.BalanceAsync(symbol),
                _ => () => Task.FromResult(client.Collateral(symbol, "1")),
            };
            var ex = await Assert.ThrowsAsync<UnknownAssetException>(() => send().WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal(symbol, ex.Asset);
            Assert.Contains("WETH, WBTC, LINK", ex.Message, StringComparison.Ordinal);
        }, iter: Inputs.Iter);

        Assert.Equal(before, _rpc.Total);
        Assert.Equal(0, _rpc.Sent);
    }

    [Fact]
    public async Task InsuranceShareCountsOutsideUint256NameSharesAndSendNothing()
    {
        var client = await ConnectAsync();
        var before = _rpc.Total;
        await Gen.OneOf(Inputs.Negative, Inputs.Oversized, Gen.Const(BigInteger.Zero)).SampleAsync(async shares =>
        {
            var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.RequestInsuranceWithdrawalAsync(shares).WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Equal("shares", ex.ParamName);
        }, iter: 100);

        Assert.Equal(before, _rpc.Total);
        Assert.Equal(0, _rpc.Sent);
    }
}
