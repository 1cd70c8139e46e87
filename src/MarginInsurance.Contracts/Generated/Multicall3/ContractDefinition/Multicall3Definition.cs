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
        public static string BYTECODE = "0x6080604052348015600e575f80fd5b506104048061001c5f395ff3fe608060405260043610610028575f3560e01c806342cbb15c1461002c57806382ad56cb1461004b575b5f80fd5b348015610037575f80fd5b506040514381526020015b60405180910390f35b61005e610059366004610200565b61006b565b6040516100429190610271565b6060818067ffffffffffffffff8111156100875761008761030c565b6040519080825280602002602001820160405280156100cc57816020015b604080518082019091525f8152606060208201528152602001906001900390816100a55790505b5091505f5b818110156101f857368585838181106100ec576100ec610320565b90506020028101906100fe9190610334565b90505f8061010f6020840184610352565b6001600160a01b0316610125604085018561037f565b6040516101339291906103c9565b5f604051808303815f865af19150503d805f811461016c576040519150601f19603f3d011682016040523d82523d5f602084013e610171565b606091505b509150915081158015610191575061018f60408401602085016103d8565b155b156101b6576040516307f3476960e31b81526004810185905260240160405180910390fd5b60405180604001604052808315158152602001828152508685815181106101df576101df610320565b60200260200101819052505050508060010190506100d1565b505092915050565b5f8060208385031215610211575f80fd5b823567ffffffffffffffff811115610227575f80fd5b8301601f81018513610237575f80fd5b803567ffffffffffffffff81111561024d575f80fd5b8560208260051b8401011115610261575f80fd5b6020919091019590945092505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561030057603f198786030184528151805115158652602081015190506040602087015280518060408801528060208301606089015e5f606082890101526060601f19601f83011688010196505050602082019150602084019350600181019050610297565b50929695505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8235605e19833603018112610348575f80fd5b9190910192915050565b5f60208284031215610362575f80fd5b81356001600160a01b0381168114610378575f80fd5b9392505050565b5f808335601e19843603018112610394575f80fd5b83018035915067ffffffffffffffff8211156103ae575f80fd5b6020019150368190038213156103c2575f80fd5b9250929050565b818382375f9101908152919050565b5f602082840312156103e8575f80fd5b81358015158114610378575f80fdfea164736f6c634300081a000a";
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
