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
        public static string BYTECODE = "0x60a0604052346100d357604051601f6104f238819003918201601f19168301916001600160401b038311848410176100bf5780849260409485528339810103126100d35780519060ff821682036100d357602001516080919091525f80546001600160501b031916600117905560408051919082016001600160401b038111838210176100bf576040528152600160208201428152815f528160205260405f20925183555191015560405161041a90816100d882396080518161039f0152f35b634e487b7160e01b5f52604160045260245ffd5b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c908163313ce567146103885750806350d25bcd1461035757806354fd4d501461033c578063668a0f02146103175780637284e416146102b557806399213cd81461022d5780639a1a6463146101b85780639a6fc8f5146101025763feaf968c1461007f575f80fd5b346100fe575f3660031901126100fe5760206001600160501b035f5416805f52600182526100fa60405f20916100b36103d9565b600184549485835201549485910152836040519485948386936080936001600160501b0393979692978460a088019916875260208701526040860152606085015216910152565b0390f35b5f80fd5b346100fe5760203660031901126100fe5761011b6103c3565b6001600160501b0381165f52600160205260405f20600161013a6103d9565b918054835201549060208101918083521561018157519051604080516001600160501b0394909416808552602085019390935283018190526060830152608082015260a090f35b60405162461bcd60e51b815260206004820152600f60248201526e139bc819185d18481c1c995cd95b9d608a1b6044820152606490fd5b346100fe5760603660031901126100fe576101d16103c3565b6101d96103d9565b602435815260016001600160501b03602083019360443585521692835f528160205260405f2092518355519101555f546001600160501b038116821161021b57005b69ffffffffffffffffffff1916175f55005b346100fe5760203660031901126100fe575f5460016001600160501b038216016001600160501b0381116102a1576001600160501b031680916001600160501b031916175f55600161027d6103d9565b91600435835260208301904282525f528160205260405f2092518355519101555f80f35b634e487b7160e01b5f52601160045260245ffd5b346100fe575f3660031901126100fe576102cd6103d9565b600e8152604060208201916d26b7b1b5a0b3b3b932b3b0ba37b960911b83528151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b346100fe575f3660031901126100fe5760206001600160501b035f5416604051908152f35b346100fe575f3660031901126100fe57602060405160048152f35b346100fe575f3660031901126100fe576001600160501b035f54165f526001602052602060405f2054604051908152f35b346100fe575f3660031901126100fe5760209060ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b600435906001600160501b03821682036100fe57565b604051906040820182811067ffffffffffffffff8211176103f957604052565b634e487b7160e01b5f52604160045260245ffdfea164736f6c634300081a000a";
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
