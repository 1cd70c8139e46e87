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
using MarginInsurance.Contracts.PerpLiquidationLogic.ContractDefinition;

namespace MarginInsurance.Contracts.PerpLiquidationLogic
{
    public partial class PerpLiquidationLogicService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, PerpLiquidationLogicDeployment perpLiquidationLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<PerpLiquidationLogicDeployment>().SendRequestAndWaitForReceiptAsync(perpLiquidationLogicDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, PerpLiquidationLogicDeployment perpLiquidationLogicDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<PerpLiquidationLogicDeployment>().SendRequestAsync(perpLiquidationLogicDeployment);
        }

        public static async Task<PerpLiquidationLogicService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, PerpLiquidationLogicDeployment perpLiquidationLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, perpLiquidationLogicDeployment, cancellationTokenSource);
            return new PerpLiquidationLogicService(web3, receipt.ContractAddress);
        }

        public PerpLiquidationLogicService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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
