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

namespace MarginInsurance.Contracts.LeverageRouter.ContractDefinition
{


    public partial class LeverageRouterDeployment : LeverageRouterDeploymentBase
    {
        public LeverageRouterDeployment() : base(BYTECODE) { }
        public LeverageRouterDeployment(string byteCode) : base(byteCode) { }
    }

    public class LeverageRouterDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60c03460b757601f610f5438819003918201601f19168301916001600160401b0383118484101760bb57808492604094855283398101031260b7578051906001600160a01b038216820360b75760200151906001600160a01b038216820360b75760805260a052604051610e8490816100d08239608051818181606a015281816101cb0152818161032e015281816106eb0152610838015260a05181818161035f0152818161052601528181610653015261077a0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f905f3560e01c9081631326e97814610682575080635001f3b51461063d578063cba24867146104d7578063fa461e331461009c5763fbfa77cf14610055575f80fd5b346100995780600319360112610099576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b80fd5b5034610099576060366003190112610099576044359060243560043567ffffffffffffffff84116104bc57366023850112156104bc57836004013567ffffffffffffffff81116104d35784013660248201116104d35783546001600160a01b031633036104c05760c090859003126104bc5760405161011a816109c9565b602485013560028110156102c4578152610136604486016109b5565b60208201908152604082019260648701358452610155608488016109b5565b9660608401978852608084019160a4820135835260c460a0860192013582528781135f146104a65761019261018c61019792610d37565b97610a1b565b610d37565b935b5160028110156104925761031757518084106103005750519182018092116102ec578551949586956001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811694916101fc918391879116610d53565b8251855192516001600160a01b0391821693911690853b156102e8576040519363f6fe939960e01b85526004850152602484015260448301526064820152858160848183875af19081156102dd5786916102c8575b50505191516001600160a01b039092169190803b156102c45784928360849260405196879586946308ba54eb60e21b86526004860152602485015260448401523360648401525af180156102b9576102a857505080f35b816102b2916109f9565b6100995780f35b6040513d84823e3d90fd5b8480fd5b816102d2916109f9565b6102c457845f610251565b6040513d88823e3d90fd5b8880fd5b634e487b7160e01b85526011600452602485fd5b630bc6598f60e31b87526004849052602452604486fd5b90509592939190955180831161047b5750939485947f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316919061038381847f0000000000000000000000000000000000000000000000000000000000000000610d53565b81518651604051638cd2e0c760e01b81526001600160a01b039092166004830152602482015260448101919091526020816064818a875af1801561047057610439575b5051935192516001600160a01b039485169416813b156104355760405163322c942160e01b81526001600160a01b039586166004820152602481019490945290931660448301526064820152336084820152908290829060a490829084905af180156102b9576102a857505080f35b8580fd5b95506020863d602011610468575b81610454602093836109f9565b81010312610464578695516103c6565b5f80fd5b3d9150610447565b6040513d89823e3d90fd5b6336ca0f0560e11b86526004839052602452604485fd5b634e487b7160e01b88526021600452602488fd5b9561019261018c6104b692610d37565b93610199565b8280fd5b63c222118960e01b845233600452602484fd5b8380fd5b50346100995760c0366003190112610099576020906004356104f7610989565b9161050061099f565b906105ab6101926064359560843593876105f6575b61059c61054f836001600160a01b037f00000000000000000000000000000000000000000000000000000000000000008116908a16610a5e565b159261055a87610b95565b8460405192610568846109c9565b858452338e850152604084018c90526001600160a01b031660608401819052608084018d905260a43560a085015299610bb8565b92909150156105ef5750610a1b565b936040519283528583015260408201528260608201527f4f576aec00c66b7c219da3c2a675d567041fa31ba8e85ba14174173c46ee2eaa60803392a3604051908152f35b9050610a1b565b6106386040516323b872dd60e01b8b820152336024820152306044820152896064820152606481526106296084826109f9565b6001600160a01b038416610e1f565b610515565b50346100995780600319360112610099576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346104645760c03660031901126104645760043561069e610989565b916106a761099f565b916064359260a4359283151594858503610464575f1981036109815750635a38167760e11b8152336004820152602481018390526020816044816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa9081156108fa575f9161094f575b50935b8415610940576107c46107ac6107b7604051610739816109c9565b60018152336020820152604081018790526001600160a01b038a811660608301819052608083018b815260843560a08501529097916107b1906107a3908a907f00000000000000000000000000000000000000000000000000000000000000008116908616610a5e565b95869251610b95565b610a1b565b91610bb8565b9091156109395750610d37565b93610815575b604080965051918252846020830152838683015260608201527f40f0ece88122a652ef630e76fe70bbe846dcd30bcab56ef28b845a30dec70fe460803392a382519182526020820152f35b6040516307640a7760e21b815233600482015260248101849052604481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316966020826064818b5afa9182156108fa575f92610905575b5081610886575b50506107ca565b873b156104645760405163322c942160e01b81523360048201819052602482018790526001600160a01b0392909216604482015260648101929092526084820152955f90879060a490829084905af19586156108fa576040966108ea575b8061087f565b5f6108f4916109f9565b5f6108e4565b6040513d5f823e3d90fd5b9091506020813d602011610931575b81610921602093836109f9565b8101031261046457519088610878565b3d9150610914565b9050610d37565b6308d1fde360e11b5f5260045ffd5b90506020813d602011610979575b8161096a602093836109f9565b8101031261046457518661071b565b3d915061095d565b90509361071e565b602435906001600160a01b038216820361046457565b604435906001600160a01b038216820361046457565b35906001600160a01b038216820361046457565b60c0810190811067ffffffffffffffff8211176109e557604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff8211176109e557604052565b600160ff1b8114610a2b575f0390565b634e487b7160e01b5f52601160045260245ffd5b9081602091031261046457516001600160a01b03811681036104645790565b604051630dfe168160e01b81529391926001600160a01b039091169190602085600481865afa9485156108fa575f95610b74575b5060405163d21220a760e01b815290602082600481875afa9182156108fa575f92610b43575b506001600160a01b0390811695169384861480610b2e575b610b23576001600160a01b031693841490859082610b10575b5050610b0857506308ce3d7d60e31b5f5260045260245260445260645ffd5b925050505f90565b6001600160a01b0316149050845f610ae9565b505092505050600190565b506001600160a01b0382811690821614610ad0565b610b6691925060203d602011610b6d575b610b5e81836109f9565b810190610a3f565b905f610ab8565b503d610b54565b610b8e91955060203d602011610b6d57610b5e81836109f9565b935f610a92565b6001600160ff1b038111610ba65790565b63123baf0360e11b5f5260045260245ffd5b5f80546001600160a01b0319166001600160a01b039092169182179055909291908315610d1d576401000276a4915b6040519460208601948051916002831015610d09578660a060c4935f9560409a52600180831b036020820151168a8c01528981015160608c0152600180831b0360608201511660808c01526080810151828c0152015160c08a015260c08952610c5160e08a6109f9565b875198899788968794630251596160e31b865230600487015215156024860152604485015260018060a01b0316606484015260a060848401525180918160a48501528484015e8181018301849052601f01601f191681010301925af180156108fa575f915f91610cd0575b505f80546001600160a01b03191690559091565b9150506040813d604011610d01575b81610cec604093836109f9565b8101031261046457602081519101515f610cbc565b3d9150610cdf565b634e487b7160e01b5f52602160045260245ffd5b72418895dc24d16787c2c06630482b8f5766f0d191610be7565b5f8112610d415790565b635467221960e11b5f5260045260245ffd5b60405163095ea7b360e01b60208083019182526001600160a01b0385166024840152604480840196909652948252929390925f90610d926064866109f9565b84519082855af15f513d82610dfa575b505015610dae57505050565b60405163095ea7b360e01b60208201526001600160a01b0390931660248401525f6044808501919091528352610df892610df390610ded6064826109f9565b82610e1f565b610e1f565b565b909150610e1757506001600160a01b0381163b15155b5f80610da2565b600114610e10565b905f602091828151910182855af1156108fa575f513d610e6e57506001600160a01b0381163b155b610e4e5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b60011415610e4756fea164736f6c634300081a000a";
        public LeverageRouterDeploymentBase() : base(BYTECODE) { }
        public LeverageRouterDeploymentBase(string byteCode) : base(byteCode) { }
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

