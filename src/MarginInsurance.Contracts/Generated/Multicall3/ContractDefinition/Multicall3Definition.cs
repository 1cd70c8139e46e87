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

namespace MarginInsurance.Contracts.Multicall3.ContractDefinition
{


    public partial class Multicall3Deployment : Multicall3DeploymentBase
    {
        public Multicall3Deployment() : base(BYTECODE) { }
        public Multicall3Deployment(string byteCode) : base(byteCode) { }
    }

    public class Multicall3DeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60808060405234601557610359908161001a8239f35b5f80fdfe6080806040526004361015610012575f80fd5b5f3560e01c90816342cbb15c146102ae57506382ad56cb14610032575f80fd5b60203660031901126101d75760043567ffffffffffffffff81116101d757366023820112156101d757806004013567ffffffffffffffff81116101d7573660248260051b840101116101d7579061009061008b8361030c565b6102e6565b82815290601f196100a08461030c565b015f5b8181106102885750503681900360821901905f5b848110156101f75760248160051b83010135838112156101d757820160248101356001600160a01b03811681036101d757606482013560421936849003018112156101d75782016024018035919067ffffffffffffffff83116101d7576020019082360382136101d757825f80949381946040519384928337810182815203925af13d156101ef573d9067ffffffffffffffff82116101db57610163601f8301601f19166020016102e6565b9182523d5f602084013e5b15809281936101c2575b506101af57906001929161018a6102c6565b91158252602082015261019d8287610324565b526101a88186610324565b50016100b7565b826307f3476960e31b5f5260045260245ffd5b60440135801591508115036101d7575f610178565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b60609061016e565b836040518091602082016020835281518091526040830190602060408260051b8601019301915f905b82821061022f57505050500390f35b9193600191939550602060608192603f198a820301865282808a5180511515845201516040828401528051918291826040860152018484015e5f838284010152601f801991011601019601920192018594939192610220565b6020906102969593956102c6565b5f8152606083820152828287010152019391936100a3565b346101d7575f3660031901126101d757602090438152f35b604051906040820182811067ffffffffffffffff8211176101db57604052565b6040519190601f01601f1916820167ffffffffffffffff8111838210176101db57604052565b67ffffffffffffffff81116101db5760051b60200190565b80518210156103385760209160051b010190565b634e487b7160e01b5f52603260045260245ffdfea164736f6c634300081a000a";
        public Multicall3DeploymentBase() : base(BYTECODE) { }
        public Multicall3DeploymentBase(string byteCode) : base(byteCode) { }

    }

    public partial class Aggregate3Function : Aggregate3FunctionBase { }

    [Function("aggregate3", typeof(Aggregate3OutputDTO))]
    public class Aggregate3FunctionBase : FunctionMessage
    {
        [Parameter("tuple[]", "calls", 1)]
        public virtual List<Call3> Calls { get; set; }
    }

    public partial class GetBlockNumberFunction : GetBlockNumberFunctionBase { }

    [Function("getBlockNumber", "uint256")]
    public class GetBlockNumberFunctionBase : FunctionMessage
    {

    }

    public partial class CallFailedError : CallFailedErrorBase { }

    [Error("CallFailed")]
    public class CallFailedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "index", 1)]
        public virtual BigInteger Index { get; set; }
    }

    public partial class Aggregate3OutputDTO : Aggregate3OutputDTOBase { }

    [FunctionOutput]
    public class Aggregate3OutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("tuple[]", "returnData", 1)]
        public virtual List<Result> ReturnData { get; set; }
    }

    public partial class GetBlockNumberOutputDTO : GetBlockNumberOutputDTOBase { }

    [FunctionOutput]
    public class GetBlockNumberOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "blockNumber", 1)]
        public virtual BigInteger BlockNumber { get; set; }
    }
}
