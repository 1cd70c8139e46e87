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
using MarginInsurance.Contracts.LeverageRouter.ContractDefinition;

namespace MarginInsurance.Contracts.LeverageRouter
{
    public partial class LeverageRouterService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, LeverageRouterDeployment leverageRouterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<LeverageRouterDeployment>().SendRequestAndWaitForReceiptAsync(leverageRouterDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, LeverageRouterDeployment leverageRouterDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<LeverageRouterDeployment>().SendRequestAsync(leverageRouterDeployment);
        }

        public static async Task<LeverageRouterService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, LeverageRouterDeployment leverageRouterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, leverageRouterDeployment, cancellationTokenSource);
            return new LeverageRouterService(web3, receipt.ContractAddress);
        }

        public LeverageRouterService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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

        public Task<string> DeleverageRequestAsync(DeleverageFunction deleverageFunction)
        {
             return ContractHandler.SendRequestAsync(deleverageFunction);
        }

        public Task<TransactionReceipt> DeleverageRequestAndWaitForReceiptAsync(DeleverageFunction deleverageFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(deleverageFunction, cancellationToken);
        }

        public Task<string> DeleverageRequestAsync(BigInteger subId, string collateral, string pool, BigInteger repayAmount, BigInteger maxCollateralIn, bool close)
        {
            var deleverageFunction = new DeleverageFunction();
                deleverageFunction.SubId = subId;
                deleverageFunction.Collateral = collateral;
                deleverageFunction.Pool = pool;
                deleverageFunction.RepayAmount = repayAmount;
                deleverageFunction.MaxCollateralIn = maxCollateralIn;
                deleverageFunction.Close = close;
            
             return ContractHandler.SendRequestAsync(deleverageFunction);
        }

        public Task<TransactionReceipt> DeleverageRequestAndWaitForReceiptAsync(BigInteger subId, string collateral, string pool, BigInteger repayAmount, BigInteger maxCollateralIn, bool close, CancellationTokenSource cancellationToken = null)
        {
            var deleverageFunction = new DeleverageFunction();
                deleverageFunction.SubId = subId;
                deleverageFunction.Collateral = collateral;
                deleverageFunction.Pool = pool;
                deleverageFunction.RepayAmount = repayAmount;
                deleverageFunction.MaxCollateralIn = maxCollateralIn;
                deleverageFunction.Close = close;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(deleverageFunction, cancellationToken);
        }

        public Task<string> OpenLeveragedRequestAsync(OpenLeveragedFunction openLeveragedFunction)
        {
             return ContractHandler.SendRequestAsync(openLeveragedFunction);
        }

        public Task<TransactionReceipt> OpenLeveragedRequestAndWaitForReceiptAsync(OpenLeveragedFunction openLeveragedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(openLeveragedFunction, cancellationToken);
        }

        public Task<string> OpenLeveragedRequestAsync(BigInteger subId, string collateral, string pool, BigInteger ownAmount, BigInteger borrowAmount, BigInteger minCollateralOut)
        {
            var openLeveragedFunction = new OpenLeveragedFunction();
                openLeveragedFunction.SubId = subId;
                openLeveragedFunction.Collateral = collateral;
                openLeveragedFunction.Pool = pool;
                openLeveragedFunction.OwnAmount = ownAmount;
                openLeveragedFunction.BorrowAmount = borrowAmount;
                openLeveragedFunction.MinCollateralOut = minCollateralOut;
            
             return ContractHandler.SendRequestAsync(openLeveragedFunction);
        }

        public Task<TransactionReceipt> OpenLeveragedRequestAndWaitForReceiptAsync(BigInteger subId, string collateral, string pool, BigInteger ownAmount, BigInteger borrowAmount, BigInteger minCollateralOut, CancellationTokenSource cancellationToken = null)
        {
            var openLeveragedFunction = new OpenLeveragedFunction();
                openLeveragedFunction.SubId = subId;
                openLeveragedFunction.Collateral = collateral;
                openLeveragedFunction.Pool = pool;
                openLeveragedFunction.OwnAmount = ownAmount;
                openLeveragedFunction.BorrowAmount = borrowAmount;
                openLeveragedFunction.MinCollateralOut = minCollateralOut;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(openLeveragedFunction, cancellationToken);
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
                typeof(DeleverageFunction),
                typeof(OpenLeveragedFunction),
                typeof(UniswapV3SwapCallbackFunction),
                typeof(VaultFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(LeverageOpenedEventDTO),
                typeof(LeverageReducedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(CollateralInTooHighError),
                typeof(CollateralOutTooLowError),
                typeof(NoDebtError),
                typeof(PoolPairMismatchError),
                typeof(SafeCastOverflowedIntToUintError),
                typeof(SafeCastOverflowedUintToIntError),
                typeof(SafeERC20FailedOperationError),
                typeof(UnexpectedCallbackError)
            };
        }
    }
}
