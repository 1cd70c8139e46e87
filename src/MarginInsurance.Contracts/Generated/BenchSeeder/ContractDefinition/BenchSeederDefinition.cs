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

namespace MarginInsurance.Contracts.BenchSeeder.ContractDefinition
{


    public partial class BenchSeederDeployment : BenchSeederDeploymentBase
    {
        public BenchSeederDeployment() : base(BYTECODE) { }
        public BenchSeederDeployment(string byteCode) : base(byteCode) { }
    }

    public class BenchSeederDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60a034606b57601f6103da38819003918201601f19168301916001600160401b03831184841017606f57808492602094604052833981010312606b57516001600160a01b0381168103606b57608052604051610356908161008482396080518181816047015260ca0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816363a78e331461007a575063fbfa77cf14610032575f80fd5b34610076575f366003190112610076576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b5f80fd5b346100765760c0366003190112610076576004356001600160a01b0381169190829003610076576064356001600160a01b03811692604435929091602435908590036100765760a43594608435947f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169390919082870287158882048514171561029a575f6020918284019063095ea7b360e01b82528860248601526044850152604484526101326064856102bb565b83519082865af15f513d8261027e575b50501561023a575b50909486151591905f5b87811061015d57005b61016781866102ae565b863b15610076576040519063f6fe939960e01b825288600483015260248201528360448201528260648201525f81608481838b5af190811561021f57859161022a575b506101b8575b600101610154565b6101c281866102ae565b90863b1561007657604051916308ba54eb60e21b835288600484015260248301528960448301523060648301525f82608481838b5af191821561021f5760019261020f575b5090506101b0565b5f610219916102bb565b8a610207565b6040513d5f823e3d90fd5b5f610234916102bb565b8a6101aa565b6102789061027260405163095ea7b360e01b60208201528760248201525f60448201526044815261026c6064826102bb565b846102f1565b826102f1565b8761014a565b9091506102925750813b15155b8980610142565b60011461028b565b634e487b7160e01b5f52601160045260245ffd5b9190820180921161029a57565b90601f8019910116810190811067ffffffffffffffff8211176102dd57604052565b634e487b7160e01b5f52604160045260245ffd5b905f602091828151910182855af11561021f575f513d61034057506001600160a01b0381163b155b6103205750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b6001141561031956fea164736f6c634300081a000a";
        public BenchSeederDeploymentBase() : base(BYTECODE) { }
        public BenchSeederDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "vault_", 1)]
        public virtual string Vault { get; set; }
    }

    public partial class OpenFunction : OpenFunctionBase { }

    [Function("open")]
    public class OpenFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "firstSubId", 2)]
        public virtual BigInteger FirstSubId { get; set; }
        [Parameter("uint256", "count", 3)]
        public virtual BigInteger Count { get; set; }
        [Parameter("address", "asset", 4)]
        public virtual string Asset { get; set; }
        [Parameter("uint256", "collateralAmount", 5)]
        public virtual BigInteger CollateralAmount { get; set; }
        [Parameter("uint256", "borrowAmount", 6)]
        public virtual BigInteger BorrowAmount { get; set; }
    }

    public partial class VaultFunction : VaultFunctionBase { }

    [Function("vault", "address")]
    public class VaultFunctionBase : FunctionMessage
    {

    }

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }



    public partial class VaultOutputDTO : VaultOutputDTOBase { }

    [FunctionOutput]
    public class VaultOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }
}
