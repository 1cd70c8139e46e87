using System.Numerics;
using MarginInsurance.Core;
using MarginInsurance.Contracts.InsurancePool;
using MarginInsurance.Contracts.MarginVault;
using MarginInsurance.Contracts.MarginVault.ContractDefinition;
using MarginInsurance.Contracts.OracleRouter;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.Amounts;
using MarginInsurance.Sdk.Deployments;
using MarginInsurance.Sdk.Errors;
using Nethereum.Contracts;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;

namespace MarginInsurance.Sdk;

/// <summary>
/// The MarginInsurance SDK entry point: every user flow of the protocol (lend, trade on cross or
/// isolated margin, insure, liquidate) and its reads, over the generated bindings. Token amounts are
/// <see cref="TokenAmount"/>s checked against the asset's decimals; ERC-20 approvals are exact; every
/// contract revert surfaces as a <see cref="MarginProtocolException"/> with a readable message.
/// </summary>
public sealed partial class MarginClient
{

    private MarginClient(IWeb3 web3, DeploymentFile deployment, string signer)
    {
        Web3 = web3;
        Deployment = deployment;
        Signer = signer;
        Vault = new MarginVaultService(web3, deployment.MarginVault);
        Insurance = new InsurancePoolService(web3, deployment.InsurancePool);
        Oracle = new OracleRouterService(web3, deployment.OracleRouter);
    }

    /// <summary>The underlying Web3 (signing with <see cref="Signer"/>).</summary>
    public IWeb3 Web3 { get; }

    /// <summary>The deployment this client talks to.</summary>
    public DeploymentFile Deployment { get; }

    /// <summary>The signer's address.</summary>
    public string Signer { get; }

    /// <summary>The vault binding, for anything the SDK does not wrap.</summary>
    public MarginVaultService Vault { get; }

    /// <summary>The insurance pool binding.</summary>
    public InsurancePoolService Insurance { get; }

    /// <summary>The oracle router binding.</summary>
    public OracleRouterService Oracle { get; }

    /// <summary>
    /// Connects to <paramref name="rpcUrl"/> as <paramref name="account"/> and checks that the RPC's chain
    /// id is the deployment's.
    /// </summary>
    /// <exception cref="WrongChainException">The RPC serves another chain.</exception>
    public static async Task<MarginClient> ConnectAsync(string rpcUrl, Account account, DeploymentFile deployment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!Uri.TryCreate(rpcUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"rpcUrl: '{rpcUrl}' is not an http(s) URL such as http://127.0.0.1:8545", nameof(rpcUrl));
        }

        var client = new Nethereum.JsonRpc.Client.RpcClient(uri, new HttpClient(new JsonRpcIdCheck(new SocketsHttpHandler())));
        var web3 = new Web3(account, client);
        web3.TransactionManager = new GasHeadroomTransactionManager(client, account, deployment.ChainId);
        cancellationToken.ThrowIfCancellationRequested();
        // A node may answer null or a value beyond Int64: compare as BigInteger, never cast blindly.
        var chainId = await RpcAnswer($"eth_chainId from {rpcUrl}", async () =>
            (await web3.Eth.ChainId.SendRequestAsync().ConfigureAwait(false) ?? throw new RpcAnswerException($"eth_chainId from {rpcUrl}: the answer has no chain id")).Value).ConfigureAwait(false);
        if (chainId != deployment.ChainId)
        {
            throw new WrongChainException(deployment.Network, deployment.ChainId, chainId);
        }

