using System.Numerics;
using MarginInsurance.Contracts.OracleRouter;
using MarginInsurance.Sdk.Deployments;
using Microsoft.Extensions.Logging;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.ABI.Model;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Hex.HexTypes;
using Nethereum.JsonRpc.Client;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Web3;

namespace MarginInsurance.Keeper.Chain;

/// <summary>A price update seen in the node's pending pool, before it is mined.</summary>
/// <param name="Asset">The collateral token the feed prices.</param>
/// <param name="PriceWad">The new answer scaled to WAD (as OracleRouter scales it).</param>
/// <param name="Transaction">The pending transaction (sender, call, fees), replayed first when simulating.</param>
public sealed record PendingPriceUpdate(string Asset, BigInteger PriceWad, Transaction Transaction)
{
    /// <summary>
    /// <paramref name="ours"/> lowered to one wei under the update's fee cap and tip (a legacy update: its gas price and
    /// what it leaves over the base fee), never under the base fee: a node that orders its pool by fee, whether by tip,
    /// cap or effective price, mines the update first and the back-run right after it.
    /// </summary>
    public Fees FeesBehind(Fees ours)
    {
        ArgumentNullException.ThrowIfNull(ours);
        var theirCap = Transaction.MaxFeePerGas?.Value ?? Transaction.GasPrice?.Value ?? BigInteger.Zero;
        var theirTip = Transaction.MaxPriorityFeePerGas?.Value ?? BigInteger.Max(BigInteger.Zero, theirCap - ours.BaseFee);
        var cap = BigInteger.Max(ours.BaseFee, BigInteger.Min(ours.MaxFeePerGas, theirCap - 1));
        var tip = BigInteger.Min(cap, BigInteger.Min(ours.MaxPriorityFeePerGas, BigInteger.Max(BigInteger.Zero, theirTip - 1)));
        return new Fees(ours.BaseFee, tip, cap);
    }
}

/// <summary>
/// Watches the node's pending transactions (eth_newPendingTransactionFilter, polled with eth_getFilterChanges) for
/// price updates of the feeds behind OracleRouter: the local oracle's <c>setAnswer(int256)</c> and a Chainlink OCR2
/// aggregator's <c>transmit</c> (the new answer is the median observation of the report, as the aggregator stores it).
/// Keeper:BackRunOracleUpdates turns it on; a node without pending filters turns it off with a warning.
/// </summary>
internal sealed class PendingOracleWatch(IWeb3 web3, DeploymentFile deployment, ILogger logger)
{
    private readonly Dictionary<string, (string Asset, int Decimals)> _feeds = new(StringComparer.OrdinalIgnoreCase);
    private readonly byte[] _setAnswer = new SetAnswerFunction().GetCallData()[..4];
    private readonly byte[] _transmit = new TransmitFunction().GetCallData()[..4];
    private string? _filter;
    private int _requestId;

    /// <summary>False once the node refused pending filters: nothing to watch.</summary>
    public bool Available { get; private set; } = true;

    /// <summary>Reads each listed collateral's feed from the router (and the aggregator behind a proxy), then opens the filter.</summary>
    public async Task StartAsync()
    {
        var router = new OracleRouterService(web3, deployment.OracleRouter);
        foreach (var c in deployment.Collaterals)
        {
            var feed = (await router.FeedConfigQueryAsync(c.Token).ConfigureAwait(false)).ReturnValue1.Feed;
            var decimals = (int)await web3.Eth.GetContractQueryHandler<DecimalsFunction>().QueryAsync<byte>(feed, new DecimalsFunction()).ConfigureAwait(false);
            _feeds[feed] = (c.Token, decimals);
            // a Chainlink proxy forwards to an aggregator: the transmit goes to the aggregator
            try
            {
                var aggregator = await web3.Eth.GetContractQueryHandler<AggregatorFunction>().QueryAsync<string>(feed, new AggregatorFunction()).ConfigureAwait(false);
                if (aggregator is { Length: 42 } a && !a.Equals(feed, StringComparison.OrdinalIgnoreCase)) _feeds[a] = (c.Token, decimals);
            }
            catch (Exception ex) when (ex is SmartContractRevertException or SmartContractCustomErrorRevertException or RpcResponseException)
            {
                // not a proxy (the local feed): its own address receives the updates
            }
        }

        try
        {
            await OpenFilterAsync().ConfigureAwait(false);
        }
        catch (RpcResponseException ex)
        {
            Available = false;
            logger.LogWarning("Keeper:BackRunOracleUpdates is on but the node has no pending-transaction filter ({Error}); the keeper answers price updates once mined", ex.Message);
        }
    }

