using System;
using System.Threading.Tasks;
using System.Collections.Generic;
using System.Numerics;
using Nethereum.Hex.HexTypes;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Web3;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Contracts.CQS;
using Nethereum.Contracts.ContractHandlers;
using Nethereum.Contracts;
using System.Threading;
using MarginInsurance.Contracts.PerpViewLogic.ContractDefinition;

namespace MarginInsurance.Contracts.PerpViewLogic
{
    public partial class PerpViewLogicService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, PerpViewLogicDeployment perpViewLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<PerpViewLogicDeployment>().SendRequestAndWaitForReceiptAsync(perpViewLogicDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, PerpViewLogicDeployment perpViewLogicDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<PerpViewLogicDeployment>().SendRequestAsync(perpViewLogicDeployment);
        }

        public static async Task<PerpViewLogicService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, PerpViewLogicDeployment perpViewLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, perpViewLogicDeployment, cancellationTokenSource);
            return new PerpViewLogicService(web3, receipt.ContractAddress);
        }

        public PerpViewLogicService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {

            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {

            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {

            };
        }
    }
}
