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
using MarginInsurance.Contracts.LiquidationLogic.ContractDefinition;

namespace MarginInsurance.Contracts.LiquidationLogic
{
    public partial class LiquidationLogicService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, LiquidationLogicDeployment liquidationLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<LiquidationLogicDeployment>().SendRequestAndWaitForReceiptAsync(liquidationLogicDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, LiquidationLogicDeployment liquidationLogicDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<LiquidationLogicDeployment>().SendRequestAsync(liquidationLogicDeployment);
        }

        public static async Task<LiquidationLogicService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, LiquidationLogicDeployment liquidationLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, liquidationLogicDeployment, cancellationTokenSource);
            return new LiquidationLogicService(web3, receipt.ContractAddress);
        }

        public LiquidationLogicService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {

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
