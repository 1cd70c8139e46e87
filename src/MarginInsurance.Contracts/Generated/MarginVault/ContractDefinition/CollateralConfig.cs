using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Contracts.MarginVault.ContractDefinition
{
    public partial class CollateralConfig : CollateralConfigBase { }

    public class CollateralConfigBase 
    {
        [Parameter("uint8", "decimals", 1)]
        public virtual byte Decimals { get; set; }
        [Parameter("uint16", "borrowFactorBps", 2)]
        public virtual ushort BorrowFactorBps { get; set; }
        [Parameter("uint16", "liquidationThresholdBps", 3)]
        public virtual ushort LiquidationThresholdBps { get; set; }
        [Parameter("uint16", "liquidationBonusBps", 4)]
        public virtual ushort LiquidationBonusBps { get; set; }
        [Parameter("bool", "crossAllowed", 5)]
        public virtual bool CrossAllowed { get; set; }
        [Parameter("uint128", "supplyCap", 6)]
        public virtual BigInteger SupplyCap { get; set; }
        [Parameter("uint112", "tierBreak1", 7)]
        public virtual BigInteger TierBreak1 { get; set; }
        [Parameter("uint112", "tierBreak2", 8)]
        public virtual BigInteger TierBreak2 { get; set; }
        [Parameter("uint16", "tierCut2Bps", 9)]
        public virtual ushort TierCut2Bps { get; set; }
        [Parameter("uint16", "tierCut3Bps", 10)]
        public virtual ushort TierCut3Bps { get; set; }
    }
}
