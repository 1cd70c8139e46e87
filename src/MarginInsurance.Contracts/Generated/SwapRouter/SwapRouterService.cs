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
using MarginInsurance.Contracts.SwapRouter.ContractDefinition;

namespace MarginInsurance.Contracts.SwapRouter
{
    public partial class SwapRouterService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, SwapRouterDeployment swapRouterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<SwapRouterDeployment>().SendRequestAndWaitForReceiptAsync(swapRouterDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, SwapRouterDeployment swapRouterDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<SwapRouterDeployment>().SendRequestAsync(swapRouterDeployment);
        }

        public static async Task<SwapRouterService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, SwapRouterDeployment swapRouterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, swapRouterDeployment, cancellationTokenSource);
            return new SwapRouterService(web3, receipt.ContractAddress);
        }

        public SwapRouterService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> ExactInputSingleRequestAsync(ExactInputSingleFunction exactInputSingleFunction)
        {
             return ContractHandler.SendRequestAsync(exactInputSingleFunction);
        }

        public Task<TransactionReceipt> ExactInputSingleRequestAndWaitForReceiptAsync(ExactInputSingleFunction exactInputSingleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactInputSingleFunction, cancellationToken);
        }

        public Task<string> ExactInputSingleRequestAsync(ExactInputSingleParams @params)
        {
            var exactInputSingleFunction = new ExactInputSingleFunction();
                exactInputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(exactInputSingleFunction);
        }

        public Task<TransactionReceipt> ExactInputSingleRequestAndWaitForReceiptAsync(ExactInputSingleParams @params, CancellationTokenSource cancellationToken = null)
        {
            var exactInputSingleFunction = new ExactInputSingleFunction();
                exactInputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactInputSingleFunction, cancellationToken);
        }

        public Task<string> ExactOutputSingleRequestAsync(ExactOutputSingleFunction exactOutputSingleFunction)
        {
             return ContractHandler.SendRequestAsync(exactOutputSingleFunction);
        }

        public Task<TransactionReceipt> ExactOutputSingleRequestAndWaitForReceiptAsync(ExactOutputSingleFunction exactOutputSingleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactOutputSingleFunction, cancellationToken);
        }

        public Task<string> ExactOutputSingleRequestAsync(ExactOutputSingleParams @params)
        {
            var exactOutputSingleFunction = new ExactOutputSingleFunction();
                exactOutputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(exactOutputSingleFunction);
        }

        public Task<TransactionReceipt> ExactOutputSingleRequestAndWaitForReceiptAsync(ExactOutputSingleParams @params, CancellationTokenSource cancellationToken = null)
        {
            var exactOutputSingleFunction = new ExactOutputSingleFunction();
                exactOutputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(exactOutputSingleFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(ExactInputSingleFunction),
                typeof(ExactOutputSingleFunction)
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
