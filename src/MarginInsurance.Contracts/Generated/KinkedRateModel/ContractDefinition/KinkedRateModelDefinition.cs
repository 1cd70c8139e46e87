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
        public static string BYTECODE = "0x6101003461013357601f61052638819003918201601f19168301916001600160401b03831184841017610137578084926080946040528339810103126101335780519060208101516060604083015192015192662386f26fc100008085108015610122575b610100575061007c83610077848461014b565b61014b565b678ac7230489e80000908181116100e757505060805260a05260c05260e0526040516103b9908161016d8239608051818181607d01526101a8015260a05181818160bb01526101cc015260c05181818160f5015261025c015260e05181818161012f01526101ed0152f35b630942247160e31b5f526004525f60245260445260645ffd5b84630942247160e31b5f52600452602452670de0b6b3a764000060445260645ffd5b50670de0b6b3a76400008511610064565b5f80fd5b634e487b7160e01b5f52604160045260245ffd5b9190820180921161015857565b634e487b7160e01b5f52601160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80634132b337146101955780636c4e454e14610174578063897148ae14610152578063b68a264414610118578063bddb37b0146100de578063d00c14e8146100a45763de3f948514610066575f80fd5b346100a0575f3660031901126100a05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b5f80fd5b346100a0575f3660031901126100a05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100a0575f3660031901126100a05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100a0575f3660031901126100a05760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b346100a0575f3660031901126100a0576020604051678ac7230489e800008152f35b346100a0575f3660031901126100a0576020604051662386f26fc100008152f35b346100a05760203660031901126100a0577f00000000000000000000000000000000000000000000000000000000000000006004357f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000080831161023857509161022461022a926020946102c4565b906102b7565b6301e1338060405191048152f35b9261022484610246936102c4565b91810390811161028557602091610224610280927f00000000000000000000000000000000000000000000000000000000000000006102c4565b61022a565b634e487b7160e01b5f52601160045260245ffd5b81156102a3570490565b634e487b7160e01b5f52601260045260245ffd5b9190820180921161028557565b818102811580156102fc575b6102eb57506102e891670de0b6b3a76400009161030e565b90565b9050670de0b6b3a764000091500490565b50826103088383610299565b146102d0565b90915f19838309928083029283808610950394808603951461039f57848311156103875790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b5050906102e8925061029956fea164736f6c634300081a000a";
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
