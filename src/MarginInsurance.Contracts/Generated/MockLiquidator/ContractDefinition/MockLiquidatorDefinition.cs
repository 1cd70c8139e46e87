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

namespace MarginInsurance.Contracts.MockLiquidator.ContractDefinition
{


    public partial class MockLiquidatorDeployment : MockLiquidatorDeploymentBase
    {
        public MockLiquidatorDeployment() : base(BYTECODE) { }
        public MockLiquidatorDeployment(string byteCode) : base(byteCode) { }
    }

    public class MockLiquidatorDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60c060405234801561000f575f80fd5b5060405161078938038061078983398101604081905261002e9161005c565b6001600160a01b039182166080521660a052610094565b6001600160a01b0381168114610059575f80fd5b50565b5f806040838503121561006d575f80fd5b825161007881610045565b602084015190925061008981610045565b809150509250929050565b60805160a0516106b96100d05f395f8181608e015261036901525f81816101460152818161019a01528181610256015261033601526106b95ff3fe608060405234801561000f575f80fd5b5060043610610085575f3560e01c80639801134e116100585780639801134e1461011a578063aa604a6114610123578063cffb208d1461012c578063fbfa77cf14610141575f80fd5b80635001f3b514610089578063513ea516146100cd578063601b8b96146100e35780639457be23146100ec575b5f80fd5b6100b07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100d55f5481565b6040519081526020016100c4565b6100d560035481565b6100ff6100fa366004610522565b610168565b604080519384526020840192909252908201526060016100c4565b6100d560025481565b6100d560015481565b61013f61013a366004610563565b61024b565b005b6100b07f000000000000000000000000000000000000000000000000000000000000000081565b600480546001600160a01b0319166001600160a01b0384811691909117909155604080513360208201525f92839283927f000000000000000000000000000000000000000000000000000000000000000090921691634755a71f918a918a918a918a91016040516020818303038152906040526040518663ffffffff1660e01b81526004016101fb9594939291906105ea565b6060604051808303815f875af1158015610217573d5f803e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061023b919061064b565b9250925092509450945094915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102b55760405162461bcd60e51b815260206004820152600a6024820152691bdb9b1e481d985d5b1d60b21b60448201526064015b60405180910390fd5b600480546040516370a0823160e01b815230928101929092526001600160a01b0316906370a0823190602401602060405180830381865afa1580156102fc573d5f803e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103209190610676565b5f556001859055600284905560038390556103907f000000000000000000000000000000000000000000000000000000000000000061035f868861068d565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169190610397565b5050505050565b604080516001600160a01b038416602482015260448082018490528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b1790526103e88482610450565b61044a57604080516001600160a01b03851660248201525f6044808301919091528251808303909101815260649091019091526020810180516001600160e01b031663095ea7b360e01b17905261044090859061049b565b61044a848261049b565b50505050565b5f805f8060205f8651602088015f8a5af192503d91505f51905082801561048f57508115610481578060011461048f565b5f866001600160a01b03163b115b93505050505b92915050565b5f8060205f8451602086015f885af1806104ba576040513d5f823e3d81fd5b50505f513d915081156104d15780600114156104de565b6001600160a01b0384163b155b1561044a57604051635274afe760e01b81526001600160a01b03851660048201526024016102ac565b80356001600160a01b038116811461051d575f80fd5b919050565b5f805f8060808587031215610535575f80fd5b61053e85610507565b93506020850135925061055360408601610507565b9396929550929360600135925050565b5f805f805f60808688031215610577575f80fd5b853594506020860135935060408601359250606086013567ffffffffffffffff8111156105a2575f80fd5b8601601f810188136105b2575f80fd5b803567ffffffffffffffff8111156105c8575f80fd5b8860208284010111156105d9575f80fd5b959894975092955050506020019190565b60018060a01b038616815284602082015260018060a01b038416604082015282606082015260a060808201525f82518060a0840152806020850160c085015e5f60c0828501015260c0601f19601f8301168401019150509695505050505050565b5f805f6060848603121561065d575f80fd5b5050815160208301516040909301519094929350919050565b5f60208284031215610686575f80fd5b5051919050565b8082018082111561049557634e487b7160e01b5f52601160045260245ffdfea164736f6c634300081a000a";
        public MockLiquidatorDeploymentBase() : base(BYTECODE) { }
        public MockLiquidatorDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "vault_", 1)]
        public virtual string Vault { get; set; }
        [Parameter("address", "base_", 2)]
        public virtual string Base { get; set; }
    }

    public partial class BaseFunction : BaseFunctionBase { }

    [Function("base", "address")]
    public class BaseFunctionBase : FunctionMessage
    {

    }

    public partial class CollateralSeenInCallbackFunction : CollateralSeenInCallbackFunctionBase { }

    [Function("collateralSeenInCallback", "uint256")]
    public class CollateralSeenInCallbackFunctionBase : FunctionMessage
    {

    }

    public partial class LastFeeFunction : LastFeeFunctionBase { }

    [Function("lastFee", "uint256")]
    public class LastFeeFunctionBase : FunctionMessage
    {

    }

    public partial class LastRepaidFunction : LastRepaidFunctionBase { }

    [Function("lastRepaid", "uint256")]
    public class LastRepaidFunctionBase : FunctionMessage
    {

    }

    public partial class LastSeizedFunction : LastSeizedFunctionBase { }

    [Function("lastSeized", "uint256")]
    public class LastSeizedFunctionBase : FunctionMessage
    {

    }

    public partial class LiquidateFunction : LiquidateFunctionBase { }

    [Function("liquidate", typeof(LiquidateOutputDTO))]
    public class LiquidateFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2)]
        public virtual BigInteger SubId { get; set; }
        [Parameter("address", "collateralAsset", 3)]
        public virtual string CollateralAsset { get; set; }
        [Parameter("uint256", "maxRepay", 4)]
        public virtual BigInteger MaxRepay { get; set; }
    }

    public partial class OnMarginLiquidationFunction : OnMarginLiquidationFunctionBase { }

    [Function("onMarginLiquidation")]
    public class OnMarginLiquidationFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "repaid", 1)]
        public virtual BigInteger Repaid { get; set; }
        [Parameter("uint256", "fee", 2)]
        public virtual BigInteger Fee { get; set; }
        [Parameter("uint256", "seized", 3)]
        public virtual BigInteger Seized { get; set; }
        [Parameter("bytes", "", 4)]
        public virtual byte[] ReturnValue4 { get; set; }
    }

    public partial class VaultFunction : VaultFunctionBase { }

    [Function("vault", "address")]
    public class VaultFunctionBase : FunctionMessage
    {

    }

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class BaseOutputDTO : BaseOutputDTOBase { }

    [FunctionOutput]
    public class BaseOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class CollateralSeenInCallbackOutputDTO : CollateralSeenInCallbackOutputDTOBase { }

    [FunctionOutput]
    public class CollateralSeenInCallbackOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class LastFeeOutputDTO : LastFeeOutputDTOBase { }

    [FunctionOutput]
    public class LastFeeOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class LastRepaidOutputDTO : LastRepaidOutputDTOBase { }

    [FunctionOutput]
    public class LastRepaidOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class LastSeizedOutputDTO : LastSeizedOutputDTOBase { }

    [FunctionOutput]
    public class LastSeizedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class LiquidateOutputDTO : LiquidateOutputDTOBase { }

    [FunctionOutput]
    public class LiquidateOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
        [Parameter("uint256", "", 2)]
        public virtual BigInteger ReturnValue2 { get; set; }
        [Parameter("uint256", "", 3)]
        public virtual BigInteger ReturnValue3 { get; set; }
    }



    public partial class VaultOutputDTO : VaultOutputDTOBase { }

    [FunctionOutput]
    public class VaultOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }
}
