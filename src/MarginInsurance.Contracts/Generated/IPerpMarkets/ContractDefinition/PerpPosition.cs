using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Contracts.IPerpMarkets.ContractDefinition
{
    public partial class PerpPosition : PerpPositionBase { }

    public class PerpPositionBase 
    {
        [Parameter("int128", "size", 1)]
        public virtual BigInteger Size { get; set; }
        [Parameter("int128", "costBasis", 2)]
        public virtual BigInteger CostBasis { get; set; }
        [Parameter("int128", "entryFunding", 3)]
        public virtual BigInteger EntryFunding { get; set; }
    }
}
