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

namespace MarginInsurance.Contracts.MockAggregator.ContractDefinition
{


    public partial class MockAggregatorDeployment : MockAggregatorDeploymentBase
    {
        public MockAggregatorDeployment() : base(BYTECODE) { }
        public MockAggregatorDeployment(string byteCode) : base(byteCode) { }
    }

    public class MockAggregatorDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60a06040523461014557604051601f61065038819003918201601f19168301916001600160401b038311848410176101495780849260409485528339810103126101455780519060ff82168203610145576020908101516080929092525f80546001600160501b03191660011781559061007761015d565b82815201528060170b9080820361012e57506001600160401b0342116101165761009f61015d565b908152426001600160401b0316602080830191825260015f8190529052905190516001600160c01b0390911660c09190911b6001600160c01b031916177fcc69885fda6bcc1a4ace058b4a62bf5e179ea78fd58a1ccd71c22cc9b688792f556040516104d3908161017d8239608051816103df0152f35b6306dfcc6560e41b5f5260406004524260245260445ffd5b63327269a760e01b5f5260c060045260245260445ffd5b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b60408051919082016001600160401b038111838210176101495760405256fe6080806040526004361015610012575f80fd5b5f3560e01c908163313ce567146103c85750806350d25bcd1461039457806354fd4d5014610379578063668a0f02146103545780637284e416146102f257806399213cd8146102575780639a1a6463146101ce5780639a6fc8f5146101065763feaf968c1461007f575f80fd5b34610102575f3660031901126101025760206001600160501b035f5416805f52600182526100fe60405f20916100b3610419565b9254928360170b9384825260c01c9485910152836040519485948386936080936001600160501b0393979692978460a088019916875260208701526040860152606085015216910152565b0390f35b5f80fd5b346101025760203660031901126101025761011f610403565b6001600160501b0381165f52600160205260405f2061013c610419565b90548060170b825260c01c9060208101918083521561019757519051604080516001600160501b039490941680855260179390930b602085015267ffffffffffffffff9091169083018190526060830152608082015260a090f35b60405162461bcd60e51b815260206004820152600f60248201526e139bc819185d18481c1c995cd95b9d608a1b6044820152606490fd5b34610102576060366003190112610102576101e7610403565b6001600160501b036101fd60443560243561044d565b911690815f52600160205260405f2090805190602067ffffffffffffffff60c01b91015160c01b169060018060c01b03161790555f546001600160501b038116821161024557005b69ffffffffffffffffffff1916175f55005b34610102576020366003190112610102575f5460016001600160501b038216016001600160501b0381116102de576001600160501b031680916001600160501b031916175f556102a94260043561044d565b905f52600160205260405f2090805190602067ffffffffffffffff60c01b91015160c01b169060018060c01b03161790555f80f35b634e487b7160e01b5f52601160045260245ffd5b34610102575f3660031901126101025761030a610419565b600e8152604060208201916d26b7b1b5a0b3b3b932b3b0ba37b960911b83528151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b34610102575f3660031901126101025760206001600160501b035f5416604051908152f35b34610102575f36600319011261010257602060405160048152f35b34610102575f366003190112610102576001600160501b035f54165f526001602052602060405f205460170b604051908152f35b34610102575f3660031901126101025760209060ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b600435906001600160501b038216820361010257565b604051906040820182811067ffffffffffffffff82111761043957604052565b634e487b7160e01b5f52604160045260245ffd5b905f6020610459610419565b82815201528160170b918083036104af575067ffffffffffffffff81116104985767ffffffffffffffff9061048c610419565b92835216602082015290565b6306dfcc6560e41b5f52604060045260245260445ffd5b63327269a760e01b5f5260c060045260245260445ffdfea164736f6c634300081a000a";
        public MockAggregatorDeploymentBase() : base(BYTECODE) { }
        public MockAggregatorDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("uint8", "decimals_", 1)]
        public virtual byte Decimals { get; set; }
        [Parameter("int256", "initialAnswer", 2)]
        public virtual BigInteger InitialAnswer { get; set; }
    }

    public partial class DecimalsFunction : DecimalsFunctionBase { }

    [Function("decimals", "uint8")]
    public class DecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class DescriptionFunction : DescriptionFunctionBase { }

    [Function("description", "string")]
    public class DescriptionFunctionBase : FunctionMessage
    {

    }

    public partial class GetRoundDataFunction : GetRoundDataFunctionBase { }

    [Function("getRoundData", typeof(GetRoundDataOutputDTO))]
    public class GetRoundDataFunctionBase : FunctionMessage
    {
        [Parameter("uint80", "roundId", 1)]
        public virtual BigInteger RoundId { get; set; }
    }

    public partial class LatestAnswerFunction : LatestAnswerFunctionBase { }

    [Function("latestAnswer", "int256")]
    public class LatestAnswerFunctionBase : FunctionMessage
    {

    }

    public partial class LatestRoundFunction : LatestRoundFunctionBase { }

    [Function("latestRound", "uint80")]
    public class LatestRoundFunctionBase : FunctionMessage
    {

    }

    public partial class LatestRoundDataFunction : LatestRoundDataFunctionBase { }

    [Function("latestRoundData", typeof(LatestRoundDataOutputDTO))]
    public class LatestRoundDataFunctionBase : FunctionMessage
    {

    }

    public partial class SetAnswerFunction : SetAnswerFunctionBase { }

    [Function("setAnswer")]
    public class SetAnswerFunctionBase : FunctionMessage
    {
        [Parameter("int256", "answer", 1)]
        public virtual BigInteger Answer { get; set; }
    }

    public partial class SetRoundFunction : SetRoundFunctionBase { }

    [Function("setRound")]
    public class SetRoundFunctionBase : FunctionMessage
    {
        [Parameter("uint80", "roundId", 1)]
        public virtual BigInteger RoundId { get; set; }
        [Parameter("int256", "answer", 2)]
        public virtual BigInteger Answer { get; set; }
        [Parameter("uint256", "updatedAt", 3)]
        public virtual BigInteger UpdatedAt { get; set; }
    }

    public partial class VersionFunction : VersionFunctionBase { }

    [Function("version", "uint256")]
    public class VersionFunctionBase : FunctionMessage
    {

    }

    public partial class SafeCastOverflowedIntDowncastError : SafeCastOverflowedIntDowncastErrorBase { }

    [Error("SafeCastOverflowedIntDowncast")]
    public class SafeCastOverflowedIntDowncastErrorBase : IErrorDTO
    {
        [Parameter("uint8", "bits", 1)]
        public virtual byte Bits { get; set; }
        [Parameter("int256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class SafeCastOverflowedUintDowncastError : SafeCastOverflowedUintDowncastErrorBase { }

    [Error("SafeCastOverflowedUintDowncast")]
    public class SafeCastOverflowedUintDowncastErrorBase : IErrorDTO
    {
        [Parameter("uint8", "bits", 1)]
        public virtual byte Bits { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class DecimalsOutputDTO : DecimalsOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class DescriptionOutputDTO : DescriptionOutputDTOBase { }

    [FunctionOutput]
    public class DescriptionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class GetRoundDataOutputDTO : GetRoundDataOutputDTOBase { }

    [FunctionOutput]
    public class GetRoundDataOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint80", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
        [Parameter("int256", "", 2)]
        public virtual BigInteger ReturnValue2 { get; set; }
        [Parameter("uint256", "", 3)]
        public virtual BigInteger ReturnValue3 { get; set; }
        [Parameter("uint256", "", 4)]
        public virtual BigInteger ReturnValue4 { get; set; }
        [Parameter("uint80", "", 5)]
        public virtual BigInteger ReturnValue5 { get; set; }
    }

    public partial class LatestAnswerOutputDTO : LatestAnswerOutputDTOBase { }

    [FunctionOutput]
    public class LatestAnswerOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("int256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class LatestRoundOutputDTO : LatestRoundOutputDTOBase { }

    [FunctionOutput]
    public class LatestRoundOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint80", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class LatestRoundDataOutputDTO : LatestRoundDataOutputDTOBase { }

    [FunctionOutput]
    public class LatestRoundDataOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint80", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
        [Parameter("int256", "", 2)]
        public virtual BigInteger ReturnValue2 { get; set; }
        [Parameter("uint256", "", 3)]
        public virtual BigInteger ReturnValue3 { get; set; }
        [Parameter("uint256", "", 4)]
        public virtual BigInteger ReturnValue4 { get; set; }
        [Parameter("uint80", "", 5)]
        public virtual BigInteger ReturnValue5 { get; set; }
    }





    public partial class VersionOutputDTO : VersionOutputDTOBase { }

    [FunctionOutput]
    public class VersionOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }
}
