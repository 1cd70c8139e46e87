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

namespace MarginInsurance.Contracts.PerpLiquidityVault.ContractDefinition
{


    public partial class PerpLiquidityVaultDeployment : PerpLiquidityVaultDeploymentBase
    {
        public PerpLiquidityVaultDeployment() : base(BYTECODE) { }
        public PerpLiquidityVaultDeployment(string byteCode) : base(byteCode) { }
    }

    public class PerpLiquidityVaultDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60c080604052346104135760408161229e803803809161001f8285610417565b833981010312610413578051906001600160a01b038216908183036104135760200151906001600160a01b0382168083036104135760409384516100638682610417565b601e81527f4d617267696e496e737572616e636520496e737572616e636520506f6f6c0000602082015285519061009a8783610417565b60058252646d69494e5360d81b60208301528051906001600160401b0382116103165760035490600182811c92168015610409575b60208310146102f85781601f84931161039b575b50602090601f8311600114610335575f9261032a575b50508160011b915f199060031b1c1916176003555b8051906001600160401b0382116103165760045490600182811c9216801561030c575b60208310146102f85781601f84931161028a575b50602090601f8311600114610224575f92610219575b50508160011b915f199060031b1c1916176004555b610179816104c3565b9015610211575b60a052608052600160065562093a806008556202a300600955610bb8600a5515908115610208575b506101f9576101b69061043a565b5051611d089081610576823960805181818161051201528181610b1801528181610d3901528181611082015281816119e30152611bc3015260a05181610ba10152f35b63d92e233d60e01b5f5260045ffd5b9050155f6101a8565b506012610180565b015190505f8061015b565b60045f9081528281209350601f198516905b818110610272575090846001959493921061025a575b505050811b01600455610170565b01515f1960f88460031b161c191690555f808061024c565b92936020600181928786015181550195019301610236565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c810191602085106102ee575b90601f859493920160051c01905b8181106102e05750610145565b5f81558493506001016102d3565b90915081906102c5565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610131565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100f9565b60035f9081528281209350601f198516905b818110610383575090846001959493921061036b575b505050811b0160035561010e565b01515f1960f88460031b161c191690555f808061035d565b92936020600181928786015181550195019301610347565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c810191602085106103ff575b90601f859493920160051c01905b8181106103f157506100e3565b5f81558493506001016103e4565b90915081906103d6565b91607f16916100cf565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761031657604052565b6001600160a01b0381165f9081525f8051602061227e833981519152602052604090205460ff166104be576001600160a01b03165f8181525f8051602061227e83398151915260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f90565b5f8091604051602081019063313ce56760e01b8252600481526104e7602482610417565b51916001600160a01b03165afa3d1561056d573d906001600160401b0382116103165760405191610522601f8201601f191660200184610417565b82523d5f602084013e5b80610561575b61053e575b505f905f90565b602081805181010312610413576020015160ff8111610537579060ff6001921690565b50602081511015610532565b60609061052c56fe60806040526004361015610011575f80fd5b5f3560e01c806301e1d11414610f1057806301ffc9a714610eba57806306fdde0314610e5b57806307a2d13a14610aa7578063095ea7b314610db35780630a28a47714610d9557806314a1362b14610caa57806318160ddd14610c8d57806323b872dd14610c55578063248a9ca314610c2a5780632f2ff15d14610bec578063313ce56714610b8b57806336568abe14610b4757806338d52e0f14610b03578063402d267d146104d857806343a0c39f14610ae6578063461645bf14610ac95780634c80f3aa14610aac5780634cdad50614610aa757806352b65c4b14610a8b57806352df49ec14610a2e5780636817031b1461099a5780636e553f651461095f57806370a0823114610928578063745400c9146107e0578063787a08a6146107c3578063827059ff146107a65780638b41d35f1461078957806391d148541461074057806394bf804d1461070557806395d89b41146106ba578063a217fddf146106a0578063a9059cbb1461066f578063aea70acc14610654578063b3d7f6b914610636578063b460af94146105c7578063ba0876521461054e578063c4076876146104dd578063c63d75b6146104d8578063c6e6f592146103d8578063ce96cb77146104b2578063d547741f1461046d578063d905777e1461044a578063dd62ed3e146103fa578063deb96634146103dd578063ef8b30f7146103d8578063f6b9484f146102da578063f812fa70146102c0578063f8b5749e146102a4578063fa88b3f6146102765763fbfa77cf1461024a575f80fd5b34610272575f366003190112610272576007546040516001600160a01b039091168152602090f35b5f80fd5b34610272575f36600319011261027257602061029c610293611067565b600a5490611854565b604051908152f35b34610272575f366003190112610272576020604051610bb88152f35b34610272575f36600319011261027257602061029c6112c8565b34610272576060366003190112610272576044356024356004356102fc611623565b62278d0081116103bb57610e10821080156103af575b61038f5761271083116103725761036d7fc21478eaa9f12951c0ae39a7c0a4a8bf1789110f0ce595a956f5dea4d2ea5e8793826008558360095580600a55604051938493846040919493926060820195825260208201520152565b0390a1005b82630942247160e31b5f526004525f60245261271060445260645ffd5b50630942247160e31b5f52600452610e106024526212750060445260645ffd5b50621275008211610312565b630942247160e31b5f526004525f60245262278d0060445260645ffd5b610ff7565b34610272575f366003190112610272576020604051621275008152f35b3461027257604036600319011261027257610413610f6c565b61041b610f82565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b3461027257602036600319011261027257602061029c610468610f6c565b611239565b34610272576040366003190112610272576104b060043561048c610f82565b906104ab6104a6825f526005602052600160405f20015490565b611672565b611732565b005b3461027257602036600319011261027257602061029c6104d3610468610f6c565b611383565b610f98565b34610272576040366003190112610272576104f6610f6c565b6007546001600160a01b0316330361053f576104b090602435907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661142b565b638d1af8bd60e01b5f5260045ffd5b346102725761055c36610fbd565b909161056661140b565b61056f826117b6565b61057882611239565b8082116105a657508060209361059061059993611383565b93849133611a9c565b6001600655604051908152f35b91632e52afbb60e21b5f5260018060a01b031660045260245260445260645ffd5b34610272576105d536610fbd565b90916105df61140b565b6105e8826117b6565b6105f46104d383611239565b80821161061557506020928161060c610599936113ac565b93849233611a9c565b91633fa733bb60e21b5f5260018060a01b031660045260245260445260645ffd5b3461027257602036600319011261027257602061029c600435611353565b34610272575f36600319011261027257602060405160068152f35b346102725760403660031901126102725761069561068b610f6c565b6024359033611510565b602060405160018152f35b34610272575f3660031901126102725760206040515f8152f35b34610272575f366003190112610272576107016040516106db604082611045565b600581526406d69504c560dc1b6020820152604051918291602083526020830190610f2a565b0390f35b34610272576040366003190112610272576020600435610599610726610f82565b9161072f61140b565b61073881611353565b80933361199d565b3461027257604036600319011261027257610759610f82565b6004355f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610272575f36600319011261027257602060405162278d008152f35b34610272575f36600319011261027257602060405162093a808152f35b34610272575f366003190112610272576020600854604051908152f35b3461027257602036600319011261027257600435335f525f60205260405f2054811561091957808211610903575061081a6008544261122c565b6108266009548261122c565b6001600160801b0383116108eb577f7a64d79878509820925daa6339976afdd4e1c50dc32bfae6820dd5792bd306a79160405161086281611015565b6001600160801b03858116825267ffffffffffffffff83811660208085019182529186166040808601918252335f818152600b865282902096519351925160809390931b67ffffffffffffffff60801b16939095169290921760c09190911b6001600160c01b0319161790935582519687528601929092528401919091529180606081010390a2005b826306dfcc6560e41b5f52608060045260245260445ffd5b9063dd75038b60e01b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b34610272576020366003190112610272576001600160a01b03610949610f6c565b165f525f602052602060405f2054604051908152f35b34610272576040366003190112610272576020600435610599610980610f82565b61098861140b565b610991836113dc565b9283913361199d565b34610272576020366003190112610272576109b3610f6c565b6109bb611623565b6001600160a01b03168015610a1f576007546001600160a01b038116610a10576001600160a01b03191681176007557fe7ae49f883c825b05681b3e00e8be6fdea9ed2a8a45e4c6ecb9390fc44cce6155f80a2005b63a741a04560e01b5f5260045ffd5b63d92e233d60e01b5f5260045ffd5b34610272576020366003190112610272576001600160a01b03610a4f610f6c565b165f52600b602052606060405f2054604051906001600160801b038116825267ffffffffffffffff8160801c16602083015260c01c6040820152f35b34610272575f366003190112610272576020604051610e108152f35b610f4e565b34610272575f366003190112610272576020600a54604051908152f35b34610272575f366003190112610272576020600954604051908152f35b34610272575f3660031901126102725760206040516202a3008152f35b34610272575f366003190112610272576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461027257604036600319011261027257610b60610f82565b336001600160a01b03821603610b7c576104b090600435611732565b63334bd91960e11b5f5260045ffd5b34610272575f36600319011261027257600660ff7f0000000000000000000000000000000000000000000000000000000000000000160160ff8111610bd85760209060ff60405191168152f35b634e487b7160e01b5f52601160045260245ffd5b34610272576040366003190112610272576104b0600435610c0b610f82565b90610c256104a6825f526005602052600160405f20015490565b6116ac565b3461027257602036600319011261027257602061029c6004355f526005602052600160405f20015490565b3461027257606036600319011261027257610695610c71610f6c565b610c79610f82565b60443591610c8883338361146d565b611510565b34610272575f366003190112610272576020600254604051908152f35b3461027257602036600319011261027257600435610cc661140b565b6007546001600160a01b0316330361053f57602090610ce6610293611067565b80821015610d6b57507f3783ffd6affbe5b8ca6dc0017819eb181107fd73c53f17ca090a2153949d95c16040825b83610d32575b81519081528385820152a16001600655604051908152f35b610d6684337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661142b565b610d1a565b60407f3783ffd6affbe5b8ca6dc0017819eb181107fd73c53f17ca090a2153949d95c19192610d14565b3461027257602036600319011261027257602061029c6004356113ac565b3461027257604036600319011261027257610dcc610f6c565b602435903315610e48576001600160a01b0316908115610e3557335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b34610272575f36600319011261027257610701604051610e7c604082611045565b601e81527f4d617267696e496e737572616e63652050657270204c697175696469747900006020820152604051918291602083526020830190610f2a565b346102725760203660031901126102725760043563ffffffff60e01b811680910361027257602090637965db0b60e01b8114908115610eff575b506040519015158152f35b6301ffc9a760e01b14905082610ef4565b34610272575f36600319011261027257602061029c611067565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b3461027257602036600319011261027257602061029c600435611383565b600435906001600160a01b038216820361027257565b602435906001600160a01b038216820361027257565b3461027257602036600319011261027257610fb1610f6c565b5060206040515f198152f35b606090600319011261027257600435906024356001600160a01b038116810361027257906044356001600160a01b03811681036102725790565b3461027257602036600319011261027257602061029c6004356113dc565b6060810190811067ffffffffffffffff82111761103157604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761103157604052565b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa9081156111eb575f916111fa575b506007546001600160a01b031680156111f657604051636ff0ca9960e01b602082015260048152611116915f91906110f3602483611045565b604051808095819463232e4c3160e01b8352602060048401526024830190610f2a565b03915afa9081156111eb575f91611161575b506020818051810103126102725760200151905f8282039212818312811691831390151617610bd8575f81131561115c5790565b505f90565b90503d805f833e6111728183611045565b8101906020818303126102725780519067ffffffffffffffff8211610272570181601f820112156102725780519067ffffffffffffffff821161103157604051926111c7601f8401601f191660200185611045565b8284526020838301011161027257815f9260208093018386015e830101525f611128565b6040513d5f823e3d90fd5b5090565b90506020813d602011611224575b8161121560209383611045565b8101031261027257515f6110ba565b3d9150611208565b91908201809211610bd857565b6001600160a01b03165f818152600b602052604090819020815192919061125f84611015565b546001600160801b0381169384815267ffffffffffffffff8260801c169182602083015260c01c928391015242109081156112bd575b506112b7575f525f60205260405f20548082105f146112b2575090565b905090565b50505f90565b90504210155f611295565b6007546001600160a01b0316801561131b57602060049160405192838092630d56a26160e11b82525afa9081156111eb575f91611321575b50801561131b5761131890611313611067565b61188f565b90565b505f1990565b90506020813d60201161134b575b8161133c60209383611045565b8101031261027257515f611300565b3d915061132f565b61135b611067565b60018101809111610bd8576113189160019161137d600254620f42409061122c565b916118e7565b61138b611067565b60018101809111610bd857611318915f9161137d600254620f42409061122c565b6113bc600254620f42409061122c565b906113c5611067565b60018101809111610bd857611318926001926118e7565b6113ec600254620f42409061122c565b906113f5611067565b60018101809111610bd857611318925f926118e7565b60026006541461141c576002600655565b633ee5aeb560e01b5f5260045ffd5b60405163a9059cbb60e01b60208201526001600160a01b03909216602483015260448083019390935291815261146b91611466606483611045565b611945565b565b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f1984106114a7575b50505050565b8284106114ed578015610e48576001600160a01b03821615610e35575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f8080806114a1565b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b031691908215611610576001600160a01b03169081156115fd57825f525f60205260405f20548181106115e45760208285937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef93855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3805f52600b6020526001600160801b0360405f20541690805f525f60205260405f20548092116115bc575050565b5f52600b6020526001600160801b038060405f209216166001600160801b0319825416179055565b8363391434e360e21b5f5260045260245260445260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b335f9081527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc602052604090205460ff161561165b57565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f81815260056020908152604080832033845290915290205460ff16156116965750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff166112b7575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16156112b7575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b6001600160a01b03165f908152600b6020526040908190208151906117da82611015565b54906001600160801b038216815267ffffffffffffffff8260801c169182602083015260c01c9283910152804210801561182c575b611817575050565b630a8868c760e21b5f5260045260245260445ffd5b508142101561180f565b8115611840570490565b634e487b7160e01b5f52601260045260245ffd5b8181028115801561187d575b61187257506113189161271091611c5d565b905061271091500490565b50826118898383611836565b14611860565b90670de0b6b3a76400008202811515806118c5575b6118bb5750670de0b6b3a764000061131892611c5d565b6113189250611836565b508215806118a45750670de0b6b3a76400006118e18483611836565b146118a4565b92916118f4818386611c5d565b92600481101561193157600180911614918261191a575b5050611318925015159061122c565b908092501561184057611318930915155f8061190b565b634e487b7160e01b5f52602160045260245ffd5b905f602091828151910182855af1156111eb575f513d61199457506001600160a01b0381163b155b6119745750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b6001141561196d565b6040516323b872dd60e01b60208201526001600160a01b039091166024820181905230604483015260648083018590528252929190611a10906119e1608482611045565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611945565b6001600160a01b03169283156115fd577fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d79181611a5160409360025461122c565b600255855f525f602052825f20818154019055855f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a382519182526020820152a3565b919360018060a01b03851694855f52600b60205260405f206001600160801b0383166001600160801b03825416036001600160801b038111610bd85781546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790556001600160a01b038416938290878603611c4c575b505050841561161057845f525f60205260405f2054818110611c335791816040927ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db94885f525f60205203835f205580600254036002555f877fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a3865f52600b6020526001600160801b03835f205416875f525f602052835f2054809111611c07575b50611bf086837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661142b565b825195865260208601526001600160a01b031693a4565b875f52600b6020526001600160801b0380855f209216166001600160801b03198254161790555f611bbb565b8563391434e360e21b5f5260045260245260445260645ffd5b611c559261146d565b5f8181611b11565b90915f198383099280830292838086109503948086039514611cee5784831115611cd65790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b505090611318925061183656fea164736f6c634300081a000a05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc";
        public PerpLiquidityVaultDeploymentBase() : base(BYTECODE) { }
        public PerpLiquidityVaultDeploymentBase(string byteCode) : base(byteCode) { }
        [Parameter("address", "asset_", 1)]
        public virtual string Asset { get; set; }
        [Parameter("address", "admin", 2)]
        public virtual string Admin { get; set; }
    }

    public partial class DecimalsOffsetFunction : DecimalsOffsetFunctionBase { }

    [Function("DECIMALS_OFFSET", "uint8")]
    public class DecimalsOffsetFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultAdminRoleFunction : DefaultAdminRoleFunctionBase { }

    [Function("DEFAULT_ADMIN_ROLE", "bytes32")]
    public class DefaultAdminRoleFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultCooldownFunction : DefaultCooldownFunctionBase { }

    [Function("DEFAULT_COOLDOWN", "uint256")]
    public class DefaultCooldownFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultCoverCapBpsFunction : DefaultCoverCapBpsFunctionBase { }

    [Function("DEFAULT_COVER_CAP_BPS", "uint256")]
    public class DefaultCoverCapBpsFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultWindowFunction : DefaultWindowFunctionBase { }

    [Function("DEFAULT_WINDOW", "uint256")]
    public class DefaultWindowFunctionBase : FunctionMessage
    {

    }

    public partial class MaxCooldownFunction : MaxCooldownFunctionBase { }

    [Function("MAX_COOLDOWN", "uint256")]
    public class MaxCooldownFunctionBase : FunctionMessage
    {

    }

    public partial class MaxWindowFunction : MaxWindowFunctionBase { }

    [Function("MAX_WINDOW", "uint256")]
    public class MaxWindowFunctionBase : FunctionMessage
    {

    }

    public partial class MinWindowFunction : MinWindowFunctionBase { }

    [Function("MIN_WINDOW", "uint256")]
    public class MinWindowFunctionBase : FunctionMessage
    {

    }

    public partial class AllowanceFunction : AllowanceFunctionBase { }

    [Function("allowance", "uint256")]
    public class AllowanceFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2)]
        public virtual string Spender { get; set; }
    }

    public partial class ApproveFunction : ApproveFunctionBase { }

    [Function("approve", "bool")]
    public class ApproveFunctionBase : FunctionMessage
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class AssetFunction : AssetFunctionBase { }

    [Function("asset", "address")]
    public class AssetFunctionBase : FunctionMessage
    {

    }

    public partial class BalanceOfFunction : BalanceOfFunctionBase { }

    [Function("balanceOf", "uint256")]
    public class BalanceOfFunctionBase : FunctionMessage
    {
        [Parameter("address", "account", 1)]
        public virtual string Account { get; set; }
    }

    public partial class ConvertToAssetsFunction : ConvertToAssetsFunctionBase { }

    [Function("convertToAssets", "uint256")]
    public class ConvertToAssetsFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class ConvertToSharesFunction : ConvertToSharesFunctionBase { }

    [Function("convertToShares", "uint256")]
    public class ConvertToSharesFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class CooldownFunction : CooldownFunctionBase { }

    [Function("cooldown", "uint256")]
    public class CooldownFunctionBase : FunctionMessage
    {

    }

    public partial class CoverFunction : CoverFunctionBase { }

    [Function("cover", "uint256")]
    public class CoverFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class CoverCapBpsFunction : CoverCapBpsFunctionBase { }

    [Function("coverCapBps", "uint256")]
    public class CoverCapBpsFunctionBase : FunctionMessage
    {

    }

    public partial class CoverageRatioFunction : CoverageRatioFunctionBase { }

    [Function("coverageRatio", "uint256")]
    public class CoverageRatioFunctionBase : FunctionMessage
    {

    }

    public partial class DecimalsFunction : DecimalsFunctionBase { }

    [Function("decimals", "uint8")]
    public class DecimalsFunctionBase : FunctionMessage
    {

    }

    public partial class DepositFunction : DepositFunctionBase { }

    [Function("deposit", "uint256")]
    public class DepositFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
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

    public partial class MaxCoverFunction : MaxCoverFunctionBase { }

    [Function("maxCover", "uint256")]
    public class MaxCoverFunctionBase : FunctionMessage
    {

    }

    public partial class MaxDepositFunction : MaxDepositFunctionBase { }

    [Function("maxDeposit", "uint256")]
    public class MaxDepositFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class MaxMintFunction : MaxMintFunctionBase { }

    [Function("maxMint", "uint256")]
    public class MaxMintFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class MaxRedeemFunction : MaxRedeemFunctionBase { }

    [Function("maxRedeem", "uint256")]
    public class MaxRedeemFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class MaxWithdrawFunction : MaxWithdrawFunctionBase { }

    [Function("maxWithdraw", "uint256")]
    public class MaxWithdrawFunctionBase : FunctionMessage
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
    }

    public partial class MintFunction : MintFunctionBase { }

    [Function("mint", "uint256")]
    public class MintFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
    }

    public partial class NameFunction : NameFunctionBase { }

    [Function("name", "string")]
    public class NameFunctionBase : FunctionMessage
    {

    }

    public partial class PayFunction : PayFunctionBase { }

    [Function("pay")]
    public class PayFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "amount", 2)]
        public virtual BigInteger Amount { get; set; }
    }

    public partial class PreviewDepositFunction : PreviewDepositFunctionBase { }

    [Function("previewDeposit", "uint256")]
    public class PreviewDepositFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class PreviewMintFunction : PreviewMintFunctionBase { }

    [Function("previewMint", "uint256")]
    public class PreviewMintFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class PreviewRedeemFunction : PreviewRedeemFunctionBase { }

    [Function("previewRedeem", "uint256")]
    public class PreviewRedeemFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class PreviewWithdrawFunction : PreviewWithdrawFunctionBase { }

    [Function("previewWithdraw", "uint256")]
    public class PreviewWithdrawFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
    }

    public partial class RedeemFunction : RedeemFunctionBase { }

    [Function("redeem", "uint256")]
    public class RedeemFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
        [Parameter("address", "owner", 3)]
        public virtual string Owner { get; set; }
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

    public partial class RequestWithdrawFunction : RequestWithdrawFunctionBase { }

    [Function("requestWithdraw")]
    public class RequestWithdrawFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
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

    public partial class SetPoolParamsFunction : SetPoolParamsFunctionBase { }

    [Function("setPoolParams")]
    public class SetPoolParamsFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "cooldown_", 1)]
        public virtual BigInteger Cooldown { get; set; }
        [Parameter("uint256", "window_", 2)]
        public virtual BigInteger Window { get; set; }
        [Parameter("uint256", "coverCapBps_", 3)]
        public virtual BigInteger Covercapbps { get; set; }
    }

    public partial class SetVaultFunction : SetVaultFunctionBase { }

    [Function("setVault")]
    public class SetVaultFunctionBase : FunctionMessage
    {
        [Parameter("address", "vault_", 1)]
        public virtual string Vault { get; set; }
    }

    public partial class SupportsInterfaceFunction : SupportsInterfaceFunctionBase { }

    [Function("supportsInterface", "bool")]
    public class SupportsInterfaceFunctionBase : FunctionMessage
    {
        [Parameter("bytes4", "interfaceId", 1)]
        public virtual byte[] InterfaceId { get; set; }
    }

    public partial class SymbolFunction : SymbolFunctionBase { }

    [Function("symbol", "string")]
    public class SymbolFunctionBase : FunctionMessage
    {

    }

    public partial class TotalAssetsFunction : TotalAssetsFunctionBase { }

    [Function("totalAssets", "uint256")]
    public class TotalAssetsFunctionBase : FunctionMessage
    {

    }

    public partial class TotalSupplyFunction : TotalSupplyFunctionBase { }

    [Function("totalSupply", "uint256")]
    public class TotalSupplyFunctionBase : FunctionMessage
    {

    }

    public partial class TransferFunction : TransferFunctionBase { }

    [Function("transfer", "bool")]
    public class TransferFunctionBase : FunctionMessage
    {
        [Parameter("address", "to", 1)]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 2)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class TransferFromFunction : TransferFromFunctionBase { }

    [Function("transferFrom", "bool")]
    public class TransferFromFunctionBase : FunctionMessage
    {
        [Parameter("address", "from", 1)]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2)]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 3)]
        public virtual BigInteger Value { get; set; }
    }

    public partial class VaultFunction : VaultFunctionBase { }

    [Function("vault", "address")]
    public class VaultFunctionBase : FunctionMessage
    {

    }

    public partial class WindowFunction : WindowFunctionBase { }

    [Function("window", "uint256")]
    public class WindowFunctionBase : FunctionMessage
    {

    }

    public partial class WithdrawFunction : WithdrawFunctionBase { }

    [Function("withdraw", "uint256")]
    public class WithdrawFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "assets", 1)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("address", "receiver", 2)]
        public virtual string Receiver { get; set; }
        [Parameter("address", "owner", 3)]
        public virtual string Owner { get; set; }
    }

    public partial class WithdrawRequestsFunction : WithdrawRequestsFunctionBase { }

    [Function("withdrawRequests", typeof(WithdrawRequestsOutputDTO))]
    public class WithdrawRequestsFunctionBase : FunctionMessage
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class ApprovalEventDTO : ApprovalEventDTOBase { }

    [Event("Approval")]
    public class ApprovalEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("address", "spender", 2, true )]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
    }

    public partial class CoverPaidEventDTO : CoverPaidEventDTOBase { }

    [Event("CoverPaid")]
    public class CoverPaidEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "requested", 1, false )]
        public virtual BigInteger Requested { get; set; }
        [Parameter("uint256", "covered", 2, false )]
        public virtual BigInteger Covered { get; set; }
    }

    public partial class DepositEventDTO : DepositEventDTOBase { }

    [Event("Deposit")]
    public class DepositEventDTOBase : IEventDTO
    {
        [Parameter("address", "sender", 1, true )]
        public virtual string Sender { get; set; }
        [Parameter("address", "owner", 2, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "assets", 3, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "shares", 4, false )]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class PoolParamsUpdatedEventDTO : PoolParamsUpdatedEventDTOBase { }

    [Event("PoolParamsUpdated")]
    public class PoolParamsUpdatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "cooldown", 1, false )]
        public virtual BigInteger Cooldown { get; set; }
        [Parameter("uint256", "window", 2, false )]
        public virtual BigInteger Window { get; set; }
        [Parameter("uint256", "coverCapBps", 3, false )]
        public virtual BigInteger CoverCapBps { get; set; }
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

    public partial class TransferEventDTO : TransferEventDTOBase { }

    [Event("Transfer")]
    public class TransferEventDTOBase : IEventDTO
    {
        [Parameter("address", "from", 1, true )]
        public virtual string From { get; set; }
        [Parameter("address", "to", 2, true )]
        public virtual string To { get; set; }
        [Parameter("uint256", "value", 3, false )]
        public virtual BigInteger Value { get; set; }
    }

    public partial class VaultSetEventDTO : VaultSetEventDTOBase { }

    [Event("VaultSet")]
    public class VaultSetEventDTOBase : IEventDTO
    {
        [Parameter("address", "vault", 1, true )]
        public virtual string Vault { get; set; }
    }

    public partial class WithdrawEventDTO : WithdrawEventDTOBase { }

    [Event("Withdraw")]
    public class WithdrawEventDTOBase : IEventDTO
    {
        [Parameter("address", "sender", 1, true )]
        public virtual string Sender { get; set; }
        [Parameter("address", "receiver", 2, true )]
        public virtual string Receiver { get; set; }
        [Parameter("address", "owner", 3, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "assets", 4, false )]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "shares", 5, false )]
        public virtual BigInteger Shares { get; set; }
    }

    public partial class WithdrawRequestedEventDTO : WithdrawRequestedEventDTOBase { }

    [Event("WithdrawRequested")]
    public class WithdrawRequestedEventDTOBase : IEventDTO
    {
        [Parameter("address", "owner", 1, true )]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "shares", 2, false )]
        public virtual BigInteger Shares { get; set; }
        [Parameter("uint256", "opensAt", 3, false )]
        public virtual BigInteger OpensAt { get; set; }
        [Parameter("uint256", "closesAt", 4, false )]
        public virtual BigInteger ClosesAt { get; set; }
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

    public partial class AlreadySetError : AlreadySetErrorBase { }
    [Error("AlreadySet")]
    public class AlreadySetErrorBase : IErrorDTO
    {
    }

    public partial class ERC20InsufficientAllowanceError : ERC20InsufficientAllowanceErrorBase { }

    [Error("ERC20InsufficientAllowance")]
    public class ERC20InsufficientAllowanceErrorBase : IErrorDTO
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
        [Parameter("uint256", "allowance", 2)]
        public virtual BigInteger Allowance { get; set; }
        [Parameter("uint256", "needed", 3)]
        public virtual BigInteger Needed { get; set; }
    }

    public partial class ERC20InsufficientBalanceError : ERC20InsufficientBalanceErrorBase { }

    [Error("ERC20InsufficientBalance")]
    public class ERC20InsufficientBalanceErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
        [Parameter("uint256", "balance", 2)]
        public virtual BigInteger Balance { get; set; }
        [Parameter("uint256", "needed", 3)]
        public virtual BigInteger Needed { get; set; }
    }

    public partial class ERC20InvalidApproverError : ERC20InvalidApproverErrorBase { }

    [Error("ERC20InvalidApprover")]
    public class ERC20InvalidApproverErrorBase : IErrorDTO
    {
        [Parameter("address", "approver", 1)]
        public virtual string Approver { get; set; }
    }

    public partial class ERC20InvalidReceiverError : ERC20InvalidReceiverErrorBase { }

    [Error("ERC20InvalidReceiver")]
    public class ERC20InvalidReceiverErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
    }

    public partial class ERC20InvalidSenderError : ERC20InvalidSenderErrorBase { }

    [Error("ERC20InvalidSender")]
    public class ERC20InvalidSenderErrorBase : IErrorDTO
    {
        [Parameter("address", "sender", 1)]
        public virtual string Sender { get; set; }
    }

    public partial class ERC20InvalidSpenderError : ERC20InvalidSpenderErrorBase { }

    [Error("ERC20InvalidSpender")]
    public class ERC20InvalidSpenderErrorBase : IErrorDTO
    {
        [Parameter("address", "spender", 1)]
        public virtual string Spender { get; set; }
    }

    public partial class ERC4626ExceededMaxDepositError : ERC4626ExceededMaxDepositErrorBase { }

    [Error("ERC4626ExceededMaxDeposit")]
    public class ERC4626ExceededMaxDepositErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ERC4626ExceededMaxMintError : ERC4626ExceededMaxMintErrorBase { }

    [Error("ERC4626ExceededMaxMint")]
    public class ERC4626ExceededMaxMintErrorBase : IErrorDTO
    {
        [Parameter("address", "receiver", 1)]
        public virtual string Receiver { get; set; }
        [Parameter("uint256", "shares", 2)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ERC4626ExceededMaxRedeemError : ERC4626ExceededMaxRedeemErrorBase { }

    [Error("ERC4626ExceededMaxRedeem")]
    public class ERC4626ExceededMaxRedeemErrorBase : IErrorDTO
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "shares", 2)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class ERC4626ExceededMaxWithdrawError : ERC4626ExceededMaxWithdrawErrorBase { }

    [Error("ERC4626ExceededMaxWithdraw")]
    public class ERC4626ExceededMaxWithdrawErrorBase : IErrorDTO
    {
        [Parameter("address", "owner", 1)]
        public virtual string Owner { get; set; }
        [Parameter("uint256", "assets", 2)]
        public virtual BigInteger Assets { get; set; }
        [Parameter("uint256", "max", 3)]
        public virtual BigInteger Max { get; set; }
    }

    public partial class OnlyVaultError : OnlyVaultErrorBase { }
    [Error("OnlyVault")]
    public class OnlyVaultErrorBase : IErrorDTO
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

    public partial class ReentrancyGuardReentrantCallError : ReentrancyGuardReentrantCallErrorBase { }
    [Error("ReentrancyGuardReentrantCall")]
    public class ReentrancyGuardReentrantCallErrorBase : IErrorDTO
    {
    }

    public partial class RequestExceedsBalanceError : RequestExceedsBalanceErrorBase { }

    [Error("RequestExceedsBalance")]
    public class RequestExceedsBalanceErrorBase : IErrorDTO
    {
        [Parameter("uint256", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("uint256", "balance", 2)]
        public virtual BigInteger Balance { get; set; }
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

    public partial class SafeERC20FailedOperationError : SafeERC20FailedOperationErrorBase { }

    [Error("SafeERC20FailedOperation")]
    public class SafeERC20FailedOperationErrorBase : IErrorDTO
    {
        [Parameter("address", "token", 1)]
        public virtual string Token { get; set; }
    }

    public partial class WithdrawWindowClosedError : WithdrawWindowClosedErrorBase { }

    [Error("WithdrawWindowClosed")]
    public class WithdrawWindowClosedErrorBase : IErrorDTO
    {
        [Parameter("uint256", "opensAt", 1)]
        public virtual BigInteger OpensAt { get; set; }
        [Parameter("uint256", "closesAt", 2)]
        public virtual BigInteger ClosesAt { get; set; }
    }

    public partial class ZeroAddressError : ZeroAddressErrorBase { }
    [Error("ZeroAddress")]
    public class ZeroAddressErrorBase : IErrorDTO
    {
    }

    public partial class ZeroAmountError : ZeroAmountErrorBase { }
    [Error("ZeroAmount")]
    public class ZeroAmountErrorBase : IErrorDTO
    {
    }

    public partial class DecimalsOffsetOutputDTO : DecimalsOffsetOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOffsetOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
    }

    public partial class DefaultAdminRoleOutputDTO : DefaultAdminRoleOutputDTOBase { }

    [FunctionOutput]
    public class DefaultAdminRoleOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("bytes32", "", 1)]
        public virtual byte[] ReturnValue1 { get; set; }
    }

    public partial class DefaultCooldownOutputDTO : DefaultCooldownOutputDTOBase { }

    [FunctionOutput]
    public class DefaultCooldownOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class DefaultCoverCapBpsOutputDTO : DefaultCoverCapBpsOutputDTOBase { }

    [FunctionOutput]
    public class DefaultCoverCapBpsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class DefaultWindowOutputDTO : DefaultWindowOutputDTOBase { }

    [FunctionOutput]
    public class DefaultWindowOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxCooldownOutputDTO : MaxCooldownOutputDTOBase { }

    [FunctionOutput]
    public class MaxCooldownOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxWindowOutputDTO : MaxWindowOutputDTOBase { }

    [FunctionOutput]
    public class MaxWindowOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MinWindowOutputDTO : MinWindowOutputDTOBase { }

    [FunctionOutput]
    public class MinWindowOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class AllowanceOutputDTO : AllowanceOutputDTOBase { }

    [FunctionOutput]
    public class AllowanceOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class AssetOutputDTO : AssetOutputDTOBase { }

    [FunctionOutput]
    public class AssetOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class BalanceOfOutputDTO : BalanceOfOutputDTOBase { }

    [FunctionOutput]
    public class BalanceOfOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ConvertToAssetsOutputDTO : ConvertToAssetsOutputDTOBase { }

    [FunctionOutput]
    public class ConvertToAssetsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class ConvertToSharesOutputDTO : ConvertToSharesOutputDTOBase { }

    [FunctionOutput]
    public class ConvertToSharesOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CooldownOutputDTO : CooldownOutputDTOBase { }

    [FunctionOutput]
    public class CooldownOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class CoverCapBpsOutputDTO : CoverCapBpsOutputDTOBase { }

    [FunctionOutput]
    public class CoverCapBpsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class CoverageRatioOutputDTO : CoverageRatioOutputDTOBase { }

    [FunctionOutput]
    public class CoverageRatioOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class DecimalsOutputDTO : DecimalsOutputDTOBase { }

    [FunctionOutput]
    public class DecimalsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint8", "", 1)]
        public virtual byte ReturnValue1 { get; set; }
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

    public partial class MaxCoverOutputDTO : MaxCoverOutputDTOBase { }

    [FunctionOutput]
    public class MaxCoverOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxDepositOutputDTO : MaxDepositOutputDTOBase { }

    [FunctionOutput]
    public class MaxDepositOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxMintOutputDTO : MaxMintOutputDTOBase { }

    [FunctionOutput]
    public class MaxMintOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxRedeemOutputDTO : MaxRedeemOutputDTOBase { }

    [FunctionOutput]
    public class MaxRedeemOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class MaxWithdrawOutputDTO : MaxWithdrawOutputDTOBase { }

    [FunctionOutput]
    public class MaxWithdrawOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class NameOutputDTO : NameOutputDTOBase { }

    [FunctionOutput]
    public class NameOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }



    public partial class PreviewDepositOutputDTO : PreviewDepositOutputDTOBase { }

    [FunctionOutput]
    public class PreviewDepositOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PreviewMintOutputDTO : PreviewMintOutputDTOBase { }

    [FunctionOutput]
    public class PreviewMintOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PreviewRedeemOutputDTO : PreviewRedeemOutputDTOBase { }

    [FunctionOutput]
    public class PreviewRedeemOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class PreviewWithdrawOutputDTO : PreviewWithdrawOutputDTOBase { }

    [FunctionOutput]
    public class PreviewWithdrawOutputDTOBase : IFunctionOutputDTO 
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

    public partial class SymbolOutputDTO : SymbolOutputDTOBase { }

    [FunctionOutput]
    public class SymbolOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("string", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class TotalAssetsOutputDTO : TotalAssetsOutputDTOBase { }

    [FunctionOutput]
    public class TotalAssetsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class TotalSupplyOutputDTO : TotalSupplyOutputDTOBase { }

    [FunctionOutput]
    public class TotalSupplyOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }





    public partial class VaultOutputDTO : VaultOutputDTOBase { }

    [FunctionOutput]
    public class VaultOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("address", "", 1)]
        public virtual string ReturnValue1 { get; set; }
    }

    public partial class WindowOutputDTO : WindowOutputDTOBase { }

    [FunctionOutput]
    public class WindowOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }



    public partial class WithdrawRequestsOutputDTO : WithdrawRequestsOutputDTOBase { }

    [FunctionOutput]
    public class WithdrawRequestsOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint128", "shares", 1)]
        public virtual BigInteger Shares { get; set; }
        [Parameter("uint64", "opensAt", 2)]
        public virtual ulong OpensAt { get; set; }
        [Parameter("uint64", "closesAt", 3)]
        public virtual ulong ClosesAt { get; set; }
    }
}
