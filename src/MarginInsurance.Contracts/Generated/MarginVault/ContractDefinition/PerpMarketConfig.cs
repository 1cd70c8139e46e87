using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Contracts.MarginVault.ContractDefinition
{
    public partial class PerpMarketConfig : PerpMarketConfigBase { }

    public class PerpMarketConfigBase 
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
        [Parameter("uint16", "imfBps", 2)]
        public virtual ushort ImfBps { get; set; }
        [Parameter("uint16", "mmfBps", 3)]
        public virtual ushort MmfBps { get; set; }
        [Parameter("uint16", "takerFeeBps", 4)]
        public virtual ushort TakerFeeBps { get; set; }
        [Parameter("uint16", "pnlWeightBps", 5)]
        public virtual ushort PnlWeightBps { get; set; }
        [Parameter("uint16", "liquidationPenaltyBps", 6)]
        public virtual ushort LiquidationPenaltyBps { get; set; }
        [Parameter("uint112", "notionalBreak1", 7)]
        public virtual BigInteger NotionalBreak1 { get; set; }
        [Parameter("uint112", "notionalBreak2", 8)]
        public virtual BigInteger NotionalBreak2 { get; set; }
        [Parameter("uint16", "step2Bps", 9)]
        public virtual ushort Step2Bps { get; set; }
        [Parameter("uint16", "step3Bps", 10)]
        public virtual ushort Step3Bps { get; set; }
        [Parameter("uint96", "skewScale", 11)]
        public virtual BigInteger SkewScale { get; set; }
        [Parameter("uint96", "maxOiSize", 12)]
        public virtual BigInteger MaxOiSize { get; set; }
        [Parameter("uint64", "maxFundingRatePerSecond", 13)]
        public virtual ulong MaxFundingRatePerSecond { get; set; }
    }
}
