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
        public static string BYTECODE = "0x60a060405234801561000f575f80fd5b5060405161055538038061055583398101604081905261002e916100b2565b60ff9091166080525f80546001600160501b031916600190811782556040805180820190915292835242602080850191825292829052915290517fcc69885fda6bcc1a4ace058b4a62bf5e179ea78fd58a1ccd71c22cc9b688792f55517fcc69885fda6bcc1a4ace058b4a62bf5e179ea78fd58a1ccd71c22cc9b6887930556100e3565b5f80604083850312156100c3575f80fd5b825160ff811681146100d3575f80fd5b6020939093015192949293505050565b60805161045b6100fa5f395f6099015261045b5ff3fe608060405234801561000f575f80fd5b5060043610610090575f3560e01c80637284e416116100635780637284e4161461012a57806399213cd81461015a5780639a1a64631461016f5780639a6fc8f514610182578063feaf968c146101c9575f80fd5b8063313ce5671461009457806350d25bcd146100d257806354fd4d50146100f9578063668a0f0214610100575b5f80fd5b6100bb7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020015b60405180910390f35b5f80546001600160501b03168152600160205260409020545b6040519081526020016100c9565b60046100eb565b5f54610112906001600160501b031681565b6040516001600160501b0390911681526020016100c9565b604080518082018252600e81526d26b7b1b5a0b3b3b932b3b0ba37b960911b602082015290516100c99190610366565b61016d61016836600461039b565b610203565b005b61016d61017d3660046103cd565b610269565b6101956101903660046103fd565b6102d1565b604080516001600160501b03968716815260208101959095528401929092526060830152909116608082015260a0016100c9565b5f80546001600160501b03168082526001602081815260409384902084518086019095528054808652920154930183905290918083610195565b5f805461021a906001600160501b0316600161041d565b5f80546001600160501b0390921669ffffffffffffffffffff19909216821781556040805180820182529485524260208087019182529383526001938490529120935184555192019190915550565b60408051808201825283815260208082018481526001600160501b038088165f8181526001948590529586209451855591519390920192909255915490911610156102cc575f805469ffffffffffffffffffff19166001600160501b0385161790555b505050565b6001600160501b0381165f908152600160208181526040808420815180830190925280548252909201549082018190528291829182918291820361034d5760405162461bcd60e51b815260206004820152600f60248201526e139bc819185d18481c1c995cd95b9d608a1b604482015260640160405180910390fd5b8051602090910151969790969550859450879350915050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156103ab575f80fd5b5035919050565b80356001600160501b03811681146103c8575f80fd5b919050565b5f805f606084860312156103df575f80fd5b6103e8846103b2565b95602085013595506040909401359392505050565b5f6020828403121561040d575f80fd5b610416826103b2565b9392505050565b6001600160501b03818116838216019081111561044857634e487b7160e01b5f52601160045260245ffd5b9291505056fea164736f6c634300081a000a";
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
