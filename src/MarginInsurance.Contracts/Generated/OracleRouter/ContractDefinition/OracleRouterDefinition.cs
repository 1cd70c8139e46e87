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
        public static string BYTECODE = "0x60803461007d57601f61118b38819003918201601f19168301916001600160401b038311848410176100815780849260209460405283398101031261007d57516001600160a01b03811680820361007d571561006e5761005e90610095565b5060405161104c908161011f8239f35b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f8051602061116b833981519152602052604090205460ff16610119576001600160a01b03165f8181525f8051602061116b83398151915260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610a1157508063106305aa1461095d578063248a9ca3146109335780632f2ff15d146108f657806336568abe146108b257806341976e09146108215780637bbf98ce146106f5578063803418211461029757806380ad85861461027c57806381efd2081461026157806391d1485414610219578063a217fddf146101ff578063c215290a1461014e578063d547741f1461010a578063e2ab3776146100ed5763ea8d9377146100cc575f80fd5b346100e9575f3660031901126100e95760206040516202a3008152f35b5f80fd5b346100e9575f3660031901126100e9576020604051620151808152f35b346100e95760403660031901126100e95761014c600435610129610a7a565b90610147610142825f525f602052600160405f20015490565b610eff565b610fbf565b005b346100e95760203660031901126100e957600461017161016c610a64565b610bc3565b8051604051633fabe5a360e21b81529260a09184919082906001600160a01b03165afa80156101f4576020926101b2925f905f925f946101ba575b50610dc1565b604051908152f35b915092506101e0915060a03d60a0116101ed575b6101d88183610adc565b810190610b15565b50929050909192866101ac565b503d6101ce565b6040513d5f823e3d90fd5b346100e9575f3660031901126100e95760206040515f8152f35b346100e95760403660031901126100e957610232610a7a565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346100e9575f3660031901126100e957602060405160128152f35b346100e9575f3660031901126100e957602060405160328152f35b346100e95760e03660031901126100e9576102b0610a64565b60c03660231901126100e957335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16156106de576001600160a01b0316801580156106c6575b6106b75763ffffffff610315610b60565b1615801561069e575b610672576201518063ffffffff610333610b73565b161161064757603261ffff610346610b86565b16108015610631575b610608576001600160801b03610363610b97565b161580156105e4575b6105ae57600460206001600160a01b03610384610b4a565b166040519283809263313ce56760e01b82525afa80156101f4575f90610571575b60ff9150166012811161055f5760016103bc610b4a565b916001600160801b036103cd610b60565b916103d6610b73565b926103df610b86565b916103e8610b97565b926103f1610bad565b95604051986103ff8a610ac0565b888060a01b0316895263ffffffff60208a019416845263ffffffff60408a019116815261ffff60608a0192168252608089019283528560a08a01951685528560c08a0197168752895f528760205260405f2098888060a01b039051169089549463ffffffff60a01b905160a01b169063ffffffff60c01b905160c01b169261ffff60e01b905160e01b169360ff60f01b905160f01b169460ff60f01b199261ffff60e01b199163ffffffff60e01b161716171617171785555116906001600160801b0319905160801b161791015560018060a01b036104dc610b4a565b16907fc79571312e868036a93c99a532253a3baa81d0f6bfc7504a3918f2e8c15472a860a0610509610b60565b63ffffffff610516610b97565b61ffff610521610bad565b6001600160801b03610531610b86565b918161053b610b73565b958760405199168952166020880152166040860152166060840152166080820152a3005b6377fc93a160e11b5f5260045260245ffd5b506020813d6020116105a6575b8161058b60209383610adc565b810103126100e9575160ff811681036100e95760ff906103a5565b3d915061057e565b6001600160801b036105be610b97565b816105c7610bad565b91630942247160e31b5f521660045260016024521660445260645ffd5b506105ed610b97565b6001600160801b03806105fe610bad565b169116101561036c565b61ffff610613610b86565b630942247160e31b5f5216600452603260245261271060445260645ffd5b5061271061ffff610640610b86565b161161034f565b63ffffffff610654610b73565b630942247160e31b5f52166004525f6024526201518060445260645ffd5b63ffffffff61067f610b60565b630942247160e31b5f521660045260016024526202a30060445260645ffd5b506202a30063ffffffff6106b0610b60565b161161031e565b63d92e233d60e01b5f5260045ffd5b506001600160a01b036106d7610b4a565b1615610304565b63e2517d3f60e01b5f52336004525f60245260445ffd5b346100e95760203660031901126100e95761070e610a64565b5f60a060405161071d81610a90565b828152826020820152826040820152826060820152826080820152015260018060a01b03165f52600160205260c060405f2063ffffffff6040519161076183610ac0565b61ffff81546001600160801b03868160018060a01b0384169788815287808660a01c1680602084015260018288871c16998a604086015260ff8a8a60e01c16998a606088015260f01c166080860152015492848416938460a083015260801c958691015260a06040516107d381610a90565b8c815260208101928352604081019485526060810196875260808101988952019889526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b346100e95760203660031901126100e95761083a610a64565b61084381610bc3565b8051604051633fabe5a360e21b81529192919060a090829060049082906001600160a01b03165afa9081156101f4576020936101b2935f925f94610888575b50610cd3565b9093506108a591925060a03d60a0116101ed576101d88183610adc565b5093925050919286610882565b346100e95760403660031901126100e9576108cb610a7a565b336001600160a01b038216036108e75761014c90600435610fbf565b63334bd91960e11b5f5260045ffd5b346100e95760403660031901126100e95761014c600435610915610a7a565b9061092e610142825f525f602052600160405f20015490565b610f37565b346100e95760203660031901126100e95760206101b26004355f525f602052600160405f20015490565b346100e95760203660031901126100e9576004610978610a64565b61098181610bc3565b8051604051633fabe5a360e21b81529391929160a09185919082906001600160a01b03165afa80156101f4576040936109d392845f915f935f956109df575b50836109cd928692610cd3565b94610dc1565b82519182526020820152f35b909250610a019194506109cd935060a03d60a0116101ed576101d88183610adc565b50959194509192909150836109c0565b346100e95760203660031901126100e9576004359063ffffffff60e01b82168092036100e957602091637965db0b60e01b8114908115610a53575b5015158152f35b6301ffc9a760e01b14905083610a4c565b600435906001600160a01b03821682036100e957565b602435906001600160a01b03821682036100e957565b60c0810190811067ffffffffffffffff821117610aac57604052565b634e487b7160e01b5f52604160045260245ffd5b60e0810190811067ffffffffffffffff821117610aac57604052565b90601f8019910116810190811067ffffffffffffffff821117610aac57604052565b519069ffffffffffffffffffff821682036100e957565b908160a09103126100e957610b2981610afe565b91602082015191604081015191610b47608060608401519301610afe565b90565b6024356001600160a01b03811681036100e95790565b60443563ffffffff811681036100e95790565b60c43563ffffffff811681036100e95790565b60a43561ffff811681036100e95790565b6064356001600160801b03811681036100e95790565b6084356001600160801b03811681036100e95790565b5f60c0604051610bd281610ac0565b8281528260208201528260408201528260608201528260808201528260a0820152015260018060a01b031690815f52600160205260405f2091604051610c1781610ac0565b600184549460ff828060a01b0387169687855263ffffffff8160a01c16602086015263ffffffff8160c01c16604086015261ffff8160e01c16606086015260f01c16608084015201546001600160801b03811660a083015260801c60c08201529215610c805750565b630dcaf86b60e01b5f5260045260245ffd5b91908201809211610c9f57565b634e487b7160e01b5f52601160045260245ffd5b91908203918211610c9f57565b81810292918115918404141715610c9f57565b919093925f821315610d9e57610cf363ffffffff60208701511682610c92565b4211610d7a575060ff6080850151166012039060128211610c9f57604d8211610c9f57610d2391600a0a90610cc0565b926001600160801b0360a0820151168410908115610d63575b50610d445750565b90506361ac512b60e01b5f5260018060a01b031660045260245260445ffd5b6001600160801b03915060c001511683115f610d3c565b63758ff4b760e11b5f9081526001600160a01b038416600452602491909152604490fd5b5063dcd07d4f60e01b5f9081526001600160a01b03909216600452602452604490fd5b9092610dd89063ffffffff60408401511690610c92565b92834210801590610eeb575b8015610ee1575b610eb35781516001600160a01b03169069ffffffffffffffffffff9081165f1901908111610c9f5769ffffffffffffffffffff602460a0926040519485938492639a6fc8f560e01b84521660048301525afa5f9181610ebb575b50610e5257505050505f90565b915f831315610eb3578280821115610ea357610e6d91610cb3565b915b6127108302928084046127101490151715610c9f5761ffff6060610e9593015116610cc0565b1015610e9e5790565b505f90565b90610ead91610cb3565b91610e6f565b505050505f90565b610ed591925060a03d60a0116101ed576101d88183610adc565b5050509050905f610e45565b505f831315610deb565b5069ffffffffffffffffffff811615610de4565b5f8181526020818152604080832033845290915290205460ff1615610f215750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff16610fb9575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff1615610fb9575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea164736f6c634300081a000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5";
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







    public partial class SupportsInterfaceOutputDTO : SupportsInterfaceOutputDTOBase { }

    [FunctionOutput]
    public class SupportsInterfaceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bool", "", 1)]
        public virtual bool ReturnValue1 { get; set; }
    }
}
