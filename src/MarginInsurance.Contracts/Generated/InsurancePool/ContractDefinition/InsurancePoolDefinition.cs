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
        public static string BYTECODE = "0x60c060405262093a806008556202a300600955610bb8600a55348015610023575f80fd5b50604051612340380380612340833981016040819052610042916102d3565b816040518060400160405280601e81526020017f4d617267696e496e737572616e636520496e737572616e636520506f6f6c0000815250604051806040016040528060058152602001646d69494e5360d81b81525081600390816100a691906103a3565b5060046100b382826103a3565b5050505f806100c78361013960201b60201c565b91509150816100d75760126100d9565b805b60ff1660a05250506001600160a01b0390811660805260016006558116158061010957506001600160a01b038216155b156101275760405163d92e233d60e01b815260040160405180910390fd5b6101315f8261020f565b50505061048a565b60408051600481526024810182526020810180516001600160e01b031663313ce56760e01b17905290515f918291829182916001600160a01b0387169161017f9161045d565b5f60405180830381855afa9150503d805f81146101b7576040519150601f19603f3d011682016040523d82523d5f602084013e6101bc565b606091505b50915091508180156101d057506020815110155b15610203575f818060200190518101906101ea9190610473565b905060ff8111610201576001969095509350505050565b505b505f9485945092505050565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff166102b3575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561026b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102b6565b505f5b92915050565b6001600160a01b03811681146102d0575f80fd5b50565b5f80604083850312156102e4575f80fd5b82516102ef816102bc565b6020840151909250610300816102bc565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061033357607f821691505b60208210810361035157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561039e57805f5260205f20601f840160051c8101602085101561037c5750805b601f840160051c820191505b8181101561039b575f8155600101610388565b50505b505050565b81516001600160401b038111156103bc576103bc61030b565b6103d0816103ca845461031f565b84610357565b6020601f821160018114610402575f83156103eb5750848201515b5f19600385901b1c1916600184901b17845561039b565b5f84815260208120601f198516915b828110156104315787850151825560209485019460019092019101610411565b508482101561044e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f82518060208501845e5f920191825250919050565b5f60208284031215610483575f80fd5b5051919050565b60805160a051611e796104c75f395f6108cb01525f81816103ef0152818161080501528181610ea70152818161164201526119b10152611e795ff3fe608060405234801561000f575f80fd5b50600436106102cb575f3560e01c8063787a08a61161017b578063c63d75b6116100e4578063deb966341161009e578063f812fa7011610079578063f812fa701461067d578063f8b5749e14610685578063fa88b3f61461068e578063fbfa77cf14610696575f80fd5b8063deb9663414610660578063ef8b30f7146105dc578063f6b9484f1461066a575f80fd5b8063c63d75b614610427578063c6e6f592146105dc578063ce96cb77146105ef578063d547741f14610602578063d905777e14610615578063dd62ed3e14610628575f80fd5b8063a217fddf11610135578063a217fddf14610581578063a9059cbb14610588578063aea70acc1461059b578063b3d7f6b9146105a3578063b460af94146105b6578063ba087652146105c9575f80fd5b8063787a08a614610536578063827059ff1461053f5780638b41d35f1461054957806391d148541461055357806394bf804d1461056657806395d89b4114610579575f80fd5b806336568abe116102375780634cdad506116101f15780636817031b116101cc5780636817031b146104d55780636e553f65146104e857806370a08231146104fb578063745400c914610523575f80fd5b80634cdad5061461032257806352b65c4b1461045757806352df49ec14610460575f80fd5b806336568abe146103da57806338d52e0f146103ed578063402d267d1461042757806343a0c39f1461043b578063461645bf146104455780634c80f3aa1461044e575f80fd5b806314a1362b1161028857806314a1362b1461035b57806318160ddd1461036e57806323b872dd14610376578063248a9ca3146103895780632f2ff15d146103ab578063313ce567146103c0575f80fd5b806301e1d114146102cf57806301ffc9a7146102ea57806306fdde031461030d57806307a2d13a14610322578063095ea7b3146103355780630a28a47714610348575b5f80fd5b6102d76106a9565b6040519081526020015b60405180910390f35b6102fd6102f8366004611a9f565b6106b7565b60405190151581526020016102e1565b6103156106ed565b6040516102e19190611ac6565b6102d7610330366004611afb565b61077d565b6102fd610343366004611b28565b610788565b6102d7610356366004611afb565b61079f565b6102d7610369366004611afb565b6107ab565b6002546102d7565b6102fd610384366004611b50565b610874565b6102d7610397366004611afb565b5f9081526005602052604090206001015490565b6103be6103b9366004611b8a565b610899565b005b6103c86108c3565b60405160ff90911681526020016102e1565b6103be6103e8366004611b8a565b6108ef565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016102e1565b6102d7610435366004611bb4565b505f1990565b6102d76202a30081565b6102d760095481565b6102d7600a5481565b6102d7610e1081565b6104a561046e366004611bb4565b600b6020525f90815260409020546001600160801b0381169067ffffffffffffffff600160801b8204811691600160c01b90041683565b604080516001600160801b03909416845267ffffffffffffffff92831660208501529116908201526060016102e1565b6103be6104e3366004611bb4565b610927565b6102d76104f6366004611b8a565b6109cc565b6102d7610509366004611bb4565b6001600160a01b03165f9081526020819052604090205490565b6103be610531366004611afb565b6109eb565b6102d760085481565b6102d762093a8081565b6102d762278d0081565b6102fd610561366004611b8a565b610b36565b6102d7610574366004611b8a565b610b60565b610315610b73565b6102d75f81565b6102fd610596366004611b28565b610b82565b6103c8600681565b6102d76105b1366004611afb565b610b8f565b6102d76105c4366004611bcd565b610b9b565b6102d76105d7366004611bcd565b610bc4565b6102d76105ea366004611afb565b610be1565b6102d76105fd366004611bb4565b610bec565b6103be610610366004611b8a565b610bf9565b6102d7610623366004611bb4565b610c1d565b6102d7610636366004611c06565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102d76212750081565b6103be610678366004611c2e565b610ccb565b6102d7610dd9565b6102d7610bb881565b6102d7610e8d565b60075461040f906001600160a01b031681565b5f6106b2610ea4565b905090565b5f6001600160e01b03198216637965db0b60e01b14806106e757506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600380546106fc90611c57565b80601f016020809104026020016040519081016040528092919081815260200182805461072890611c57565b80156107735780601f1061074a57610100808354040283529160200191610773565b820191905f5260205f20905b81548152906001019060200180831161075657829003601f168201915b5050505050905090565b5f6106e7825f610f2e565b5f33610795818585610f67565b5060019392505050565b5f6106e7826001610f74565b5f6107b4610fa4565b6007546001600160a01b031633146107df57604051638d1af8bd60e01b815260040160405180910390fd5b6107f0826107eb610e8d565b610fce565b9050801561082c5761082c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163383610fe3565b60408051838152602081018390527f3783ffd6affbe5b8ca6dc0017819eb181107fd73c53f17ca090a2153949d95c1910160405180910390a161086f6001600655565b919050565b5f33610881858285611042565b61088c8585856110a5565b60019150505b9392505050565b5f828152600560205260409020600101546108b381611102565b6108bd838361110f565b50505050565b5f6106b260067f0000000000000000000000000000000000000000000000000000000000000000611ca3565b6001600160a01b03811633146109185760405163334bd91960e11b815260040160405180910390fd5b61092282826111a0565b505050565b5f61093181611102565b6001600160a01b0382166109585760405163d92e233d60e01b815260040160405180910390fd5b6007546001600160a01b0316156109825760405163a741a04560e01b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0384169081179091556040517fe7ae49f883c825b05681b3e00e8be6fdea9ed2a8a45e4c6ecb9390fc44cce615905f90a25050565b5f6109d5610fa4565b6109df838361120b565b90506106e76001600655565b335f9081526020819052604081205490829003610a1b57604051631f2a200560e01b815260040160405180910390fd5b80821115610a4b5760405163dd75038b60e01b815260048101839052602481018290526044015b60405180910390fd5b5f60085442610a5a9190611cbc565b90505f60095482610a6b9190611cbc565b60408051606080820183526001600160801b03888116835267ffffffffffffffff8781166020808601918252878316868801908152335f818152600b8452899020975188549451925196166001600160c01b031990941693909317600160801b91851691909102176001600160c01b0316600160c01b9490931693909302919091179093558351898152908101879052928301849052929350917f7a64d79878509820925daa6339976afdd4e1c50dc32bfae6820dd5792bd306a7910160405180910390a250505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610b69610fa4565b6109df838361122e565b6060600480546106fc90611c57565b5f336107958185856110a5565b5f6106e7826001610f2e565b5f610ba4610fa4565b610bad82611249565b610bb88484846112fd565b90506108926001600655565b5f610bcd610fa4565b610bd682611249565b610bb8848484611353565b5f6106e7825f610f74565b5f6106e761033083610c1d565b5f82815260056020526040902060010154610c1381611102565b6108bd83836111a0565b6001600160a01b0381165f908152600b60209081526040808320815160608101835290546001600160801b038116825267ffffffffffffffff600160801b82048116948301859052600160c01b909104169181019190915290421080610c915750806040015167ffffffffffffffff164210155b15610c9e57505f92915050565b8051610892906001600160801b03166107eb856001600160a01b03165f9081526020819052604090205490565b5f610cd581611102565b62278d00841115610d0b57604051630942247160e31b8152600481018590525f602482015262278d006044820152606401610a42565b610e10831080610d1d57506212750083115b15610d4f57604051630942247160e31b815260048101849052610e106024820152621275006044820152606401610a42565b612710821115610d8357604051630942247160e31b8152600481018390525f60248201526127106044820152606401610a42565b60088490556009839055600a82905560408051858152602081018590529081018390527fc21478eaa9f12951c0ae39a7c0a4a8bf1789110f0ce595a956f5dea4d2ea5e879060600160405180910390a150505050565b6007545f906001600160a01b0316610df157505f1990565b60075460408051630d56a26160e11b815290515f926001600160a01b031691631aad44c29160048083019260209291908290030181865afa158015610e38573d5f803e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e5c9190611ccf565b9050805f03610e6d575f1991505090565b610e87610e786106a9565b670de0b6b3a7640000836113a0565b91505090565b5f6106b2610e996106a9565b600a546127106113a0565b5f7f00000000000000000000000000000000000000000000000000000000000000006040516370a0823160e01b81523060048201526001600160a01b0391909116906370a0823190602401602060405180830381865afa158015610f0a573d5f803e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106b29190611ccf565b5f610892610f3a6106a9565b610f45906001611cbc565b610f516006600a611dc9565b600254610f5e9190611cbc565b859190856113f2565b6109228383836001611434565b5f610892610f846006600a611dc9565b600254610f919190611cbc565b610f996106a9565b610f5e906001611cbc565b600260065403610fc757604051633ee5aeb560e01b815260040160405180910390fd5b6002600655565b5f818310610fdc5781610892565b5090919050565b6040516001600160a01b0383811660248301526044820183905261092291859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050611506565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156108bd578181101561109757828183604051637dc7a0d960e11b8152600401610a4293929190611dd7565b6108bd84848484035f611434565b6001600160a01b0383166110ce57604051634b637e8f60e11b81525f6004820152602401610a42565b6001600160a01b0382166110f75760405163ec442f0560e01b81525f6004820152602401610a42565b610922838383611572565b61110c8133611604565b50565b5f61111a8383610b36565b611199575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556111513390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106e7565b505f6106e7565b5f6111ab8383610b36565b15611199575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106e7565b5f5f195f61121885610be1565b90506112263385878461163d565b949350505050565b5f5f195f61123b85610b8f565b90506112263385838861163d565b6001600160a01b0381165f908152600b6020908152604091829020825160608101845290546001600160801b038116825267ffffffffffffffff600160801b82048116938301849052600160c01b90910416928101929092524210806112bd5750806040015167ffffffffffffffff164210155b156112f95760208101516040808301519051630a8868c760e21b815267ffffffffffffffff928316600482015291166024820152604401610a42565b5050565b5f8061130883610bec565b90508085111561133157828582604051633fa733bb60e21b8152600401610a4293929190611dd7565b5f61133b8661079f565b905061134a33868689856116c1565b95945050505050565b5f8061135e83610c1d565b90508085111561138757828582604051632e52afbb60e21b8152600401610a4293929190611dd7565b5f6113918661077d565b905061134a338686848a6116c1565b5f83830282158015906113c957508415806113c95750838582816113c6576113c6611df8565b04145b156113e6578281816113dd576113dd611df8565b04915050610892565b50611226848484611722565b5f61141f6113ff836117d2565b801561141a57505f848061141557611415611df8565b868809115b151590565b61142a868686611722565b61134a9190611cbc565b6001600160a01b03841661145d5760405163e602df0560e01b81525f6004820152602401610a42565b6001600160a01b03831661148657604051634a1406b160e11b81525f6004820152602401610a42565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156108bd57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516114f891815260200190565b60405180910390a350505050565b5f8060205f8451602086015f885af180611525576040513d5f823e3d81fd5b50505f513d9150811561153c578060011415611549565b6001600160a01b0384163b155b156108bd57604051635274afe760e01b81526001600160a01b0385166004820152602401610a42565b61157d8383836117fe565b6001600160a01b03831615610922576001600160a01b0383165f908152600b6020908152604080832054918390528220546001600160801b039091169150808211156115fd576001600160a01b0385165f908152600b6020526040902080546fffffffffffffffffffffffffffffffff19166001600160801b0383161790555b5050505050565b61160e8282610b36565b6112f95760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a42565b6116697f0000000000000000000000000000000000000000000000000000000000000000853085611911565b611673838261194a565b826001600160a01b0316846001600160a01b03167fdcbc1c05240f31ff3ad067ef1ee35ce4997762752e3a095284754544f4c709d784846040516114f8929190918252602082015260400190565b6001600160a01b0383165f908152600b6020526040812080548392906116f19084906001600160801b0316611e0c565b92506101000a8154816001600160801b0302191690836001600160801b031602179055506115fd858585858561197e565b5f805f61172f8686611a3e565b91509150815f036117535783818161174957611749611df8565b0492505050610892565b81841161176a5761176a6003851502601118611a5a565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f60028260038111156117e7576117e7611e2b565b6117f19190611e3f565b60ff166001149050919050565b6001600160a01b038316611828578060025f82825461181d9190611cbc565b909155506118859050565b6001600160a01b0383165f90815260208190526040902054818110156118675783818360405163391434e360e21b8152600401610a4293929190611dd7565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166118a1576002805482900390556118bf565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161190491815260200190565b60405180910390a3505050565b6040516001600160a01b0384811660248301528381166044830152606482018390526108bd9186918216906323b872dd90608401611010565b6001600160a01b0382166119735760405163ec442f0560e01b81525f6004820152602401610a42565b6112f95f8383611572565b826001600160a01b0316856001600160a01b0316146119a2576119a2838683611042565b6119ac8382611a6b565b6119d77f00000000000000000000000000000000000000000000000000000000000000008584610fe3565b826001600160a01b0316846001600160a01b0316866001600160a01b03167ffbde797d201c681b91056529119e0b02407c7bb96a4a2c75c01fc9667232c8db8585604051611a2f929190918252602082015260400190565b60405180910390a45050505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b038216611a9457604051634b637e8f60e11b81525f6004820152602401610a42565b6112f9825f83611572565b5f60208284031215611aaf575f80fd5b81356001600160e01b031981168114610892575f80fd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f60208284031215611b0b575f80fd5b5035919050565b80356001600160a01b038116811461086f575f80fd5b5f8060408385031215611b39575f80fd5b611b4283611b12565b946020939093013593505050565b5f805f60608486031215611b62575f80fd5b611b6b84611b12565b9250611b7960208501611b12565b929592945050506040919091013590565b5f8060408385031215611b9b575f80fd5b82359150611bab60208401611b12565b90509250929050565b5f60208284031215611bc4575f80fd5b61089282611b12565b5f805f60608486031215611bdf575f80fd5b83359250611bef60208501611b12565b9150611bfd60408501611b12565b90509250925092565b5f8060408385031215611c17575f80fd5b611c2083611b12565b9150611bab60208401611b12565b5f805f60608486031215611c40575f80fd5b505081359360208301359350604090920135919050565b600181811c90821680611c6b57607f821691505b602082108103611c8957634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b60ff81811683821601908111156106e7576106e7611c8f565b808201808211156106e7576106e7611c8f565b5f60208284031215611cdf575f80fd5b5051919050565b6001815b6001841115611d2157808504811115611d0557611d05611c8f565b6001841615611d1357908102905b60019390931c928002611cea565b935093915050565b5f82611d37575060016106e7565b81611d4357505f6106e7565b8160018114611d595760028114611d6357611d7f565b60019150506106e7565b60ff841115611d7457611d74611c8f565b50506001821b6106e7565b5060208310610133831016604e8410600b8410161715611da2575081810a6106e7565b611dae5f198484611ce6565b805f1904821115611dc157611dc1611c8f565b029392505050565b5f61089260ff841683611d29565b6001600160a01b039390931683526020830191909152604082015260600190565b634e487b7160e01b5f52601260045260245ffd5b6001600160801b0382811682821603908111156106e7576106e7611c8f565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680611e5d57634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fea164736f6c634300081a000a";
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
