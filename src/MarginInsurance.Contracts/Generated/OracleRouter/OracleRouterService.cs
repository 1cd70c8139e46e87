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
using MarginInsurance.Contracts.OracleRouter.ContractDefinition;

namespace MarginInsurance.Contracts.OracleRouter
{
    public partial class OracleRouterService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, OracleRouterDeployment oracleRouterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<OracleRouterDeployment>().SendRequestAndWaitForReceiptAsync(oracleRouterDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, OracleRouterDeployment oracleRouterDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<OracleRouterDeployment>().SendRequestAsync(oracleRouterDeployment);
        }

        public static async Task<OracleRouterService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, OracleRouterDeployment oracleRouterDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, oracleRouterDeployment, cancellationTokenSource);
            return new OracleRouterService(web3, receipt.ContractAddress);
        }

        public OracleRouterService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> MaxCoolOffQueryAsync(MaxCoolOffFunction maxCoolOffFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCoolOffFunction, BigInteger>(maxCoolOffFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxCoolOffQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCoolOffFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxFeedDecimalsQueryAsync(MaxFeedDecimalsFunction maxFeedDecimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxFeedDecimalsFunction, BigInteger>(maxFeedDecimalsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxFeedDecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxFeedDecimalsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxHeartbeatQueryAsync(MaxHeartbeatFunction maxHeartbeatFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxHeartbeatFunction, BigInteger>(maxHeartbeatFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxHeartbeatQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxHeartbeatFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinDeviationBpsQueryAsync(MinDeviationBpsFunction minDeviationBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinDeviationBpsFunction, BigInteger>(minDeviationBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> MinDeviationBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinDeviationBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<FeedConfigOutputDTO> FeedConfigQueryAsync(FeedConfigFunction feedConfigFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<FeedConfigFunction, FeedConfigOutputDTO>(feedConfigFunction, blockParameter);
        }

        public Task<FeedConfigOutputDTO> FeedConfigQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var feedConfigFunction = new FeedConfigFunction();
                feedConfigFunction.Asset = asset;
            
            return ContractHandler.QueryDeserializingToObjectAsync<FeedConfigFunction, FeedConfigOutputDTO>(feedConfigFunction, blockParameter);
        }

        public Task<BigInteger> FrozenUntilQueryAsync(FrozenUntilFunction frozenUntilFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<FrozenUntilFunction, BigInteger>(frozenUntilFunction, blockParameter);
        }

        
        public Task<BigInteger> FrozenUntilQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var frozenUntilFunction = new FrozenUntilFunction();
                frozenUntilFunction.Asset = asset;
            
            return ContractHandler.QueryAsync<FrozenUntilFunction, BigInteger>(frozenUntilFunction, blockParameter);
        }

        public Task<BigInteger> GetLiquidationPriceQueryAsync(GetLiquidationPriceFunction getLiquidationPriceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetLiquidationPriceFunction, BigInteger>(getLiquidationPriceFunction, blockParameter);
        }

        
        public Task<BigInteger> GetLiquidationPriceQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var getLiquidationPriceFunction = new GetLiquidationPriceFunction();
                getLiquidationPriceFunction.Asset = asset;
            
            return ContractHandler.QueryAsync<GetLiquidationPriceFunction, BigInteger>(getLiquidationPriceFunction, blockParameter);
        }

        public Task<BigInteger> GetPriceQueryAsync(GetPriceFunction getPriceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetPriceFunction, BigInteger>(getPriceFunction, blockParameter);
        }

        
        public Task<BigInteger> GetPriceQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var getPriceFunction = new GetPriceFunction();
                getPriceFunction.Asset = asset;
            
            return ContractHandler.QueryAsync<GetPriceFunction, BigInteger>(getPriceFunction, blockParameter);
        }

        public Task<GetPriceAndFrozenOutputDTO> GetPriceAndFrozenQueryAsync(GetPriceAndFrozenFunction getPriceAndFrozenFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<GetPriceAndFrozenFunction, GetPriceAndFrozenOutputDTO>(getPriceAndFrozenFunction, blockParameter);
        }

        public Task<GetPriceAndFrozenOutputDTO> GetPriceAndFrozenQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var getPriceAndFrozenFunction = new GetPriceAndFrozenFunction();
                getPriceAndFrozenFunction.Asset = asset;
            
            return ContractHandler.QueryDeserializingToObjectAsync<GetPriceAndFrozenFunction, GetPriceAndFrozenOutputDTO>(getPriceAndFrozenFunction, blockParameter);
        }

        public Task<byte[]> GetRoleAdminQueryAsync(GetRoleAdminFunction getRoleAdminFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        
        public Task<byte[]> GetRoleAdminQueryAsync(byte[] role, BlockParameter blockParameter = null)
        {
            var getRoleAdminFunction = new GetRoleAdminFunction();
                getRoleAdminFunction.Role = role;
            
            return ContractHandler.QueryAsync<GetRoleAdminFunction, byte[]>(getRoleAdminFunction, blockParameter);
        }

        public Task<string> GrantRoleRequestAsync(GrantRoleFunction grantRoleFunction)
        {
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(GrantRoleFunction grantRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<string> GrantRoleRequestAsync(byte[] role, string account)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(grantRoleFunction);
        }

        public Task<TransactionReceipt> GrantRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var grantRoleFunction = new GrantRoleFunction();
                grantRoleFunction.Role = role;
                grantRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(grantRoleFunction, cancellationToken);
        }

        public Task<bool> HasRoleQueryAsync(HasRoleFunction hasRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        
        public Task<bool> HasRoleQueryAsync(byte[] role, string account, BlockParameter blockParameter = null)
        {
            var hasRoleFunction = new HasRoleFunction();
                hasRoleFunction.Role = role;
                hasRoleFunction.Account = account;
            
            return ContractHandler.QueryAsync<HasRoleFunction, bool>(hasRoleFunction, blockParameter);
        }

        public Task<string> RenounceRoleRequestAsync(RenounceRoleFunction renounceRoleFunction)
        {
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(RenounceRoleFunction renounceRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RenounceRoleRequestAsync(byte[] role, string callerConfirmation)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAsync(renounceRoleFunction);
        }

        public Task<TransactionReceipt> RenounceRoleRequestAndWaitForReceiptAsync(byte[] role, string callerConfirmation, CancellationTokenSource cancellationToken = null)
        {
            var renounceRoleFunction = new RenounceRoleFunction();
                renounceRoleFunction.Role = role;
                renounceRoleFunction.CallerConfirmation = callerConfirmation;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(renounceRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(RevokeRoleFunction revokeRoleFunction)
        {
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(RevokeRoleFunction revokeRoleFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<string> RevokeRoleRequestAsync(byte[] role, string account)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAsync(revokeRoleFunction);
        }

        public Task<TransactionReceipt> RevokeRoleRequestAndWaitForReceiptAsync(byte[] role, string account, CancellationTokenSource cancellationToken = null)
        {
            var revokeRoleFunction = new RevokeRoleFunction();
                revokeRoleFunction.Role = role;
                revokeRoleFunction.Account = account;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(revokeRoleFunction, cancellationToken);
        }

        public Task<BigInteger> SequencerUntilQueryAsync(SequencerUntilFunction sequencerUntilFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SequencerUntilFunction, BigInteger>(sequencerUntilFunction, blockParameter);
        }

        
        public Task<BigInteger> SequencerUntilQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SequencerUntilFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> SetFeedRequestAsync(SetFeedFunction setFeedFunction)
        {
             return ContractHandler.SendRequestAsync(setFeedFunction);
        }

        public Task<TransactionReceipt> SetFeedRequestAndWaitForReceiptAsync(SetFeedFunction setFeedFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFeedFunction, cancellationToken);
        }

        public Task<string> SetFeedRequestAsync(string asset, FeedConfig cfg)
        {
            var setFeedFunction = new SetFeedFunction();
                setFeedFunction.Asset = asset;
                setFeedFunction.Cfg = cfg;
            
             return ContractHandler.SendRequestAsync(setFeedFunction);
        }

        public Task<TransactionReceipt> SetFeedRequestAndWaitForReceiptAsync(string asset, FeedConfig cfg, CancellationTokenSource cancellationToken = null)
        {
            var setFeedFunction = new SetFeedFunction();
                setFeedFunction.Asset = asset;
                setFeedFunction.Cfg = cfg;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setFeedFunction, cancellationToken);
        }

        public Task<bool> SupportsInterfaceQueryAsync(SupportsInterfaceFunction supportsInterfaceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        
        public Task<bool> SupportsInterfaceQueryAsync(byte[] interfaceId, BlockParameter blockParameter = null)
        {
            var supportsInterfaceFunction = new SupportsInterfaceFunction();
                supportsInterfaceFunction.InterfaceId = interfaceId;
            
            return ContractHandler.QueryAsync<SupportsInterfaceFunction, bool>(supportsInterfaceFunction, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DefaultAdminRoleFunction),
                typeof(MaxCoolOffFunction),
                typeof(MaxFeedDecimalsFunction),
                typeof(MaxHeartbeatFunction),
                typeof(MinDeviationBpsFunction),
                typeof(FeedConfigFunction),
                typeof(FrozenUntilFunction),
                typeof(GetLiquidationPriceFunction),
                typeof(GetPriceFunction),
                typeof(GetPriceAndFrozenFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(RenounceRoleFunction),
                typeof(RevokeRoleFunction),
                typeof(SequencerUntilFunction),
                typeof(SetFeedFunction),
                typeof(SupportsInterfaceFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(FeedSetEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(FeedNotSetError),
                typeof(InvalidDecimalsError),
                typeof(InvalidPriceError),
                typeof(ParameterOutOfBoundsError),
                typeof(PriceOutOfBoundsError),
                typeof(PriceUnavailableError),
                typeof(SequencerDownError),
                typeof(StalePriceError),
                typeof(ZeroAddressError)
            };
        }
    }
}
