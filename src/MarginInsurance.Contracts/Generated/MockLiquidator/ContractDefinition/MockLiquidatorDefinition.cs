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
        public static string BYTECODE = "0x60c034609b57601f61063f38819003918201601f19168301916001600160401b03831184841017609f578084926040948552833981010312609b578051906001600160a01b0382168203609b5760200151906001600160a01b0382168203609b5760805260a05260405161058b90816100b4823960805181818160890152818161011101526103ed015260a05181818161018b01526104c10152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c9081635001f3b5146104af57508063513ea51614610493578063601b8b96146104765780639457be231461031d5780639801134e14610300578063aa604a61146102e3578063cffb208d146100bc5763fbfa77cf14610074575f80fd5b346100b8575f3660031901126100b8576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346100b85760803660031901126100b85760243560043560643567ffffffffffffffff81116100b857366023820112156100b857806004013567ffffffffffffffff81116100b857369101602401116100b8577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691338390036102b1576024602060018060a01b0360045416604051928380926370a0823160e01b82523060048301525afa9081156102a6575f91610274575b505f5581600155806002556044356003557f00000000000000000000000000000000000000000000000000000000000000009082018092116102605760205f604051938285019063095ea7b360e01b82528660248701526044860152604485526101e36064866104f0565b84519082855af15f513d8261023b575b5050156101fc57005b610234610239936040519063095ea7b360e01b602083015260248201525f60448201526044815261022e6064826104f0565b82610526565b610526565b005b90915061025857506001600160a01b0381163b15155b84806101f3565b600114610251565b634e487b7160e01b5f52601160045260245ffd5b90506020813d60201161029e575b8161028f602093836104f0565b810103126100b8575184610178565b3d9150610282565b6040513d5f823e3d90fd5b60405162461bcd60e51b815260206004820152600a6024820152691bdb9b1e481d985d5b1d60b21b6044820152606490fd5b346100b8575f3660031901126100b8576020600154604051908152f35b346100b8575f3660031901126100b8576020600254604051908152f35b346100b85760803660031901126100b8576004356001600160a01b038116908190036100b8576044356001600160a01b038116908190036100b857806060916bffffffffffffffffffffffff60a01b600454161760045560c46040519360208501338152602086526103906040876104f0565b6040519586948593634755a71f60e01b8552600485015260243560248501526044840152606435606484015260a060848401525180918160a48501528484015e5f838284010152601f801991011681010301815f60018060a01b037f0000000000000000000000000000000000000000000000000000000000000000165af180156102a6575f905f8091610435575b6060935060405192835260208301526040820152f35b5050506060813d60601161046e575b81610451606093836104f0565b810103126100b8578051602082015160409092015160609261041f565b3d9150610444565b346100b8575f3660031901126100b8576020600354604051908152f35b346100b8575f3660031901126100b85760205f54604051908152f35b346100b8575f3660031901126100b8577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b90601f8019910116810190811067ffffffffffffffff82111761051257604052565b634e487b7160e01b5f52604160045260245ffd5b905f602091828151910182855af1156102a6575f513d61057557506001600160a01b0381163b155b6105555750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b6001141561054e56fea164736f6c634300081a000a";
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
