using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Contracts.MarginVault.ContractDefinition
{
    public partial class AssetPosition : AssetPositionBase { }

    public class AssetPositionBase 
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
        [Parameter("uint256", "balance", 2)]
        public virtual BigInteger Balance { get; set; }
        [Parameter("uint256", "priceWad", 3)]
        public virtual BigInteger PriceWad { get; set; }
        [Parameter("uint256", "value", 4)]
        public virtual BigInteger Value { get; set; }
        [Parameter("uint256", "liquidationValue", 5)]
        public virtual BigInteger LiquidationValue { get; set; }
        [Parameter("uint256", "borrowValue", 6)]
        public virtual BigInteger BorrowValue { get; set; }
    }
}
