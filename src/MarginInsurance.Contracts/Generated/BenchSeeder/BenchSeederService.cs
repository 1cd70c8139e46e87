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
using MarginInsurance.Contracts.BenchSeeder.ContractDefinition;

namespace MarginInsurance.Contracts.BenchSeeder
{
    public partial class BenchSeederService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, BenchSeederDeployment benchSeederDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<BenchSeederDeployment>().SendRequestAndWaitForReceiptAsync(benchSeederDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, BenchSeederDeployment benchSeederDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<BenchSeederDeployment>().SendRequestAsync(benchSeederDeployment);
        }

        public static async Task<BenchSeederService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, BenchSeederDeployment benchSeederDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, benchSeederDeployment, cancellationTokenSource);
            return new BenchSeederService(web3, receipt.ContractAddress);
        }

        public BenchSeederService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> OpenRequestAsync(OpenFunction openFunction)
        {
             return ContractHandler.SendRequestAsync(openFunction);
        }

        public Task<TransactionReceipt> OpenRequestAndWaitForReceiptAsync(OpenFunction openFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(openFunction, cancellationToken);
        }

        public Task<string> OpenRequestAsync(string owner, BigInteger firstSubId, BigInteger count, string asset, BigInteger collateralAmount, BigInteger borrowAmount)
        {
            var openFunction = new OpenFunction();
                openFunction.Owner = owner;
                openFunction.FirstSubId = firstSubId;
                openFunction.Count = count;
                openFunction.Asset = asset;
                openFunction.CollateralAmount = collateralAmount;
                openFunction.BorrowAmount = borrowAmount;
            
             return ContractHandler.SendRequestAsync(openFunction);
        }

        public Task<TransactionReceipt> OpenRequestAndWaitForReceiptAsync(string owner, BigInteger firstSubId, BigInteger count, string asset, BigInteger collateralAmount, BigInteger borrowAmount, CancellationTokenSource cancellationToken = null)
        {
            var openFunction = new OpenFunction();
                openFunction.Owner = owner;
                openFunction.FirstSubId = firstSubId;
                openFunction.Count = count;
                openFunction.Asset = asset;
                openFunction.CollateralAmount = collateralAmount;
                openFunction.BorrowAmount = borrowAmount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(openFunction, cancellationToken);
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
                typeof(OpenFunction),
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
