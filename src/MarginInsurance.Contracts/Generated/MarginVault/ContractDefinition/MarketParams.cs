using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Contracts.MarginVault.ContractDefinition
{
    public partial class MarketParams : MarketParamsBase { }

    public class MarketParamsBase 
    {
        [Parameter("uint16", "closeFactorBps", 1)]
        public virtual ushort CloseFactorBps { get; set; }
        [Parameter("uint64", "deepHealthThresholdWad", 2)]
        public virtual ulong DeepHealthThresholdWad { get; set; }
        [Parameter("uint128", "dustThreshold", 3)]
        public virtual BigInteger DustThreshold { get; set; }
        [Parameter("uint16", "protocolShareBps", 4)]
        public virtual ushort ProtocolShareBps { get; set; }
        [Parameter("uint16", "reserveFactorBps", 5)]
        public virtual ushort ReserveFactorBps { get; set; }
        [Parameter("uint16", "maxAddOnBps", 6)]
        public virtual ushort MaxAddOnBps { get; set; }
        [Parameter("uint16", "maxAddOnStepBps", 7)]
        public virtual ushort MaxAddOnStepBps { get; set; }
        [Parameter("uint32", "addOnMinInterval", 8)]
        public virtual uint AddOnMinInterval { get; set; }
        [Parameter("uint32", "addOnGrace", 9)]
        public virtual uint AddOnGrace { get; set; }
        [Parameter("uint32", "maxPauseDuration", 10)]
        public virtual uint MaxPauseDuration { get; set; }
        [Parameter("uint32", "pauseCooldown", 11)]
        public virtual uint PauseCooldown { get; set; }
    }
}
