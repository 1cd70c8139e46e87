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
using MarginInsurance.Contracts.PerpLogic.ContractDefinition;

namespace MarginInsurance.Contracts.PerpLogic
{
    public partial class PerpLogicService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, PerpLogicDeployment perpLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<PerpLogicDeployment>().SendRequestAndWaitForReceiptAsync(perpLogicDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, PerpLogicDeployment perpLogicDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<PerpLogicDeployment>().SendRequestAsync(perpLogicDeployment);
        }

        public static async Task<PerpLogicService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, PerpLogicDeployment perpLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, perpLogicDeployment, cancellationTokenSource);
            return new PerpLogicService(web3, receipt.ContractAddress);
        }

        public PerpLogicService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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
