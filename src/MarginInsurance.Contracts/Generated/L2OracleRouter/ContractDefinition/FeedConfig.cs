using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Contracts.L2OracleRouter.ContractDefinition
{
    public partial class FeedConfig : FeedConfigBase { }

    public class FeedConfigBase 
    {
        [Parameter("address", "feed", 1)]
        public virtual string Feed { get; set; }
        [Parameter("uint32", "heartbeat", 2)]
        public virtual uint Heartbeat { get; set; }
        [Parameter("uint128", "minPrice", 3)]
        public virtual BigInteger MinPrice { get; set; }
        [Parameter("uint128", "maxPrice", 4)]
        public virtual BigInteger MaxPrice { get; set; }
        [Parameter("uint16", "maxDeviationBps", 5)]
        public virtual ushort MaxDeviationBps { get; set; }
        [Parameter("uint32", "coolOff", 6)]
        public virtual uint CoolOff { get; set; }
    }
}
