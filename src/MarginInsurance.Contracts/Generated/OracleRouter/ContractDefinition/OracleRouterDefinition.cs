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
        public static string BYTECODE = "0x60803461007d57601f61121138819003918201601f19168301916001600160401b038311848410176100815780849260209460405283398101031261007d57516001600160a01b03811680820361007d571561006e5761005e90610095565b506040516110d2908161011f8239f35b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f805160206111f1833981519152602052604090205460ff16610119576001600160a01b03165f8181525f805160206111f183398151915260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a7146109b057508063106305aa1461090857806317d8de821461083a578063248a9ca3146108de5780632708eab7146102185780632f2ff15d146108a157806336568abe1461085d57806341976e091461083a5780637bbf98ce1461070e57806380341821146102b057806380ad85861461029557806381efd2081461027a57806391d1485414610232578063a217fddf14610218578063c215290a14610164578063d547741f14610120578063e2ab3776146101035763ea8d9377146100e2575f80fd5b346100ff575f3660031901126100ff5760206040516202a3008152f35b5f80fd5b346100ff575f3660031901126100ff576020604051620151808152f35b346100ff5760403660031901126100ff5761016260043561013f610a19565b9061015d610158825f525f602052600160405f20015490565b610f85565b611045565b005b346100ff5760203660031901126100ff5761017d610a03565b61018681610b62565b8051604051633fabe5a360e21b81529060a090829060049082906001600160a01b03165afa90811561020d576020936101ca935f915f935f956101d2575b50610d60565b604051908152f35b91935093506101f9915060a03d60a011610206575b6101f18183610a7b565b810190610ab4565b50949193919050876101c4565b503d6101e7565b6040513d5f823e3d90fd5b346100ff575f3660031901126100ff5760206040515f8152f35b346100ff5760403660031901126100ff5761024b610a19565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346100ff575f3660031901126100ff57602060405160128152f35b346100ff575f3660031901126100ff57602060405160328152f35b346100ff5760e03660031901126100ff576102c9610a03565b60c03660231901126100ff57335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16156106f7576001600160a01b0316801580156106df575b6106d05763ffffffff61032e610aff565b161580156106b7575b61068b576201518063ffffffff61034c610b12565b161161066057603261ffff61035f610b25565b1610801561064a575b610621576001600160801b0361037c610b36565b161580156105fd575b6105c757600460206001600160a01b0361039d610ae9565b166040519283809263313ce56760e01b82525afa801561020d575f9061058a575b60ff915016601281116105785760016103d5610ae9565b916001600160801b036103e6610aff565b916103ef610b12565b926103f8610b25565b91610401610b36565b9261040a610b4c565b95604051986104188a610a5f565b888060a01b0316895263ffffffff60208a019416845263ffffffff60408a019116815261ffff60608a0192168252608089019283528560a08a01951685528560c08a0197168752895f528760205260405f2098888060a01b039051169089549463ffffffff60a01b905160a01b169063ffffffff60c01b905160c01b169261ffff60e01b905160e01b169360ff60f01b905160f01b169460ff60f01b199261ffff60e01b199163ffffffff60e01b161716171617171785555116906001600160801b0319905160801b161791015560018060a01b036104f5610ae9565b16907fc79571312e868036a93c99a532253a3baa81d0f6bfc7504a3918f2e8c15472a860a0610522610aff565b63ffffffff61052f610b36565b61ffff61053a610b4c565b6001600160801b0361054a610b25565b9181610554610b12565b958760405199168952166020880152166040860152166060840152166080820152a3005b6377fc93a160e11b5f5260045260245ffd5b506020813d6020116105bf575b816105a460209383610a7b565b810103126100ff575160ff811681036100ff5760ff906103be565b3d9150610597565b6001600160801b036105d7610b36565b816105e0610b4c565b91630942247160e31b5f521660045260016024521660445260645ffd5b50610606610b36565b6001600160801b0380610617610b4c565b1691161015610385565b61ffff61062c610b25565b630942247160e31b5f5216600452603260245261271060445260645ffd5b5061271061ffff610659610b25565b1611610368565b63ffffffff61066d610b12565b630942247160e31b5f52166004525f6024526201518060445260645ffd5b63ffffffff610698610aff565b630942247160e31b5f521660045260016024526202a30060445260645ffd5b506202a30063ffffffff6106c9610aff565b1611610337565b63d92e233d60e01b5f5260045ffd5b506001600160a01b036106f0610ae9565b161561031d565b63e2517d3f60e01b5f52336004525f60245260445ffd5b346100ff5760203660031901126100ff57610727610a03565b5f60a060405161073681610a2f565b828152826020820152826040820152826060820152826080820152015260018060a01b03165f52600160205260c060405f2063ffffffff6040519161077a83610a5f565b61ffff81546001600160801b03868160018060a01b0384169788815287808660a01c1680602084015260018288871c16998a604086015260ff8a8a60e01c16998a606088015260f01c166080860152015492848416938460a083015260801c958691015260a06040516107ec81610a2f565b8c815260208101928352604081019485526060810196875260808101988952019889526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b346100ff5760203660031901126100ff5760206101ca610858610a03565b610f13565b346100ff5760403660031901126100ff57610876610a19565b336001600160a01b038216036108925761016290600435611045565b63334bd91960e11b5f5260045ffd5b346100ff5760403660031901126100ff576101626004356108c0610a19565b906108d9610158825f525f602052600160405f20015490565b610fbd565b346100ff5760203660031901126100ff5760206101ca6004355f525f602052600160405f20015490565b346100ff5760203660031901126100ff576004610923610a03565b61092c81610b62565b8051604051633fabe5a360e21b81529360a09185919082906001600160a01b03165afa801561020d5760409361097a925f905f925f94610986575b5061097484848389610c72565b95610d60565b82519182526020820152f35b915092506109a3915060a03d60a011610206576101f18183610a7b565b5092905090919287610967565b346100ff5760203660031901126100ff576004359063ffffffff60e01b82168092036100ff57602091637965db0b60e01b81149081156109f2575b5015158152f35b6301ffc9a760e01b149050836109eb565b600435906001600160a01b03821682036100ff57565b602435906001600160a01b03821682036100ff57565b60c0810190811067ffffffffffffffff821117610a4b57604052565b634e487b7160e01b5f52604160045260245ffd5b60e0810190811067ffffffffffffffff821117610a4b57604052565b90601f8019910116810190811067ffffffffffffffff821117610a4b57604052565b519069ffffffffffffffffffff821682036100ff57565b908160a09103126100ff57610ac881610a9d565b91602082015191604081015191610ae6608060608401519301610a9d565b90565b6024356001600160a01b03811681036100ff5790565b60443563ffffffff811681036100ff5790565b60c43563ffffffff811681036100ff5790565b60a43561ffff811681036100ff5790565b6064356001600160801b03811681036100ff5790565b6084356001600160801b03811681036100ff5790565b5f60c0604051610b7181610a5f565b8281528260208201528260408201528260608201528260808201528260a0820152015260018060a01b031690815f52600160205260405f2091604051610bb681610a5f565b600184549460ff828060a01b0387169687855263ffffffff8160a01c16602086015263ffffffff8160c01c16604086015261ffff8160e01c16606086015260f01c16608084015201546001600160801b03811660a083015260801c60c08201529215610c1f5750565b630dcaf86b60e01b5f5260045260245ffd5b91908201809211610c3e57565b634e487b7160e01b5f52601160045260245ffd5b91908203918211610c3e57565b81810292918115918404141715610c3e57565b919093925f821315610d3d57610c9263ffffffff60208701511682610c31565b4211610d19575060ff6080850151166012039060128211610c3e57604d8211610c3e57610cc291600a0a90610c5f565b926001600160801b0360a0820151168410908115610d02575b50610ce35750565b90506361ac512b60e01b5f5260018060a01b031660045260245260445ffd5b6001600160801b03915060c001511683115f610cdb565b63758ff4b760e11b5f9081526001600160a01b038416600452602491909152604490fd5b5063dcd07d4f60e01b5f9081526001600160a01b03909216600452602452604490fd5b93610d799093929363ffffffff60408401511690610c31565b92834210801590610eff575b8015610ef5575b610eec5781516001600160a01b03169069ffffffffffffffffffff9081165f1901908111610c3e5769ffffffffffffffffffff602460a0926040519485938492639a6fc8f560e01b84521660048301525afa5f9181610ec6575b50610e5a57505050503d5f14610e53573d67ffffffffffffffff8111610a4b5760405190610e1e601f8201601f191660200183610a7b565b81523d5f602083013e5b5115610e3357505f90565b638fd228af60e01b5f9081526001600160a01b0391909116600452602490fd5b6060610e28565b929350905f831315610ebe578280821115610eae57610e7891610c52565b915b6127108302928084046127101490151715610c3e5761ffff6060610ea093015116610c5f565b1015610ea95790565b505f90565b90610eb891610c52565b91610e7a565b505050505f90565b610ee091925060a03d60a011610206576101f18183610a7b565b5050509050905f610de6565b50505050505f90565b505f831315610d8c565b5069ffffffffffffffffffff811615610d85565b610f1c81610b62565b8051604051633fabe5a360e21b81529060a090829060049082906001600160a01b03165afa91821561020d57610ae6935f925f94610f5b575b50610c72565b909350610f7891925060a03d60a011610206576101f18183610a7b565b509392505091925f610f55565b5f8181526020818152604080832033845290915290205460ff1615610fa75750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff1661103f575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff161561103f575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea164736f6c634300081a000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5";
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
