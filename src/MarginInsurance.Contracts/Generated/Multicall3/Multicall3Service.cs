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
using MarginInsurance.Contracts.Multicall3.ContractDefinition;

namespace MarginInsurance.Contracts.Multicall3
{
    public partial class Multicall3Service: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, Multicall3Deployment multicall3Deployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<Multicall3Deployment>().SendRequestAndWaitForReceiptAsync(multicall3Deployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, Multicall3Deployment multicall3Deployment)
        {
            return web3.Eth.GetContractDeploymentHandler<Multicall3Deployment>().SendRequestAsync(multicall3Deployment);
        }

        public static async Task<Multicall3Service> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, Multicall3Deployment multicall3Deployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, multicall3Deployment, cancellationTokenSource);
            return new Multicall3Service(web3, receipt.ContractAddress);
        }

        public Multicall3Service(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> Aggregate3RequestAsync(Aggregate3Function aggregate3Function)
        {
             return ContractHandler.SendRequestAsync(aggregate3Function);
        }

        public Task<TransactionReceipt> Aggregate3RequestAndWaitForReceiptAsync(Aggregate3Function aggregate3Function, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(aggregate3Function, cancellationToken);
        }

        public Task<string> Aggregate3RequestAsync(List<Call3> calls)
        {
            var aggregate3Function = new Aggregate3Function();
                aggregate3Function.Calls = calls;
            
             return ContractHandler.SendRequestAsync(aggregate3Function);
        }

        public Task<TransactionReceipt> Aggregate3RequestAndWaitForReceiptAsync(List<Call3> calls, CancellationTokenSource cancellationToken = null)
        {
            var aggregate3Function = new Aggregate3Function();
                aggregate3Function.Calls = calls;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(aggregate3Function, cancellationToken);
        }

        public Task<BigInteger> GetBlockNumberQueryAsync(GetBlockNumberFunction getBlockNumberFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetBlockNumberFunction, BigInteger>(getBlockNumberFunction, blockParameter);
        }

        
        public Task<BigInteger> GetBlockNumberQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetBlockNumberFunction, BigInteger>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(Aggregate3Function),
                typeof(GetBlockNumberFunction)
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
                typeof(CallFailedError)
            };
        }
    }
}
