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
using MarginInsurance.Contracts.MockAggregator.ContractDefinition;

namespace MarginInsurance.Contracts.MockAggregator
{
    public partial class MockAggregatorService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, MockAggregatorDeployment mockAggregatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<MockAggregatorDeployment>().SendRequestAndWaitForReceiptAsync(mockAggregatorDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, MockAggregatorDeployment mockAggregatorDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<MockAggregatorDeployment>().SendRequestAsync(mockAggregatorDeployment);
        }

        public static async Task<MockAggregatorService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, MockAggregatorDeployment mockAggregatorDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, mockAggregatorDeployment, cancellationTokenSource);
            return new MockAggregatorService(web3, receipt.ContractAddress);
        }

        public MockAggregatorService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte> DecimalsQueryAsync(DecimalsFunction decimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(decimalsFunction, blockParameter);
        }

        
        public Task<byte> DecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(null, blockParameter);
        }

        public Task<string> DescriptionQueryAsync(DescriptionFunction descriptionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DescriptionFunction, string>(descriptionFunction, blockParameter);
        }

        
        public Task<string> DescriptionQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DescriptionFunction, string>(null, blockParameter);
        }

        public Task<GetRoundDataOutputDTO> GetRoundDataQueryAsync(GetRoundDataFunction getRoundDataFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<GetRoundDataFunction, GetRoundDataOutputDTO>(getRoundDataFunction, blockParameter);
        }

        public Task<GetRoundDataOutputDTO> GetRoundDataQueryAsync(BigInteger roundId, BlockParameter blockParameter = null)
        {
            var getRoundDataFunction = new GetRoundDataFunction();
                getRoundDataFunction.RoundId = roundId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<GetRoundDataFunction, GetRoundDataOutputDTO>(getRoundDataFunction, blockParameter);
        }

        public Task<BigInteger> LatestAnswerQueryAsync(LatestAnswerFunction latestAnswerFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LatestAnswerFunction, BigInteger>(latestAnswerFunction, blockParameter);
        }

        
        public Task<BigInteger> LatestAnswerQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LatestAnswerFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> LatestRoundQueryAsync(LatestRoundFunction latestRoundFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LatestRoundFunction, BigInteger>(latestRoundFunction, blockParameter);
        }

        
        public Task<BigInteger> LatestRoundQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LatestRoundFunction, BigInteger>(null, blockParameter);
        }

        public Task<LatestRoundDataOutputDTO> LatestRoundDataQueryAsync(LatestRoundDataFunction latestRoundDataFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<LatestRoundDataFunction, LatestRoundDataOutputDTO>(latestRoundDataFunction, blockParameter);
        }

        public Task<LatestRoundDataOutputDTO> LatestRoundDataQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<LatestRoundDataFunction, LatestRoundDataOutputDTO>(null, blockParameter);
        }

        public Task<string> SetAnswerRequestAsync(SetAnswerFunction setAnswerFunction)
        {
             return ContractHandler.SendRequestAsync(setAnswerFunction);
        }

        public Task<TransactionReceipt> SetAnswerRequestAndWaitForReceiptAsync(SetAnswerFunction setAnswerFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAnswerFunction, cancellationToken);
        }

        public Task<string> SetAnswerRequestAsync(BigInteger answer)
        {
            var setAnswerFunction = new SetAnswerFunction();
                setAnswerFunction.Answer = answer;
            
             return ContractHandler.SendRequestAsync(setAnswerFunction);
        }

        public Task<TransactionReceipt> SetAnswerRequestAndWaitForReceiptAsync(BigInteger answer, CancellationTokenSource cancellationToken = null)
        {
            var setAnswerFunction = new SetAnswerFunction();
                setAnswerFunction.Answer = answer;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAnswerFunction, cancellationToken);
        }

        public Task<string> SetRoundRequestAsync(SetRoundFunction setRoundFunction)
        {
             return ContractHandler.SendRequestAsync(setRoundFunction);
        }

        public Task<TransactionReceipt> SetRoundRequestAndWaitForReceiptAsync(SetRoundFunction setRoundFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRoundFunction, cancellationToken);
        }

        public Task<string> SetRoundRequestAsync(BigInteger roundId, BigInteger answer, BigInteger updatedAt)
        {
            var setRoundFunction = new SetRoundFunction();
                setRoundFunction.RoundId = roundId;
                setRoundFunction.Answer = answer;
                setRoundFunction.UpdatedAt = updatedAt;
            
             return ContractHandler.SendRequestAsync(setRoundFunction);
        }

        public Task<TransactionReceipt> SetRoundRequestAndWaitForReceiptAsync(BigInteger roundId, BigInteger answer, BigInteger updatedAt, CancellationTokenSource cancellationToken = null)
        {
            var setRoundFunction = new SetRoundFunction();
                setRoundFunction.RoundId = roundId;
                setRoundFunction.Answer = answer;
                setRoundFunction.UpdatedAt = updatedAt;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRoundFunction, cancellationToken);
        }

        public Task<BigInteger> VersionQueryAsync(VersionFunction versionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VersionFunction, BigInteger>(versionFunction, blockParameter);
        }

        
        public Task<BigInteger> VersionQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VersionFunction, BigInteger>(null, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DecimalsFunction),
                typeof(DescriptionFunction),
                typeof(GetRoundDataFunction),
                typeof(LatestAnswerFunction),
                typeof(LatestRoundFunction),
                typeof(LatestRoundDataFunction),
                typeof(SetAnswerFunction),
                typeof(SetRoundFunction),
                typeof(VersionFunction)
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
                typeof(SafeCastOverflowedIntDowncastError),
                typeof(SafeCastOverflowedUintDowncastError)
            };
        }
    }
}
