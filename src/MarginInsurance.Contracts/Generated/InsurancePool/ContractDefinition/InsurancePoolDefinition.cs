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

namespace MarginInsurance.Contracts.InsurancePool.ContractDefinition
{


    public partial class InsurancePoolDeployment : InsurancePoolDeploymentBase
    {
        public InsurancePoolDeployment() : base(BYTECODE) { }
        public InsurancePoolDeployment(string byteCode) : base(byteCode) { }
    }

    public class InsurancePoolDeploymentBase : ContractDeploymentMessage
    {
        public static string BYTECODE = "0x60c0806040523461040c57604081612210803803809161001f8285610410565b83398101031261040c578051906001600160a01b0382169081830361040c5760200151906001600160a01b03821680830361040c5760409384516100638682610410565b601e81527f4d617267696e496e737572616e636520496e737572616e636520506f6f6c0000602082015285519061009a8783610410565b60058252646d69494e5360d81b60208301528051906001600160401b03821161030f5760035490600182811c92168015610402575b60208310146102f15781601f849311610394575b50602090601f831160011461032e575f92610323575b50508160011b915f199060031b1c1916176003555b8051906001600160401b03821161030f5760045490600182811c92168015610305575b60208310146102f15781601f849311610283575b50602090601f831160011461021d575f92610212575b50508160011b915f199060031b1c1916176004555b610179816104bc565b901561020a575b60a052608052600160065562093a806008556202a300600955610bb8600a5515908115610201575b506101f2576101b690610433565b5051611c81908161056f8239608051818181610b5501528181610d76015281816112620152818161195c0152611b3c015260a05181610bde0152f35b63d92e233d60e01b5f5260045ffd5b9050155f6101a8565b506012610180565b015190505f8061015b565b60045f9081528281209350601f198516905b81811061026b5750908460019594939210610253575b505050811b01600455610170565b01515f1960f88460031b161c191690555f8080610245565b9293602060018192878601518155019501930161022f565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c810191602085106102e7575b90601f859493920160051c01905b8181106102d95750610145565b5f81558493506001016102cc565b90915081906102be565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610131565b634e487b7160e01b5f52604160045260245ffd5b015190505f806100f9565b60035f9081528281209350601f198516905b81811061037c5750908460019594939210610364575b505050811b0160035561010e565b01515f1960f88460031b161c191690555f8080610356565b92936020600181928786015181550195019301610340565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c810191602085106103f8575b90601f859493920160051c01905b8181106103ea57506100e3565b5f81558493506001016103dd565b90915081906103cf565b91607f16916100cf565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761030f57604052565b6001600160a01b0381165f9081525f805160206121f0833981519152602052604090205460ff166104b7576001600160a01b03165f8181525f805160206121f083398151915260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f90565b5f8091604051602081019063313ce56760e01b8252600481526104e0602482610410565b51916001600160a01b03165afa3d15610566573d906001600160401b03821161030f576040519161051b601f8201601f191660200184610410565b82523d5f602084013e5b8061055a575b610537575b505f905f90565b60208180518101031261040c576020015160ff8111610530579060ff6001921690565b5060208151101561052b565b60609061052556fe60806040526004361015610011575f80fd5b5f3560e01c806301e1d11414610fb857806301ffc9a714610f6257806306fdde0314610ea757806307a2d13a14610ae4578063095ea7b314610dff5780630a28a47714610de157806314a1362b14610ce757806318160ddd14610cca57806323b872dd14610c92578063248a9ca314610c675780632f2ff15d14610c29578063313ce56714610bc857806336568abe14610b8457806338d52e0f14610b40578063402d267d146104cd57806343a0c39f14610b23578063461645bf14610b065780634c80f3aa14610ae95780634cdad50614610ae457806352b65c4b14610ac857806352df49ec14610a6b5780636817031b146109d75780636e553f651461099c57806370a0823114610965578063745400c91461081d578063787a08a614610800578063827059ff146107e35780638b41d35f146107c657806391d148541461077d57806394bf804d1461074257806395d89b411461063e578063a217fddf14610624578063a9059cbb146105f3578063aea70acc146105d8578063b3d7f6b9146105ba578063b460af941461054b578063ba087652146104d2578063c63d75b6146104cd578063c6e6f592146103cd578063ce96cb77146104a7578063d547741f14610462578063d905777e1461043f578063dd62ed3e146103ef578063deb96634146103d2578063ef8b30f7146103cd578063f6b9484f146102cf578063f812fa70146102b5578063f8b5749e14610299578063fa88b3f61461026b5763fbfa77cf1461023f575f80fd5b34610267575f366003190112610267576007546040516001600160a01b039091168152602090f35b5f80fd5b34610267575f366003190112610267576020610291610288611247565b600a54906117cd565b604051908152f35b34610267575f366003190112610267576020604051610bb88152f35b34610267575f3660031901126102675760206102916111b1565b34610267576060366003190112610267576044356024356004356102f161159c565b62278d0081116103b057610e10821080156103a4575b610384576127108311610367576103627fc21478eaa9f12951c0ae39a7c0a4a8bf1789110f0ce595a956f5dea4d2ea5e8793826008558360095580600a55604051938493846040919493926060820195825260208201520152565b0390a1005b82630942247160e31b5f526004525f60245261271060445260645ffd5b50630942247160e31b5f52600452610e106024526212750060445260645ffd5b50621275008211610307565b630942247160e31b5f526004525f60245262278d0060445260645ffd5b6110a5565b34610267575f366003190112610267576020604051621275008152f35b346102675760403660031901126102675761040861101a565b610410611030565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b3461026757602036600319011261026757602061029161045d61101a565b611122565b34610267576040366003190112610267576104a5600435610481611030565b906104a061049b825f526005602052600160405f20015490565b6115eb565b6116ab565b005b346102675760203660031901126102675760206102916104c861045d61101a565b6112fc565b611046565b34610267576104e03661106b565b90916104ea611384565b6104f38261172f565b6104fc82611122565b80821161052a57508060209361051461051d936112fc565b93849133611a15565b6001600655604051908152f35b91632e52afbb60e21b5f5260018060a01b031660045260245260445260645ffd5b34610267576105593661106b565b9091610563611384565b61056c8261172f565b6105786104c883611122565b80821161059957506020928161059061051d93611325565b93849233611a15565b91633fa733bb60e21b5f5260018060a01b031660045260245260445260645ffd5b346102675760203660031901126102675760206102916004356112cc565b34610267575f36600319011261026757602060405160068152f35b346102675760403660031901126102675761061961060f61101a565b6024359033611489565b602060405160018152f35b34610267575f3660031901126102675760206040515f8152f35b34610267575f366003190112610267576040515f6004548060011c90600181168015610738575b6020831081146107245782855290811561070057506001146106a2575b61069e83610692818503826110f3565b60405191829182610fd2565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b8082106106e657509091508101602001610692610682565b9192600181602092548385880101520191019092916106ce565b60ff191660208086019190915291151560051b840190910191506106929050610682565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610665565b3461026757604036600319011261026757602060043561051d610763611030565b9161076c611384565b610775816112cc565b809333611916565b3461026757604036600319011261026757610796611030565b6004355f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b34610267575f36600319011261026757602060405162278d008152f35b34610267575f36600319011261026757602060405162093a808152f35b34610267575f366003190112610267576020600854604051908152f35b3461026757602036600319011261026757600435335f525f60205260405f2054811561095657808211610940575061085760085442611115565b61086360095482611115565b6001600160801b038311610928577f7a64d79878509820925daa6339976afdd4e1c50dc32bfae6820dd5792bd306a79160405161089f816110c3565b6001600160801b03858116825267ffffffffffffffff83811660208085019182529186166040808601918252335f818152600b865282902096519351925160809390931b67ffffffffffffffff60801b16939095169290921760c09190911b6001600160c01b0319161790935582519687528601929092528401919091529180606081010390a2005b826306dfcc6560e41b5f52608060045260245260445ffd5b9063dd75038b60e01b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b34610267576020366003190112610267576001600160a01b0361098661101a565b165f525f602052602060405f2054604051908152f35b3461026757604036600319011261026757602060043561051d6109bd611030565b6109c5611384565b6109ce83611355565b92839133611916565b34610267576020366003190112610267576109f061101a565b6109f861159c565b6001600160a01b03168015610a5c576007546001600160a01b038116610a4d576001600160a01b03191681176007557fe7ae49f883c825b05681b3e00e8be6fdea9ed2a8a45e4c6ecb9390fc44cce6155f80a2005b63a741a04560e01b5f5260045ffd5b63d92e233d60e01b5f5260045ffd5b34610267576020366003190112610267576001600160a01b03610a8c61101a565b165f52600b602052606060405f2054604051906001600160801b038116825267ffffffffffffffff8160801c16602083015260c01c6040820152f35b34610267575f366003190112610267576020604051610e108152f35b610ffc565b34610267575f366003190112610267576020600a54604051908152f35b34610267575f366003190112610267576020600954604051908152f35b34610267575f3660031901126102675760206040516202a3008152f35b34610267575f366003190112610267576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b3461026757604036600319011261026757610b9d611030565b336001600160a01b03821603610bb9576104a5906004356116ab565b63334bd91960e11b5f5260045ffd5b34610267575f36600319011261026757600660ff7f0000000000000000000000000000000000000000000000000000000000000000160160ff8111610c155760209060ff60405191168152f35b634e487b7160e01b5f52601160045260245ffd5b34610267576040366003190112610267576104a5600435610c48611030565b90610c6261049b825f526005602052600160405f20015490565b611625565b346102675760203660031901126102675760206102916004355f526005602052600160405f20015490565b3461026757606036600319011261026757610619610cae61101a565b610cb6611030565b60443591610cc58333836113e6565b611489565b34610267575f366003190112610267576020600254604051908152f35b3461026757602036600319011261026757600435610d03611384565b6007546001600160a01b03163303610dd257602090610d23610288611247565b80821015610da857507f3783ffd6affbe5b8ca6dc0017819eb181107fd73c53f17ca090a2153949d95c16040825b83610d6f575b81519081528385820152a16001600655604051908152f35b610da384337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166113a4565b610d57565b60407f3783ffd6affbe5b8ca6dc0017819eb181107fd73c53f17ca090a2153949d95c19192610d51565b638d1af8bd60e01b5f5260045ffd5b34610267576020366003190112610267576020610291600435611325565b3461026757604036600319011261026757610e1861101a565b602435903315610e94576001600160a01b0316908115610e8157335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b34610267575f366003190112610267576040515f6003548060011c90600181168015610f58575b602083108114610724578285529081156107005750600114610efa5761069e83610692818503826110f3565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b808210610f3e57509091508101602001610692610682565b919260018160209254838588010152019101909291610f26565b91607f1691610ece565b346102675760203660031901126102675760043563ffffffff60e01b811680910361026757602090637965db0b60e01b8114908115610fa7575b506040519015158152f35b6301ffc9a760e01b14905082610f9c565b34610267575f366003190112610267576020610291611247565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b346102675760203660031901126102675760206102916004356112fc565b600435906001600160a01b038216820361026757565b602435906001600160a01b038216820361026757565b346102675760203660031901126102675761105f61101a565b5060206040515f198152f35b606090600319011261026757600435906024356001600160a01b038116810361026757906044356001600160a01b03811681036102675790565b34610267576020366003190112610267576020610291600435611355565b6060810190811067ffffffffffffffff8211176110df57604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff8211176110df57604052565b91908201809211610c1557565b6001600160a01b03165f818152600b6020526040908190208151929190611148846110c3565b546001600160801b0381169384815267ffffffffffffffff8260801c169182602083015260c01c928391015242109081156111a6575b506111a0575f525f60205260405f20548082105f1461119b575090565b905090565b50505f90565b90504210155f61117e565b6007546001600160a01b0316801561120457602060049160405192838092630d56a26160e11b82525afa90811561123c575f9161120a575b50801561120457611201906111fc611247565b611808565b90565b505f1990565b90506020813d602011611234575b81611225602093836110f3565b8101031261026757515f6111e9565b3d9150611218565b6040513d5f823e3d90fd5b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561123c575f9161129d575090565b90506020813d6020116112c4575b816112b8602093836110f3565b81010312610267575190565b3d91506112ab565b6112d4611247565b60018101809111610c1557611201916001916112f6600254620f424090611115565b91611860565b611304611247565b60018101809111610c1557611201915f916112f6600254620f424090611115565b611335600254620f424090611115565b9061133e611247565b60018101809111610c155761120192600192611860565b611365600254620f424090611115565b9061136e611247565b60018101809111610c1557611201925f92611860565b600260065414611395576002600655565b633ee5aeb560e01b5f5260045ffd5b60405163a9059cbb60e01b60208201526001600160a01b0390921660248301526044808301939093529181526113e4916113df6064836110f3565b6118be565b565b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f198410611420575b50505050565b828410611466578015610e94576001600160a01b03821615610e81575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f80808061141a565b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b031691908215611589576001600160a01b031690811561157657825f525f60205260405f205481811061155d5760208285937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef93855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3805f52600b6020526001600160801b0360405f20541690805f525f60205260405f2054809211611535575050565b5f52600b6020526001600160801b038060405f209216166001600160801b0319825416179055565b8363391434e360e21b5f5260045260245260445260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b335f9081527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc602052604090205460ff16156115d457565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f81815260056020908152604080832033845290915290205460ff161561160f5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff166111a0575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16156111a0575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b6001600160a01b03165f908152600b602052604090819020815190611753826110c3565b54906001600160801b038216815267ffffffffffffffff8260801c169182602083015260c01c928391015280421080156117a5575b611790575050565b630a8868c760e21b5f5260045260245260445ffd5b5081421015611788565b81156117b9570490565b634e487b7160e01b5f52601260045260245ffd5b818102811580156117f6575b6117eb57506112019161271091611bd6565b905061271091500490565b508261180283836117af565b146117d9565b90670de0b6b3a764000082028115158061183e575b6118345750670de0b6b3a764000061120192611bd6565b61120192506117af565b5082158061181d5750670de0b6b3a764000061185a84836117af565b1461181d565b929161186d818386611bd6565b9260048110156118aa576001809116149182611893575b50506112019250151590611115565b90809250156117b957611201930915155f80611884565b634e487b7160e01b5f52602160045260245ffd5b905f602091828151910182855af11561123c575f513d61190d57506001600160a01b0381163b155b6118ed5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b600114156118e6565b6040516323b872dd60e01b60208201526001600160a01b0390911660248201819052306044830152606480830185905282529291906119899061195a6084826110f3565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166118be565b6001600160a01b0316928315611576577fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d791816119ca604093600254611115565b600255855f525f602052825f20818154019055855f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a382519182526020820152a3565b919360018060a01b03851694855f52600b60205260405f206001600160801b0383166001600160801b03825416036001600160801b038111610c155781546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790556001600160a01b038416938290878603611bc5575b505050841561158957845f525f60205260405f2054818110611bac5791816040927ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db94885f525f60205203835f205580600254036002555f877fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a3865f52600b6020526001600160801b03835f205416875f525f602052835f2054809111611b80575b50611b6986837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166113a4565b825195865260208601526001600160a01b031693a4565b875f52600b6020526001600160801b0380855f209216166001600160801b03198254161790555f611b34565b8563391434e360e21b5f5260045260245260445260645ffd5b611bce926113e6565b5f8181611a8a565b90915f198383099280830292838086109503948086039514611c675784831115611c4f5790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b50509061120192506117af56fea164736f6c634300081a000a05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc";
        public InsurancePoolDeploymentBase() : base(BYTECODE) { }
        public InsurancePoolDeploymentBase(string byteCode) : base(byteCode) { }
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
