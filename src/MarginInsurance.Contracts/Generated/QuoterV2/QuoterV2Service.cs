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
using MarginInsurance.Contracts.QuoterV2.ContractDefinition;

namespace MarginInsurance.Contracts.QuoterV2
{
    public partial class QuoterV2Service: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, QuoterV2Deployment quoterV2Deployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<QuoterV2Deployment>().SendRequestAndWaitForReceiptAsync(quoterV2Deployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, QuoterV2Deployment quoterV2Deployment)
        {
            return web3.Eth.GetContractDeploymentHandler<QuoterV2Deployment>().SendRequestAsync(quoterV2Deployment);
        }

        public static async Task<QuoterV2Service> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, QuoterV2Deployment quoterV2Deployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, quoterV2Deployment, cancellationTokenSource);
            return new QuoterV2Service(web3, receipt.ContractAddress);
        }

        public QuoterV2Service(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> QuoteExactInputSingleRequestAsync(QuoteExactInputSingleFunction quoteExactInputSingleFunction)
        {
             return ContractHandler.SendRequestAsync(quoteExactInputSingleFunction);
        }

        public Task<TransactionReceipt> QuoteExactInputSingleRequestAndWaitForReceiptAsync(QuoteExactInputSingleFunction quoteExactInputSingleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactInputSingleFunction, cancellationToken);
        }

        public Task<string> QuoteExactInputSingleRequestAsync(QuoteExactInputSingleParams @params)
        {
            var quoteExactInputSingleFunction = new QuoteExactInputSingleFunction();
                quoteExactInputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(quoteExactInputSingleFunction);
        }

        public Task<TransactionReceipt> QuoteExactInputSingleRequestAndWaitForReceiptAsync(QuoteExactInputSingleParams @params, CancellationTokenSource cancellationToken = null)
        {
            var quoteExactInputSingleFunction = new QuoteExactInputSingleFunction();
                quoteExactInputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactInputSingleFunction, cancellationToken);
        }

        public Task<string> QuoteExactOutputSingleRequestAsync(QuoteExactOutputSingleFunction quoteExactOutputSingleFunction)
        {
             return ContractHandler.SendRequestAsync(quoteExactOutputSingleFunction);
        }

        public Task<TransactionReceipt> QuoteExactOutputSingleRequestAndWaitForReceiptAsync(QuoteExactOutputSingleFunction quoteExactOutputSingleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactOutputSingleFunction, cancellationToken);
        }

        public Task<string> QuoteExactOutputSingleRequestAsync(QuoteExactOutputSingleParams @params)
        {
            var quoteExactOutputSingleFunction = new QuoteExactOutputSingleFunction();
                quoteExactOutputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(quoteExactOutputSingleFunction);
        }

        public Task<TransactionReceipt> QuoteExactOutputSingleRequestAndWaitForReceiptAsync(QuoteExactOutputSingleParams @params, CancellationTokenSource cancellationToken = null)
        {
            var quoteExactOutputSingleFunction = new QuoteExactOutputSingleFunction();
                quoteExactOutputSingleFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(quoteExactOutputSingleFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(QuoteExactInputSingleFunction),
                typeof(QuoteExactOutputSingleFunction)
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
