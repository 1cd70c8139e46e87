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
using MarginInsurance.Contracts.SwapLiquidator.ContractDefinition;

namespace MarginInsurance.Contracts.SwapLiquidator
{
    public partial class SwapLiquidatorService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, SwapLiquidatorDeployment swapLiquidatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<SwapLiquidatorDeployment>().SendRequestAndWaitForReceiptAsync(swapLiquidatorDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, SwapLiquidatorDeployment swapLiquidatorDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<SwapLiquidatorDeployment>().SendRequestAsync(swapLiquidatorDeployment);
        }

        public static async Task<SwapLiquidatorService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, SwapLiquidatorDeployment swapLiquidatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, swapLiquidatorDeployment, cancellationTokenSource);
            return new SwapLiquidatorService(web3, receipt.ContractAddress);
        }

        public SwapLiquidatorService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> BaseQueryAsync(BaseFunction @baseFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BaseFunction, string>(@baseFunction, blockParameter);
        }

        
        public Task<string> BaseQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BaseFunction, string>(null, blockParameter);
        }

        public Task<string> LiquidateRequestAsync(LiquidateFunction liquidateFunction)
        {
             return ContractHandler.SendRequestAsync(liquidateFunction);
        }

        public Task<TransactionReceipt> LiquidateRequestAndWaitForReceiptAsync(LiquidateFunction liquidateFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateFunction, cancellationToken);
        }

        public Task<string> LiquidateRequestAsync(string owner, BigInteger subId, string collateral, BigInteger maxRepay, string pool, BigInteger maxDivergenceBps, BigInteger maxSlippageBps)
        {
            var liquidateFunction = new LiquidateFunction();
                liquidateFunction.Owner = owner;
                liquidateFunction.SubId = subId;
                liquidateFunction.Collateral = collateral;
                liquidateFunction.MaxRepay = maxRepay;
                liquidateFunction.Pool = pool;
                liquidateFunction.MaxDivergenceBps = maxDivergenceBps;
                liquidateFunction.MaxSlippageBps = maxSlippageBps;
            
             return ContractHandler.SendRequestAsync(liquidateFunction);
        }

        public Task<TransactionReceipt> LiquidateRequestAndWaitForReceiptAsync(string owner, BigInteger subId, string collateral, BigInteger maxRepay, string pool, BigInteger maxDivergenceBps, BigInteger maxSlippageBps, CancellationTokenSource cancellationToken = null)
        {
            var liquidateFunction = new LiquidateFunction();
                liquidateFunction.Owner = owner;
                liquidateFunction.SubId = subId;
                liquidateFunction.Collateral = collateral;
                liquidateFunction.MaxRepay = maxRepay;
                liquidateFunction.Pool = pool;
                liquidateFunction.MaxDivergenceBps = maxDivergenceBps;
                liquidateFunction.MaxSlippageBps = maxSlippageBps;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateFunction, cancellationToken);
        }

        public Task<string> OnMarginLiquidationRequestAsync(OnMarginLiquidationFunction onMarginLiquidationFunction)
        {
             return ContractHandler.SendRequestAsync(onMarginLiquidationFunction);
        }

        public Task<TransactionReceipt> OnMarginLiquidationRequestAndWaitForReceiptAsync(OnMarginLiquidationFunction onMarginLiquidationFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onMarginLiquidationFunction, cancellationToken);
        }

        public Task<string> OnMarginLiquidationRequestAsync(BigInteger repaid, BigInteger fee, BigInteger seized, byte[] data)
        {
            var onMarginLiquidationFunction = new OnMarginLiquidationFunction();
                onMarginLiquidationFunction.Repaid = repaid;
                onMarginLiquidationFunction.Fee = fee;
                onMarginLiquidationFunction.Seized = seized;
                onMarginLiquidationFunction.Data = data;
            
             return ContractHandler.SendRequestAsync(onMarginLiquidationFunction);
        }

        public Task<TransactionReceipt> OnMarginLiquidationRequestAndWaitForReceiptAsync(BigInteger repaid, BigInteger fee, BigInteger seized, byte[] data, CancellationTokenSource cancellationToken = null)
        {
            var onMarginLiquidationFunction = new OnMarginLiquidationFunction();
                onMarginLiquidationFunction.Repaid = repaid;
                onMarginLiquidationFunction.Fee = fee;
                onMarginLiquidationFunction.Seized = seized;
                onMarginLiquidationFunction.Data = data;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onMarginLiquidationFunction, cancellationToken);
        }

        public Task<string> UniswapV3SwapCallbackRequestAsync(UniswapV3SwapCallbackFunction uniswapV3SwapCallbackFunction)
        {
             return ContractHandler.SendRequestAsync(uniswapV3SwapCallbackFunction);
        }

        public Task<TransactionReceipt> UniswapV3SwapCallbackRequestAndWaitForReceiptAsync(UniswapV3SwapCallbackFunction uniswapV3SwapCallbackFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(uniswapV3SwapCallbackFunction, cancellationToken);
        }

        public Task<string> UniswapV3SwapCallbackRequestAsync(BigInteger amount0Delta, BigInteger amount1Delta, byte[] data)
        {
            var uniswapV3SwapCallbackFunction = new UniswapV3SwapCallbackFunction();
                uniswapV3SwapCallbackFunction.Amount0Delta = amount0Delta;
                uniswapV3SwapCallbackFunction.Amount1Delta = amount1Delta;
                uniswapV3SwapCallbackFunction.Data = data;
            
             return ContractHandler.SendRequestAsync(uniswapV3SwapCallbackFunction);
        }

        public Task<TransactionReceipt> UniswapV3SwapCallbackRequestAndWaitForReceiptAsync(BigInteger amount0Delta, BigInteger amount1Delta, byte[] data, CancellationTokenSource cancellationToken = null)
        {
            var uniswapV3SwapCallbackFunction = new UniswapV3SwapCallbackFunction();
                uniswapV3SwapCallbackFunction.Amount0Delta = amount0Delta;
                uniswapV3SwapCallbackFunction.Amount1Delta = amount1Delta;
                uniswapV3SwapCallbackFunction.Data = data;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(uniswapV3SwapCallbackFunction, cancellationToken);
        }

        public Task<string> VaultQueryAsync(VaultFunction vaultFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VaultFunction, string>(vaultFunction, blockParameter);
        }

        
        public Task<string> VaultQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VaultFunction, string>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(BaseFunction),
                typeof(LiquidateFunction),
                typeof(OnMarginLiquidationFunction),
                typeof(UniswapV3SwapCallbackFunction),
                typeof(VaultFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(SwapLiquidationEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(InvalidBoundError),
                typeof(PoolOracleDivergenceError),
                typeof(PoolPairMismatchError),
                typeof(ProceedsBelowOwedError),
                typeof(SafeCastOverflowedIntToUintError),
                typeof(SafeCastOverflowedUintToIntError),
                typeof(SafeERC20FailedOperationError),
                typeof(SwapProceedsTooLowError),
                typeof(UnexpectedCallbackError)
            };
        }
    }
}
