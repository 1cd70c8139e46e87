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
using MarginInsurance.Contracts.IPerpMarkets.ContractDefinition;

namespace MarginInsurance.Contracts.IPerpMarkets
{
    public partial class IPerpMarketsService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, IPerpMarketsDeployment iPerpMarketsDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<IPerpMarketsDeployment>().SendRequestAndWaitForReceiptAsync(iPerpMarketsDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, IPerpMarketsDeployment iPerpMarketsDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<IPerpMarketsDeployment>().SendRequestAsync(iPerpMarketsDeployment);
        }

        public static async Task<IPerpMarketsService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, IPerpMarketsDeployment iPerpMarketsDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, iPerpMarketsDeployment, cancellationTokenSource);
            return new IPerpMarketsService(web3, receipt.ContractAddress);
        }

        public IPerpMarketsService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<string> DeleverageRequestAsync(DeleverageFunction deleverageFunction)
        {
             return ContractHandler.SendRequestAsync(deleverageFunction);
        }

        public Task<TransactionReceipt> DeleverageRequestAndWaitForReceiptAsync(DeleverageFunction deleverageFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(deleverageFunction, cancellationToken);
        }

        public Task<string> DeleverageRequestAsync(BigInteger marketId, string targetOwner, BigInteger targetSubId, List<string> owners, List<BigInteger> subIds)
        {
            var deleverageFunction = new DeleverageFunction();
                deleverageFunction.MarketId = marketId;
                deleverageFunction.TargetOwner = targetOwner;
                deleverageFunction.TargetSubId = targetSubId;
                deleverageFunction.Owners = owners;
                deleverageFunction.SubIds = subIds;
            
             return ContractHandler.SendRequestAsync(deleverageFunction);
        }

        public Task<TransactionReceipt> DeleverageRequestAndWaitForReceiptAsync(BigInteger marketId, string targetOwner, BigInteger targetSubId, List<string> owners, List<BigInteger> subIds, CancellationTokenSource cancellationToken = null)
        {
            var deleverageFunction = new DeleverageFunction();
                deleverageFunction.MarketId = marketId;
                deleverageFunction.TargetOwner = targetOwner;
                deleverageFunction.TargetSubId = targetSubId;
                deleverageFunction.Owners = owners;
                deleverageFunction.SubIds = subIds;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(deleverageFunction, cancellationToken);
        }

        public Task<string> LiquidatePositionRequestAsync(LiquidatePositionFunction liquidatePositionFunction)
        {
             return ContractHandler.SendRequestAsync(liquidatePositionFunction);
        }

        public Task<TransactionReceipt> LiquidatePositionRequestAndWaitForReceiptAsync(LiquidatePositionFunction liquidatePositionFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidatePositionFunction, cancellationToken);
        }

        public Task<string> LiquidatePositionRequestAsync(string owner, BigInteger subId, BigInteger marketId, BigInteger maxCloseSize)
        {
            var liquidatePositionFunction = new LiquidatePositionFunction();
                liquidatePositionFunction.Owner = owner;
                liquidatePositionFunction.SubId = subId;
                liquidatePositionFunction.MarketId = marketId;
                liquidatePositionFunction.MaxCloseSize = maxCloseSize;
            
             return ContractHandler.SendRequestAsync(liquidatePositionFunction);
        }

        public Task<TransactionReceipt> LiquidatePositionRequestAndWaitForReceiptAsync(string owner, BigInteger subId, BigInteger marketId, BigInteger maxCloseSize, CancellationTokenSource cancellationToken = null)
        {
            var liquidatePositionFunction = new LiquidatePositionFunction();
                liquidatePositionFunction.Owner = owner;
                liquidatePositionFunction.SubId = subId;
                liquidatePositionFunction.MarketId = marketId;
                liquidatePositionFunction.MaxCloseSize = maxCloseSize;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidatePositionFunction, cancellationToken);
        }

        public Task<BigInteger> LiquidationPriceQueryAsync(LiquidationPriceFunction liquidationPriceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LiquidationPriceFunction, BigInteger>(liquidationPriceFunction, blockParameter);
        }

        
        public Task<BigInteger> LiquidationPriceQueryAsync(string owner, BigInteger subId, BigInteger marketId, BlockParameter blockParameter = null)
        {
            var liquidationPriceFunction = new LiquidationPriceFunction();
                liquidationPriceFunction.Owner = owner;
                liquidationPriceFunction.SubId = subId;
                liquidationPriceFunction.MarketId = marketId;
            
            return ContractHandler.QueryAsync<LiquidationPriceFunction, BigInteger>(liquidationPriceFunction, blockParameter);
        }

        public Task<BigInteger> MarginLevelQueryAsync(MarginLevelFunction marginLevelFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MarginLevelFunction, BigInteger>(marginLevelFunction, blockParameter);
        }

        
        public Task<BigInteger> MarginLevelQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var marginLevelFunction = new MarginLevelFunction();
                marginLevelFunction.Owner = owner;
            
            return ContractHandler.QueryAsync<MarginLevelFunction, BigInteger>(marginLevelFunction, blockParameter);
        }

        public Task<string> ModifyPositionRequestAsync(ModifyPositionFunction modifyPositionFunction)
        {
             return ContractHandler.SendRequestAsync(modifyPositionFunction);
        }

        public Task<TransactionReceipt> ModifyPositionRequestAndWaitForReceiptAsync(ModifyPositionFunction modifyPositionFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(modifyPositionFunction, cancellationToken);
        }

        public Task<string> ModifyPositionRequestAsync(string owner, BigInteger subId, BigInteger marketId, BigInteger sizeDelta, BigInteger maxFee)
        {
            var modifyPositionFunction = new ModifyPositionFunction();
                modifyPositionFunction.Owner = owner;
                modifyPositionFunction.SubId = subId;
                modifyPositionFunction.MarketId = marketId;
                modifyPositionFunction.SizeDelta = sizeDelta;
                modifyPositionFunction.MaxFee = maxFee;
            
             return ContractHandler.SendRequestAsync(modifyPositionFunction);
        }

        public Task<TransactionReceipt> ModifyPositionRequestAndWaitForReceiptAsync(string owner, BigInteger subId, BigInteger marketId, BigInteger sizeDelta, BigInteger maxFee, CancellationTokenSource cancellationToken = null)
        {
            var modifyPositionFunction = new ModifyPositionFunction();
                modifyPositionFunction.Owner = owner;
                modifyPositionFunction.SubId = subId;
                modifyPositionFunction.MarketId = marketId;
                modifyPositionFunction.SizeDelta = sizeDelta;
                modifyPositionFunction.MaxFee = maxFee;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(modifyPositionFunction, cancellationToken);
        }

        public Task<PerpGlobalsOutputDTO> PerpGlobalsQueryAsync(PerpGlobalsFunction perpGlobalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PerpGlobalsFunction, PerpGlobalsOutputDTO>(perpGlobalsFunction, blockParameter);
        }

        public Task<PerpGlobalsOutputDTO> PerpGlobalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PerpGlobalsFunction, PerpGlobalsOutputDTO>(null, blockParameter);
        }

        public Task<PerpHealthBatchOutputDTO> PerpHealthBatchQueryAsync(PerpHealthBatchFunction perpHealthBatchFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PerpHealthBatchFunction, PerpHealthBatchOutputDTO>(perpHealthBatchFunction, blockParameter);
        }

        public Task<PerpHealthBatchOutputDTO> PerpHealthBatchQueryAsync(List<string> owners, List<BigInteger> subIds, BlockParameter blockParameter = null)
        {
            var perpHealthBatchFunction = new PerpHealthBatchFunction();
                perpHealthBatchFunction.Owners = owners;
                perpHealthBatchFunction.SubIds = subIds;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PerpHealthBatchFunction, PerpHealthBatchOutputDTO>(perpHealthBatchFunction, blockParameter);
        }

        public Task<BigInteger> PerpLiabilitiesQueryAsync(PerpLiabilitiesFunction perpLiabilitiesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PerpLiabilitiesFunction, BigInteger>(perpLiabilitiesFunction, blockParameter);
        }

        
        public Task<BigInteger> PerpLiabilitiesQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PerpLiabilitiesFunction, BigInteger>(null, blockParameter);
        }

        public Task<PerpMarginOutputDTO> PerpMarginQueryAsync(PerpMarginFunction perpMarginFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PerpMarginFunction, PerpMarginOutputDTO>(perpMarginFunction, blockParameter);
        }

        public Task<PerpMarginOutputDTO> PerpMarginQueryAsync(string owner, BigInteger subId, BlockParameter blockParameter = null)
        {
            var perpMarginFunction = new PerpMarginFunction();
                perpMarginFunction.Owner = owner;
                perpMarginFunction.SubId = subId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PerpMarginFunction, PerpMarginOutputDTO>(perpMarginFunction, blockParameter);
        }

        public Task<PerpMarketOutputDTO> PerpMarketQueryAsync(PerpMarketFunction perpMarketFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PerpMarketFunction, PerpMarketOutputDTO>(perpMarketFunction, blockParameter);
        }

        public Task<PerpMarketOutputDTO> PerpMarketQueryAsync(BigInteger marketId, BlockParameter blockParameter = null)
        {
            var perpMarketFunction = new PerpMarketFunction();
                perpMarketFunction.MarketId = marketId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PerpMarketFunction, PerpMarketOutputDTO>(perpMarketFunction, blockParameter);
        }

        public Task<PerpPositionOutputDTO> PerpPositionQueryAsync(PerpPositionFunction perpPositionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PerpPositionFunction, PerpPositionOutputDTO>(perpPositionFunction, blockParameter);
        }

        public Task<PerpPositionOutputDTO> PerpPositionQueryAsync(string owner, BigInteger subId, BigInteger marketId, BlockParameter blockParameter = null)
        {
            var perpPositionFunction = new PerpPositionFunction();
                perpPositionFunction.Owner = owner;
                perpPositionFunction.SubId = subId;
                perpPositionFunction.MarketId = marketId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PerpPositionFunction, PerpPositionOutputDTO>(perpPositionFunction, blockParameter);
        }

        public Task<string> SetMarginLevelRequestAsync(SetMarginLevelFunction setMarginLevelFunction)
        {
             return ContractHandler.SendRequestAsync(setMarginLevelFunction);
        }

        public Task<TransactionReceipt> SetMarginLevelRequestAndWaitForReceiptAsync(SetMarginLevelFunction setMarginLevelFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMarginLevelFunction, cancellationToken);
        }

        public Task<string> SetMarginLevelRequestAsync(string owner, BigInteger levelWad)
        {
            var setMarginLevelFunction = new SetMarginLevelFunction();
                setMarginLevelFunction.Owner = owner;
                setMarginLevelFunction.LevelWad = levelWad;
            
             return ContractHandler.SendRequestAsync(setMarginLevelFunction);
        }

        public Task<TransactionReceipt> SetMarginLevelRequestAndWaitForReceiptAsync(string owner, BigInteger levelWad, CancellationTokenSource cancellationToken = null)
        {
            var setMarginLevelFunction = new SetMarginLevelFunction();
                setMarginLevelFunction.Owner = owner;
                setMarginLevelFunction.LevelWad = levelWad;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMarginLevelFunction, cancellationToken);
        }

        public Task<string> SetPerpMarketRequestAsync(SetPerpMarketFunction setPerpMarketFunction)
        {
             return ContractHandler.SendRequestAsync(setPerpMarketFunction);
        }

        public Task<TransactionReceipt> SetPerpMarketRequestAndWaitForReceiptAsync(SetPerpMarketFunction setPerpMarketFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPerpMarketFunction, cancellationToken);
        }

        public Task<string> SetPerpMarketRequestAsync(BigInteger marketId, PerpMarketConfig cfg)
        {
            var setPerpMarketFunction = new SetPerpMarketFunction();
                setPerpMarketFunction.MarketId = marketId;
                setPerpMarketFunction.Cfg = cfg;
            
             return ContractHandler.SendRequestAsync(setPerpMarketFunction);
        }

        public Task<TransactionReceipt> SetPerpMarketRequestAndWaitForReceiptAsync(BigInteger marketId, PerpMarketConfig cfg, CancellationTokenSource cancellationToken = null)
        {
            var setPerpMarketFunction = new SetPerpMarketFunction();
                setPerpMarketFunction.MarketId = marketId;
                setPerpMarketFunction.Cfg = cfg;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPerpMarketFunction, cancellationToken);
        }

        public Task<string> SetPerpMarketStatusRequestAsync(SetPerpMarketStatusFunction setPerpMarketStatusFunction)
        {
             return ContractHandler.SendRequestAsync(setPerpMarketStatusFunction);
        }

        public Task<TransactionReceipt> SetPerpMarketStatusRequestAndWaitForReceiptAsync(SetPerpMarketStatusFunction setPerpMarketStatusFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPerpMarketStatusFunction, cancellationToken);
        }

        public Task<string> SetPerpMarketStatusRequestAsync(BigInteger marketId, byte status)
        {
            var setPerpMarketStatusFunction = new SetPerpMarketStatusFunction();
                setPerpMarketStatusFunction.MarketId = marketId;
                setPerpMarketStatusFunction.Status = status;
            
             return ContractHandler.SendRequestAsync(setPerpMarketStatusFunction);
        }

        public Task<TransactionReceipt> SetPerpMarketStatusRequestAndWaitForReceiptAsync(BigInteger marketId, byte status, CancellationTokenSource cancellationToken = null)
        {
            var setPerpMarketStatusFunction = new SetPerpMarketStatusFunction();
                setPerpMarketStatusFunction.MarketId = marketId;
                setPerpMarketStatusFunction.Status = status;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPerpMarketStatusFunction, cancellationToken);
        }

        public Task<string> SetPerpParamsRequestAsync(SetPerpParamsFunction setPerpParamsFunction)
        {
             return ContractHandler.SendRequestAsync(setPerpParamsFunction);
        }

        public Task<TransactionReceipt> SetPerpParamsRequestAndWaitForReceiptAsync(SetPerpParamsFunction setPerpParamsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPerpParamsFunction, cancellationToken);
        }

        public Task<string> SetPerpParamsRequestAsync(string liquidityVault, BigInteger maxNetExposureBps)
        {
            var setPerpParamsFunction = new SetPerpParamsFunction();
                setPerpParamsFunction.LiquidityVault = liquidityVault;
                setPerpParamsFunction.MaxNetExposureBps = maxNetExposureBps;
            
             return ContractHandler.SendRequestAsync(setPerpParamsFunction);
        }

        public Task<TransactionReceipt> SetPerpParamsRequestAndWaitForReceiptAsync(string liquidityVault, BigInteger maxNetExposureBps, CancellationTokenSource cancellationToken = null)
        {
            var setPerpParamsFunction = new SetPerpParamsFunction();
                setPerpParamsFunction.LiquidityVault = liquidityVault;
                setPerpParamsFunction.MaxNetExposureBps = maxNetExposureBps;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPerpParamsFunction, cancellationToken);
        }

        public Task<string> TransferMarginRequestAsync(TransferMarginFunction transferMarginFunction)
        {
             return ContractHandler.SendRequestAsync(transferMarginFunction);
        }

        public Task<TransactionReceipt> TransferMarginRequestAndWaitForReceiptAsync(TransferMarginFunction transferMarginFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferMarginFunction, cancellationToken);
        }

        public Task<string> TransferMarginRequestAsync(string owner, BigInteger subId, BigInteger amount, string receiver)
        {
            var transferMarginFunction = new TransferMarginFunction();
                transferMarginFunction.Owner = owner;
                transferMarginFunction.SubId = subId;
                transferMarginFunction.Amount = amount;
                transferMarginFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(transferMarginFunction);
        }

        public Task<TransactionReceipt> TransferMarginRequestAndWaitForReceiptAsync(string owner, BigInteger subId, BigInteger amount, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var transferMarginFunction = new TransferMarginFunction();
                transferMarginFunction.Owner = owner;
                transferMarginFunction.SubId = subId;
                transferMarginFunction.Amount = amount;
                transferMarginFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferMarginFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DeleverageFunction),
                typeof(LiquidatePositionFunction),
                typeof(LiquidationPriceFunction),
                typeof(MarginLevelFunction),
                typeof(ModifyPositionFunction),
                typeof(PerpGlobalsFunction),
                typeof(PerpHealthBatchFunction),
                typeof(PerpLiabilitiesFunction),
                typeof(PerpMarginFunction),
                typeof(PerpMarketFunction),
                typeof(PerpPositionFunction),
                typeof(SetMarginLevelFunction),
                typeof(SetPerpMarketFunction),
                typeof(SetPerpMarketStatusFunction),
                typeof(SetPerpParamsFunction),
                typeof(TransferMarginFunction)
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

            };
        }
    }
}
