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
using MarginInsurance.Contracts.UniswapV3Pool.ContractDefinition;

namespace MarginInsurance.Contracts.UniswapV3Pool
{
    public partial class UniswapV3PoolService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, UniswapV3PoolDeployment uniswapV3PoolDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<UniswapV3PoolDeployment>().SendRequestAndWaitForReceiptAsync(uniswapV3PoolDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, UniswapV3PoolDeployment uniswapV3PoolDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<UniswapV3PoolDeployment>().SendRequestAsync(uniswapV3PoolDeployment);
        }

        public static async Task<UniswapV3PoolService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, UniswapV3PoolDeployment uniswapV3PoolDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, uniswapV3PoolDeployment, cancellationTokenSource);
            return new UniswapV3PoolService(web3, receipt.ContractAddress);
        }

        public UniswapV3PoolService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<uint> FeeQueryAsync(FeeFunction feeFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeeFunction, uint>(feeFunction, blockParameter);
        }

        
        public Task<uint> FeeQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FeeFunction, uint>(null, blockParameter);
        }

        public Task<BigInteger> LiquidityQueryAsync(LiquidityFunction liquidityFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LiquidityFunction, BigInteger>(liquidityFunction, blockParameter);
        }

        
        public Task<BigInteger> LiquidityQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LiquidityFunction, BigInteger>(null, blockParameter);
        }

        public Task<Slot0OutputDTO> Slot0QueryAsync(Slot0Function slot0Function, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Slot0Function, Slot0OutputDTO>(slot0Function, blockParameter);
        }

        public Task<Slot0OutputDTO> Slot0QueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<Slot0Function, Slot0OutputDTO>(null, blockParameter);
        }

        public Task<int> TickSpacingQueryAsync(TickSpacingFunction tickSpacingFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TickSpacingFunction, int>(tickSpacingFunction, blockParameter);
        }

        
        public Task<int> TickSpacingQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TickSpacingFunction, int>(null, blockParameter);
        }

        public Task<string> Token0QueryAsync(Token0Function token0Function, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Token0Function, string>(token0Function, blockParameter);
        }

        
        public Task<string> Token0QueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Token0Function, string>(null, blockParameter);
        }

        public Task<string> Token1QueryAsync(Token1Function token1Function, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Token1Function, string>(token1Function, blockParameter);
        }

        
        public Task<string> Token1QueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<Token1Function, string>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(FeeFunction),
                typeof(LiquidityFunction),
                typeof(Slot0Function),
                typeof(TickSpacingFunction),
                typeof(Token0Function),
                typeof(Token1Function)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(BurnEventDTO),
                typeof(CollectEventDTO),
                typeof(CollectProtocolEventDTO),
                typeof(FlashEventDTO),
                typeof(IncreaseObservationCardinalityNextEventDTO),
                typeof(InitializeEventDTO),
                typeof(MintEventDTO),
                typeof(SetFeeProtocolEventDTO),
                typeof(SwapEventDTO)
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
