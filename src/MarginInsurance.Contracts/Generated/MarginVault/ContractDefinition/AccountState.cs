using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;

namespace MarginInsurance.Contracts.MarginVault.ContractDefinition
{
    public partial class AccountState : AccountStateBase { }

    public class AccountStateBase 
    {
        [Parameter("uint256", "debt", 1)]
        public virtual BigInteger Debt { get; set; }
        [Parameter("uint256", "liquidationCapacity", 2)]
        public virtual BigInteger LiquidationCapacity { get; set; }
        [Parameter("uint256", "borrowCapacity", 3)]
        public virtual BigInteger BorrowCapacity { get; set; }
        [Parameter("uint256", "health", 4)]
        public virtual BigInteger Health { get; set; }
        [Parameter("uint256", "utilization", 5)]
        public virtual BigInteger Utilization { get; set; }
        [Parameter("tuple[]", "assets", 6)]
        public virtual List<AssetPosition> Assets { get; set; }
    }
}
