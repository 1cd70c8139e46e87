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
using MarginInsurance.Contracts.PerpLiquidityVault.ContractDefinition;

namespace MarginInsurance.Contracts.PerpLiquidityVault
{
    public partial class PerpLiquidityVaultService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, PerpLiquidityVaultDeployment perpLiquidityVaultDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<PerpLiquidityVaultDeployment>().SendRequestAndWaitForReceiptAsync(perpLiquidityVaultDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, PerpLiquidityVaultDeployment perpLiquidityVaultDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<PerpLiquidityVaultDeployment>().SendRequestAsync(perpLiquidityVaultDeployment);
        }

        public static async Task<PerpLiquidityVaultService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, PerpLiquidityVaultDeployment perpLiquidityVaultDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, perpLiquidityVaultDeployment, cancellationTokenSource);
            return new PerpLiquidityVaultService(web3, receipt.ContractAddress);
        }

        public PerpLiquidityVaultService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
        {
        }

        public Task<byte> DecimalsOffsetQueryAsync(DecimalsOffsetFunction decimalsOffsetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsOffsetFunction, byte>(decimalsOffsetFunction, blockParameter);
        }

        
        public Task<byte> DecimalsOffsetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsOffsetFunction, byte>(null, blockParameter);
        }

        public Task<byte[]> DefaultAdminRoleQueryAsync(DefaultAdminRoleFunction defaultAdminRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(defaultAdminRoleFunction, blockParameter);
        }

        
        public Task<byte[]> DefaultAdminRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultAdminRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> DefaultCooldownQueryAsync(DefaultCooldownFunction defaultCooldownFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultCooldownFunction, BigInteger>(defaultCooldownFunction, blockParameter);
        }

        
        public Task<BigInteger> DefaultCooldownQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultCooldownFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> DefaultCoverCapBpsQueryAsync(DefaultCoverCapBpsFunction defaultCoverCapBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultCoverCapBpsFunction, BigInteger>(defaultCoverCapBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> DefaultCoverCapBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultCoverCapBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> DefaultCoverWindowQueryAsync(DefaultCoverWindowFunction defaultCoverWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultCoverWindowFunction, BigInteger>(defaultCoverWindowFunction, blockParameter);
        }

        
        public Task<BigInteger> DefaultCoverWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultCoverWindowFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> DefaultCoverWindowCapBpsQueryAsync(DefaultCoverWindowCapBpsFunction defaultCoverWindowCapBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultCoverWindowCapBpsFunction, BigInteger>(defaultCoverWindowCapBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> DefaultCoverWindowCapBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultCoverWindowCapBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> DefaultWindowQueryAsync(DefaultWindowFunction defaultWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultWindowFunction, BigInteger>(defaultWindowFunction, blockParameter);
        }

        
        public Task<BigInteger> DefaultWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DefaultWindowFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxCooldownQueryAsync(MaxCooldownFunction maxCooldownFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCooldownFunction, BigInteger>(maxCooldownFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxCooldownQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCooldownFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxCoverWindowQueryAsync(MaxCoverWindowFunction maxCoverWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCoverWindowFunction, BigInteger>(maxCoverWindowFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxCoverWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCoverWindowFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxWindowQueryAsync(MaxWindowFunction maxWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxWindowFunction, BigInteger>(maxWindowFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxWindowFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinCoverWindowQueryAsync(MinCoverWindowFunction minCoverWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCoverWindowFunction, BigInteger>(minCoverWindowFunction, blockParameter);
        }

        
        public Task<BigInteger> MinCoverWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCoverWindowFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinWindowQueryAsync(MinWindowFunction minWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinWindowFunction, BigInteger>(minWindowFunction, blockParameter);
        }

        
        public Task<BigInteger> MinWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinWindowFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> AllowanceQueryAsync(AllowanceFunction allowanceFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AllowanceFunction, BigInteger>(allowanceFunction, blockParameter);
        }

        
        public Task<BigInteger> AllowanceQueryAsync(string owner, string spender, BlockParameter blockParameter = null)
        {
            var allowanceFunction = new AllowanceFunction();
                allowanceFunction.Owner = owner;
                allowanceFunction.Spender = spender;
            
            return ContractHandler.QueryAsync<AllowanceFunction, BigInteger>(allowanceFunction, blockParameter);
        }

        public Task<string> ApproveRequestAsync(ApproveFunction approveFunction)
        {
             return ContractHandler.SendRequestAsync(approveFunction);
        }

        public Task<TransactionReceipt> ApproveRequestAndWaitForReceiptAsync(ApproveFunction approveFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveFunction, cancellationToken);
        }

        public Task<string> ApproveRequestAsync(string spender, BigInteger value)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.Spender = spender;
                approveFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(approveFunction);
        }

        public Task<TransactionReceipt> ApproveRequestAndWaitForReceiptAsync(string spender, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var approveFunction = new ApproveFunction();
                approveFunction.Spender = spender;
                approveFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(approveFunction, cancellationToken);
        }

        public Task<string> AssetQueryAsync(AssetFunction assetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AssetFunction, string>(assetFunction, blockParameter);
        }

        
        public Task<string> AssetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AssetFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> BalanceOfQueryAsync(BalanceOfFunction balanceOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BalanceOfFunction, BigInteger>(balanceOfFunction, blockParameter);
        }

        
        public Task<BigInteger> BalanceOfQueryAsync(string account, BlockParameter blockParameter = null)
        {
            var balanceOfFunction = new BalanceOfFunction();
                balanceOfFunction.Account = account;
            
            return ContractHandler.QueryAsync<BalanceOfFunction, BigInteger>(balanceOfFunction, blockParameter);
        }

        public Task<BigInteger> ConvertToAssetsQueryAsync(ConvertToAssetsFunction convertToAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ConvertToAssetsFunction, BigInteger>(convertToAssetsFunction, blockParameter);
        }

        
        public Task<BigInteger> ConvertToAssetsQueryAsync(BigInteger shares, BlockParameter blockParameter = null)
        {
            var convertToAssetsFunction = new ConvertToAssetsFunction();
                convertToAssetsFunction.Shares = shares;
            
            return ContractHandler.QueryAsync<ConvertToAssetsFunction, BigInteger>(convertToAssetsFunction, blockParameter);
        }

        public Task<BigInteger> ConvertToSharesQueryAsync(ConvertToSharesFunction convertToSharesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ConvertToSharesFunction, BigInteger>(convertToSharesFunction, blockParameter);
        }

        
        public Task<BigInteger> ConvertToSharesQueryAsync(BigInteger assets, BlockParameter blockParameter = null)
        {
            var convertToSharesFunction = new ConvertToSharesFunction();
                convertToSharesFunction.Assets = assets;
            
            return ContractHandler.QueryAsync<ConvertToSharesFunction, BigInteger>(convertToSharesFunction, blockParameter);
        }

        public Task<BigInteger> CooldownQueryAsync(CooldownFunction cooldownFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CooldownFunction, BigInteger>(cooldownFunction, blockParameter);
        }

        
        public Task<BigInteger> CooldownQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CooldownFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> CoverRequestAsync(CoverFunction coverFunction)
        {
             return ContractHandler.SendRequestAsync(coverFunction);
        }

        public Task<TransactionReceipt> CoverRequestAndWaitForReceiptAsync(CoverFunction coverFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(coverFunction, cancellationToken);
        }

        public Task<string> CoverRequestAsync(BigInteger amount)
        {
            var coverFunction = new CoverFunction();
                coverFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(coverFunction);
        }

        public Task<TransactionReceipt> CoverRequestAndWaitForReceiptAsync(BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var coverFunction = new CoverFunction();
                coverFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(coverFunction, cancellationToken);
        }

        public Task<BigInteger> CoverCapBpsQueryAsync(CoverCapBpsFunction coverCapBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CoverCapBpsFunction, BigInteger>(coverCapBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> CoverCapBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CoverCapBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<CoverWindowOutputDTO> CoverWindowQueryAsync(CoverWindowFunction coverWindowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CoverWindowFunction, CoverWindowOutputDTO>(coverWindowFunction, blockParameter);
        }

        public Task<CoverWindowOutputDTO> CoverWindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CoverWindowFunction, CoverWindowOutputDTO>(null, blockParameter);
        }

        public Task<BigInteger> CoverageRatioQueryAsync(CoverageRatioFunction coverageRatioFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CoverageRatioFunction, BigInteger>(coverageRatioFunction, blockParameter);
        }

        
        public Task<BigInteger> CoverageRatioQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CoverageRatioFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte> DecimalsQueryAsync(DecimalsFunction decimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(decimalsFunction, blockParameter);
        }

        
        public Task<byte> DecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DecimalsFunction, byte>(null, blockParameter);
        }

        public Task<string> DepositRequestAsync(DepositFunction depositFunction)
        {
             return ContractHandler.SendRequestAsync(depositFunction);
        }

        public Task<TransactionReceipt> DepositRequestAndWaitForReceiptAsync(DepositFunction depositFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositFunction, cancellationToken);
        }

        public Task<string> DepositRequestAsync(BigInteger assets, string receiver)
        {
            var depositFunction = new DepositFunction();
                depositFunction.Assets = assets;
                depositFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(depositFunction);
        }

        public Task<TransactionReceipt> DepositRequestAndWaitForReceiptAsync(BigInteger assets, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var depositFunction = new DepositFunction();
                depositFunction.Assets = assets;
                depositFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositFunction, cancellationToken);
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

        public Task<BigInteger> MaxCoverQueryAsync(MaxCoverFunction maxCoverFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCoverFunction, BigInteger>(maxCoverFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxCoverQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCoverFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxDepositQueryAsync(MaxDepositFunction maxDepositFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDepositFunction, BigInteger>(maxDepositFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxDepositQueryAsync(string returnValue1, BlockParameter blockParameter = null)
        {
            var maxDepositFunction = new MaxDepositFunction();
                maxDepositFunction.ReturnValue1 = returnValue1;
            
            return ContractHandler.QueryAsync<MaxDepositFunction, BigInteger>(maxDepositFunction, blockParameter);
        }

        public Task<BigInteger> MaxMintQueryAsync(MaxMintFunction maxMintFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxMintFunction, BigInteger>(maxMintFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxMintQueryAsync(string returnValue1, BlockParameter blockParameter = null)
        {
            var maxMintFunction = new MaxMintFunction();
                maxMintFunction.ReturnValue1 = returnValue1;
            
            return ContractHandler.QueryAsync<MaxMintFunction, BigInteger>(maxMintFunction, blockParameter);
        }

        public Task<BigInteger> MaxRedeemQueryAsync(MaxRedeemFunction maxRedeemFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRedeemFunction, BigInteger>(maxRedeemFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxRedeemQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var maxRedeemFunction = new MaxRedeemFunction();
                maxRedeemFunction.Owner = owner;
            
            return ContractHandler.QueryAsync<MaxRedeemFunction, BigInteger>(maxRedeemFunction, blockParameter);
        }

        public Task<BigInteger> MaxWithdrawQueryAsync(MaxWithdrawFunction maxWithdrawFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxWithdrawFunction, BigInteger>(maxWithdrawFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxWithdrawQueryAsync(string owner, BlockParameter blockParameter = null)
        {
            var maxWithdrawFunction = new MaxWithdrawFunction();
                maxWithdrawFunction.Owner = owner;
            
            return ContractHandler.QueryAsync<MaxWithdrawFunction, BigInteger>(maxWithdrawFunction, blockParameter);
        }

        public Task<string> MintRequestAsync(MintFunction mintFunction)
        {
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(MintFunction mintFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> MintRequestAsync(BigInteger shares, string receiver)
        {
            var mintFunction = new MintFunction();
                mintFunction.Shares = shares;
                mintFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(mintFunction);
        }

        public Task<TransactionReceipt> MintRequestAndWaitForReceiptAsync(BigInteger shares, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var mintFunction = new MintFunction();
                mintFunction.Shares = shares;
                mintFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(mintFunction, cancellationToken);
        }

        public Task<string> NameQueryAsync(NameFunction nameFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(nameFunction, blockParameter);
        }

        
        public Task<string> NameQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<NameFunction, string>(null, blockParameter);
        }

        public Task<string> PayRequestAsync(PayFunction payFunction)
        {
             return ContractHandler.SendRequestAsync(payFunction);
        }

        public Task<TransactionReceipt> PayRequestAndWaitForReceiptAsync(PayFunction payFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(payFunction, cancellationToken);
        }

        public Task<string> PayRequestAsync(string to, BigInteger amount)
        {
            var payFunction = new PayFunction();
                payFunction.To = to;
                payFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(payFunction);
        }

        public Task<TransactionReceipt> PayRequestAndWaitForReceiptAsync(string to, BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var payFunction = new PayFunction();
                payFunction.To = to;
                payFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(payFunction, cancellationToken);
        }

        public Task<BigInteger> PreviewDepositQueryAsync(PreviewDepositFunction previewDepositFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PreviewDepositFunction, BigInteger>(previewDepositFunction, blockParameter);
        }

        
        public Task<BigInteger> PreviewDepositQueryAsync(BigInteger assets, BlockParameter blockParameter = null)
        {
            var previewDepositFunction = new PreviewDepositFunction();
                previewDepositFunction.Assets = assets;
            
            return ContractHandler.QueryAsync<PreviewDepositFunction, BigInteger>(previewDepositFunction, blockParameter);
        }

        public Task<BigInteger> PreviewMintQueryAsync(PreviewMintFunction previewMintFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PreviewMintFunction, BigInteger>(previewMintFunction, blockParameter);
        }

        
        public Task<BigInteger> PreviewMintQueryAsync(BigInteger shares, BlockParameter blockParameter = null)
        {
            var previewMintFunction = new PreviewMintFunction();
                previewMintFunction.Shares = shares;
            
            return ContractHandler.QueryAsync<PreviewMintFunction, BigInteger>(previewMintFunction, blockParameter);
        }

        public Task<BigInteger> PreviewRedeemQueryAsync(PreviewRedeemFunction previewRedeemFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PreviewRedeemFunction, BigInteger>(previewRedeemFunction, blockParameter);
        }

        
        public Task<BigInteger> PreviewRedeemQueryAsync(BigInteger shares, BlockParameter blockParameter = null)
        {
            var previewRedeemFunction = new PreviewRedeemFunction();
                previewRedeemFunction.Shares = shares;
            
            return ContractHandler.QueryAsync<PreviewRedeemFunction, BigInteger>(previewRedeemFunction, blockParameter);
        }

        public Task<BigInteger> PreviewWithdrawQueryAsync(PreviewWithdrawFunction previewWithdrawFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PreviewWithdrawFunction, BigInteger>(previewWithdrawFunction, blockParameter);
        }

        
        public Task<BigInteger> PreviewWithdrawQueryAsync(BigInteger assets, BlockParameter blockParameter = null)
        {
            var previewWithdrawFunction = new PreviewWithdrawFunction();
                previewWithdrawFunction.Assets = assets;
            
            return ContractHandler.QueryAsync<PreviewWithdrawFunction, BigInteger>(previewWithdrawFunction, blockParameter);
        }

        public Task<string> RedeemRequestAsync(RedeemFunction redeemFunction)
        {
             return ContractHandler.SendRequestAsync(redeemFunction);
        }

        public Task<TransactionReceipt> RedeemRequestAndWaitForReceiptAsync(RedeemFunction redeemFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(redeemFunction, cancellationToken);
        }

        public Task<string> RedeemRequestAsync(BigInteger shares, string receiver, string owner)
        {
            var redeemFunction = new RedeemFunction();
                redeemFunction.Shares = shares;
                redeemFunction.Receiver = receiver;
                redeemFunction.Owner = owner;
            
             return ContractHandler.SendRequestAsync(redeemFunction);
        }

        public Task<TransactionReceipt> RedeemRequestAndWaitForReceiptAsync(BigInteger shares, string receiver, string owner, CancellationTokenSource cancellationToken = null)
        {
            var redeemFunction = new RedeemFunction();
                redeemFunction.Shares = shares;
                redeemFunction.Receiver = receiver;
                redeemFunction.Owner = owner;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(redeemFunction, cancellationToken);
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

        public Task<string> RequestWithdrawRequestAsync(RequestWithdrawFunction requestWithdrawFunction)
        {
             return ContractHandler.SendRequestAsync(requestWithdrawFunction);
        }

        public Task<TransactionReceipt> RequestWithdrawRequestAndWaitForReceiptAsync(RequestWithdrawFunction requestWithdrawFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(requestWithdrawFunction, cancellationToken);
        }

        public Task<string> RequestWithdrawRequestAsync(BigInteger shares)
        {
            var requestWithdrawFunction = new RequestWithdrawFunction();
                requestWithdrawFunction.Shares = shares;
            
             return ContractHandler.SendRequestAsync(requestWithdrawFunction);
        }

        public Task<TransactionReceipt> RequestWithdrawRequestAndWaitForReceiptAsync(BigInteger shares, CancellationTokenSource cancellationToken = null)
        {
            var requestWithdrawFunction = new RequestWithdrawFunction();
                requestWithdrawFunction.Shares = shares;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(requestWithdrawFunction, cancellationToken);
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

        public Task<string> SetCoverWindowRequestAsync(SetCoverWindowFunction setCoverWindowFunction)
        {
             return ContractHandler.SendRequestAsync(setCoverWindowFunction);
        }

        public Task<TransactionReceipt> SetCoverWindowRequestAndWaitForReceiptAsync(SetCoverWindowFunction setCoverWindowFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setCoverWindowFunction, cancellationToken);
        }

        public Task<string> SetCoverWindowRequestAsync(BigInteger length, BigInteger capBps)
        {
            var setCoverWindowFunction = new SetCoverWindowFunction();
                setCoverWindowFunction.Length = length;
                setCoverWindowFunction.CapBps = capBps;
            
             return ContractHandler.SendRequestAsync(setCoverWindowFunction);
        }

        public Task<TransactionReceipt> SetCoverWindowRequestAndWaitForReceiptAsync(BigInteger length, BigInteger capBps, CancellationTokenSource cancellationToken = null)
        {
            var setCoverWindowFunction = new SetCoverWindowFunction();
                setCoverWindowFunction.Length = length;
                setCoverWindowFunction.CapBps = capBps;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setCoverWindowFunction, cancellationToken);
        }

        public Task<string> SetPoolParamsRequestAsync(SetPoolParamsFunction setPoolParamsFunction)
        {
             return ContractHandler.SendRequestAsync(setPoolParamsFunction);
        }

        public Task<TransactionReceipt> SetPoolParamsRequestAndWaitForReceiptAsync(SetPoolParamsFunction setPoolParamsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPoolParamsFunction, cancellationToken);
        }

        public Task<string> SetPoolParamsRequestAsync(BigInteger cooldown, BigInteger window, BigInteger covercapbps)
        {
            var setPoolParamsFunction = new SetPoolParamsFunction();
                setPoolParamsFunction.Cooldown = cooldown;
                setPoolParamsFunction.Window = window;
                setPoolParamsFunction.Covercapbps = covercapbps;
            
             return ContractHandler.SendRequestAsync(setPoolParamsFunction);
        }

        public Task<TransactionReceipt> SetPoolParamsRequestAndWaitForReceiptAsync(BigInteger cooldown, BigInteger window, BigInteger covercapbps, CancellationTokenSource cancellationToken = null)
        {
            var setPoolParamsFunction = new SetPoolParamsFunction();
                setPoolParamsFunction.Cooldown = cooldown;
                setPoolParamsFunction.Window = window;
                setPoolParamsFunction.Covercapbps = covercapbps;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setPoolParamsFunction, cancellationToken);
        }

        public Task<string> SetVaultRequestAsync(SetVaultFunction setVaultFunction)
        {
             return ContractHandler.SendRequestAsync(setVaultFunction);
        }

        public Task<TransactionReceipt> SetVaultRequestAndWaitForReceiptAsync(SetVaultFunction setVaultFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setVaultFunction, cancellationToken);
        }

        public Task<string> SetVaultRequestAsync(string vault)
        {
            var setVaultFunction = new SetVaultFunction();
                setVaultFunction.Vault = vault;
            
             return ContractHandler.SendRequestAsync(setVaultFunction);
        }

        public Task<TransactionReceipt> SetVaultRequestAndWaitForReceiptAsync(string vault, CancellationTokenSource cancellationToken = null)
        {
            var setVaultFunction = new SetVaultFunction();
                setVaultFunction.Vault = vault;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setVaultFunction, cancellationToken);
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

        public Task<string> SymbolQueryAsync(SymbolFunction symbolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SymbolFunction, string>(symbolFunction, blockParameter);
        }

        
        public Task<string> SymbolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SymbolFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> TotalAssetsQueryAsync(TotalAssetsFunction totalAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalAssetsFunction, BigInteger>(totalAssetsFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalAssetsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalAssetsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalSupplyQueryAsync(TotalSupplyFunction totalSupplyFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyFunction, BigInteger>(totalSupplyFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalSupplyQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> TransferRequestAsync(TransferFunction transferFunction)
        {
             return ContractHandler.SendRequestAsync(transferFunction);
        }

        public Task<TransactionReceipt> TransferRequestAndWaitForReceiptAsync(TransferFunction transferFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFunction, cancellationToken);
        }

        public Task<string> TransferRequestAsync(string to, BigInteger value)
        {
            var transferFunction = new TransferFunction();
                transferFunction.To = to;
                transferFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(transferFunction);
        }

        public Task<TransactionReceipt> TransferRequestAndWaitForReceiptAsync(string to, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var transferFunction = new TransferFunction();
                transferFunction.To = to;
                transferFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFunction, cancellationToken);
        }

        public Task<string> TransferFromRequestAsync(TransferFromFunction transferFromFunction)
        {
             return ContractHandler.SendRequestAsync(transferFromFunction);
        }

        public Task<TransactionReceipt> TransferFromRequestAndWaitForReceiptAsync(TransferFromFunction transferFromFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFromFunction, cancellationToken);
        }

        public Task<string> TransferFromRequestAsync(string from, string to, BigInteger value)
        {
            var transferFromFunction = new TransferFromFunction();
                transferFromFunction.From = from;
                transferFromFunction.To = to;
                transferFromFunction.Value = value;
            
             return ContractHandler.SendRequestAsync(transferFromFunction);
        }

        public Task<TransactionReceipt> TransferFromRequestAndWaitForReceiptAsync(string from, string to, BigInteger value, CancellationTokenSource cancellationToken = null)
        {
            var transferFromFunction = new TransferFromFunction();
                transferFromFunction.From = from;
                transferFromFunction.To = to;
                transferFromFunction.Value = value;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(transferFromFunction, cancellationToken);
        }

        public Task<string> VaultQueryAsync(VaultFunction vaultFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VaultFunction, string>(vaultFunction, blockParameter);
        }

        
        public Task<string> VaultQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<VaultFunction, string>(null, blockParameter);
        }

        public Task<BigInteger> WindowQueryAsync(WindowFunction windowFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WindowFunction, BigInteger>(windowFunction, blockParameter);
        }

        
        public Task<BigInteger> WindowQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<WindowFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> WithdrawRequestAsync(WithdrawFunction withdrawFunction)
        {
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(WithdrawFunction withdrawFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<string> WithdrawRequestAsync(BigInteger assets, string receiver, string owner)
        {
            var withdrawFunction = new WithdrawFunction();
                withdrawFunction.Assets = assets;
                withdrawFunction.Receiver = receiver;
                withdrawFunction.Owner = owner;
            
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(BigInteger assets, string receiver, string owner, CancellationTokenSource cancellationToken = null)
        {
            var withdrawFunction = new WithdrawFunction();
                withdrawFunction.Assets = assets;
                withdrawFunction.Receiver = receiver;
                withdrawFunction.Owner = owner;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<WithdrawRequestsOutputDTO> WithdrawRequestsQueryAsync(WithdrawRequestsFunction withdrawRequestsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<WithdrawRequestsFunction, WithdrawRequestsOutputDTO>(withdrawRequestsFunction, blockParameter);
        }

        public Task<WithdrawRequestsOutputDTO> WithdrawRequestsQueryAsync(string returnValue1, BlockParameter blockParameter = null)
        {
            var withdrawRequestsFunction = new WithdrawRequestsFunction();
                withdrawRequestsFunction.ReturnValue1 = returnValue1;
            
            return ContractHandler.QueryDeserializingToObjectAsync<WithdrawRequestsFunction, WithdrawRequestsOutputDTO>(withdrawRequestsFunction, blockParameter);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DecimalsOffsetFunction),
                typeof(DefaultAdminRoleFunction),
                typeof(DefaultCooldownFunction),
                typeof(DefaultCoverCapBpsFunction),
                typeof(DefaultCoverWindowFunction),
                typeof(DefaultCoverWindowCapBpsFunction),
                typeof(DefaultWindowFunction),
                typeof(MaxCooldownFunction),
                typeof(MaxCoverWindowFunction),
                typeof(MaxWindowFunction),
                typeof(MinCoverWindowFunction),
                typeof(MinWindowFunction),
                typeof(AllowanceFunction),
                typeof(ApproveFunction),
                typeof(AssetFunction),
                typeof(BalanceOfFunction),
                typeof(ConvertToAssetsFunction),
                typeof(ConvertToSharesFunction),
                typeof(CooldownFunction),
                typeof(CoverFunction),
                typeof(CoverCapBpsFunction),
                typeof(CoverWindowFunction),
                typeof(CoverageRatioFunction),
                typeof(DecimalsFunction),
                typeof(DepositFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(MaxCoverFunction),
                typeof(MaxDepositFunction),
                typeof(MaxMintFunction),
                typeof(MaxRedeemFunction),
                typeof(MaxWithdrawFunction),
                typeof(MintFunction),
                typeof(NameFunction),
                typeof(PayFunction),
                typeof(PreviewDepositFunction),
                typeof(PreviewMintFunction),
                typeof(PreviewRedeemFunction),
                typeof(PreviewWithdrawFunction),
                typeof(RedeemFunction),
                typeof(RenounceRoleFunction),
                typeof(RequestWithdrawFunction),
                typeof(RevokeRoleFunction),
                typeof(SetCoverWindowFunction),
                typeof(SetPoolParamsFunction),
                typeof(SetVaultFunction),
                typeof(SupportsInterfaceFunction),
                typeof(SymbolFunction),
                typeof(TotalAssetsFunction),
                typeof(TotalSupplyFunction),
                typeof(TransferFunction),
                typeof(TransferFromFunction),
                typeof(VaultFunction),
                typeof(WindowFunction),
                typeof(WithdrawFunction),
                typeof(WithdrawRequestsFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(ApprovalEventDTO),
                typeof(CoverPaidEventDTO),
                typeof(CoverWindowUpdatedEventDTO),
                typeof(DepositEventDTO),
                typeof(PoolParamsUpdatedEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(TransferEventDTO),
                typeof(VaultSetEventDTO),
                typeof(WithdrawEventDTO),
                typeof(WithdrawRequestedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(AlreadySetError),
                typeof(ERC20InsufficientAllowanceError),
                typeof(ERC20InsufficientBalanceError),
                typeof(ERC20InvalidApproverError),
                typeof(ERC20InvalidReceiverError),
                typeof(ERC20InvalidSenderError),
                typeof(ERC20InvalidSpenderError),
                typeof(ERC4626ExceededMaxDepositError),
                typeof(ERC4626ExceededMaxMintError),
                typeof(ERC4626ExceededMaxRedeemError),
                typeof(ERC4626ExceededMaxWithdrawError),
                typeof(OnlyVaultError),
                typeof(ParameterOutOfBoundsError),
                typeof(ReentrancyGuardReentrantCallError),
                typeof(RequestExceedsBalanceError),
                typeof(SafeCastOverflowedUintDowncastError),
                typeof(SafeERC20FailedOperationError),
                typeof(WithdrawWindowClosedError),
                typeof(ZeroAddressError),
                typeof(ZeroAmountError)
            };
        }
    }
}
