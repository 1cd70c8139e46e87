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
using MarginInsurance.Contracts.NonfungiblePositionManager.ContractDefinition;

namespace MarginInsurance.Contracts.NonfungiblePositionManager
{
    public partial class NonfungiblePositionManagerService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, NonfungiblePositionManagerDeployment nonfungiblePositionManagerDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<NonfungiblePositionManagerDeployment>().SendRequestAndWaitForReceiptAsync(nonfungiblePositionManagerDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, NonfungiblePositionManagerDeployment nonfungiblePositionManagerDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<NonfungiblePositionManagerDeployment>().SendRequestAsync(nonfungiblePositionManagerDeployment);
        }

        public static async Task<NonfungiblePositionManagerService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, NonfungiblePositionManagerDeployment nonfungiblePositionManagerDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, nonfungiblePositionManagerDeployment, cancellationTokenSource);
            return new NonfungiblePositionManagerService(web3, receipt.ContractAddress);
        }

        public NonfungiblePositionManagerService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> CreateAndInitializePoolIfNecessaryRequestAsync(CreateAndInitializePoolIfNecessaryFunction createAndInitializePoolIfNecessaryFunction)
        {
             return ContractHandler.SendRequestAsync(createAndInitializePoolIfNecessaryFunction);
        }

        public Task<TransactionReceipt> CreateAndInitializePoolIfNecessaryRequestAndWaitForReceiptAsync(CreateAndInitializePoolIfNecessaryFunction createAndInitializePoolIfNecessaryFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(createAndInitializePoolIfNecessaryFunction, cancellationToken);
        }

        public Task<string> CreateAndInitializePoolIfNecessaryRequestAsync(string token0, string token1, uint fee, BigInteger sqrtPriceX96)
        {
            var createAndInitializePoolIfNecessaryFunction = new CreateAndInitializePoolIfNecessaryFunction();
                createAndInitializePoolIfNecessaryFunction.Token0 = token0;
                createAndInitializePoolIfNecessaryFunction.Token1 = token1;
                createAndInitializePoolIfNecessaryFunction.Fee = fee;
                createAndInitializePoolIfNecessaryFunction.SqrtPriceX96 = sqrtPriceX96;
            
             return ContractHandler.SendRequestAsync(createAndInitializePoolIfNecessaryFunction);
        }

        public Task<TransactionReceipt> CreateAndInitializePoolIfNecessaryRequestAndWaitForReceiptAsync(string token0, string token1, uint fee, BigInteger sqrtPriceX96, CancellationTokenSource cancellationToken = null)
        {
            var createAndInitializePoolIfNecessaryFunction = new CreateAndInitializePoolIfNecessaryFunction();
                createAndInitializePoolIfNecessaryFunction.Token0 = token0;
                createAndInitializePoolIfNecessaryFunction.Token1 = token1;
                createAndInitializePoolIfNecessaryFunction.Fee = fee;
                createAndInitializePoolIfNecessaryFunction.SqrtPriceX96 = sqrtPriceX96;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(createAndInitializePoolIfNecessaryFunction, cancellationToken);
        }

        public Task<string> MintRequestAsync(MintFunction mintFunction)
        {
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(MintFunction mintFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> MintRequestAsync(MintParams @params)
        {
            var mintFunction = new MintFunction();
                mintFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(MintParams @params, CancellationTokenSource cancellationToken = null)
        {
            var mintFunction = new MintFunction();
                mintFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(CreateAndInitializePoolIfNecessaryFunction),
                typeof(MintFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(ApprovalEventDTO),
                typeof(ApprovalForAllEventDTO),
                typeof(CollectEventDTO),
                typeof(DecreaseLiquidityEventDTO),
                typeof(IncreaseLiquidityEventDTO),
                typeof(TransferEventDTO)
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
