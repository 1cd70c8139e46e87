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
using MarginInsurance.Contracts.MockLiquidator.ContractDefinition;

namespace MarginInsurance.Contracts.MockLiquidator
{
    public partial class MockLiquidatorService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, MockLiquidatorDeployment mockLiquidatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<MockLiquidatorDeployment>().SendRequestAndWaitForReceiptAsync(mockLiquidatorDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, MockLiquidatorDeployment mockLiquidatorDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<MockLiquidatorDeployment>().SendRequestAsync(mockLiquidatorDeployment);
        }

        public static async Task<MockLiquidatorService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, MockLiquidatorDeployment mockLiquidatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, mockLiquidatorDeployment, cancellationTokenSource);
            return new MockLiquidatorService(web3, receipt.ContractAddress);
        }

        public MockLiquidatorService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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

        public Task<BigInteger> CollateralSeenInCallbackQueryAsync(CollateralSeenInCallbackFunction collateralSeenInCallbackFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CollateralSeenInCallbackFunction, BigInteger>(collateralSeenInCallbackFunction, blockParameter);
        }

        
        public Task<BigInteger> CollateralSeenInCallbackQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CollateralSeenInCallbackFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> LastFeeQueryAsync(LastFeeFunction lastFeeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastFeeFunction, BigInteger>(lastFeeFunction, blockParameter);
        }

        
        public Task<BigInteger> LastFeeQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastFeeFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> LastRepaidQueryAsync(LastRepaidFunction lastRepaidFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastRepaidFunction, BigInteger>(lastRepaidFunction, blockParameter);
        }

        
        public Task<BigInteger> LastRepaidQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastRepaidFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> LastSeizedQueryAsync(LastSeizedFunction lastSeizedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastSeizedFunction, BigInteger>(lastSeizedFunction, blockParameter);
        }

        
        public Task<BigInteger> LastSeizedQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastSeizedFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> LiquidateRequestAsync(LiquidateFunction liquidateFunction)
        {
             return ContractHandler.SendRequestAsync(liquidateFunction);
        }

        public Task<TransactionReceipt> LiquidateRequestAndWaitForReceiptAsync(LiquidateFunction liquidateFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateFunction, cancellationToken);
        }

        public Task<string> LiquidateRequestAsync(string owner, BigInteger subId, string collateralAsset, BigInteger maxRepay)
        {
            var liquidateFunction = new LiquidateFunction();
                liquidateFunction.Owner = owner;
                liquidateFunction.SubId = subId;
                liquidateFunction.CollateralAsset = collateralAsset;
                liquidateFunction.MaxRepay = maxRepay;
            
             return ContractHandler.SendRequestAsync(liquidateFunction);
        }

        public Task<TransactionReceipt> LiquidateRequestAndWaitForReceiptAsync(string owner, BigInteger subId, string collateralAsset, BigInteger maxRepay, CancellationTokenSource cancellationToken = null)
        {
            var liquidateFunction = new LiquidateFunction();
                liquidateFunction.Owner = owner;
                liquidateFunction.SubId = subId;
                liquidateFunction.CollateralAsset = collateralAsset;
                liquidateFunction.MaxRepay = maxRepay;
            
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

        public Task<string> OnMarginLiquidationRequestAsync(BigInteger repaid, BigInteger fee, BigInteger seized, byte[] returnValue4)
        {
            var onMarginLiquidationFunction = new OnMarginLiquidationFunction();
                onMarginLiquidationFunction.Repaid = repaid;
                onMarginLiquidationFunction.Fee = fee;
                onMarginLiquidationFunction.Seized = seized;
                onMarginLiquidationFunction.ReturnValue4 = returnValue4;
            
             return ContractHandler.SendRequestAsync(onMarginLiquidationFunction);
        }

        public Task<TransactionReceipt> OnMarginLiquidationRequestAndWaitForReceiptAsync(BigInteger repaid, BigInteger fee, BigInteger seized, byte[] returnValue4, CancellationTokenSource cancellationToken = null)
        {
            var onMarginLiquidationFunction = new OnMarginLiquidationFunction();
                onMarginLiquidationFunction.Repaid = repaid;
                onMarginLiquidationFunction.Fee = fee;
                onMarginLiquidationFunction.Seized = seized;
                onMarginLiquidationFunction.ReturnValue4 = returnValue4;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(onMarginLiquidationFunction, cancellationToken);
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
                typeof(CollateralSeenInCallbackFunction),
                typeof(LastFeeFunction),
                typeof(LastRepaidFunction),
                typeof(LastSeizedFunction),
                typeof(LiquidateFunction),
                typeof(OnMarginLiquidationFunction),
                typeof(VaultFunction)
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
                typeof(SafeERC20FailedOperationError)
            };
        }
    }
}