    public partial class DeleverageFunction : DeleverageFunctionBase { }

    [Function("deleverage", typeof(DeleverageOutputDTO))]
    public class DeleverageFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "subId", 1)]
        public virtual BigInteger SubId { get; set; }
        [Parameter("address", "collateral", 2)]
        public virtual string Collateral { get; set; }
        [Parameter("address", "pool", 3)]
        public virtual string Pool { get; set; }
        [Parameter("uint256", "repayAmount", 4)]
        public virtual BigInteger RepayAmount { get; set; }
        [Parameter("uint256", "maxCollateralIn", 5)]
        public virtual BigInteger MaxCollateralIn { get; set; }
        [Parameter("bool", "close", 6)]
        public virtual bool Close { get; set; }
    }

    public partial class OpenLeveragedFunction : OpenLeveragedFunctionBase { }

    [Function("openLeveraged", "uint256")]
    public class OpenLeveragedFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "subId", 1)]
        public virtual BigInteger SubId { get; set; }
        [Parameter("address", "collateral", 2)]
        public virtual string Collateral { get; set; }
        [Parameter("address", "pool", 3)]
        public virtual string Pool { get; set; }
        [Parameter("uint256", "ownAmount", 4)]
        public virtual BigInteger OwnAmount { get; set; }
        [Parameter("uint256", "borrowAmount", 5)]
        public virtual BigInteger BorrowAmount { get; set; }
        [Parameter("uint256", "minCollateralOut", 6)]
        public virtual BigInteger MinCollateralOut { get; set; }
    }

    public partial class UniswapV3SwapCallbackFunction : UniswapV3SwapCallbackFunctionBase { }

    [Function("uniswapV3SwapCallback")]
    public class UniswapV3SwapCallbackFunctionBase : FunctionMessage
    {
        [Parameter("int256", "amount0Delta", 1)]
        public virtual BigInteger Amount0Delta { get; set; }
        [Parameter("int256", "amount1Delta", 2)]
        public virtual BigInteger Amount1Delta { get; set; }
        [Parameter("bytes", "data", 3)]
        public virtual byte[] Data { get; set; }
    }

    public partial class VaultFunction : VaultFunctionBase { }

    [Function("vault", "address")]
    public class VaultFunctionBase : FunctionMessage
    {

    }

    public partial class LeverageOpenedEventDTO : LeverageOpenedEventDTOBase { }

    [Event("LeverageOpened")]
    public class LeverageOpenedEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2, true )]
        public virtual BigInteger SubId { get; set; }
        [Parameter("address", "collateral", 3, false )]
        public virtual string Collateral { get; set; }
        [Parameter("uint256", "ownAmount", 4, false )]
        public virtual BigInteger OwnAmount { get; set; }
        [Parameter("uint256", "borrowed", 5, false )]
        public virtual BigInteger Borrowed { get; set; }
        [Parameter("uint256", "bought", 6, false )]
        public virtual BigInteger Bought { get; set; }
    }

    public partial class LeverageReducedEventDTO : LeverageReducedEventDTOBase { }

    [Event("LeverageReduced")]
    public class LeverageReducedEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "subId", 2, true )]
        public virtual BigInteger SubId { get; set; }
        [Parameter("address", "collateral", 3, false )]
        public virtual string Collateral { get; set; }
        [Parameter("uint256", "repaid", 4, false )]
        public virtual BigInteger Repaid { get; set; }
        [Parameter("uint256", "sold", 5, false )]
        public virtual BigInteger Sold { get; set; }
        [Parameter("bool", "closed", 6, false )]
        public virtual bool Closed { get; set; }
    }

    public partial class CollateralInTooHighError : CollateralInTooHighErrorBase { }

    [Error("CollateralInTooHigh")]
    public class CollateralInTooHighErrorBase : IErrorDTO
    {
        [Parameter("uint256", "required", 1)]
        public virtual BigInteger Required { get; set; }
        [Parameter("uint256", "maximum", 2)]
        public virtual BigInteger Maximum { get; set; }
    }

    public partial class CollateralOutTooLowError : CollateralOutTooLowErrorBase { }

    [Error("CollateralOutTooLow")]
    public class CollateralOutTooLowErrorBase : IErrorDTO
    {
        [Parameter("uint256", "received", 1)]
        public virtual BigInteger Received { get; set; }
        [Parameter("uint256", "minimum", 2)]
        public virtual BigInteger Minimum { get; set; }
    }

    public partial class NoDebtError : NoDebtErrorBase { }
    [Error("NoDebt")]
    public class NoDebtErrorBase : IErrorDTO
    {
    }

    public partial class PoolPairMismatchError : PoolPairMismatchErrorBase { }

    [Error("PoolPairMismatch")]
    public class PoolPairMismatchErrorBase : IErrorDTO
    {
        [Parameter("address", "pool", 1)]
        public virtual string Pool { get; set; }
        [Parameter("address", "base", 2)]
        public virtual string Base { get; set; }
        [Parameter("address", "collateral", 3)]
        public virtual string Collateral { get; set; }
    }

    public partial class SafeCastOverflowedIntToUintError : SafeCastOverflowedIntToUintErrorBase { }

    [Error("SafeCastOverflowedIntToUint")]
    public class SafeCastOverflowedIntToUintErrorBase : IErrorDTO
    {
        [Parameter("int256", "value", 1)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class SafeCastOverflowedUintToIntError : SafeCastOverflowedUintToIntErrorBase { }

    [Error("SafeCastOverflowedUintToInt")]
    public class SafeCastOverflowedUintToIntErrorBase : IErrorDTO
    {
        [Parameter("uint256", "value", 1)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class UnexpectedCallbackError : UnexpectedCallbackErrorBase { }

    [Error("UnexpectedCallback")]
    public class UnexpectedCallbackErrorBase : IErrorDTO
    {
        [Parameter("address", "caller", 1)]
        public virtual string Caller { get; set; }
    }

    public partial class BaseOutputDTO : BaseOutputDTOBase { }

    [FunctionOutput]
    public class BaseOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class DeleverageOutputDTO : DeleverageOutputDTOBase { }

    [FunctionOutput]
    public class DeleverageOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "repaid", 1)]
        public virtual BigInteger Repaid { get; set; }
        [Parameter("uint256", "sold", 2)]
        public virtual BigInteger Sold { get; set; }
    }





    public partial class VaultOutputDTO : VaultOutputDTOBase { }

    [FunctionOutput]
    public class VaultOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }
}
