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

namespace MarginInsurance.Contracts.L2OracleRouter.ContractDefinition
{


    public partial class L2OracleRouterDeployment : L2OracleRouterDeploymentBase
    {
        public L2OracleRouterDeployment() : base(BYTECODE) { }
        public L2OracleRouterDeployment(string byteCode) : base(byteCode) { }
    }

    public class L2OracleRouterDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60c03461011f57601f61144b38819003918201601f19168301916001600160401b038311848410176101235780849260609460405283398101031261011f5780516001600160a01b0381169081810361011f5760208301516001600160a01b0381169390919084830361011f576040015192156101105761007f90610137565b508215610110576201518082116100f2577f298c04213de788b5085186834cefa203321e2ea936385a1c87254a3738511723916020916080528060a052604051908152a260405161126a90816101c182396080518181816108de0152610c62015260a0518181816109bf0152610cb00152f35b50630942247160e31b5f526004525f6024526201518060445260645ffd5b63d92e233d60e01b5f5260045ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b6001600160a01b0381165f9081525f8051602061142b833981519152602052604090205460ff166101bb576001600160a01b03165f8181525f8051602061142b83398151915260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f9056fe6080806040526004361015610012575f80fd5b5f3560e01c90816301ffc9a714610ad657508063106305aa14610a0c578063248a9ca3146109e257806326a97b94146109a85780632708eab71461098e5780632f2ff15d1461095157806336568abe1461090d5780633b521cb6146108c957806341976e09146108385780637632c6e4146101195780637bbf98ce1461070c57806380341821146102ae57806380ad85861461029357806381efd2081461027857806391d1485414610230578063a217fddf14610216578063c215290a14610162578063d547741f1461011e578063e2ab3776146101195763ea8d9377146100f8575f80fd5b34610115575f3660031901126101155760206040516202a3008152f35b5f80fd5b610b55565b346101155760403660031901126101155761016060043561013d610b3f565b9061015b610156825f525f602052600160405f20015490565b61111d565b6111dd565b005b346101155760203660031901126101155761017b610b29565b61018481610d92565b8051604051633fabe5a360e21b81529060a090829060049082906001600160a01b03165afa90811561020b576020936101c8935f915f935f956101d0575b50610f6f565b604051908152f35b91935093506101f7915060a03d60a011610204575b6101ef8183610bbe565b810190610bf7565b50949193919050876101c2565b503d6101e5565b6040513d5f823e3d90fd5b34610115575f3660031901126101155760206040515f8152f35b3461011557604036600319011261011557610249610b3f565b6004355f525f60205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610115575f36600319011261011557602060405160128152f35b34610115575f36600319011261011557602060405160328152f35b346101155760e0366003190112610115576102c7610b29565b60c036602319011261011557335f9081527fad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5602052604090205460ff16156106f5576001600160a01b0316801580156106dd575b6106ce5763ffffffff61032c610d2f565b161580156106b5575b610689576201518063ffffffff61034a610d42565b161161065e57603261ffff61035d610d55565b16108015610648575b61061f576001600160801b0361037a610d66565b161580156105fb575b6105c557600460206001600160a01b0361039b610d19565b166040519283809263313ce56760e01b82525afa801561020b575f90610588575b60ff915016601281116105765760016103d3610d19565b916001600160801b036103e4610d2f565b916103ed610d42565b926103f6610d55565b916103ff610d66565b92610408610d7c565b95604051986104168a610ba2565b888060a01b0316895263ffffffff60208a019416845263ffffffff60408a019116815261ffff60608a0192168252608089019283528560a08a01951685528560c08a0197168752895f528760205260405f2098888060a01b039051169089549463ffffffff60a01b905160a01b169063ffffffff60c01b905160c01b169261ffff60e01b905160e01b169360ff60f01b905160f01b169460ff60f01b199261ffff60e01b199163ffffffff60e01b161716171617171785555116906001600160801b0319905160801b161791015560018060a01b036104f3610d19565b16907fc79571312e868036a93c99a532253a3baa81d0f6bfc7504a3918f2e8c15472a860a0610520610d2f565b63ffffffff61052d610d66565b61ffff610538610d7c565b6001600160801b03610548610d55565b9181610552610d42565b958760405199168952166020880152166040860152166060840152166080820152a3005b6377fc93a160e11b5f5260045260245ffd5b506020813d6020116105bd575b816105a260209383610bbe565b81010312610115575160ff811681036101155760ff906103bc565b3d9150610595565b6001600160801b036105d5610d66565b816105de610d7c565b91630942247160e31b5f521660045260016024521660445260645ffd5b50610604610d66565b6001600160801b0380610615610d7c565b1691161015610383565b61ffff61062a610d55565b630942247160e31b5f5216600452603260245261271060445260645ffd5b5061271061ffff610657610d55565b1611610366565b63ffffffff61066b610d42565b630942247160e31b5f52166004525f6024526201518060445260645ffd5b63ffffffff610696610d2f565b630942247160e31b5f521660045260016024526202a30060445260645ffd5b506202a30063ffffffff6106c7610d2f565b1611610335565b63d92e233d60e01b5f5260045ffd5b506001600160a01b036106ee610d19565b161561031b565b63e2517d3f60e01b5f52336004525f60245260445ffd5b3461011557602036600319011261011557610725610b29565b5f60a060405161073481610b72565b828152826020820152826040820152826060820152826080820152015260018060a01b03165f52600160205260c060405f2063ffffffff6040519161077883610ba2565b61ffff81546001600160801b03868160018060a01b0384169788815287808660a01c1680602084015260018288871c16998a604086015260ff8a8a60e01c16998a606088015260f01c166080860152015492848416938460a083015260801c958691015260a06040516107ea81610b72565b8c815260208101928352604081019485526060810196875260808101988952019889526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b3461011557602036600319011261011557610851610b29565b61085a81610d92565b8051604051633fabe5a360e21b81529192919060a090829060049082906001600160a01b03165afa90811561020b576020936101c8935f925f9461089f575b50610e81565b9093506108bc91925060a03d60a011610204576101ef8183610bbe565b5093925050919286610899565b34610115575f366003190112610115576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461011557604036600319011261011557610926610b3f565b336001600160a01b0382160361094257610160906004356111dd565b63334bd91960e11b5f5260045ffd5b3461011557604036600319011261011557610160600435610970610b3f565b90610989610156825f525f602052600160405f20015490565b611155565b34610115575f3660031901126101155760206101c8610c4d565b34610115575f3660031901126101155760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346101155760203660031901126101155760206101c86004355f525f602052600160405f20015490565b3461011557602036600319011261011557610a25610b29565b610a2d610c4d565b9081610ac35780610a3f600492610d92565b8051604051633fabe5a360e21b81529360a09185919082906001600160a01b03165afa801561020b57604093610a8d925f905f925f94610a99575b50610a8784848389610e81565b95610f6f565b82519182526020820152f35b91509250610ab6915060a03d60a011610204576101ef8183610bbe565b5092905090919287610a7a565b50631323efd160e01b5f5260045260245ffd5b34610115576020366003190112610115576004359063ffffffff60e01b821680920361011557602091637965db0b60e01b8114908115610b18575b5015158152f35b6301ffc9a760e01b14905083610b11565b600435906001600160a01b038216820361011557565b602435906001600160a01b038216820361011557565b34610115575f366003190112610115576020604051620151808152f35b60c0810190811067ffffffffffffffff821117610b8e57604052565b634e487b7160e01b5f52604160045260245ffd5b60e0810190811067ffffffffffffffff821117610b8e57604052565b90601f8019910116810190811067ffffffffffffffff821117610b8e57604052565b519069ffffffffffffffffffff8216820361011557565b908160a091031261011557610c0b81610be0565b91602082015191604081015191610c29608060608401519301610be0565b90565b91908201809211610c3957565b634e487b7160e01b5f52601160045260245ffd5b604051633fabe5a360e21b815260a0816004817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561020b575f905f92610cf4575b5015801590610cec575b610ce657610cd5907f000000000000000000000000000000000000000000000000000000000000000090610c2c565b8042105f14610ce15790565b505f90565b505f1990565b508015610ca6565b9050610d0f915060a03d60a011610204576101ef8183610bbe565b505091505f610c9c565b6024356001600160a01b03811681036101155790565b60443563ffffffff811681036101155790565b60c43563ffffffff811681036101155790565b60a43561ffff811681036101155790565b6064356001600160801b03811681036101155790565b6084356001600160801b03811681036101155790565b5f60c0604051610da181610ba2565b8281528260208201528260408201528260608201528260808201528260a0820152015260018060a01b031690815f52600160205260405f2091604051610de681610ba2565b600184549460ff828060a01b0387169687855263ffffffff8160a01c16602086015263ffffffff8160c01c16604086015261ffff8160e01c16606086015260f01c16608084015201546001600160801b03811660a083015260801c60c08201529215610e4f5750565b630dcaf86b60e01b5f5260045260245ffd5b91908203918211610c3957565b81810292918115918404141715610c3957565b919093925f821315610f4c57610ea163ffffffff60208701511682610c2c565b4211610f28575060ff6080850151166012039060128211610c3957604d8211610c3957610ed191600a0a90610e6e565b926001600160801b0360a0820151168410908115610f11575b50610ef25750565b90506361ac512b60e01b5f5260018060a01b031660045260245260445ffd5b6001600160801b03915060c001511683115f610eea565b63758ff4b760e11b5f9081526001600160a01b038416600452602491909152604490fd5b5063dcd07d4f60e01b5f9081526001600160a01b03909216600452602452604490fd5b93610f889093929363ffffffff60408401511690610c2c565b92834210801590611109575b80156110ff575b6110f65781516001600160a01b03169069ffffffffffffffffffff9081165f1901908111610c395769ffffffffffffffffffff602460a0926040519485938492639a6fc8f560e01b84521660048301525afa5f91816110d0575b5061106957505050503d5f14611062573d67ffffffffffffffff8111610b8e576040519061102d601f8201601f191660200183610bbe565b81523d5f602083013e5b511561104257505f90565b638fd228af60e01b5f9081526001600160a01b0391909116600452602490fd5b6060611037565b929350905f8313156110c85782808211156110b85761108791610e61565b915b6127108302928084046127101490151715610c395761ffff60606110af93015116610e6e565b1015610ce15790565b906110c291610e61565b91611089565b505050505f90565b6110ea91925060a03d60a011610204576101ef8183610bbe565b5050509050905f610ff5565b50505050505f90565b505f831315610f9b565b5069ffffffffffffffffffff811615610f94565b5f8181526020818152604080832033845290915290205460ff161561113f5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f818152602081815260408083206001600160a01b038616845290915290205460ff166111d7575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b50505f90565b5f818152602081815260408083206001600160a01b038616845290915290205460ff16156111d7575f818152602081815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a460019056fea164736f6c634300081a000aad3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5";
        public L2OracleRouterDeploymentBase() : base(BYTECODE) { }
        public L2OracleRouterDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "admin", 1)]
        public virtual string Admin { get; set; }
        [Parameter("address", "feed", 2)]
        public virtual string Feed { get; set; }
        [Parameter("uint256", "gracePeriod", 3)]
        public virtual BigInteger GracePeriod { get; set; }
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

    public partial class MaxSequencerGraceFunction : MaxSequencerGraceFunctionBase { }

    [Function("MAX_SEQUENCER_GRACE", "uint256")]
    public class MaxSequencerGraceFunctionBase : FunctionMessage
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

    public partial class SequencerFeedFunction : SequencerFeedFunctionBase { }

    [Function("sequencerFeed", "address")]
    public class SequencerFeedFunctionBase : FunctionMessage
    {

    }

    public partial class SequencerGracePeriodFunction : SequencerGracePeriodFunctionBase { }

    [Function("sequencerGracePeriod", "uint256")]
    public class SequencerGracePeriodFunctionBase : FunctionMessage
    {

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

    public partial class SequencerFeedSetEventDTO : SequencerFeedSetEventDTOBase { }

    [Event("SequencerFeedSet")]
    public class SequencerFeedSetEventDTOBase : IEventDTO
    {
        [Parameter("address", "feed", 1, true )]
        public virtual string Feed { get; set; }
        [Parameter("uint256", "gracePeriod", 2, false )]
        public virtual BigInteger GracePeriod { get; set; }
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

    public partial class MaxSequencerGraceOutputDTO : MaxSequencerGraceOutputDTOBase { }

    [FunctionOutput]
    public class MaxSequencerGraceOutputDTOBase : IFunctionOutputDTO 
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





    public partial class SequencerFeedOutputDTO : SequencerFeedOutputDTOBase { }

    [FunctionOutput]
    public class SequencerFeedOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class SequencerGracePeriodOutputDTO : SequencerGracePeriodOutputDTOBase { }

    [FunctionOutput]
    public class SequencerGracePeriodOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
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
