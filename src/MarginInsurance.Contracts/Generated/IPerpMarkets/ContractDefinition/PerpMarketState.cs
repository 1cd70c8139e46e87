using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Contracts.IPerpMarkets.ContractDefinition
{
    public partial class PerpMarketState : PerpMarketStateBase { }

    public class PerpMarketStateBase 
    {
        [Parameter("int128", "fundingIndex", 1)]
        public virtual BigInteger FundingIndex { get; set; }
        [Parameter("uint40", "lastFundingTime", 2)]
        public virtual ulong LastFundingTime { get; set; }
        [Parameter("uint8", "status", 3)]
        public virtual byte Status { get; set; }
        [Parameter("uint32", "longCount", 4)]
        public virtual uint LongCount { get; set; }
        [Parameter("uint32", "shortCount", 5)]
        public virtual uint ShortCount { get; set; }
        [Parameter("uint128", "longOi", 6)]
        public virtual BigInteger LongOi { get; set; }
        [Parameter("uint128", "shortOi", 7)]
        public virtual BigInteger ShortOi { get; set; }
        [Parameter("int128", "sumCostBasis", 8)]
        public virtual BigInteger SumCostBasis { get; set; }
        [Parameter("int128", "sumSizeFunding", 9)]
        public virtual BigInteger SumSizeFunding { get; set; }
        [Parameter("uint128", "netNotional", 10)]
        public virtual BigInteger NetNotional { get; set; }
        [Parameter("uint128", "adlDeficit", 11)]
        public virtual BigInteger AdlDeficit { get; set; }
        [Parameter("uint128", "settlementPrice", 12)]
        public virtual BigInteger SettlementPrice { get; set; }
        [Parameter("bool", "deficitLong", 13)]
        public virtual bool DeficitLong { get; set; }
    }
}