        return new MarginClient(web3, deployment, account.Address);
    }

    /// <summary>A base-asset amount from a human decimal string, e.g. <c>Base("1000.5")</c>.</summary>
    public TokenAmount Base(string amount) => TokenAmount.Parse(amount, Deployment.BaseDecimals);

    /// <summary>A collateral amount from a human decimal string, e.g. <c>Collateral("WETH", "1.5")</c>.</summary>
    public TokenAmount Collateral(string symbol, string amount) => TokenAmount.Parse(amount, Deployment.Collateral(symbol).Decimals);

    /* LENDING */

    /// <summary>Supplies the base asset to the market (approving exactly <paramref name="amount"/>).</summary>
    public async Task<TransactionReceipt> SupplyAsync(TokenAmount amount, CancellationToken cancellationToken = default)
    {
        RequireBase(amount, nameof(amount));
        await ApproveAsync(Deployment.BaseAsset, Deployment.MarginVault, amount.Raw, cancellationToken).ConfigureAwait(false);
        return await SendAsync(c => Vault.SupplyRequestAndWaitForReceiptAsync(new SupplyFunction { Amount = amount.Raw, OnBehalf = Signer }, c), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Withdraws supplied base asset; null withdraws everything.</summary>
    public Task<TransactionReceipt> WithdrawAsync(TokenAmount? amount, string? receiver = null, CancellationToken cancellationToken = default)
    {
        if (amount is { } a)
        {
            RequireBase(a, nameof(amount));
        }

        var to = receiver is null ? Signer : Address.Require(receiver, nameof(receiver));
        return SendAsync(c => Vault.WithdrawRequestAndWaitForReceiptAsync(new WithdrawFunction { Amount = amount?.Raw ?? WadMath.MaxUint256, Receiver = to }, c), cancellationToken);
    }

    /* MARGIN */

    /// <summary>Deposits collateral into a cross (subId 0) or isolated (subId ≥ 1) account.</summary>
    public async Task<TransactionReceipt> DepositCollateralAsync(AccountId account, string asset, TokenAmount amount, CancellationToken cancellationToken = default)
    {
        var collateral = RequireCollateral(asset, amount, nameof(amount));
        await ApproveAsync(collateral.Token, Deployment.MarginVault, amount.Raw, cancellationToken).ConfigureAwait(false);
        return await SendAsync(c => Vault.DepositCollateralRequestAndWaitForReceiptAsync(new DepositCollateralFunction
        {
            Owner = account.Owner, SubId = account.SubId, Asset = collateral.Token, Amount = amount.Raw,
        }, c), cancellationToken, collateral.Token).ConfigureAwait(false);
    }

    /// <summary>Withdraws collateral; the account must stay at or above its initial margin.</summary>
    public Task<TransactionReceipt> WithdrawCollateralAsync(AccountId account, string asset, TokenAmount amount, string? receiver = null, CancellationToken cancellationToken = default)
    {
        var collateral = RequireCollateral(asset, amount, nameof(amount));
        var to = receiver is null ? Signer : Address.Require(receiver, nameof(receiver));
        return SendAsync(c => Vault.WithdrawCollateralRequestAndWaitForReceiptAsync(new WithdrawCollateralFunction
        {
            Owner = account.Owner, SubId = account.SubId, Asset = collateral.Token, Amount = amount.Raw, Receiver = to,
        }, c), cancellationToken, collateral.Token);
    }

    /// <summary>Borrows the base asset against an account; reverts with InsufficientMargin beyond its borrow capacity.</summary>
    public Task<TransactionReceipt> BorrowAsync(AccountId account, TokenAmount amount, string? receiver = null, CancellationToken cancellationToken = default)
    {
        RequireBase(amount, nameof(amount));
        var to = receiver is null ? Signer : Address.Require(receiver, nameof(receiver));
        return SendAsync(c => Vault.BorrowRequestAndWaitForReceiptAsync(new BorrowFunction
        {
            Owner = account.Owner, SubId = account.SubId, Amount = amount.Raw, Receiver = to,
        }, c), cancellationToken);
    }

    /// <summary>Repays debt of any account; null repays all of it.</summary>
    public async Task<TransactionReceipt> RepayAsync(AccountId account, TokenAmount? amount, CancellationToken cancellationToken = default)
    {
        BigInteger approve;
        if (amount is { } a)
        {
            RequireBase(a, nameof(amount));
            approve = a.Raw;
        }
        else
        {
            // Interest accrues until the repay is mined: allow one basis point of headroom, then clear the rest.
            var debt = await Vault.DebtOfQueryAsync(account.Owner, account.SubId).ConfigureAwait(false);
            approve = debt + (debt / WadMath.BPS) + 1;
        }

        await ApproveAsync(Deployment.BaseAsset, Deployment.MarginVault, approve, cancellationToken).ConfigureAwait(false);
        var receipt = await SendAsync(c => Vault.RepayRequestAndWaitForReceiptAsync(new RepayFunction
        {
            Owner = account.Owner, SubId = account.SubId, Amount = amount?.Raw ?? WadMath.MaxUint256,
        }, c), cancellationToken).ConfigureAwait(false);
        await ClearAllowanceAsync(Deployment.BaseAsset, Deployment.MarginVault, cancellationToken).ConfigureAwait(false);
        return receipt;
    }

    /// <summary>Approves or revokes an operator that may act for the signer's accounts.</summary>
    public Task<TransactionReceipt> SetOperatorAsync(string operatorAddress, bool approved, CancellationToken cancellationToken = default)
    {
        var op = Address.Require(operatorAddress, nameof(operatorAddress));
        return SendAsync(c => Vault.SetOperatorRequestAndWaitForReceiptAsync(new SetOperatorFunction { Operator = op, Approved = approved }, c), cancellationToken);
    }

    /* LIQUIDATION */

    /// <summary>
    /// Liquidates an account with health below 1: repays up to <paramref name="maxRepay"/> (capped by the
    /// close factor) and receives collateral <paramref name="asset"/> with the liquidation bonus.
    /// </summary>
    public async Task<LiquidationResult> LiquidateAsync(AccountId account, string asset, TokenAmount maxRepay, CancellationToken cancellationToken = default)
    {
        RequireBase(maxRepay, nameof(maxRepay));
        var collateral = Deployment.Collateral(asset);
        var config = (await Vault.CollateralConfigQueryAsync(collateral.Token).ConfigureAwait(false)).ReturnValue1;
        var market = (await Vault.MarketParamsQueryAsync().ConfigureAwait(false)).ReturnValue1;
        var repayCap = BigInteger.Min(maxRepay.Raw, await Vault.DebtOfQueryAsync(account.Owner, account.SubId).ConfigureAwait(false) + 1);
        var fee = WadMath.MulDivUp(repayCap, (BigInteger)config.LiquidationBonusBps * market.ProtocolShareBps, WadMath.BPS * WadMath.BPS);
        await ApproveAsync(Deployment.BaseAsset, Deployment.MarginVault, repayCap + fee + 1, cancellationToken).ConfigureAwait(false);
        var receipt = await SendAsync(c => Vault.LiquidateRequestAndWaitForReceiptAsync(new LiquidateFunction
        {
            Owner = account.Owner, SubId = account.SubId, CollateralAsset = collateral.Token, MaxRepay = maxRepay.Raw, Data = [],
        }, c), cancellationToken).ConfigureAwait(false);
        await ClearAllowanceAsync(Deployment.BaseAsset, Deployment.MarginVault, cancellationToken).ConfigureAwait(false);
        var ev = receipt.DecodeAllEvents<LiquidateEventDTO>().Single().Event;
        var bad = receipt.DecodeAllEvents<BadDebtRealizedEventDTO>().Select(e => e.Event).SingleOrDefault();
        return new LiquidationResult(
            receipt.TransactionHash,
            new TokenAmount(ev.Repaid, Deployment.BaseDecimals),
            new TokenAmount(ev.Seized, collateral.Decimals),
            new TokenAmount(ev.Fee, Deployment.BaseDecimals),
            new Wad(ev.HealthBefore),
            new Wad(ev.HealthAfter),
            receipt.GasUsed.Value,
            new TokenAmount(bad?.BadDebt ?? 0, Deployment.BaseDecimals),
            new TokenAmount(bad?.Covered ?? 0, Deployment.BaseDecimals),
            new TokenAmount(bad?.Socialized ?? 0, Deployment.BaseDecimals));
    }

    /* INSURANCE */

    /// <summary>Deposits the base asset into the insurance pool (ERC-4626).</summary>
    public async Task<TransactionReceipt> DepositInsuranceAsync(TokenAmount amount, CancellationToken cancellationToken = default)
    {
        RequireBase(amount, nameof(amount));
        await ApproveAsync(Deployment.BaseAsset, Deployment.InsurancePool, amount.Raw, cancellationToken).ConfigureAwait(false);
        return await SendAsync(c => Insurance.DepositRequestAndWaitForReceiptAsync(
            new Contracts.InsurancePool.ContractDefinition.DepositFunction { Assets = amount.Raw, Receiver = Signer }, c), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the withdrawal cooldown for <paramref name="shares"/> pool shares.</summary>
    public Task<TransactionReceipt> RequestInsuranceWithdrawalAsync(BigInteger shares, CancellationToken cancellationToken = default)
    {
        if (shares.Sign <= 0 || shares > WadMath.MaxUint256)
        {
            throw new ArgumentOutOfRangeException(nameof(shares), shares, "shares must be 1..2^256-1 pool shares");
        }

        return SendAsync(c => Insurance.RequestWithdrawRequestAndWaitForReceiptAsync(
            new Contracts.InsurancePool.ContractDefinition.RequestWithdrawFunction { Shares = shares }, c), cancellationToken);
    }

    /// <summary>Withdraws base asset from the insurance pool inside the withdrawal window.</summary>
    public Task<TransactionReceipt> WithdrawInsuranceAsync(TokenAmount amount, CancellationToken cancellationToken = default)
    {
        RequireBase(amount, nameof(amount));
        return SendAsync(c => Insurance.WithdrawRequestAndWaitForReceiptAsync(
            new Contracts.InsurancePool.ContractDefinition.WithdrawFunction { Assets = amount.Raw, Receiver = Signer, Owner = Signer }, c), cancellationToken);
    }

    /* PLUMBING */

    /// <summary>
    /// Runs an RPC round trip and turns a malformed answer (empty body, garbage, wrong JSON shape, non-hex
    /// result), which Nethereum surfaces as whatever its parser threw, into one <see cref="RpcAnswerException"/>.
    /// Transport and JSON-RPC errors (HttpRequestException, RpcResponseException, ...) pass through.
    /// </summary>
    private static async Task<T> RpcAnswer<T>(string what, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FormatException or NullReferenceException or InvalidCastException or OverflowException
                                       or IndexOutOfRangeException or ArgumentException or Newtonsoft.Json.JsonException
                                   || ex.GetType() == typeof(Exception))
        {
            throw new RpcAnswerException($"{what}: the RPC's answer is malformed ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    private void RequireBase(TokenAmount amount, string parameter)
    {
        if (amount.Decimals != Deployment.BaseDecimals)
        {
            throw new ArgumentException(
                $"{parameter}: amount has {amount.Decimals} decimals but the base asset {Deployment.BaseSymbol} has {Deployment.BaseDecimals}; build it with client.Base(\"...\")", parameter);
        }

        if (amount.IsZero)
        {
            throw new ArgumentOutOfRangeException(parameter, "the amount must be greater than zero");
        }
    }

    private DeployedCollateral RequireCollateral(string asset, TokenAmount amount, string parameter)
    {
        var collateral = Deployment.Collateral(asset);
        if (amount.Decimals != collateral.Decimals)
        {
            throw new ArgumentException(
                $"{parameter}: amount has {amount.Decimals} decimals but {collateral.Symbol} has {collateral.Decimals}; build it with client.Collateral(\"{collateral.Symbol}\", \"...\")", parameter);
        }

        if (amount.IsZero)
        {
            throw new ArgumentOutOfRangeException(parameter, "the amount must be greater than zero");
        }

        return collateral;
    }

    private async Task ApproveAsync(string token, string spender, BigInteger amount, CancellationToken cancellationToken)
    {
        var erc20 = Web3.Eth.ERC20.GetContractService(token);
        if (await erc20.AllowanceQueryAsync(Signer, spender).ConfigureAwait(false) >= amount)
        {
            return;
        }

        await SendAsync(c => erc20.ApproveRequestAndWaitForReceiptAsync(
            new Nethereum.Contracts.Standards.ERC20.ContractDefinition.ApproveFunction { Spender = spender, Value = amount }, c.Token), cancellationToken, token).ConfigureAwait(false);
    }

    private async Task ClearAllowanceAsync(string token, string spender, CancellationToken cancellationToken)
    {
        var erc20 = Web3.Eth.ERC20.GetContractService(token);
        if (await erc20.AllowanceQueryAsync(Signer, spender).ConfigureAwait(false) > 0)
        {
            await SendAsync(c => erc20.ApproveRequestAndWaitForReceiptAsync(
                new Nethereum.Contracts.Standards.ERC20.ContractDefinition.ApproveFunction { Spender = spender, Value = 0 }, c.Token), cancellationToken, token).ConfigureAwait(false);
        }
    }

    // token: the token the call transfers (named in ERC-20 errors); the base asset when null.
    private async Task<TransactionReceipt> SendAsync(Func<CancellationTokenSource, Task<TransactionReceipt>> send, CancellationToken cancellationToken, string? token = null)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receipt = await ProtocolErrors.Guard(() => send(cts), new ErrorContext(Deployment, token ?? Deployment.BaseAsset)).ConfigureAwait(false);
        if (receipt.Status?.Value != 1)
        {
            throw new TransactionFailedException(receipt.TransactionHash);
        }

        return receipt;
    }
}

/// <summary>The RPC serves a different chain than the deployment file describes.</summary>
public sealed class WrongChainException(string network, long expected, BigInteger actual)
    : Exception($"deployment '{network}' is on chain {expected} but the RPC serves chain {actual}; connect to a node of chain {expected}, or load the deployment file of chain {actual}")
{
    /// <summary>The deployment's chain id.</summary>
    public long Expected { get; } = expected;

    /// <summary>The RPC's chain id.</summary>
    public BigInteger Actual { get; } = actual;
}

/// <summary>
/// Rejects a JSON-RPC answer whose id is not the request's (a confused node or proxy answering another
/// request): Nethereum does not check ids, and such an answer would be taken for this request's.
/// </summary>
internal sealed class JsonRpcIdCheck(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sentId = request.Content is null ? null : IdOf(await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (sentId is null || !response.IsSuccessStatusCode)
        {
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var answeredId = IdOf(body);
        if (answeredId is not null && answeredId != sentId)
        {
            throw new RpcAnswerException($"the RPC answered request id {sentId} with id {answeredId}; it is not an answer to this request");
        }

        return response;
    }

    private static string? IdOf(string json)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out var id)
                ? id.GetRawText().Trim('"')
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>The RPC answered, but not with a valid answer to the request (empty, garbage, wrong shape).</summary>
public sealed class RpcAnswerException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A transaction was mined but failed without revert data.</summary>
public sealed class TransactionFailedException(string hash) : Exception($"transaction {hash} failed on-chain");
