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
        public static string BYTECODE = "0x60c0806040523461046f576040816127db803803809161001f8285610473565b83398101031261046f578051906001600160a01b0382169081830361046f5760200151906001600160a01b03821680830361046f5760409384516100638682610473565b601e81527f4d617267696e496e737572616e636520496e737572616e636520506f6f6c0000602082015285519061009a8783610473565b60058252646d69494e5360d81b60208301528051906001600160401b03821161026d5760035490600182811c92168015610465575b60208310146103685781601f8493116103f7575b50602090601f8311600114610391575f92610386575b50508160011b915f199060031b1c1916176003555b8051906001600160401b03821161026d5760045490600182811c9216801561037c575b60208310146103685781601f8493116102fa575b50602090601f8311600114610294575f92610289575b50508160011b915f199060031b1c1916176004555b6101798161051f565b9015610281575b60a0526080908152600160065562093a806008556202a300600955610bb8600a5584519081016001600160401b0381118282101761026d57855262015180815261138860208201525f858201819052606090910152600c80546001600160f01b0319166513880001518017905515908115610264575b506102555761020490610496565b50516121e990816105d2823960805181818161055601528181610ca601528181610f3b015281816112d50152818161174d01528181611ca501528181611ec401526120a4015260a05181610d4b0152f35b63d92e233d60e01b5f5260045ffd5b9050155f6101f6565b634e487b7160e01b5f52604160045260245ffd5b506012610180565b015190505f8061015b565b60045f9081528281209350601f198516905b8181106102e257509084600195949392106102ca575b505050811b01600455610170565b01515f1960f88460031b161c191690555f80806102bc565b929360206001819287860151815501950193016102a6565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c8101916020851061035e575b90601f859493920160051c01905b8181106103505750610145565b5f8155849350600101610343565b9091508190610335565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610131565b015190505f806100f9565b60035f9081528281209350601f198516905b8181106103df57509084600195949392106103c7575b505050811b0160035561010e565b01515f1960f88460031b161c191690555f80806103b9565b929360206001819287860151815501950193016103a3565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c8101916020851061045b575b90601f859493920160051c01905b81811061044d57506100e3565b5f8155849350600101610440565b9091508190610432565b91607f16916100cf565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761026d57604052565b6001600160a01b0381165f9081525f805160206127bb833981519152602052604090205460ff1661051a576001600160a01b03165f8181525f805160206127bb83398151915260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f90565b5f8091604051602081019063313ce56760e01b825260048152610543602482610473565b51916001600160a01b03165afa3d156105c9573d906001600160401b03821161026d576040519161057e601f8201601f191660200184610473565b82523d5f602084013e5b806105bd575b61059a575b505f905f90565b60208180518101031261046f576020015160ff8111610593579060ff6001921690565b5060208151101561058e565b60609061058856fe60806040526004361015610011575f80fd5b5f3560e01c806301e1d1141461111d57806301ffc9a7146110c757806306fdde031461106857806307a2d13a14610bd4578063095ea7b314610fc05780630a28a47714610fa257806314a1362b14610e5457806318160ddd14610e3757806323b872dd14610dff578063248a9ca314610dd45780632f2ff15d14610d96578063313ce56714610d3557806336568abe14610cf15780633788d23614610cd557806338d52e0f14610c915780633968abff14610c30578063402d267d1461051c57806343a0c39f14610c13578063461645bf14610bf65780634c80f3aa14610bd95780634cdad50614610bd457806352b65c4b1461090957806352df49ec14610b785780636817031b14610ae45780636e553f6514610aa957806370a0823114610a72578063745400c91461092b578063787a08a61461090e57806381051f0614610909578063827059ff146108ec5780638b41d35f146102db57806391d14854146108a357806392542f7b1461088657806394bf804d1461084b57806395d89b4114610800578063a217fddf146107e6578063a9059cbb146107b5578063aea70acc1461079a578063b06b4270146106b2578063b3d7f6b914610694578063b460af941461061c578063ba08765214610592578063c407687614610521578063c63d75b61461051c578063c6e6f5921461041c578063ce96cb77146104f6578063d547741f146104b1578063d905777e1461048e578063dd62ed3e1461043e578063deb9663414610421578063ef8b30f71461041c578063f6b9484f1461031e578063f812fa70146102fc578063f8b5749e146102e0578063f9528ded146102db578063fa88b3f6146102b85763fbfa77cf1461028c575f80fd5b346102b4575f3660031901126102b4576007546040516001600160a01b039091168152602090f35b5f80fd5b346102b4575f3660031901126102b45760206102d26116d7565b50604051908152f35b6111e6565b346102b4575f3660031901126102b4576020604051610bb88152f35b346102b4575f3660031901126102b4576020610316611574565b604051908152f35b346102b45760603660031901126102b457604435602435600435610340611a05565b62278d0081116103ff57610e10821080156103f3575b6103d35761271083116103b6576103b17fc21478eaa9f12951c0ae39a7c0a4a8bf1789110f0ce595a956f5dea4d2ea5e8793826008558360095580600a55604051938493846040919493926060820195825260208201520152565b0390a1005b82630942247160e31b5f526004525f60245261271060445260645ffd5b50630942247160e31b5f52600452610e106024526212750060445260645ffd5b50621275008211610356565b630942247160e31b5f526004525f60245262278d0060445260645ffd5b61123d565b346102b4575f3660031901126102b4576020604051621275008152f35b346102b45760403660031901126102b457610457611179565b61045f61118f565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b346102b45760203660031901126102b45760206103166104ac611179565b6114e6565b346102b45760403660031901126102b4576104f46004356104d061118f565b906104ef6104ea825f526005602052600160405f20015490565b611a54565b611b14565b005b346102b45760203660031901126102b45760206103166105176104ac611179565b61162f565b6111a5565b346102b45760403660031901126102b45761053a611179565b6007546001600160a01b03163303610583576104f490602435907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661180d565b638d1af8bd60e01b5f5260045ffd5b346102b4576105a036611203565b90916105aa6116b7565b6105b382611b98565b6105c46105bf8261162f565b611c17565b6105cd826114e6565b8082116105fb5750806020936105e56105ee9361162f565b93849133611f7d565b6001600655604051908152f35b91632e52afbb60e21b5f5260018060a01b031660045260245260445260645ffd5b346102b45761062a36611203565b90916106346116b7565b61063d82611b98565b61064681611c17565b610652610517836114e6565b80821161067357506020928161066a6105ee93611658565b93849233611f7d565b91633fa733bb60e21b5f5260018060a01b031660045260245260445260645ffd5b346102b45760203660031901126102b45760206103166004356115ff565b346102b45760403660031901126102b4576024356004356106d1611a05565b610e108110801561078e575b61076f5781158015610764575b610746576040907feb7057b58d4c3ece200a6bb05e9ad80c63a2900b7af8c2ebec84357cd85cdc3a92600c5463ffffffff83169065ffff000000008360201b169065ffffffffffff19161717600c5582519182526020820152a1005b50630942247160e31b5f52600452600160245261271060445260645ffd5b5061271082116106ea565b630942247160e31b5f52600452610e1060245262278d0060445260645ffd5b5062278d0081116106dd565b346102b4575f3660031901126102b457602060405160068152f35b346102b45760403660031901126102b4576107db6107d1611179565b60243590336118f2565b602060405160018152f35b346102b4575f3660031901126102b45760206040515f8152f35b346102b4575f3660031901126102b45761084760405161082160408261128a565b600581526406d69504c560dc1b6020820152604051918291602083526020830190611137565b0390f35b346102b45760403660031901126102b45760206004356105ee61086c61118f565b916108756116b7565b61087e816115ff565b809333611e7e565b346102b4575f3660031901126102b4576020604051620151808152f35b346102b45760403660031901126102b4576108bc61118f565b6004355f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346102b4575f3660031901126102b457602060405162093a808152f35b6111ca565b346102b4575f3660031901126102b4576020600854604051908152f35b346102b45760203660031901126102b457600435335f525f60205260405f20548115610a6357808211610a4d57506109656008544261147d565b6109716009548261147d565b6001600160801b038311610a35577f7a64d79878509820925daa6339976afdd4e1c50dc32bfae6820dd5792bd306a7916040516109ad8161125b565b6001600160801b0385811682526001600160401b0383811660208085019182529186166040808601918252335f818152600b865282902096519351925160809390931b67ffffffffffffffff60801b16939095169290921760c09190911b6001600160c01b0319161790935582519687528601929092528401919091529180606081010390a2005b826306dfcc6560e41b5f52608060045260245260445ffd5b9063dd75038b60e01b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b346102b45760203660031901126102b4576001600160a01b03610a93611179565b165f525f602052602060405f2054604051908152f35b346102b45760403660031901126102b45760206004356105ee610aca61118f565b610ad26116b7565b610adb83611688565b92839133611e7e565b346102b45760203660031901126102b457610afd611179565b610b05611a05565b6001600160a01b03168015610b69576007546001600160a01b038116610b5a576001600160a01b03191681176007557fe7ae49f883c825b05681b3e00e8be6fdea9ed2a8a45e4c6ecb9390fc44cce6155f80a2005b63a741a04560e01b5f5260045ffd5b63d92e233d60e01b5f5260045ffd5b346102b45760203660031901126102b4576001600160a01b03610b99611179565b165f52600b602052606060405f2054604051906001600160801b03811682526001600160401b038160801c16602083015260c01c6040820152f35b61115b565b346102b4575f3660031901126102b4576020600a54604051908152f35b346102b4575f3660031901126102b4576020600954604051908152f35b346102b4575f3660031901126102b45760206040516202a3008152f35b346102b4575f3660031901126102b4576080610c4a61148a565b63ffffffff8151169061ffff602082015116906001600160801b0360606001600160401b036040840151169201511691604051938452602084015260408301526060820152f35b346102b4575f3660031901126102b4576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102b4575f3660031901126102b45760206040516113888152f35b346102b45760403660031901126102b457610d0a61118f565b336001600160a01b03821603610d26576104f490600435611b14565b63334bd91960e11b5f5260045ffd5b346102b4575f3660031901126102b457600660ff7f0000000000000000000000000000000000000000000000000000000000000000160160ff8111610d825760209060ff60405191168152f35b634e487b7160e01b5f52601160045260245ffd5b346102b45760403660031901126102b4576104f4600435610db561118f565b90610dcf6104ea825f526005602052600160405f20015490565b611a8e565b346102b45760203660031901126102b45760206103166004355f526005602052600160405f20015490565b346102b45760603660031901126102b4576107db610e1b611179565b610e2361118f565b60443591610e3283338361184f565b6118f2565b346102b4575f3660031901126102b4576020600254604051908152f35b346102b45760203660031901126102b457600435610e706116b7565b6007546001600160a01b0316330361058357610e8a6116d7565b919080821015610f9c5750805b600c54610eb663ffffffff82166001600160401b038360301c1661147d565b421015610f6d575b50818303928311610d825760407f3783ffd6affbe5b8ca6dc0017819eb181107fd73c53f17ca090a2153949d95c191602094600c54906001600160801b0360701b9060701b16906001600160801b0360701b191617600c5583610f34575b81519081528385820152a16001600655604051908152f35b610f6884337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661180d565b610f1c565b6dffffffffffffffff00000000000019164260301b6dffffffffffffffff0000000000001617600c5583610ebe565b90610e97565b346102b45760203660031901126102b4576020610316600435611658565b346102b45760403660031901126102b457610fd9611179565b602435903315611055576001600160a01b031690811561104257335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b346102b4575f3660031901126102b45761084760405161108960408261128a565b601e81527f4d617267696e496e737572616e63652050657270204c697175696469747900006020820152604051918291602083526020830190611137565b346102b45760203660031901126102b45760043563ffffffff60e01b81168091036102b457602090637965db0b60e01b811490811561110c575b506040519015158152f35b6301ffc9a760e01b14905082611101565b346102b4575f3660031901126102b45760206103166112ba565b805180835260209291819084018484015e5f828201840152601f01601f1916010190565b346102b45760203660031901126102b457602061031660043561162f565b600435906001600160a01b03821682036102b457565b602435906001600160a01b03821682036102b457565b346102b45760203660031901126102b4576111be611179565b5060206040515f198152f35b346102b4575f3660031901126102b4576020604051610e108152f35b346102b4575f3660031901126102b457602060405162278d008152f35b60609060031901126102b457600435906024356001600160a01b03811681036102b457906044356001600160a01b03811681036102b45790565b346102b45760203660031901126102b4576020610316600435611688565b606081019081106001600160401b0382111761127657604052565b634e487b7160e01b5f52604160045260245ffd5b90601f801991011681019081106001600160401b0382111761127657604052565b908160209103126102b4575190565b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561143c575f9161144b575b506007546001600160a01b0316801561144757604051636ff0ca9960e01b602082015260048152611369915f919061134660248361128a565b604051808095819463232e4c3160e01b8352602060048401526024830190611137565b03915afa90811561143c575f916113b4575b506020818051810103126102b45760200151905f8282039212818312811691831390151617610d82575f8113156113af5790565b505f90565b90503d805f833e6113c5818361128a565b8101906020818303126102b4578051906001600160401b0382116102b4570181601f820112156102b4578051906001600160401b0382116112765760405192611418601f8401601f19166020018561128a565b828452602083830101116102b457815f9260208093018386015e830101525f61137b565b6040513d5f823e3d90fd5b5090565b90506020813d602011611475575b816114666020938361128a565b810103126102b457515f61130d565b3d9150611459565b91908201809211610d8257565b60405190608082018281106001600160401b03821117611276576040528160606001600160801b03600c5463ffffffff8116845261ffff8160201c1660208501526001600160401b038160301c16604085015260701c16910152565b6001600160a01b03165f818152600b602052604090819020815192919061150c8461125b565b546001600160801b038116938481526001600160401b038260801c169182602083015260c01c92839101524210908115611569575b50611563575f525f60205260405f20548082105f1461155e575090565b905090565b50505f90565b90504210155f611541565b6007546001600160a01b031680156115c757602060049160405192838092630d56a26160e11b82525afa90811561143c575f916115cd575b5080156115c7576115c4906115bf6112ba565b611d35565b90565b505f1990565b90506020813d6020116115f7575b816115e86020938361128a565b810103126102b457515f6115ac565b3d91506115db565b6116076112ba565b60018101809111610d82576115c491600191611629600254620f42409061147d565b91611dc8565b6116376112ba565b60018101809111610d82576115c4915f91611629600254620f42409061147d565b611668600254620f42409061147d565b906116716112ba565b60018101809111610d82576115c492600192611dc8565b611698600254620f42409061147d565b906116a16112ba565b60018101809111610d82576115c4925f92611dc8565b6002600654146116c8576002600655565b633ee5aeb560e01b5f5260045ffd5b6116df6112ba565b6116e761148a565b6117066001600160401b0360408301511663ffffffff8351169061147d565b4210156117d0576001600160801b03606061172992015116915b600a5490611d8d565b818110156117c9575b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561143c575f91611797575b5080821015611792575091565b905091565b90506020813d6020116117c1575b816117b26020938361128a565b810103126102b457515f611785565b3d91506117a5565b5080611732565b61ffff60206117e29201511682611d8d565b6001600160801b038110156117fc57611729905b91611720565b506117296001600160801b036117f6565b60405163a9059cbb60e01b60208201526001600160a01b03909216602483015260448083019390935291815261184d9161184860648361128a565b611e26565b565b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f198410611889575b50505050565b8284106118cf578015611055576001600160a01b03821615611042575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f808080611883565b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b0316919082156119f2576001600160a01b03169081156119df57825f525f60205260405f20548181106119c65760208285937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef93855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3805f52600b6020526001600160801b0360405f20541690805f525f60205260405f205480921161199e575050565b5f52600b6020526001600160801b038060405f209216166001600160801b0319825416179055565b8363391434e360e21b5f5260045260245260445260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b335f9081527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc602052604090205460ff1615611a3d57565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f81815260056020908152604080832033845290915290205460ff1615611a785750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16611563575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff1615611563575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b6001600160a01b03165f908152600b602052604090819020815190611bbc8261125b565b54906001600160801b03821681526001600160401b038260801c169182602083015260c01c92839101528042108015611c0d575b611bf8575050565b630a8868c760e21b5f5260045260245260445ffd5b5081421015611bf0565b6007546001600160a01b0316908115159081611c87575b50611c365750565b60205f9160046040518094819363d3316e6760e01b83525af1801561143c57611c5c5750565b611c7d9060203d602011611c80575b611c75818361128a565b8101906112ab565b50565b503d611c6b565b6040516370a0823160e01b81523060048201529091506020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561143c575f91611ce5575b50105f611c2e565b90506020813d602011611d0f575b81611d006020938361128a565b810103126102b457515f611cdd565b3d9150611cf3565b8115611d21570490565b634e487b7160e01b5f52601260045260245ffd5b90670de0b6b3a7640000820281151580611d6b575b611d615750670de0b6b3a76400006115c49261213e565b6115c49250611d17565b50821580611d4a5750670de0b6b3a7640000611d878483611d17565b14611d4a565b81810281158015611db6575b611dab57506115c4916127109161213e565b905061271091500490565b5082611dc28383611d17565b14611d99565b9291611dd581838661213e565b926004811015611e12576001809116149182611dfb575b50506115c4925015159061147d565b9080925015611d21576115c4930915155f80611dec565b634e487b7160e01b5f52602160045260245ffd5b905f602091828151910182855af11561143c575f513d611e7557506001600160a01b0381163b155b611e555750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b60011415611e4e565b6040516323b872dd60e01b60208201526001600160a01b039091166024820181905230604483015260648083018590528252929190611ef190611ec260848261128a565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611e26565b6001600160a01b03169283156119df577fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d79181611f3260409360025461147d565b600255855f525f602052825f20818154019055855f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a382519182526020820152a3565b919360018060a01b03851694855f52600b60205260405f206001600160801b0383166001600160801b03825416036001600160801b038111610d825781546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790556001600160a01b03841693829087860361212d575b50505084156119f257845f525f60205260405f20548181106121145791816040927ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db94885f525f60205203835f205580600254036002555f877fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a3865f52600b6020526001600160801b03835f205416875f525f602052835f20548091116120e8575b506120d186837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661180d565b825195865260208601526001600160a01b031693a4565b875f52600b6020526001600160801b0380855f209216166001600160801b03198254161790555f61209c565b8563391434e360e21b5f5260045260245260445260645ffd5b6121369261184f565b5f8181611ff2565b90915f1983830992808302928380861095039480860395146121cf57848311156121b75790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b5050906115c49250611d1756fea164736f6c634300081a000a05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc";
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

    public partial class DefaultCoverWindowFunction : DefaultCoverWindowFunctionBase { }

    [Function("DEFAULT_COVER_WINDOW", "uint256")]
    public class DefaultCoverWindowFunctionBase : FunctionMessage
    {

    }

    public partial class DefaultCoverWindowCapBpsFunction : DefaultCoverWindowCapBpsFunctionBase { }

    [Function("DEFAULT_COVER_WINDOW_CAP_BPS", "uint256")]
    public class DefaultCoverWindowCapBpsFunctionBase : FunctionMessage
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

    public partial class MaxCoverWindowFunction : MaxCoverWindowFunctionBase { }

    [Function("MAX_COVER_WINDOW", "uint256")]
    public class MaxCoverWindowFunctionBase : FunctionMessage
    {

    }

    public partial class MaxWindowFunction : MaxWindowFunctionBase { }

    [Function("MAX_WINDOW", "uint256")]
    public class MaxWindowFunctionBase : FunctionMessage
    {

    }

    public partial class MinCoverWindowFunction : MinCoverWindowFunctionBase { }

    [Function("MIN_COVER_WINDOW", "uint256")]
    public class MinCoverWindowFunctionBase : FunctionMessage
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

    public partial class CoverWindowFunction : CoverWindowFunctionBase { }

    [Function("coverWindow", typeof(CoverWindowOutputDTO))]
    public class CoverWindowFunctionBase : FunctionMessage
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

    public partial class SetCoverWindowFunction : SetCoverWindowFunctionBase { }

    [Function("setCoverWindow")]
    public class SetCoverWindowFunctionBase : FunctionMessage
    {
        [Parameter("uint256", "length", 1)]
        public virtual BigInteger Length { get; set; }
        [Parameter("uint256", "capBps", 2)]
        public virtual BigInteger CapBps { get; set; }
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

    public partial class CoverWindowUpdatedEventDTO : CoverWindowUpdatedEventDTOBase { }

    [Event("CoverWindowUpdated")]
    public class CoverWindowUpdatedEventDTOBase : IEventDTO
    {
        [Parameter("uint256", "length", 1, false )]
        public virtual BigInteger Length { get; set; }
        [Parameter("uint256", "capBps", 2, false )]
        public virtual BigInteger CapBps { get; set; }
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

    public partial class DefaultCoverWindowOutputDTO : DefaultCoverWindowOutputDTOBase { }

    [FunctionOutput]
    public class DefaultCoverWindowOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "", 1)]
        public virtual BigInteger ReturnValue1 { get; set; }
    }

    public partial class DefaultCoverWindowCapBpsOutputDTO : DefaultCoverWindowCapBpsOutputDTOBase { }

    [FunctionOutput]
    public class DefaultCoverWindowCapBpsOutputDTOBase : IFunctionOutputDTO 
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

    public partial class MaxCoverWindowOutputDTO : MaxCoverWindowOutputDTOBase { }

    [FunctionOutput]
    public class MaxCoverWindowOutputDTOBase : IFunctionOutputDTO 
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

    public partial class MinCoverWindowOutputDTO : MinCoverWindowOutputDTOBase { }

    [FunctionOutput]
    public class MinCoverWindowOutputDTOBase : IFunctionOutputDTO 
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

    public partial class CoverWindowOutputDTO : CoverWindowOutputDTOBase { }

    [FunctionOutput]
    public class CoverWindowOutputDTOBase : IFunctionOutputDTO 
    {
        [Parameter("uint256", "length", 1)]
        public virtual BigInteger Length { get; set; }
        [Parameter("uint256", "capBps", 2)]
        public virtual BigInteger CapBps { get; set; }
        [Parameter("uint256", "start", 3)]
        public virtual BigInteger Start { get; set; }
        [Parameter("uint256", "left", 4)]
        public virtual BigInteger Left { get; set; }
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
        [Parameter("uint256", "amount", 1)]
        public virtual BigInteger Amount { get; set; }
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
