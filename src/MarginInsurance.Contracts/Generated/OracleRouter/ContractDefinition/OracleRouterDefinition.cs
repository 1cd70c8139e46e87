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

namespace MarginInsurance.Contracts.OracleRouter.ContractDefinition
{


    public partial class OracleRouterDeployment : OracleRouterDeploymentBase
    {
        public OracleRouterDeployment() : base(BYTECODE) { }
        public OracleRouterDeployment(string byteCode) : base(byteCode) { }
    }

    public class OracleRouterDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60803461007d57601f6112a738819003918201601f19168301916001600160401b038311848410176100815780849260209460405283398101031261007d57516001600160a01b03811680820361007d571561006e5761005e90610095565b50604051611168908161011f8239f35b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f80516020611287833981519152602052604090205460ff16610119576001600160a01b03165f8181525f8051602061128783398151915260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610af557508063106305aa14610a5157806317d8de8214610983578063248a9ca314610a275780632708eab7146102125780632f2ff15d146109ea57806336568abe146109a657806341976e09146109835780637bbf98ce1461088d57806380341821146102aa57806380ad85861461028f57806381efd2081461027457806391d148541461022c578063a217fddf14610212578063c215290a14610164578063d547741f14610120578063e2ab3776146101035763ea8d9377146100e2575f80fd5b346100ff575f3660031901126100ff5760206040516202a3008152f35b5f80fd5b346100ff575f3660031901126100ff576020604051620151808152f35b346100ff5760403660031901126100ff5761016260043561013f610b5e565b9061015d610158825f525f602052600160405f20015490565b61101b565b6110db565b005b346100ff5760203660031901126100ff5761017d610b48565b61018681610c74565b604051633fabe5a360e21b815260a0816004816001600160a01b0386165afa908115610207576020936101c4935f915f935f956101cc575b50610e05565b604051908152f35b91935093506101f3915060a03d60a011610200575b6101eb8183610b90565b810190610bc6565b50949193919050876101be565b503d6101e1565b6040513d5f823e3d90fd5b346100ff575f3660031901126100ff5760206040515f8152f35b346100ff5760403660031901126100ff57610245610b5e565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346100ff575f3660031901126100ff57602060405160128152f35b346100ff575f3660031901126100ff57602060405160328152f35b346100ff5760e03660031901126100ff576102c3610b48565b60c03660231901126100ff57335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff1615610876576001600160a01b03168015801561085e575b61084f5763ffffffff610328610c11565b16158015610836575b61080a576201518063ffffffff610346610c24565b16116107df57603261ffff610359610c37565b161080156107c9575b6107a0576001600160801b03610376610c48565b1615801561077c575b61074657600460206001600160a01b03610397610bfb565b166040519283809263313ce56760e01b82525afa908115610207575f9161070a575b5060ff8116601281116106f857506001600160a01b036103d7610bfb565b1663ffffffff60a01b6103e8610c11565b60a01b161763ffffffff60b21b6103fd610c24565b60b21b161761ffff60c31b610410610c37565b60c31b161761041d610c48565b6001600160801b03811690600e1c6001600160721b031661066b575f5b8082811c9283821b1061063d575b50600e1b17610455610c5e565b6001600160801b03811690600e1c6001600160721b03166105ab575f905b811c90600e1b1791610483610c48565b61048b610c5e565b9260405195606087019387851067ffffffffffffffff861117610597576001966001600160801b039560405260eb1b9260d61b9160ff60d11b9060d11b161717178552816020860191168152816040860193168352855f528360205260405f20945185555116906001600160801b0319905160801b161791015560018060a01b03610514610bfb565b16907fc79571312e868036a93c99a532253a3baa81d0f6bfc7504a3918f2e8c15472a860a0610541610c11565b63ffffffff61054e610c48565b61ffff610559610c5e565b6001600160801b03610569610c37565b9181610573610c24565b958760405199168952166020880152166040860152166060840152166080820152a3005b634e487b7160e01b5f52604160045260245ffd5b6001600160801b03811160071b67ffffffffffffffff82821c1160061b1763ffffffff82821c1160051b1761ffff82821c1160041b1760ff82821c1160031b17600f82821c1160021b176d010102020202030303030303030360801b82821c1a17600181019081811161062957600c19019081116106295790610473565b634e487b7160e01b5f52601160045260245ffd5b915f1981146106295760010191614000830361044857905060018101809111610629579060011c9085610448565b6001600160801b03811160071b67ffffffffffffffff82821c1160061b1763ffffffff82821c1160051b1761ffff82821c1160041b1760ff82821c1160031b17600f82821c1160021b176d010102020202030303030303030360801b82821c1a17600181019081811161062957600c19019081111561043a57634e487b7160e01b5f52601160045260245ffd5b6377fc93a160e11b5f5260045260245ffd5b90506020813d60201161073e575b8161072560209383610b90565b810103126100ff575160ff811681036100ff57826103b9565b3d9150610718565b6001600160801b03610756610c48565b8161075f610c5e565b91630942247160e31b5f521660045260016024521660445260645ffd5b50610785610c48565b6001600160801b0380610796610c5e565b169116101561037f565b61ffff6107ab610c37565b630942247160e31b5f5216600452603260245261271060445260645ffd5b5061271061ffff6107d8610c37565b1611610362565b63ffffffff6107ec610c24565b630942247160e31b5f52166004525f6024526201518060445260645ffd5b63ffffffff610817610c11565b630942247160e31b5f521660045260016024526202a30060445260645ffd5b506202a30063ffffffff610848610c11565b1611610331565b63d92e233d60e01b5f5260045ffd5b506001600160a01b0361086f610bfb565b1615610317565b63e2517d3f60e01b5f52336004525f60245260445ffd5b346100ff5760203660031901126100ff576108a6610b48565b5f60a06040516108b581610b74565b828152826020820152826040820152826060820152826080820152015260018060a01b03165f52600160205260c060405f2063ffffffff815461ffff6001808060a01b0383169401546001600160801b036040519161091383610b74565b86835281602084016203ffff8760a01c1681528760408601918385168352606087019460801c85526201ffff60a06080890198613fff8c60c31c168a52019960b21c1689526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b346100ff5760203660031901126100ff5760206101c46109a1610b48565b610faf565b346100ff5760403660031901126100ff576109bf610b5e565b336001600160a01b038216036109db57610162906004356110db565b63334bd91960e11b5f5260045ffd5b346100ff5760403660031901126100ff57610162600435610a09610b5e565b90610a22610158825f525f602052600160405f20015490565b611053565b346100ff5760203660031901126100ff5760206101c46004355f525f602052600160405f20015490565b346100ff5760203660031901126100ff57610a6a610b48565b610a7381610c74565b604051633fabe5a360e21b8152919060a0836004816001600160a01b0385165afa801561020757604093610abf925f905f925f94610acb575b50610ab984848389610cd8565b95610e05565b82519182526020820152f35b91509250610ae8915060a03d60a011610200576101eb8183610b90565b5092905090919287610aac565b346100ff5760203660031901126100ff576004359063ffffffff60e01b82168092036100ff57602091637965db0b60e01b8114908115610b37575b5015158152f35b6301ffc9a760e01b14905083610b30565b600435906001600160a01b03821682036100ff57565b602435906001600160a01b03821682036100ff57565b60c0810190811067ffffffffffffffff82111761059757604052565b90601f8019910116810190811067ffffffffffffffff82111761059757604052565b51906001600160501b03821682036100ff57565b908160a09103126100ff57610bda81610bb2565b91602082015191604081015191610bf8608060608401519301610bb2565b90565b6024356001600160a01b03811681036100ff5790565b60443563ffffffff811681036100ff5790565b60c43563ffffffff811681036100ff5790565b60a43561ffff811681036100ff5790565b6064356001600160801b03811681036100ff5790565b6084356001600160801b03811681036100ff5790565b6001600160a01b039081165f818152600160205260409020549291831615610c995750565b630dcaf86b60e01b5f5260045260245ffd5b9190820180921161062957565b9190820391821161062957565b8181029291811591840414171561062957565b919093925f821315610de257610cf66203ffff8660a01c1682610cab565b4211610dbe5750601f8460d11c16601203906012821161062957604d821161062957610d2591600a0a90610cc5565b928060d61c607f613fff821691600e1c161b8410908115610da4575b50610d495750565b6001600160a01b03165f81815260016020819052604090912001546001600160801b0381168410908115610d97575b50610d805750565b90506361ac512b60e01b5f5260045260245260445ffd5b905060801c83115f610d78565b905060eb1c607f613fff821691600e1c161b83115f610d41565b63758ff4b760e11b5f9081526001600160a01b038416600452602491909152604490fd5b5063dcd07d4f60e01b5f9081526001600160a01b03909216600452602452604490fd5b93610e1c909392936201ffff8360b21c1690610cab565b92834210801590610f9e575b8015610f94575b610f8b576001600160501b035f199116016001600160501b03811161062957604051639a6fc8f560e01b81526001600160501b0391909116600482015260a0816024816001600160a01b0386165afa5f9181610f65575b50610efa57505050503d5f14610ef3573d67ffffffffffffffff81116105975760405190610ebe601f8201601f191660200183610b90565b81523d5f602083013e5b5115610ed357505f90565b638fd228af60e01b5f9081526001600160a01b0391909116600452602490fd5b6060610ec8565b929350905f831315610f5d578280821115610f4d57610f1891610cb8565b915b612710830292808404612710149015171561062957613fff610f3f9260c31c16610cc5565b1015610f485790565b505f90565b90610f5791610cb8565b91610f1a565b505050505f90565b610f7f91925060a03d60a011610200576101eb8183610b90565b5050509050905f610e86565b50505050505f90565b505f831315610e2f565b506001600160501b03811615610e28565b610fb881610c74565b604051633fabe5a360e21b815260a0816004816001600160a01b0386165afa91821561020757610bf8935f925f94610ff1575b50610cd8565b90935061100e91925060a03d60a011610200576101eb8183610b90565b509392505091925f610feb565b5f8181526020818152604080832033845290915290205460ff161561103d5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff166110d5575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16156110d5575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea164736f6c634300081a000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5";
        public OracleRouterDeploymentBase() : base(BYTECODE) { }
        public OracleRouterDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "admin", 1)]
        public virtual string Admin { get; set; }
    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class MaxCoolOffFunction : MaxCoolOffFunctionBase { }

    [Function("MAX_COOL_OFF", "uint256")]
    public class MaxCoolOffFunctionBase : FunctionMessage
    {

    }

    public partial class MaxFeedDecimalsFunction : MaxFeedDecimalsFunctionBase { }

    [Function("MAX_FEED_DECIMALS", "uint256")]
    public class MaxFeedDecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class MaxHeartbeatFunction : MaxHeartbeatFunctionBase { }

    [Function("MAX_HEARTBEAT", "uint256")]
    public class MaxHeartbeatFunctionBase : FunctionMessage
    {

    }

    public partial class MinDeviationBpsFunction : MinDeviationBpsFunctionBase { }

    [Function("MIN_DEVIATION_BPS", "uint256")]
    public class MinDeviationBpsFunctionBase : FunctionMessage
    {

    }

    public partial class FeedConfigFunction : FeedConfigFunctionBase { }

    [Function("feedConfig", typeof(FeedConfigOutputDTO))]
    public class FeedConfigFunctionBase : FunctionMessage
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
    }

    public partial class FrozenUntilFunction : FrozenUntilFunctionBase { }

    [Function("frozenUntil", "uint256")]
    public class FrozenUntilFunctionBase : FunctionMessage
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
    }

    public partial class GetLiquidationPriceFunction : GetLiquidationPriceFunctionBase { }

    [Function("getLiquidationPrice", "uint256")]
    public class GetLiquidationPriceFunctionBase : FunctionMessage
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
    }

    public partial class GetPriceFunction : GetPriceFunctionBase { }

    [Function("getPrice", "uint256")]
    public class GetPriceFunctionBase : FunctionMessage
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
    }

    public partial class GetPriceAndFrozenFunction : GetPriceAndFrozenFunctionBase { }

    [Function("getPriceAndFrozen", typeof(GetPriceAndFrozenOutputDTO))]
    public class GetPriceAndFrozenFunctionBase : FunctionMessage
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
    }

    public partial class GetRoleAdminFunction : GetRoleAdminFunctionBase { }

    [Function("getRoleAdmin", "bytes32")]
    public class GetRoleAdminFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
    }

    public partial class GrantRoleFunction : GrantRoleFunctionBase { }

    [Function("grantRole")]
    public class GrantRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class HasRoleFunction : HasRoleFunctionBase { }

    [Function("hasRole", "bool")]
    public class HasRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class RenounceRoleFunction : RenounceRoleFunctionBase { }

    [Function("renounceRole")]
    public class RenounceRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "callerConfirmation", 2)]
        public virtual string CallerConfirmation { get; set; }
    }

    public partial class RevokeRoleFunction : RevokeRoleFunctionBase { }

    [Function("revokeRole")]
    public class RevokeRoleFunctionBase : FunctionMessage
    {
        [Parameter("bytes32", "role", 1)]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2)]
        public virtual string Account { get; set; }
    }

    public partial class SequencerUntilFunction : SequencerUntilFunctionBase { }

    [Function("sequencerUntil", "uint256")]
    public class SequencerUntilFunctionBase : FunctionMessage
    {

    }

    public partial class SetFeedFunction : SetFeedFunctionBase { }

    [Function("setFeed")]
    public class SetFeedFunctionBase : FunctionMessage
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
        [Parameter("tuple", "cfg", 2)]
        public virtual FeedConfig Cfg { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class FeedSetEventDTO : FeedSetEventDTOBase { }

    [Event("FeedSet")]
    public class FeedSetEventDTOBase : IEventDTO
    {
        [Parameter("address", "asset", 1, true )]
        public virtual string Asset { get; set; }
        [Parameter("address", "feed", 2, true )]
        public virtual string Feed { get; set; }
        [Parameter("uint256", "heartbeat", 3, false )]
        public virtual BigInteger Heartbeat { get; set; }
        [Parameter("uint256", "minPrice", 4, false )]
        public virtual BigInteger MinPrice { get; set; }
        [Parameter("uint256", "maxPrice", 5, false )]
        public virtual BigInteger MaxPrice { get; set; }
        [Parameter("uint256", "maxDeviationBps", 6, false )]
        public virtual BigInteger MaxDeviationBps { get; set; }
        [Parameter("uint256", "coolOff", 7, false )]
        public virtual BigInteger CoolOff { get; set; }
    }

    public partial class RoleAdminChangedEventDTO : RoleAdminChangedEventDTOBase { }

    [Event("RoleAdminChanged")]
    public class RoleAdminChangedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("bytes32", "previousAdminRole", 2, true )]
        public virtual byte[] PreviousAdminRole { get; set; }
        [Parameter("bytes32", "newAdminRole", 3, true )]
        public virtual byte[] NewAdminRole { get; set; }
    }

    public partial class RoleGrantedEventDTO : RoleGrantedEventDTOBase { }

    [Event("RoleGranted")]
    public class RoleGrantedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class RoleRevokedEventDTO : RoleRevokedEventDTOBase { }

    [Event("RoleRevoked")]
    public class RoleRevokedEventDTOBase : IEventDTO
    {
        [Parameter("bytes32", "role", 1, true )]
        public virtual byte[] Role { get; set; }
        [Parameter("address", "account", 2, true )]
        public virtual string Account { get; set; }
        [Parameter("address", "sender", 3, true )]
        public virtual string Sender { get; set; }
    }

    public partial class AccessControlBadConfirmationError : AccessControlBadConfirmationErrorBase { }
    [Error("AccessControlBadConfirmation")]
    public class AccessControlBadConfirmationErrorBase : IErrorDTO
    {
    }

    public partial class AccessControlUnauthorizedAccountError : AccessControlUnauthorizedAccountErrorBase { }

    [Error("AccessControlUnauthorizedAccount")]
    public class AccessControlUnauthorizedAccountErrorBase : IErrorDTO
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
        [Parameter("bytes32", "neededRole", 2)]
        public virtual byte[] NeededRole { get; set; }
    }

    public partial class FeedNotSetError : FeedNotSetErrorBase { }

    [Error("FeedNotSet")]
    public class FeedNotSetErrorBase : IErrorDTO
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
    }

    public partial class InvalidDecimalsError : InvalidDecimalsErrorBase { }

    [Error("InvalidDecimals")]
    public class InvalidDecimalsErrorBase : IErrorDTO
    {
        [Parameter("uint256", "decimals", 1)]
        public virtual BigInteger Decimals { get; set; }
    }

    public partial class InvalidPriceError : InvalidPriceErrorBase { }

    [Error("InvalidPrice")]
    public class InvalidPriceErrorBase : IErrorDTO
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
        [Parameter("int256", "answer", 2)]
        public virtual BigInteger Answer { get; set; }
    }

    public partial class ParameterOutOfBoundsError : ParameterOutOfBoundsErrorBase { }

    [Error("ParameterOutOfBounds")]
    public class ParameterOutOfBoundsErrorBase : IErrorDTO
    {
        [Parameter("uint256", "value", 1)]
        public virtual BigInteger Value { get; set; }
        [Parameter("uint256", "min", 2)]
        public virtual BigInteger Min { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class PriceOutOfBoundsError : PriceOutOfBoundsErrorBase { }

    [Error("PriceOutOfBounds")]
    public class PriceOutOfBoundsErrorBase : IErrorDTO
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
        [Parameter("uint256", "priceWad", 2)]
        public virtual BigInteger PriceWad { get; set; }
    }

    public partial class PriceUnavailableError : PriceUnavailableErrorBase { }

    [Error("PriceUnavailable")]
    public class PriceUnavailableErrorBase : IErrorDTO
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
    }

    public partial class SequencerDownError : SequencerDownErrorBase { }

    [Error("SequencerDown")]
    public class SequencerDownErrorBase : IErrorDTO
    {
        [Parameter("uint256", "until", 1)]
        public virtual BigInteger Until { get; set; }
    }

    public partial class StalePriceError : StalePriceErrorBase { }

    [Error("StalePrice")]
    public class StalePriceErrorBase : IErrorDTO
    {
        [Parameter("address", "asset", 1)]
        public virtual string Asset { get; set; }
        [Parameter("uint256", "updatedAt", 2)]
        public virtual BigInteger UpdatedAt { get; set; }
    }

    public partial class ZeroAddressError : ZeroAddressErrorBase { }
    [Error("ZeroAddress")]
    public class ZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class MaxCoolOffOutputDTO : MaxCoolOffOutputDTOBase { }

    [FunctionOutput]
    public class MaxCoolOffOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxFeedDecimalsOutputDTO : MaxFeedDecimalsOutputDTOBase { }

    [FunctionOutput]
    public class MaxFeedDecimalsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxHeartbeatOutputDTO : MaxHeartbeatOutputDTOBase { }

    [FunctionOutput]
    public class MaxHeartbeatOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinDeviationBpsOutputDTO : MinDeviationBpsOutputDTOBase { }

    [FunctionOutput]
    public class MinDeviationBpsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class FeedConfigOutputDTO : FeedConfigOutputDTOBase { }

    [FunctionOutput]
    public class FeedConfigOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple", "", 1)]
        public virtual FeedConfig ReturnValue1 { get; set; }
    }

    public partial class FrozenUntilOutputDTO : FrozenUntilOutputDTOBase { }

    [FunctionOutput]
    public class FrozenUntilOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class GetLiquidationPriceOutputDTO : GetLiquidationPriceOutputDTOBase { }

    [FunctionOutput]
    public class GetLiquidationPriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "priceWad", 1)]
        public virtual BigInteger PriceWad { get; set; }
    }

    public partial class GetPriceOutputDTO : GetPriceOutputDTOBase { }

    [FunctionOutput]
    public class GetPriceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "priceWad", 1)]
        public virtual BigInteger PriceWad { get; set; }
    }

    public partial class GetPriceAndFrozenOutputDTO : GetPriceAndFrozenOutputDTOBase { }

    [FunctionOutput]
    public class GetPriceAndFrozenOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "priceWad", 1)]
        public virtual BigInteger PriceWad { get; set; }
        [Parameter("uint256", "frozenUntil_", 2)]
        public virtual BigInteger Frozenuntil { get; set; }
    }

    public partial class GetRoleAdminOutputDTO : GetRoleAdminOutputDTOBase { }

    [FunctionOutput]
    public class GetRoleAdminOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }



    public partial class HasRoleOutputDTO : HasRoleOutputDTOBase { }

    [FunctionOutput]
    public class HasRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }





    public partial class SequencerUntilOutputDTO : SequencerUntilOutputDTOBase { }

    [FunctionOutput]
    public class SequencerUntilOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }
}
