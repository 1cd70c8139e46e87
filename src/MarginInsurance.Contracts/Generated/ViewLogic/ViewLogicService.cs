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
using MarginInsurance.Contracts.ViewLogic.ContractDefinition;

namespace MarginInsurance.Contracts.ViewLogic
{
    public partial class ViewLogicService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, ViewLogicDeployment viewLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<ViewLogicDeployment>().SendRequestAndWaitForReceiptAsync(viewLogicDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, ViewLogicDeployment viewLogicDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<ViewLogicDeployment>().SendRequestAsync(viewLogicDeployment);
        }

        public static async Task<ViewLogicService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, ViewLogicDeployment viewLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, viewLogicDeployment, cancellationTokenSource);
            return new ViewLogicService(web3, receipt.ContractAddress);
        }

        public ViewLogicService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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
