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

namespace MarginInsurance.Contracts.KinkedRateModel.ContractDefinition
{


    public partial class KinkedRateModelDeployment : KinkedRateModelDeploymentBase
    {
        public KinkedRateModelDeployment() : base(BYTECODE) { }
        public KinkedRateModelDeployment(string byteCode) : base(byteCode) { }
    }

    public class KinkedRateModelDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x610100604052348015610010575f80fd5b5060405161068a38038061068a83398101604081905261002f9161012d565b6100426064670de0b6b3a7640000610174565b8110806100565750670de0b6b3a764000081115b156100a4578061006f6064670de0b6b3a7640000610174565b604051630942247160e31b815260048101929092526024820152670de0b6b3a764000060448201526064015b60405180910390fd5b5f826100b08587610193565b6100ba9190610193565b90506100cf670de0b6b3a7640000600a6101ac565b81111561011557805f6100eb670de0b6b3a7640000600a6101ac565b604051630942247160e31b815260048101939093526024830191909152604482015260640161009b565b5060809390935260a09190915260c05260e0526101c3565b5f805f8060808587031215610140575f80fd5b505082516020840151604085015160609095015191969095509092509050565b634e487b7160e01b5f52601160045260245ffd5b5f8261018e57634e487b7160e01b5f52601260045260245ffd5b500490565b808201808211156101a6576101a6610160565b92915050565b80820281158282048414176101a6576101a6610160565b60805160a05160c05160e05161047a6102105f395f818160b801526101b901525f818160df015261019801525f8181610106015261017701525f818161012d0152610156015261047a5ff3fe608060405234801561000f575f80fd5b506004361061007a575f3560e01c8063b68a264411610058578063b68a2644146100b3578063bddb37b0146100da578063d00c14e814610101578063de3f948514610128575f80fd5b80634132b3371461007e5780636c4e454e146100a3578063897148ae146100ab575b5f80fd5b61009161008c3660046103d2565b61014f565b60405190815260200160405180910390f35b6100916101e3565b6100916101f9565b6100917f000000000000000000000000000000000000000000000000000000000000000081565b6100917f000000000000000000000000000000000000000000000000000000000000000081565b6100917f000000000000000000000000000000000000000000000000000000000000000081565b6100917f000000000000000000000000000000000000000000000000000000000000000081565b5f6101dd827f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000061020c565b92915050565b6101f66064670de0b6b3a7640000610411565b81565b6101f6670de0b6b3a7640000600a610430565b5f80828711610239576102288588670de0b6b3a7640000610299565b6102329087610447565b9050610280565b610256610246848961045a565b8590670de0b6b3a7640000610299565b6102698685670de0b6b3a7640000610299565b6102739088610447565b61027d9190610447565b90505b61028e6301e1338082610411565b979650505050505050565b5f83830282158015906102c257508415806102c25750838582816102bf576102bf6103e9565b04145b156102df578281816102d6576102d66103e9565b049150506102ee565b506102eb8484846102f5565b90505b9392505050565b5f805f61030286866103a5565b91509150815f036103265783818161031c5761031c6103e9565b04925050506102ee565b81841161033d5761033d60038515026011186103c1565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f602082840312156103e2575f80fd5b5035919050565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f8261042b57634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176101dd576101dd6103fd565b808201808211156101dd576101dd6103fd565b818103818111156101dd576101dd6103fd56fea164736f6c634300081a000a";
        public KinkedRateModelDeploymentBase() : base(BYTECODE) { }
        public KinkedRateModelDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("uint256", "baseRatePerYear_", 1)]
        public virtual BigInteger Baserateperyear { get; set; }
        [Parameter("uint256", "slope1PerYear_", 2)]
        public virtual BigInteger Slope1peryear { get; set; }
        [Parameter("uint256", "slope2PerYear_", 3)]
        public virtual BigInteger Slope2peryear { get; set; }
        [Parameter("uint256", "kinkWad_", 4)]
        public virtual BigInteger Kinkwad { get; set; }
    }

    public partial class MaxRatePerYearFunction : MaxRatePerYearFunctionBase { }

    [Function("MAX_RATE_PER_YEAR", "uint256")]
    public class MaxRatePerYearFunctionBase : FunctionMessage
    {

    }

    public partial class MinKinkFunction : MinKinkFunctionBase { }

    [Function("MIN_KINK", "uint256")]
    public class MinKinkFunctionBase : FunctionMessage
    {

    }

    public partial class BaseRatePerYearFunction : BaseRatePerYearFunctionBase { }

    [Function("baseRatePerYear", "uint256")]
    public class BaseRatePerYearFunctionBase : FunctionMessage
    {

    }

    public partial class BorrowRatePerSecondFunction : BorrowRatePerSecondFunctionBase { }

    [Function("borrowRatePerSecond", "uint256")]
    public class BorrowRatePerSecondFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "utilizationWad", 1)]
        public virtual BigInteger UtilizationWad { get; set; }
    }

    public partial class KinkWadFunction : KinkWadFunctionBase { }

    [Function("kinkWad", "uint256")]
    public class KinkWadFunctionBase : FunctionMessage
    {

    }

    public partial class Slope1PerYearFunction : Slope1PerYearFunctionBase { }

    [Function("slope1PerYear", "uint256")]
    public class Slope1PerYearFunctionBase : FunctionMessage
    {

    }

    public partial class Slope2PerYearFunction : Slope2PerYearFunctionBase { }

    [Function("slope2PerYear", "uint256")]
    public class Slope2PerYearFunctionBase : FunctionMessage
    {

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

    public partial class MaxRatePerYearOutputDTO : MaxRatePerYearOutputDTOBase { }

    [FunctionOutput]
    public class MaxRatePerYearOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinKinkOutputDTO : MinKinkOutputDTOBase { }

    [FunctionOutput]
    public class MinKinkOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class BaseRatePerYearOutputDTO : BaseRatePerYearOutputDTOBase { }

    [FunctionOutput]
    public class BaseRatePerYearOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class BorrowRatePerSecondOutputDTO : BorrowRatePerSecondOutputDTOBase { }

    [FunctionOutput]
    public class BorrowRatePerSecondOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class KinkWadOutputDTO : KinkWadOutputDTOBase { }

    [FunctionOutput]
    public class KinkWadOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class Slope1PerYearOutputDTO : Slope1PerYearOutputDTOBase { }

    [FunctionOutput]
    public class Slope1PerYearOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class Slope2PerYearOutputDTO : Slope2PerYearOutputDTOBase { }

    [FunctionOutput]
    public class Slope2PerYearOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }
}
