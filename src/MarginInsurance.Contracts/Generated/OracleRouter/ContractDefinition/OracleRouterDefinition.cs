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
        public static string BYTECODE = "0x608060405234801561000f575f80fd5b506040516114da3803806114da83398101604081905261002e9161010f565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f80fd5b81516001600160a01b0381168114610135575f80fd5b9392505050565b611391806101495f395ff3fe608060405234801561000f575f80fd5b50600436106100fb575f3560e01c806380ad858611610093578063c215290a11610063578063c215290a1461038a578063d547741f1461039d578063e2ab3776146103b0578063ea8d9377146103ba575f80fd5b806380ad85861461036057806381efd2081461036857806391d1485414610370578063a217fddf14610383575f80fd5b806336568abe116100ce57806336568abe1461019457806341976e09146101a75780637bbf98ce146101ba578063803418211461034d575f80fd5b806301ffc9a7146100ff578063106305aa14610127578063248a9ca31461014f5780632f2ff15d1461017f575b5f80fd5b61011261010d366004611052565b6103c4565b60405190151581526020015b60405180910390f35b61013a610135366004611094565b6103fa565b6040805192835260208301919091520161011e565b61017161015d3660046110af565b5f9081526020819052604090206001015490565b60405190815260200161011e565b61019261018d3660046110c6565b61049b565b005b6101926101a23660046110c6565b6104c5565b6101716101b5366004611094565b6104fd565b6102d86101c8366004611094565b6040805160c080820183525f80835260208084018290528385018290526060808501839052608080860184905260a09586018490526001600160a01b039788168452600180845293879020875160e0810189528154808b168252600160a01b810463ffffffff908116838801908152600160c01b83048216848d01908152600160e01b840461ffff908116868a01908152600160f01b90950460ff168689015295909901546001600160801b03808216868e01908152600160801b9092048116868d019081528e519c8d018f529551909e168b5290518216978a019790975295518b1699880199909952519098169185019190915294519095169382019390935291519092169181019190915290565b60405161011e91905f60c08201905060018060a01b03835116825263ffffffff60208401511660208301526001600160801b0360408401511660408301526001600160801b03606084015116606083015261ffff608084015116608083015263ffffffff60a08401511660a083015292915050565b61019261035b3660046110f4565b61058b565b610171603281565b610171601281565b61011261037e3660046110c6565b610ae3565b6101715f81565b610171610398366004611094565b610b0b565b6101926103ab3660046110c6565b610b9c565b6101716201518081565b6101716202a30081565b5f6001600160e01b03198216637965db0b60e01b14806103f457506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f805f61040684610bc0565b90505f805f835f01516001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa15801561044a573d5f803e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061046e919061114b565b509350509250925061048287858484610cbb565b955061049084848484610dbe565b945050505050915091565b5f828152602081905260409020600101546104b581610f10565b6104bf8383610f1d565b50505050565b6001600160a01b03811633146104ee5760405163334bd91960e11b815260040160405180910390fd5b6104f88282610fac565b505050565b5f8061050883610bc0565b90505f80825f01516001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa15801561054b573d5f803e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061056f919061114b565b5093505092505061058285848484610cbb565b95945050505050565b5f61059581610f10565b6001600160a01b03831615806105bf57505f6105b46020840184611094565b6001600160a01b0316145b156105dd5760405163d92e233d60e01b815260040160405180910390fd5b6105ed6040830160208401611199565b63ffffffff16158061061657506202a30061060e6040840160208501611199565b63ffffffff16115b156106625761062b6040830160208401611199565b604051630942247160e31b815263ffffffff9091166004820152600160248201526202a30060448201526064015b60405180910390fd5b6201518061067660c0840160a08501611199565b63ffffffff1611156106c35761069260c0830160a08401611199565b604051630942247160e31b815263ffffffff90911660048201525f6024820152620151806044820152606401610659565b60326106d560a08401608085016111bc565b61ffff1610806106f957506127106106f360a08401608085016111bc565b61ffff16115b1561073d5761070e60a08301608084016111bc565b604051630942247160e31b815261ffff9091166004820152603260248201526127106044820152606401610659565b61074d60608301604084016111dd565b6001600160801b03161580610792575061076d60808301606084016111dd565b6001600160801b031661078660608401604085016111dd565b6001600160801b031610155b156107ee576107a760608301604084016111dd565b60016107b960808501606086016111dd565b604051630942247160e31b81526001600160801b03938416600482015260248101929092529091166044820152606401610659565b5f6107fc6020840184611094565b6001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015610837573d5f803e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061085b9190611203565b905060128160ff161115610887576040516377fc93a160e11b815260ff82166004820152602401610659565b6040805160e08101909152806108a06020860186611094565b6001600160a01b031681526020018460200160208101906108c19190611199565b63ffffffff1681526020016108dc60c0860160a08701611199565b63ffffffff1681526020016108f760a08601608087016111bc565b61ffff1681526020018260ff16815260200184604001602081019061091c91906111dd565b6001600160801b0316815260200161093a60808601606087016111dd565b6001600160801b039081169091526001600160a01b038087165f9081526001602081815260409283902086518154888401519589015160608a015160808b015160ff16600160f01b0260ff60f01b1961ffff909216600160e01b0261ffff60e01b1963ffffffff948516600160c01b021665ffffffffffff60c01b1994909a16600160a01b026001600160c01b031990951695909a1694909417929092171695909517959095179390931693909317825560a085015160c0909501518416600160801b0294909316939093179290910191909155610a1a90840184611094565b6001600160a01b039081169085167fc79571312e868036a93c99a532253a3baa81d0f6bfc7504a3918f2e8c15472a8610a596040870160208801611199565b610a6960608801604089016111dd565b610a796080890160608a016111dd565b610a8960a08a0160808b016111bc565b610a9960c08b0160a08c01611199565b6040805163ffffffff96871681526001600160801b039586166020820152939094169383019390935261ffff1660608201529116608082015260a00160405180910390a350505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f80610b1683610bc0565b90505f805f835f01516001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa158015610b5a573d5f803e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b7e919061114b565b5093505092509250610b9284848484610dbe565b9695505050505050565b5f82815260208190526040902060010154610bb681610f10565b6104bf8383610fac565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152506001600160a01b038181165f90815260016020818152604092839020835160e0810185528154958616808252600160a01b870463ffffffff90811694830194909452600160c01b870490931694810194909452600160e01b850461ffff166060850152600160f01b90940460ff1660808401529201546001600160801b0380821660a0840152600160801b9091041660c082015290610cb657604051630dcaf86b60e01b81526001600160a01b0383166004820152602401610659565b919050565b5f808313610cee5760405163dcd07d4f60e01b81526001600160a01b038616600482015260248101849052604401610659565b6020840151610d039063ffffffff1683611237565b421115610d355760405163758ff4b760e11b81526001600160a01b038616600482015260248101839052604401610659565b6080840151610d489060ff16601261124a565b610d5390600a611340565b610d5d908461134b565b90508360a001516001600160801b0316811080610d8657508360c001516001600160801b031681115b15610db6576040516361ac512b60e01b81526001600160a01b038616600482015260248101829052604401610659565b949350505050565b5f80856040015163ffffffff1683610dd69190611237565b90508042101580610df1575069ffffffffffffffffffff8516155b80610dfc57505f8413155b15610e0a575f915050610db6565b85515f906001600160a01b0316639a6fc8f5610e27600189611362565b6040516001600160e01b031960e084901b16815269ffffffffffffffffffff909116600482015260240160a060405180830381865afa925050508015610e8a575060408051601f3d908101601f19168201909252610e879181019061114b565b60015b610e98575f92505050610db6565b509193505050505f8113610eb0575f92505050610db6565b84815f818311610ec957610ec4838361124a565b610ed3565b610ed3828461124a565b9050818a6060015161ffff16610ee9919061134b565b610ef56127108361134b565b11610f00575f610f02565b845b9a9950505050505050505050565b610f1a8133611015565b50565b5f610f288383610ae3565b610fa5575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610f5d3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103f4565b505f6103f4565b5f610fb78383610ae3565b15610fa5575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103f4565b61101f8282610ae3565b61104e5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610659565b5050565b5f60208284031215611062575f80fd5b81356001600160e01b031981168114611079575f80fd5b9392505050565b6001600160a01b0381168114610f1a575f80fd5b5f602082840312156110a4575f80fd5b813561107981611080565b5f602082840312156110bf575f80fd5b5035919050565b5f80604083850312156110d7575f80fd5b8235915060208301356110e981611080565b809150509250929050565b5f8082840360e0811215611106575f80fd5b833561111181611080565b925060c0601f1982011215611124575f80fd5b506020830190509250929050565b805169ffffffffffffffffffff81168114610cb6575f80fd5b5f805f805f60a0868803121561115f575f80fd5b61116886611132565b6020870151604088015160608901519297509095509350915061118d60808701611132565b90509295509295909350565b5f602082840312156111a9575f80fd5b813563ffffffff81168114611079575f80fd5b5f602082840312156111cc575f80fd5b813561ffff81168114611079575f80fd5b5f602082840312156111ed575f80fd5b81356001600160801b0381168114611079575f80fd5b5f60208284031215611213575f80fd5b815160ff81168114611079575f80fd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156103f4576103f4611223565b818103818111156103f4576103f4611223565b6001815b60018411156112985780850481111561127c5761127c611223565b600184161561128a57908102905b60019390931c928002611261565b935093915050565b5f826112ae575060016103f4565b816112ba57505f6103f4565b81600181146112d057600281146112da576112f6565b60019150506103f4565b60ff8411156112eb576112eb611223565b50506001821b6103f4565b5060208310610133831016604e8410600b8410161715611319575081810a6103f4565b6113255f19848461125d565b805f190482111561133857611338611223565b029392505050565b5f61107983836112a0565b80820281158282048414176103f4576103f4611223565b69ffffffffffffffffffff82811682821603908111156103f4576103f461122356fea164736f6c634300081a000a";
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
