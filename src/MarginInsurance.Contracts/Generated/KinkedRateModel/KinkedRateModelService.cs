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
using MarginInsurance.Contracts.KinkedRateModel.ContractDefinition;

namespace MarginInsurance.Contracts.KinkedRateModel
{
    public partial class KinkedRateModelService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, KinkedRateModelDeployment kinkedRateModelDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<KinkedRateModelDeployment>().SendRequestAndWaitForReceiptAsync(kinkedRateModelDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, KinkedRateModelDeployment kinkedRateModelDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<KinkedRateModelDeployment>().SendRequestAsync(kinkedRateModelDeployment);
        }

        public static async Task<KinkedRateModelService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, KinkedRateModelDeployment kinkedRateModelDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, kinkedRateModelDeployment, cancellationTokenSource);
            return new KinkedRateModelService(web3, receipt.ContractAddress);
        }

        public KinkedRateModelService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<BigInteger> MaxRatePerYearQueryAsync(MaxRatePerYearFunction maxRatePerYearFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRatePerYearFunction, BigInteger>(maxRatePerYearFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxRatePerYearQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRatePerYearFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinKinkQueryAsync(MinKinkFunction minKinkFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinKinkFunction, BigInteger>(minKinkFunction, blockParameter);
        }

        
        public Task<BigInteger> MinKinkQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinKinkFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> BaseRatePerYearQueryAsync(BaseRatePerYearFunction baseRatePerYearFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BaseRatePerYearFunction, BigInteger>(baseRatePerYearFunction, blockParameter);
        }

        
        public Task<BigInteger> BaseRatePerYearQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BaseRatePerYearFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> BorrowRatePerSecondQueryAsync(BorrowRatePerSecondFunction borrowRatePerSecondFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BorrowRatePerSecondFunction, BigInteger>(borrowRatePerSecondFunction, blockParameter);
        }

        
        public Task<BigInteger> BorrowRatePerSecondQueryAsync(BigInteger utilizationWad, BlockParameter blockParameter = null)
        {
            var borrowRatePerSecondFunction = new BorrowRatePerSecondFunction();
                borrowRatePerSecondFunction.UtilizationWad = utilizationWad;
            
            return ContractHandler.QueryAsync<BorrowRatePerSecondFunction, BigInteger>(borrowRatePerSecondFunction, blockParameter);
        }

        public Task<BigInteger> KinkWadQueryAsync(KinkWadFunction kinkWadFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<KinkWadFunction, BigInteger>(kinkWadFunction, blockParameter);
        }

        
        public Task<BigInteger> KinkWadQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<KinkWadFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> Slope1PerYearQueryAsync(Slope1PerYearFunction slope1PerYearFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Slope1PerYearFunction, BigInteger>(slope1PerYearFunction, blockParameter);
        }

        
        public Task<BigInteger> Slope1PerYearQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Slope1PerYearFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> Slope2PerYearQueryAsync(Slope2PerYearFunction slope2PerYearFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Slope2PerYearFunction, BigInteger>(slope2PerYearFunction, blockParameter);
        }

        
        public Task<BigInteger> Slope2PerYearQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Slope2PerYearFunction, BigInteger>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(MaxRatePerYearFunction),
                typeof(MinKinkFunction),
                typeof(BaseRatePerYearFunction),
                typeof(BorrowRatePerSecondFunction),
                typeof(KinkWadFunction),
                typeof(Slope1PerYearFunction),
                typeof(Slope2PerYearFunction)
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
                typeof(ParameterOutOfBoundsError)
            };
        }
    }
}
