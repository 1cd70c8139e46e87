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
        public static string BYTECODE = "0x60c080604052346104685760408161285a803803809161001f828561046c565b833981010312610468578051906001600160a01b038216908183036104685760200151906001600160a01b038216808303610468576040938451610063868261046c565b601e81527f4d617267696e496e737572616e636520496e737572616e636520506f6f6c0000602082015285519061009a878361046c565b60058252646d69494e5360d81b60208301528051906001600160401b0382116102665760035490600182811c9216801561045e575b60208310146103615781601f8493116103f0575b50602090601f831160011461038a575f9261037f575b50508160011b915f199060031b1c1916176003555b8051906001600160401b0382116102665760045490600182811c92168015610375575b60208310146103615781601f8493116102f3575b50602090601f831160011461028d575f92610282575b50508160011b915f199060031b1c1916176004555b61017981610518565b901561027a575b60a0526080908152600160065562093a806008556202a300600955610bb8600a5584519081016001600160401b0381118282101761026657855262015180815261138860208201525f858201819052606090910152600c80546001600160f01b031916651388000151801790551590811561025d575b5061024e576102049061048f565b505161226f90816105cb8239608051818181610ce601528181610f7c01528181611396015281816117d201528181611d2b01528181611f4a015261212a015260a05181610d8b0152f35b63d92e233d60e01b5f5260045ffd5b9050155f6101f6565b634e487b7160e01b5f52604160045260245ffd5b506012610180565b015190505f8061015b565b60045f9081528281209350601f198516905b8181106102db57509084600195949392106102c3575b505050811b01600455610170565b01515f1960f88460031b161c191690555f80806102b5565b9293602060018192878601518155019501930161029f565b60045f529091507f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b601f840160051c81019160208510610357575b90601f859493920160051c01905b8181106103495750610145565b5f815584935060010161033c565b909150819061032e565b634e487b7160e01b5f52602260045260245ffd5b91607f1691610131565b015190505f806100f9565b60035f9081528281209350601f198516905b8181106103d857509084600195949392106103c0575b505050811b0160035561010e565b01515f1960f88460031b161c191690555f80806103b2565b9293602060018192878601518155019501930161039c565b60035f529091507fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b601f840160051c81019160208510610454575b90601f859493920160051c01905b81811061044657506100e3565b5f8155849350600101610439565b909150819061042b565b91607f16916100cf565b5f80fd5b601f909101601f19168101906001600160401b0382119082101761026657604052565b6001600160a01b0381165f9081525f8051602061283a833981519152602052604090205460ff16610513576001600160a01b03165f8181525f8051602061283a83398151915260205260408120805460ff191660011790553391907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d8180a4600190565b505f90565b5f8091604051602081019063313ce56760e01b82526004815261053c60248261046c565b51916001600160a01b03165afa3d156105c2573d906001600160401b0382116102665760405191610577601f8201601f19166020018461046c565b82523d5f602084013e5b806105b6575b610593575b505f905f90565b602081805181010312610468576020015160ff811161058c579060ff6001921690565b50602081511015610587565b60609061058156fe60806040526004361015610011575f80fd5b5f3560e01c806301e1d114146111c957806301ffc9a71461117357806306fdde03146110b857806307a2d13a14610c13578063095ea7b3146110105780630a28a47714610ff257806314a1362b14610e9457806318160ddd14610e7757806323b872dd14610e3f578063248a9ca314610e145780632f2ff15d14610dd6578063313ce56714610d7557806336568abe14610d315780633788d23614610d1557806338d52e0f14610cd15780633968abff14610c6f578063402d267d1461051157806343a0c39f14610c52578063461645bf14610c355780634c80f3aa14610c185780634cdad50614610c1357806352b65c4b1461094657806352df49ec14610bb65780636817031b14610b225780636e553f6514610ae757806370a0823114610ab0578063745400c914610968578063787a08a61461094b57806381051f0614610946578063827059ff146109295780638b41d35f146102d057806391d14854146108e057806392542f7b146108c357806394bf804d1461088857806395d89b4114610784578063a217fddf1461076a578063a9059cbb14610739578063aea70acc1461071e578063b06b427014610636578063b3d7f6b914610618578063b460af94146105a0578063ba08765214610516578063c63d75b614610511578063c6e6f59214610411578063ce96cb77146104eb578063d547741f146104a6578063d905777e14610483578063dd62ed3e14610433578063deb9663414610416578063ef8b30f714610411578063f6b9484f14610313578063f812fa70146102f1578063f8b5749e146102d5578063f9528ded146102d0578063fa88b3f6146102ad5763fbfa77cf14610281575f80fd5b346102a9575f3660031901126102a9576007546040516001600160a01b039091168152602090f35b5f80fd5b346102a9575f3660031901126102a95760206102c761175b565b50604051908152f35b611298565b346102a9575f3660031901126102a9576020604051610bb88152f35b346102a9575f3660031901126102a957602061030b6115fb565b604051908152f35b346102a95760603660031901126102a957604435602435600435610335611a8a565b62278d0081116103f457610e10821080156103e8575b6103c85761271083116103ab576103a67fc21478eaa9f12951c0ae39a7c0a4a8bf1789110f0ce595a956f5dea4d2ea5e8793826008558360095580600a55604051938493846040919493926060820195825260208201520152565b0390a1005b82630942247160e31b5f526004525f60245261271060445260645ffd5b50630942247160e31b5f52600452610e106024526212750060445260645ffd5b5062127500821161034b565b630942247160e31b5f526004525f60245262278d0060445260645ffd5b6112ef565b346102a9575f3660031901126102a9576020604051621275008152f35b346102a95760403660031901126102a95761044c61122b565b610454611241565b6001600160a01b039182165f908152600160209081526040808320949093168252928352819020549051908152f35b346102a95760203660031901126102a957602061030b6104a161122b565b61156c565b346102a95760403660031901126102a9576104e96004356104c5611241565b906104e46104df825f526005602052600160405f20015490565b611ad9565b611b99565b005b346102a95760203660031901126102a957602061030b61050c6104a161122b565b6116b3565b611257565b346102a957610524366112b5565b909161052e61173b565b61053782611c1d565b610548610543826116b3565b611c9d565b6105518261156c565b80821161057f575080602093610569610572936116b3565b93849133612003565b6001600655604051908152f35b91632e52afbb60e21b5f5260018060a01b031660045260245260445260645ffd5b346102a9576105ae366112b5565b90916105b861173b565b6105c182611c1d565b6105ca81611c9d565b6105d661050c8361156c565b8082116105f75750602092816105ee610572936116dc565b93849233612003565b91633fa733bb60e21b5f5260018060a01b031660045260245260445260645ffd5b346102a95760203660031901126102a957602061030b600435611683565b346102a95760403660031901126102a957602435600435610655611a8a565b610e1081108015610712575b6106f357811580156106e8575b6106ca576040907feb7057b58d4c3ece200a6bb05e9ad80c63a2900b7af8c2ebec84357cd85cdc3a92600c5463ffffffff83169065ffff000000008360201b169065ffffffffffff19161717600c5582519182526020820152a1005b50630942247160e31b5f52600452600160245261271060445260645ffd5b50612710821161066e565b630942247160e31b5f52600452610e1060245262278d0060445260645ffd5b5062278d008111610661565b346102a9575f3660031901126102a957602060405160068152f35b346102a95760403660031901126102a95761075f61075561122b565b6024359033611977565b602060405160018152f35b346102a9575f3660031901126102a95760206040515f8152f35b346102a9575f3660031901126102a9576040515f6004548060011c9060018116801561087e575b60208310811461086a5782855290811561084657506001146107e8575b6107e4836107d88185038261133d565b604051918291826111e3565b0390f35b91905060045f527f8a35acfbc15ff81a39ae7d344fd709f28e8600b4aa8c65c6b64bfe7fe36bd19b915f905b80821061082c575090915081016020016107d86107c8565b919260018160209254838588010152019101909291610814565b60ff191660208086019190915291151560051b840190910191506107d890506107c8565b634e487b7160e01b5f52602260045260245ffd5b91607f16916107ab565b346102a95760403660031901126102a95760206004356105726108a9611241565b916108b261173b565b6108bb81611683565b809333611f04565b346102a9575f3660031901126102a9576020604051620151808152f35b346102a95760403660031901126102a9576108f9611241565b6004355f52600560205260405f209060018060a01b03165f52602052602060ff60405f2054166040519015158152f35b346102a9575f3660031901126102a957602060405162093a808152f35b61127c565b346102a9575f3660031901126102a9576020600854604051908152f35b346102a95760203660031901126102a957600435335f525f60205260405f20548115610aa157808211610a8b57506109a26008544261136e565b6109ae6009548261136e565b6001600160801b038311610a73577f7a64d79878509820925daa6339976afdd4e1c50dc32bfae6820dd5792bd306a7916040516109ea8161130d565b6001600160801b03858116825267ffffffffffffffff83811660208085019182529186166040808601918252335f818152600b865282902096519351925160809390931b67ffffffffffffffff60801b16939095169290921760c09190911b6001600160c01b0319161790935582519687528601929092528401919091529180606081010390a2005b826306dfcc6560e41b5f52608060045260245260445ffd5b9063dd75038b60e01b5f5260045260245260445ffd5b631f2a200560e01b5f5260045ffd5b346102a95760203660031901126102a9576001600160a01b03610ad161122b565b165f525f602052602060405f2054604051908152f35b346102a95760403660031901126102a9576020600435610572610b08611241565b610b1061173b565b610b198361170c565b92839133611f04565b346102a95760203660031901126102a957610b3b61122b565b610b43611a8a565b6001600160a01b03168015610ba7576007546001600160a01b038116610b98576001600160a01b03191681176007557fe7ae49f883c825b05681b3e00e8be6fdea9ed2a8a45e4c6ecb9390fc44cce6155f80a2005b63a741a04560e01b5f5260045ffd5b63d92e233d60e01b5f5260045ffd5b346102a95760203660031901126102a9576001600160a01b03610bd761122b565b165f52600b602052606060405f2054604051906001600160801b038116825267ffffffffffffffff8160801c16602083015260c01c6040820152f35b61120d565b346102a9575f3660031901126102a9576020600a54604051908152f35b346102a9575f3660031901126102a9576020600954604051908152f35b346102a9575f3660031901126102a95760206040516202a3008152f35b346102a9575f3660031901126102a9576080610c8961150e565b63ffffffff8151169061ffff602082015116906001600160801b03606067ffffffffffffffff6040840151169201511691604051938452602084015260408301526060820152f35b346102a9575f3660031901126102a9576040517f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168152602090f35b346102a9575f3660031901126102a95760206040516113888152f35b346102a95760403660031901126102a957610d4a611241565b336001600160a01b03821603610d66576104e990600435611b99565b63334bd91960e11b5f5260045ffd5b346102a9575f3660031901126102a957600660ff7f0000000000000000000000000000000000000000000000000000000000000000160160ff8111610dc25760209060ff60405191168152f35b634e487b7160e01b5f52601160045260245ffd5b346102a95760403660031901126102a9576104e9600435610df5611241565b90610e0f6104df825f526005602052600160405f20015490565b611b13565b346102a95760203660031901126102a957602061030b6004355f526005602052600160405f20015490565b346102a95760603660031901126102a95761075f610e5b61122b565b610e63611241565b60443591610e728333836118d4565b611977565b346102a9575f3660031901126102a9576020600254604051908152f35b346102a95760203660031901126102a957600435610eb061173b565b6007546001600160a01b03163303610fe357610eca61175b565b919080821015610fdd5750805b600c54610ef763ffffffff821667ffffffffffffffff8360301c1661136e565b421015610fae575b50818303928311610dc25760407f3783ffd6affbe5b8ca6dc0017819eb181107fd73c53f17ca090a2153949d95c191602094600c54906001600160801b0360701b9060701b16906001600160801b0360701b191617600c5583610f75575b81519081528385820152a16001600655604051908152f35b610fa984337f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611892565b610f5d565b6dffffffffffffffff00000000000019164260301b6dffffffffffffffff0000000000001617600c5583610eff565b90610ed7565b638d1af8bd60e01b5f5260045ffd5b346102a95760203660031901126102a957602061030b6004356116dc565b346102a95760403660031901126102a95761102961122b565b6024359033156110a5576001600160a01b031690811561109257335f52600160205260405f20825f526020528060405f20556040519081527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560203392a3602060405160018152f35b634a1406b160e11b5f525f60045260245ffd5b63e602df0560e01b5f525f60045260245ffd5b346102a9575f3660031901126102a9576040515f6003548060011c90600181168015611169575b60208310811461086a57828552908115610846575060011461110b576107e4836107d88185038261133d565b91905060035f527fc2575a0e9e593c00f959f8c92f12db2869c3395a3b0502d05e2516446f71f85b915f905b80821061114f575090915081016020016107d86107c8565b919260018160209254838588010152019101909291611137565b91607f16916110df565b346102a95760203660031901126102a95760043563ffffffff60e01b81168091036102a957602090637965db0b60e01b81149081156111b8575b506040519015158152f35b6301ffc9a760e01b149050826111ad565b346102a9575f3660031901126102a957602061030b61137b565b602060409281835280519182918282860152018484015e5f828201840152601f01601f1916010190565b346102a95760203660031901126102a957602061030b6004356116b3565b600435906001600160a01b03821682036102a957565b602435906001600160a01b03821682036102a957565b346102a95760203660031901126102a95761127061122b565b5060206040515f198152f35b346102a9575f3660031901126102a9576020604051610e108152f35b346102a9575f3660031901126102a957602060405162278d008152f35b60609060031901126102a957600435906024356001600160a01b03811681036102a957906044356001600160a01b03811681036102a95790565b346102a95760203660031901126102a957602061030b60043561170c565b6060810190811067ffffffffffffffff82111761132957604052565b634e487b7160e01b5f52604160045260245ffd5b90601f8019910116810190811067ffffffffffffffff82111761132957604052565b908160209103126102a9575190565b91908201809211610dc257565b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561148e575f916114dc575b506007546001600160a01b031680156114d857604051631448ebf960e11b8152602081600481855afa5f91816114a4575b5061149957506020600491604051928380926375172a8b60e01b82525afa90811561148e575f91611443575b50906001600160801b0361144092169061136e565b90565b90506020813d602011611486575b8161145e6020938361133d565b810103126102a95751906001600160801b03821682036102a957906001600160801b0361142b565b3d9150611451565b6040513d5f823e3d90fd5b90506114409161136e565b9091506020813d6020116114d0575b816114c06020938361133d565b810103126102a95751905f6113ff565b3d91506114b3565b5090565b90506020813d602011611506575b816114f76020938361133d565b810103126102a957515f6113ce565b3d91506114ea565b604051906080820182811067ffffffffffffffff821117611329576040528160606001600160801b03600c5463ffffffff8116845261ffff8160201c16602085015267ffffffffffffffff8160301c16604085015260701c16910152565b6001600160a01b03165f818152600b60205260409081902081519291906115928461130d565b546001600160801b0381169384815267ffffffffffffffff8260801c169182602083015260c01c928391015242109081156115f0575b506115ea575f525f60205260405f20548082105f146115e5575090565b905090565b50505f90565b90504210155f6115c8565b6007546001600160a01b0316801561164b57602060049160405192838092630d56a26160e11b82525afa90811561148e575f91611651575b50801561164b576114409061164661137b565b611dbb565b505f1990565b90506020813d60201161167b575b8161166c6020938361133d565b810103126102a957515f611633565b3d915061165f565b61168b61137b565b60018101809111610dc257611440916001916116ad600254620f42409061136e565b91611e4e565b6116bb61137b565b60018101809111610dc257611440915f916116ad600254620f42409061136e565b6116ec600254620f42409061136e565b906116f561137b565b60018101809111610dc25761144092600192611e4e565b61171c600254620f42409061136e565b9061172561137b565b60018101809111610dc257611440925f92611e4e565b60026006541461174c576002600655565b633ee5aeb560e01b5f5260045ffd5b61176361137b565b61176b61150e565b61178b67ffffffffffffffff60408301511663ffffffff8351169061136e565b421015611855576001600160801b0360606117ae92015116915b600a5490611e13565b8181101561184e575b6040516370a0823160e01b81523060048201526020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561148e575f9161181c575b5080821015611817575091565b905091565b90506020813d602011611846575b816118376020938361133d565b810103126102a957515f61180a565b3d915061182a565b50806117b7565b61ffff60206118679201511682611e13565b6001600160801b03811015611881576117ae905b916117a5565b506117ae6001600160801b0361187b565b60405163a9059cbb60e01b60208201526001600160a01b0390921660248301526044808301939093529181526118d2916118cd60648361133d565b611eac565b565b6001600160a01b039081165f818152600160209081526040808320948616835293905291909120549291905f19841061190e575b50505050565b8284106119545780156110a5576001600160a01b03821615611092575f52600160205260405f209060018060a01b03165f5260205260405f20910390555f808080611908565b508290637dc7a0d960e11b5f5260018060a01b031660045260245260445260645ffd5b6001600160a01b031691908215611a77576001600160a01b0316908115611a6457825f525f60205260405f2054818110611a4b5760208285937fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef93855f525f84520360405f2055845f525f825260405f20818154019055604051908152a3805f52600b6020526001600160801b0360405f20541690805f525f60205260405f2054809211611a23575050565b5f52600b6020526001600160801b038060405f209216166001600160801b0319825416179055565b8363391434e360e21b5f5260045260245260445260645ffd5b63ec442f0560e01b5f525f60045260245ffd5b634b637e8f60e11b5f525f60045260245ffd5b335f9081527f05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc602052604090205460ff1615611ac257565b63e2517d3f60e01b5f52336004525f60245260445ffd5b5f81815260056020908152604080832033845290915290205460ff1615611afd5750565b63e2517d3f60e01b5f523360045260245260445ffd5b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff166115ea575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19166001179055339291907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d9080a4600190565b5f8181526005602090815260408083206001600160a01b038616845290915290205460ff16156115ea575f8181526005602090815260408083206001600160a01b0395909516808452949091528120805460ff19169055339291907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9080a4600190565b6001600160a01b03165f908152600b602052604090819020815190611c418261130d565b54906001600160801b038216815267ffffffffffffffff8260801c169182602083015260c01c92839101528042108015611c93575b611c7e575050565b630a8868c760e21b5f5260045260245260445ffd5b5081421015611c76565b6007546001600160a01b0316908115159081611d0d575b50611cbc5750565b60205f9160046040518094819363d3316e6760e01b83525af1801561148e57611ce25750565b611d039060203d602011611d06575b611cfb818361133d565b81019061135f565b50565b503d611cf1565b6040516370a0823160e01b81523060048201529091506020816024817f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165afa90811561148e575f91611d6b575b50105f611cb4565b90506020813d602011611d95575b81611d866020938361133d565b810103126102a957515f611d63565b3d9150611d79565b8115611da7570490565b634e487b7160e01b5f52601260045260245ffd5b90670de0b6b3a7640000820281151580611df1575b611de75750670de0b6b3a7640000611440926121c4565b6114409250611d9d565b50821580611dd05750670de0b6b3a7640000611e0d8483611d9d565b14611dd0565b81810281158015611e3c575b611e31575061144091612710916121c4565b905061271091500490565b5082611e488383611d9d565b14611e1f565b9291611e5b8183866121c4565b926004811015611e98576001809116149182611e81575b5050611440925015159061136e565b9080925015611da757611440930915155f80611e72565b634e487b7160e01b5f52602160045260245ffd5b905f602091828151910182855af11561148e575f513d611efb57506001600160a01b0381163b155b611edb5750565b635274afe760e01b5f9081526001600160a01b0391909116600452602490fd5b60011415611ed4565b6040516323b872dd60e01b60208201526001600160a01b039091166024820181905230604483015260648083018590528252929190611f7790611f4860848261133d565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611eac565b6001600160a01b0316928315611a64577fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d79181611fb860409360025461136e565b600255855f525f602052825f20818154019055855f7fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a382519182526020820152a3565b919360018060a01b03851694855f52600b60205260405f206001600160801b0383166001600160801b03825416036001600160801b038111610dc25781546fffffffffffffffffffffffffffffffff19166001600160801b03919091161790556001600160a01b0384169382908786036121b3575b5050508415611a7757845f525f60205260405f205481811061219a5791816040927ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db94885f525f60205203835f205580600254036002555f877fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef60208651858152a3865f52600b6020526001600160801b03835f205416875f525f602052835f205480911161216e575b5061215786837f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316611892565b825195865260208601526001600160a01b031693a4565b875f52600b6020526001600160801b0380855f209216166001600160801b03198254161790555f612122565b8563391434e360e21b5f5260045260245260445260645ffd5b6121bc926118d4565b5f8181612078565b90915f198383099280830292838086109503948086039514612255578483111561223d5790829109815f0382168092046002816003021880820260020302808202600203028082026002030280820260020302808202600203028091026002030293600183805f03040190848311900302920304170290565b82634e487b715f52156003026011186020526024601cfd5b5050906114409250611d9d56fea164736f6c634300081a000a05b8ccbb9d4d8fb16ea74ce3c29a41f1b461fbdaff4714a0d9a8eb05499746bc";
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
