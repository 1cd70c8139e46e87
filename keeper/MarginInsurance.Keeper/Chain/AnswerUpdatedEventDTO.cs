using System.Numerics;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Keeper.Chain;

/// <summary>Chainlink's <c>AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)</c> (emitted by real aggregators).</summary>
[Event("AnswerUpdated")]
public sealed class AnswerUpdatedEventDTO : IEventDTO
{
    [Parameter("int256", "current", 1, true)]
    public BigInteger Current { get; set; }

    [Parameter("uint256", "roundId", 2, true)]
    public BigInteger RoundId { get; set; }

    [Parameter("uint256", "updatedAt", 3, false)]
    public BigInteger UpdatedAt { get; set; }
}
