using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts;
using System.Threading;

namespace MarginInsurance.Contracts.IPerpMarkets.ContractDefinition
{


    public partial class IPerpMarketsDeployment : IPerpMarketsDeploymentBase
    {
        public IPerpMarketsDeployment() : base(BYTECODE) { }
        public IPerpMarketsDeployment(string byteCode) : base(byteCode) { }
    }

    public class IPerpMarketsDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x";
        public IPerpMarketsDeploymentBase() : base(BYTECODE) { }
        public IPerpMarketsDeploymentBase(string byteCode) : base(byteCode) { }

    }

    public partial class DeleverageFunction : DeleverageFunctionBase { }

    [Function("deleverage", "uint256")]
    public class DeleverageFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "marketId", 1)]
        public virtual BigInteger MarketId { get; set; }
        [Parameter("address", "targetOwner", 2)]
        public virtual string TargetOwner { get; set; }
        [Parameter("uint256", "targetSubId", 3)]
        public virtual BigInteger TargetSubId { get; set; }
        [Parameter("address[]", "owners", 4)]
        public virtual List<string> Owners { get; set; }
        [Parameter("uint256[]", "subIds", 5)]
        public virtual List<BigInteger> SubIds { get; set; }
    }

    public partial class LiquidatePositionFunction : LiquidatePositionFunctionBase { }

    [Function("liquidatePosition", typeof(LiquidatePositionOutputDTO))]
    public class LiquidatePositionFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2)]
        public virtual BigInteger SubId { get; set; }
        [Parameter("uint256", "marketId", 3)]
        public virtual BigInteger MarketId { get; set; }
        [Parameter("uint256", "maxCloseSize", 4)]
        public virtual BigInteger MaxCloseSize { get; set; }
    }

    public partial class LiquidationPriceFunction : LiquidationPriceFunctionBase { }

    [Function("liquidationPrice", "uint256")]
    public class LiquidationPriceFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2)]
        public virtual BigInteger SubId { get; set; }
        [Parameter("uint256", "marketId", 3)]
        public virtual BigInteger MarketId { get; set; }
    }

    public partial class MarginLevelFunction : MarginLevelFunctionBase { }

    [Function("marginLevel", "uint256")]
    public class MarginLevelFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class ModifyPositionFunction : ModifyPositionFunctionBase { }

    [Function("modifyPosition", typeof(ModifyPositionOutputDTO))]
    public class ModifyPositionFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2)]
        public virtual BigInteger SubId { get; set; }
        [Parameter("uint256", "marketId", 3)]
        public virtual BigInteger MarketId { get; set; }
        [Parameter("int256", "sizeDelta", 4)]
        public virtual BigInteger SizeDelta { get; set; }
        [Parameter("uint256", "maxFee", 5)]
        public virtual BigInteger MaxFee { get; set; }
    }

    public partial class PerpGlobalsFunction : PerpGlobalsFunctionBase { }

    [Function("perpGlobals", typeof(PerpGlobalsOutputDTO))]
    public class PerpGlobalsFunctionBase : FunctionMessage
    {

    }

    public partial class PerpHealthBatchFunction : PerpHealthBatchFunctionBase { }

    [Function("perpHealthBatch", typeof(PerpHealthBatchOutputDTO))]
    public class PerpHealthBatchFunctionBase : FunctionMessage
    {
        [Parameter("address[]", "owners", 1)]
        public virtual List<string> Owners { get; set; }
        [Parameter("uint256[]", "subIds", 2)]
        public virtual List<BigInteger> SubIds { get; set; }
    }

    public partial class PerpLiabilitiesFunction : PerpLiabilitiesFunctionBase { }

    [Function("perpLiabilities", "int256")]
    public class PerpLiabilitiesFunctionBase : FunctionMessage
    {

    }

    public partial class PerpMarginFunction : PerpMarginFunctionBase { }

    [Function("perpMargin", typeof(PerpMarginOutputDTO))]
    public class PerpMarginFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2)]
        public virtual BigInteger SubId { get; set; }
    }

    public partial class PerpMarketFunction : PerpMarketFunctionBase { }

    [Function("perpMarket", typeof(PerpMarketOutputDTO))]
    public class PerpMarketFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "marketId", 1)]
        public virtual BigInteger MarketId { get; set; }
    }

    public partial class PerpPositionFunction : PerpPositionFunctionBase { }

    [Function("perpPosition", typeof(PerpPositionOutputDTO))]
    public class PerpPositionFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2)]
        public virtual BigInteger SubId { get; set; }
        [Parameter("uint256", "marketId", 3)]
        public virtual BigInteger MarketId { get; set; }
    }

    public partial class SetMarginLevelFunction : SetMarginLevelFunctionBase { }

    [Function("setMarginLevel")]
    public class SetMarginLevelFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "levelWad", 2)]
        public virtual BigInteger LevelWad { get; set; }
    }

    public partial class SetPerpMarketFunction : SetPerpMarketFunctionBase { }

    [Function("setPerpMarket")]
    public class SetPerpMarketFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "marketId", 1)]
        public virtual BigInteger MarketId { get; set; }
        [Parameter("tuple", "cfg", 2)]
        public virtual PerpMarketConfig Cfg { get; set; }
    }

    public partial class SetPerpMarketStatusFunction : SetPerpMarketStatusFunctionBase { }

    [Function("setPerpMarketStatus")]
    public class SetPerpMarketStatusFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "marketId", 1)]
        public virtual BigInteger MarketId { get; set; }
        [Parameter("uint8", "status", 2)]
        public virtual byte Status { get; set; }
    }

    public partial class SetPerpParamsFunction : SetPerpParamsFunctionBase { }

    [Function("setPerpParams")]
    public class SetPerpParamsFunctionBase : FunctionMessage
    {
        [Parameter("address", "liquidityVault", 1)]
        public virtual string LiquidityVault { get; set; }
        [Parameter("uint256", "maxNetExposureBps", 2)]
        public virtual BigInteger MaxNetExposureBps { get; set; }
    }

    public partial class TransferMarginFunction : TransferMarginFunctionBase { }

    [Function("transferMargin")]
    public class TransferMarginFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2)]
        public virtual BigInteger SubId { get; set; }
        [Parameter("int256", "amount", 3)]
        public virtual BigInteger Amount { get; set; }
        [Parameter("address", "receiver", 4)]
        public virtual string Receiver { get; set; }
    }



    public partial class LiquidatePositionOutputDTO : LiquidatePositionOutputDTOBase { }

    [FunctionOutput]
    public class LiquidatePositionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "closed", 1)]
        public virtual BigInteger Closed { get; set; }
        [Parameter("uint256", "penalty", 2)]
        public virtual BigInteger Penalty { get; set; }
    }

    public partial class LiquidationPriceOutputDTO : LiquidationPriceOutputDTOBase { }

    [FunctionOutput]
    public class LiquidationPriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MarginLevelOutputDTO : MarginLevelOutputDTOBase { }

    [FunctionOutput]
    public class MarginLevelOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ModifyPositionOutputDTO : ModifyPositionOutputDTOBase { }

    [FunctionOutput]
    public class ModifyPositionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("int256", "newSize", 1)]
        public virtual BigInteger NewSize { get; set; }
        [Parameter("uint256", "fee", 2)]
        public virtual BigInteger Fee { get; set; }
    }

    public partial class PerpGlobalsOutputDTO : PerpGlobalsOutputDTOBase { }

    [FunctionOutput]
    public class PerpGlobalsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "liquidityVault", 1)]
        public virtual string LiquidityVault { get; set; }
        [Parameter("uint256", "marketCount", 2)]
        public virtual BigInteger MarketCount { get; set; }
        [Parameter("uint256", "maxNetExposureBps", 3)]
        public virtual BigInteger MaxNetExposureBps { get; set; }
        [Parameter("int256", "totalCash", 4)]
        public virtual BigInteger TotalCash { get; set; }
        [Parameter("uint256", "totalNetNotional", 5)]
        public virtual BigInteger TotalNetNotional { get; set; }
    }

    public partial class PerpHealthBatchOutputDTO : PerpHealthBatchOutputDTOBase { }

    [FunctionOutput]
    public class PerpHealthBatchOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256[]", "healths", 1)]
        public virtual List<BigInteger> Healths { get; set; }
        [Parameter("uint256[]", "initialHealths", 2)]
        public virtual List<BigInteger> InitialHealths { get; set; }
    }

    public partial class PerpLiabilitiesOutputDTO : PerpLiabilitiesOutputDTOBase { }

    [FunctionOutput]
    public class PerpLiabilitiesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("int256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PerpMarginOutputDTO : PerpMarginOutputDTOBase { }

    [FunctionOutput]
    public class PerpMarginOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("int256", "numeratorL", 1)]
        public virtual BigInteger NumeratorL { get; set; }
        [Parameter("int256", "numeratorC", 2)]
        public virtual BigInteger NumeratorC { get; set; }
        [Parameter("uint256", "debt", 3)]
        public virtual BigInteger Debt { get; set; }
        [Parameter("uint256", "maintenance", 4)]
        public virtual BigInteger Maintenance { get; set; }
        [Parameter("uint256", "initial", 5)]
        public virtual BigInteger Initial { get; set; }
        [Parameter("uint256", "health", 6)]
        public virtual BigInteger Health { get; set; }
        [Parameter("uint256", "initialHealth", 7)]
        public virtual BigInteger InitialHealth { get; set; }
    }

    public partial class PerpMarketOutputDTO : PerpMarketOutputDTOBase { }

    [FunctionOutput]
    public class PerpMarketOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual PerpMarketConfig ReturnValue1 { get; set; }
        [Parameter("tuple", "", 2)]
        public virtual PerpMarketState ReturnValue2 { get; set; }
    }

    public partial class PerpPositionOutputDTO : PerpPositionOutputDTOBase { }

    [FunctionOutput]
    public class PerpPositionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "position", 1)]
        public virtual PerpPosition Position { get; set; }
        [Parameter("int256", "cash", 2)]
        public virtual BigInteger Cash { get; set; }
    }










}