    /// <summary>The price updates that entered the pending pool since the last poll.</summary>
    public async Task<IReadOnlyList<PendingPriceUpdate>> PollAsync()
    {
        if (_filter is null) return [];
        string[] hashes;
        try
        {
            hashes = await web3.Client.SendRequestAsync<string[]>(new RpcRequest(Interlocked.Increment(ref _requestId), "eth_getFilterChanges", _filter)).ConfigureAwait(false) ?? [];
        }
        catch (RpcResponseException)
        {
            // the node dropped the filter (restart, expiry): open a new one; what arrived meanwhile is answered once mined
            await OpenFilterAsync().ConfigureAwait(false);
            return [];
        }

        // one batched lookup for the lot (in a crash the pool also holds hundreds of the keeper's own liquidations);
        // a transaction gone, or mined already, is the next tick's
        var txs = await RawBroadcast.LookupAsync(web3, hashes).ConfigureAwait(false);
        return txs.Where(tx => tx is { BlockHash: null }).Select(tx => Decode(tx!)).OfType<PendingPriceUpdate>().ToList();
    }

    private async Task OpenFilterAsync() =>
        _filter = (await web3.Eth.Filters.NewPendingTransactionFilter.SendRequestAsync().ConfigureAwait(false)).HexValue;

    /// <summary>The price update <paramref name="tx"/> makes, or null when it is not one to a watched feed.</summary>
    internal PendingPriceUpdate? Decode(Transaction tx)
    {
        if (tx.To is null || !_feeds.TryGetValue(tx.To, out var feed) || tx.Input is not { Length: >= 10 } input) return null;
        var data = input.HexToByteArray();
        BigInteger? answer = null;
        if (data.AsSpan(0, 4).SequenceEqual(_setAnswer)) answer = new SetAnswerFunction().DecodeInput(input).Answer;
        else if (data.AsSpan(0, 4).SequenceEqual(_transmit)) answer = MedianOf(new TransmitFunction().DecodeInput(input).Report);
        if (answer is not { Sign: > 0 } a) return null; // a non-positive answer: the router refuses it, nothing to back-run
        return new PendingPriceUpdate(feed.Asset, a * BigInteger.Pow(10, 18 - feed.Decimals), tx);
    }

    /// <summary>OCR2's report: (uint32 observationsTimestamp, bytes32 rawObservers, int192[] observations, int192 juelsPerFeeCoin); the stored answer is observations[n / 2] (sorted by the oracles).</summary>
    internal static BigInteger? MedianOf(byte[] report)
    {
        var decoded = new ParameterDecoder().DecodeDefaultData(report,
            new Parameter("uint32", 1), new Parameter("bytes32", 2), new Parameter("int192[]", 3), new Parameter("int192", 4));
        return decoded[2].Result is List<BigInteger> { Count: > 0 } observations ? observations[observations.Count / 2] : null;
    }

    /// <summary>The local feed's update, <c>setAnswer(int256)</c> (declared here: production code uses no mock binding).</summary>
    [Function("setAnswer")]
    internal sealed class SetAnswerFunction : FunctionMessage
    {
        [Parameter("int256", "answer", 1)]
        public BigInteger Answer { get; set; }
    }

    [Function("decimals", "uint8")]
    private sealed class DecimalsFunction : FunctionMessage;

    [Function("aggregator", "address")]
    private sealed class AggregatorFunction : FunctionMessage;

    /// <summary>Chainlink OCR2Aggregator.transmit(bytes32[3] reportContext, bytes report, bytes32[] rs, bytes32[] ss, bytes32 rawVs).</summary>
    [Function("transmit")]
    internal sealed class TransmitFunction : FunctionMessage
    {
        [Parameter("bytes32[3]", "reportContext", 1)]
        public List<byte[]> ReportContext { get; set; } = [new byte[32], new byte[32], new byte[32]];

        [Parameter("bytes", "report", 2)]
        public byte[] Report { get; set; } = [];

        [Parameter("bytes32[]", "rs", 3)]
        public List<byte[]> Rs { get; set; } = [];

        [Parameter("bytes32[]", "ss", 4)]
        public List<byte[]> Ss { get; set; } = [];

        [Parameter("bytes32", "rawVs", 5)]
        public byte[] RawVs { get; set; } = new byte[32];
    }
}
