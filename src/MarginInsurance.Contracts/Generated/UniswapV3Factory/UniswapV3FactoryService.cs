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
using MarginInsurance.Contracts.UniswapV3Factory.ContractDefinition;

namespace MarginInsurance.Contracts.UniswapV3Factory
{
    public partial class UniswapV3FactoryService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, UniswapV3FactoryDeployment uniswapV3FactoryDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<UniswapV3FactoryDeployment>().SendRequestAndWaitForReceiptAsync(uniswapV3FactoryDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, UniswapV3FactoryDeployment uniswapV3FactoryDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<UniswapV3FactoryDeployment>().SendRequestAsync(uniswapV3FactoryDeployment);
        }

        public static async Task<UniswapV3FactoryService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, UniswapV3FactoryDeployment uniswapV3FactoryDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, uniswapV3FactoryDeployment, cancellationTokenSource);
            return new UniswapV3FactoryService(web3, receipt.ContractAddress);
        }

        public UniswapV3FactoryService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<int> FeeAmountTickSpacingQueryAsync(FeeAmountTickSpacingFunction feeAmountTickSpacingFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeeAmountTickSpacingFunction, int>(feeAmountTickSpacingFunction, blockParameter);
        }

        
        public Task<int> FeeAmountTickSpacingQueryAsync(uint returnValue1, BlockParameter blockParameter = null)
        {
            var feeAmountTickSpacingFunction = new FeeAmountTickSpacingFunction();
                feeAmountTickSpacingFunction.ReturnValue1 = returnValue1;
            
            return ContractHandler.QueryAsync<FeeAmountTickSpacingFunction, int>(feeAmountTickSpacingFunction, blockParameter);
        }

        public Task<string> GetPoolQueryAsync(GetPoolFunction getPoolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetPoolFunction, string>(getPoolFunction, blockParameter);
        }

        
        public Task<string> GetPoolQueryAsync(string returnValue1, string returnValue2, uint returnValue3, BlockParameter blockParameter = null)
        {
            var getPoolFunction = new GetPoolFunction();
                getPoolFunction.ReturnValue1 = returnValue1;
                getPoolFunction.ReturnValue2 = returnValue2;
                getPoolFunction.ReturnValue3 = returnValue3;
            
            return ContractHandler.QueryAsync<GetPoolFunction, string>(getPoolFunction, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(FeeAmountTickSpacingFunction),
                typeof(GetPoolFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(FeeAmountEnabledEventDTO),
                typeof(OwnerChangedEventDTO),
                typeof(PoolCreatedEventDTO)
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
