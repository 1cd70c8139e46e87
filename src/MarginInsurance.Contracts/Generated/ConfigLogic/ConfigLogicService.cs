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
using MarginInsurance.Contracts.ConfigLogic.ContractDefinition;

namespace MarginInsurance.Contracts.ConfigLogic
{
    public partial class ConfigLogicService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, ConfigLogicDeployment configLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<ConfigLogicDeployment>().SendRequestAndWaitForReceiptAsync(configLogicDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, ConfigLogicDeployment configLogicDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<ConfigLogicDeployment>().SendRequestAsync(configLogicDeployment);
        }

        public static async Task<ConfigLogicService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, ConfigLogicDeployment configLogicDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, configLogicDeployment, cancellationTokenSource);
            return new ConfigLogicService(web3, receipt.ContractAddress);
        }

        public ConfigLogicService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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
