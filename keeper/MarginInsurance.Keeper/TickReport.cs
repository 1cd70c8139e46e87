using System.Numerics;
using MarginInsurance.Keeper.Chain;
using MarginInsurance.Sdk.Accounts;
using MarginInsurance.Sdk.OffChain;

namespace MarginInsurance.Keeper;

/// <summary>An account below 1 confirmed by the chain, with its shortfall (debt − liquidation capacity).</summary>
public sealed record Candidate(AccountId Account, BigInteger Health, BigInteger Debt, BigInteger Shortfall, string Asset);

/// <summary>What one pass did.</summary>
public sealed record TickReport(
    BigInteger Block, int Accounts, int BelowOne, int Confirmed, int Sent, int SkippedUnprofitable, int RpcCalls, int ScanRpcCalls,
    IReadOnlyList<TxOutcome> Outcomes, IReadOnlyList<OffChainAccount> Scan);
