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
using MarginInsurance.Contracts.MarginVault.ContractDefinition;

namespace MarginInsurance.Contracts.MarginVault
{
    public partial class MarginVaultService: ContractWeb3ServiceBase
    {
        public static Task<TransactionReceipt> DeployContractAndWaitForReceiptAsync(Nethereum.Web3.IWeb3 web3, MarginVaultDeployment marginVaultDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            return web3.Eth.GetContractDeploymentHandler<MarginVaultDeployment>().SendRequestAndWaitForReceiptAsync(marginVaultDeployment, cancellationTokenSource);
        }

        public static Task<string> DeployContractAsync(Nethereum.Web3.IWeb3 web3, MarginVaultDeployment marginVaultDeployment)
        {
            return web3.Eth.GetContractDeploymentHandler<MarginVaultDeployment>().SendRequestAsync(marginVaultDeployment);
        }

        public static async Task<MarginVaultService> DeployContractAndGetServiceAsync(Nethereum.Web3.IWeb3 web3, MarginVaultDeployment marginVaultDeployment, CancellationTokenSource cancellationTokenSource = null)
        {
            var receipt = await DeployContractAndWaitForReceiptAsync(web3, marginVaultDeployment, cancellationTokenSource);
            return new MarginVaultService(web3, receipt.ContractAddress);
        }

        public MarginVaultService(Nethereum.Web3.IWeb3 web3, string contractAddress) : base(web3, contractAddress)
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

        public Task<byte[]> GuardianRoleQueryAsync(GuardianRoleFunction guardianRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GuardianRoleFunction, byte[]>(guardianRoleFunction, blockParameter);
        }

        
        public Task<byte[]> GuardianRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<GuardianRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<BigInteger> MaxAddOnDelayQueryAsync(MaxAddOnDelayFunction maxAddOnDelayFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxAddOnDelayFunction, BigInteger>(maxAddOnDelayFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxAddOnDelayQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxAddOnDelayFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxAddOnLimitBpsQueryAsync(MaxAddOnLimitBpsFunction maxAddOnLimitBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxAddOnLimitBpsFunction, BigInteger>(maxAddOnLimitBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxAddOnLimitBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxAddOnLimitBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxCollateralAssetsQueryAsync(MaxCollateralAssetsFunction maxCollateralAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCollateralAssetsFunction, BigInteger>(maxCollateralAssetsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxCollateralAssetsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxCollateralAssetsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxDecimalsQueryAsync(MaxDecimalsFunction maxDecimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDecimalsFunction, BigInteger>(maxDecimalsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxDecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDecimalsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxDustWholeTokensQueryAsync(MaxDustWholeTokensFunction maxDustWholeTokensFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDustWholeTokensFunction, BigInteger>(maxDustWholeTokensFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxDustWholeTokensQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxDustWholeTokensFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxLiquidationBonusBpsQueryAsync(MaxLiquidationBonusBpsFunction maxLiquidationBonusBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxLiquidationBonusBpsFunction, BigInteger>(maxLiquidationBonusBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxLiquidationBonusBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxLiquidationBonusBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxLiquidationThresholdBpsQueryAsync(MaxLiquidationThresholdBpsFunction maxLiquidationThresholdBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxLiquidationThresholdBpsFunction, BigInteger>(maxLiquidationThresholdBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxLiquidationThresholdBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxLiquidationThresholdBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxPausePeriodQueryAsync(MaxPausePeriodFunction maxPausePeriodFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxPausePeriodFunction, BigInteger>(maxPausePeriodFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxPausePeriodQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxPausePeriodFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxProtocolShareBpsQueryAsync(MaxProtocolShareBpsFunction maxProtocolShareBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxProtocolShareBpsFunction, BigInteger>(maxProtocolShareBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxProtocolShareBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxProtocolShareBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxRatePerSecondQueryAsync(MaxRatePerSecondFunction maxRatePerSecondFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRatePerSecondFunction, BigInteger>(maxRatePerSecondFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxRatePerSecondQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxRatePerSecondFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MaxReserveFactorBpsQueryAsync(MaxReserveFactorBpsFunction maxReserveFactorBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxReserveFactorBpsFunction, BigInteger>(maxReserveFactorBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> MaxReserveFactorBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MaxReserveFactorBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinCloseFactorBpsQueryAsync(MinCloseFactorBpsFunction minCloseFactorBpsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCloseFactorBpsFunction, BigInteger>(minCloseFactorBpsFunction, blockParameter);
        }

        
        public Task<BigInteger> MinCloseFactorBpsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinCloseFactorBpsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinDeepHealthThresholdQueryAsync(MinDeepHealthThresholdFunction minDeepHealthThresholdFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinDeepHealthThresholdFunction, BigInteger>(minDeepHealthThresholdFunction, blockParameter);
        }

        
        public Task<BigInteger> MinDeepHealthThresholdQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinDeepHealthThresholdFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinPauseCooldownQueryAsync(MinPauseCooldownFunction minPauseCooldownFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinPauseCooldownFunction, BigInteger>(minPauseCooldownFunction, blockParameter);
        }

        
        public Task<BigInteger> MinPauseCooldownQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinPauseCooldownFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> MinSupplyIndexQueryAsync(MinSupplyIndexFunction minSupplyIndexFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinSupplyIndexFunction, BigInteger>(minSupplyIndexFunction, blockParameter);
        }

        
        public Task<BigInteger> MinSupplyIndexQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<MinSupplyIndexFunction, BigInteger>(null, blockParameter);
        }

        public Task<byte[]> RiskOracleRoleQueryAsync(RiskOracleRoleFunction riskOracleRoleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RiskOracleRoleFunction, byte[]>(riskOracleRoleFunction, blockParameter);
        }

        
        public Task<byte[]> RiskOracleRoleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RiskOracleRoleFunction, byte[]>(null, blockParameter);
        }

        public Task<AccountStateOutputDTO> AccountStateQueryAsync(AccountStateFunction accountStateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<AccountStateFunction, AccountStateOutputDTO>(accountStateFunction, blockParameter);
        }

        public Task<AccountStateOutputDTO> AccountStateQueryAsync(string owner, BigInteger subId, BlockParameter blockParameter = null)
        {
            var accountStateFunction = new AccountStateFunction();
                accountStateFunction.Owner = owner;
                accountStateFunction.SubId = subId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<AccountStateFunction, AccountStateOutputDTO>(accountStateFunction, blockParameter);
        }

        public Task<string> AccrueInterestRequestAsync(AccrueInterestFunction accrueInterestFunction)
        {
             return ContractHandler.SendRequestAsync(accrueInterestFunction);
        }

        public Task<string> AccrueInterestRequestAsync()
        {
             return ContractHandler.SendRequestAsync<AccrueInterestFunction>();
        }

        public Task<TransactionReceipt> AccrueInterestRequestAndWaitForReceiptAsync(AccrueInterestFunction accrueInterestFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(accrueInterestFunction, cancellationToken);
        }

        public Task<TransactionReceipt> AccrueInterestRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<AccrueInterestFunction>(null, cancellationToken);
        }

        public Task<BigInteger> AccruedReservesQueryAsync(AccruedReservesFunction accruedReservesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AccruedReservesFunction, BigInteger>(accruedReservesFunction, blockParameter);
        }

        
        public Task<BigInteger> AccruedReservesQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<AccruedReservesFunction, BigInteger>(null, blockParameter);
        }

        public Task<AddOnStateOutputDTO> AddOnStateQueryAsync(AddOnStateFunction addOnStateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<AddOnStateFunction, AddOnStateOutputDTO>(addOnStateFunction, blockParameter);
        }

        public Task<AddOnStateOutputDTO> AddOnStateQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var addOnStateFunction = new AddOnStateFunction();
                addOnStateFunction.Asset = asset;
            
            return ContractHandler.QueryDeserializingToObjectAsync<AddOnStateFunction, AddOnStateOutputDTO>(addOnStateFunction, blockParameter);
        }

        public Task<string> ApplyCollateralUpdateRequestAsync(ApplyCollateralUpdateFunction applyCollateralUpdateFunction)
        {
             return ContractHandler.SendRequestAsync(applyCollateralUpdateFunction);
        }

        public Task<TransactionReceipt> ApplyCollateralUpdateRequestAndWaitForReceiptAsync(ApplyCollateralUpdateFunction applyCollateralUpdateFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(applyCollateralUpdateFunction, cancellationToken);
        }

        public Task<string> ApplyCollateralUpdateRequestAsync(string asset)
        {
            var applyCollateralUpdateFunction = new ApplyCollateralUpdateFunction();
                applyCollateralUpdateFunction.Asset = asset;
            
             return ContractHandler.SendRequestAsync(applyCollateralUpdateFunction);
        }

        public Task<TransactionReceipt> ApplyCollateralUpdateRequestAndWaitForReceiptAsync(string asset, CancellationTokenSource cancellationToken = null)
        {
            var applyCollateralUpdateFunction = new ApplyCollateralUpdateFunction();
                applyCollateralUpdateFunction.Asset = asset;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(applyCollateralUpdateFunction, cancellationToken);
        }

        public Task<string> BaseAssetQueryAsync(BaseAssetFunction baseAssetFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BaseAssetFunction, string>(baseAssetFunction, blockParameter);
        }

        
        public Task<string> BaseAssetQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BaseAssetFunction, string>(null, blockParameter);
        }

        public Task<byte> BaseDecimalsQueryAsync(BaseDecimalsFunction baseDecimalsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BaseDecimalsFunction, byte>(baseDecimalsFunction, blockParameter);
        }

        
        public Task<byte> BaseDecimalsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BaseDecimalsFunction, byte>(null, blockParameter);
        }

        public Task<string> BorrowRequestAsync(BorrowFunction borrowFunction)
        {
             return ContractHandler.SendRequestAsync(borrowFunction);
        }

        public Task<TransactionReceipt> BorrowRequestAndWaitForReceiptAsync(BorrowFunction borrowFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(borrowFunction, cancellationToken);
        }

        public Task<string> BorrowRequestAsync(string owner, BigInteger subId, BigInteger amount, string receiver)
        {
            var borrowFunction = new BorrowFunction();
                borrowFunction.Owner = owner;
                borrowFunction.SubId = subId;
                borrowFunction.Amount = amount;
                borrowFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(borrowFunction);
        }

        public Task<TransactionReceipt> BorrowRequestAndWaitForReceiptAsync(string owner, BigInteger subId, BigInteger amount, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var borrowFunction = new BorrowFunction();
                borrowFunction.Owner = owner;
                borrowFunction.SubId = subId;
                borrowFunction.Amount = amount;
                borrowFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(borrowFunction, cancellationToken);
        }

        public Task<BigInteger> BorrowIndexQueryAsync(BorrowIndexFunction borrowIndexFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BorrowIndexFunction, BigInteger>(borrowIndexFunction, blockParameter);
        }

        
        public Task<BigInteger> BorrowIndexQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<BorrowIndexFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> CashQueryAsync(CashFunction cashFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CashFunction, BigInteger>(cashFunction, blockParameter);
        }

        
        public Task<BigInteger> CashQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CashFunction, BigInteger>(null, blockParameter);
        }

        public Task<List<string>> CollateralAssetsQueryAsync(CollateralAssetsFunction collateralAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CollateralAssetsFunction, List<string>>(collateralAssetsFunction, blockParameter);
        }

        
        public Task<List<string>> CollateralAssetsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CollateralAssetsFunction, List<string>>(null, blockParameter);
        }

        public Task<CollateralConfigOutputDTO> CollateralConfigQueryAsync(CollateralConfigFunction collateralConfigFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralConfigFunction, CollateralConfigOutputDTO>(collateralConfigFunction, blockParameter);
        }

        public Task<CollateralConfigOutputDTO> CollateralConfigQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var collateralConfigFunction = new CollateralConfigFunction();
                collateralConfigFunction.Asset = asset;
            
            return ContractHandler.QueryDeserializingToObjectAsync<CollateralConfigFunction, CollateralConfigOutputDTO>(collateralConfigFunction, blockParameter);
        }

        public Task<BigInteger> CollateralOfQueryAsync(CollateralOfFunction collateralOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<CollateralOfFunction, BigInteger>(collateralOfFunction, blockParameter);
        }

        
        public Task<BigInteger> CollateralOfQueryAsync(string owner, BigInteger subId, string asset, BlockParameter blockParameter = null)
        {
            var collateralOfFunction = new CollateralOfFunction();
                collateralOfFunction.Owner = owner;
                collateralOfFunction.SubId = subId;
                collateralOfFunction.Asset = asset;
            
            return ContractHandler.QueryAsync<CollateralOfFunction, BigInteger>(collateralOfFunction, blockParameter);
        }

        public Task<CurrentIndicesOutputDTO> CurrentIndicesQueryAsync(CurrentIndicesFunction currentIndicesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CurrentIndicesFunction, CurrentIndicesOutputDTO>(currentIndicesFunction, blockParameter);
        }

        public Task<CurrentIndicesOutputDTO> CurrentIndicesQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<CurrentIndicesFunction, CurrentIndicesOutputDTO>(null, blockParameter);
        }

        public Task<BigInteger> DebtOfQueryAsync(DebtOfFunction debtOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<DebtOfFunction, BigInteger>(debtOfFunction, blockParameter);
        }

        
        public Task<BigInteger> DebtOfQueryAsync(string owner, BigInteger subId, BlockParameter blockParameter = null)
        {
            var debtOfFunction = new DebtOfFunction();
                debtOfFunction.Owner = owner;
                debtOfFunction.SubId = subId;
            
            return ContractHandler.QueryAsync<DebtOfFunction, BigInteger>(debtOfFunction, blockParameter);
        }

        public Task<string> DepositCollateralRequestAsync(DepositCollateralFunction depositCollateralFunction)
        {
             return ContractHandler.SendRequestAsync(depositCollateralFunction);
        }

        public Task<TransactionReceipt> DepositCollateralRequestAndWaitForReceiptAsync(DepositCollateralFunction depositCollateralFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositCollateralFunction, cancellationToken);
        }

        public Task<string> DepositCollateralRequestAsync(string owner, BigInteger subId, string asset, BigInteger amount)
        {
            var depositCollateralFunction = new DepositCollateralFunction();
                depositCollateralFunction.Owner = owner;
                depositCollateralFunction.SubId = subId;
                depositCollateralFunction.Asset = asset;
                depositCollateralFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(depositCollateralFunction);
        }

        public Task<TransactionReceipt> DepositCollateralRequestAndWaitForReceiptAsync(string owner, BigInteger subId, string asset, BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var depositCollateralFunction = new DepositCollateralFunction();
                depositCollateralFunction.Owner = owner;
                depositCollateralFunction.SubId = subId;
                depositCollateralFunction.Asset = asset;
                depositCollateralFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(depositCollateralFunction, cancellationToken);
        }

        public Task<BigInteger> EffectiveAddOnQueryAsync(EffectiveAddOnFunction effectiveAddOnFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<EffectiveAddOnFunction, BigInteger>(effectiveAddOnFunction, blockParameter);
        }

        
        public Task<BigInteger> EffectiveAddOnQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var effectiveAddOnFunction = new EffectiveAddOnFunction();
                effectiveAddOnFunction.Asset = asset;
            
            return ContractHandler.QueryAsync<EffectiveAddOnFunction, BigInteger>(effectiveAddOnFunction, blockParameter);
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

        public Task<BigInteger> HealthQueryAsync(HealthFunction healthFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<HealthFunction, BigInteger>(healthFunction, blockParameter);
        }

        
        public Task<BigInteger> HealthQueryAsync(string owner, BigInteger subId, BlockParameter blockParameter = null)
        {
            var healthFunction = new HealthFunction();
                healthFunction.Owner = owner;
                healthFunction.SubId = subId;
            
            return ContractHandler.QueryAsync<HealthFunction, BigInteger>(healthFunction, blockParameter);
        }

        public Task<HealthBatchOutputDTO> HealthBatchQueryAsync(HealthBatchFunction healthBatchFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<HealthBatchFunction, HealthBatchOutputDTO>(healthBatchFunction, blockParameter);
        }

        public Task<HealthBatchOutputDTO> HealthBatchQueryAsync(List<string> owners, List<BigInteger> subIds, BlockParameter blockParameter = null)
        {
            var healthBatchFunction = new HealthBatchFunction();
                healthBatchFunction.Owners = owners;
                healthBatchFunction.SubIds = subIds;
            
            return ContractHandler.QueryDeserializingToObjectAsync<HealthBatchFunction, HealthBatchOutputDTO>(healthBatchFunction, blockParameter);
        }

        public Task<string> InsurancePoolQueryAsync(InsurancePoolFunction insurancePoolFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<InsurancePoolFunction, string>(insurancePoolFunction, blockParameter);
        }

        
        public Task<string> InsurancePoolQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<InsurancePoolFunction, string>(null, blockParameter);
        }

        public Task<bool> IsAuthorizedQueryAsync(IsAuthorizedFunction isAuthorizedFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsAuthorizedFunction, bool>(isAuthorizedFunction, blockParameter);
        }

        
        public Task<bool> IsAuthorizedQueryAsync(string owner, string caller, BlockParameter blockParameter = null)
        {
            var isAuthorizedFunction = new IsAuthorizedFunction();
                isAuthorizedFunction.Owner = owner;
                isAuthorizedFunction.Caller = caller;
            
            return ContractHandler.QueryAsync<IsAuthorizedFunction, bool>(isAuthorizedFunction, blockParameter);
        }

        public Task<bool> IsOperatorQueryAsync(IsOperatorFunction isOperatorFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<IsOperatorFunction, bool>(isOperatorFunction, blockParameter);
        }

        
        public Task<bool> IsOperatorQueryAsync(string owner, string @operator, BlockParameter blockParameter = null)
        {
            var isOperatorFunction = new IsOperatorFunction();
                isOperatorFunction.Owner = owner;
                isOperatorFunction.Operator = @operator;
            
            return ContractHandler.QueryAsync<IsOperatorFunction, bool>(isOperatorFunction, blockParameter);
        }

        public Task<ulong> LastAccrualQueryAsync(LastAccrualFunction lastAccrualFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastAccrualFunction, ulong>(lastAccrualFunction, blockParameter);
        }

        
        public Task<ulong> LastAccrualQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<LastAccrualFunction, ulong>(null, blockParameter);
        }

        public Task<string> LiquidateRequestAsync(LiquidateFunction liquidateFunction)
        {
             return ContractHandler.SendRequestAsync(liquidateFunction);
        }

        public Task<TransactionReceipt> LiquidateRequestAndWaitForReceiptAsync(LiquidateFunction liquidateFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateFunction, cancellationToken);
        }

        public Task<string> LiquidateRequestAsync(string owner, BigInteger subId, string collateralAsset, BigInteger maxRepay, byte[] data)
        {
            var liquidateFunction = new LiquidateFunction();
                liquidateFunction.Owner = owner;
                liquidateFunction.SubId = subId;
                liquidateFunction.CollateralAsset = collateralAsset;
                liquidateFunction.MaxRepay = maxRepay;
                liquidateFunction.Data = data;
            
             return ContractHandler.SendRequestAsync(liquidateFunction);
        }

        public Task<TransactionReceipt> LiquidateRequestAndWaitForReceiptAsync(string owner, BigInteger subId, string collateralAsset, BigInteger maxRepay, byte[] data, CancellationTokenSource cancellationToken = null)
        {
            var liquidateFunction = new LiquidateFunction();
                liquidateFunction.Owner = owner;
                liquidateFunction.SubId = subId;
                liquidateFunction.CollateralAsset = collateralAsset;
                liquidateFunction.MaxRepay = maxRepay;
                liquidateFunction.Data = data;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(liquidateFunction, cancellationToken);
        }

        public Task<string> ListCollateralRequestAsync(ListCollateralFunction listCollateralFunction)
        {
             return ContractHandler.SendRequestAsync(listCollateralFunction);
        }

        public Task<TransactionReceipt> ListCollateralRequestAndWaitForReceiptAsync(ListCollateralFunction listCollateralFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(listCollateralFunction, cancellationToken);
        }

        public Task<string> ListCollateralRequestAsync(string asset, CollateralConfig cfg)
        {
            var listCollateralFunction = new ListCollateralFunction();
                listCollateralFunction.Asset = asset;
                listCollateralFunction.Cfg = cfg;
            
             return ContractHandler.SendRequestAsync(listCollateralFunction);
        }

        public Task<TransactionReceipt> ListCollateralRequestAndWaitForReceiptAsync(string asset, CollateralConfig cfg, CancellationTokenSource cancellationToken = null)
        {
            var listCollateralFunction = new ListCollateralFunction();
                listCollateralFunction.Asset = asset;
                listCollateralFunction.Cfg = cfg;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(listCollateralFunction, cancellationToken);
        }

        public Task<MarketParamsOutputDTO> MarketParamsQueryAsync(MarketParamsFunction marketParamsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<MarketParamsFunction, MarketParamsOutputDTO>(marketParamsFunction, blockParameter);
        }

        public Task<MarketParamsOutputDTO> MarketParamsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<MarketParamsFunction, MarketParamsOutputDTO>(null, blockParameter);
        }

        public Task<string> OracleQueryAsync(OracleFunction oracleFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OracleFunction, string>(oracleFunction, blockParameter);
        }

        
        public Task<string> OracleQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<OracleFunction, string>(null, blockParameter);
        }

        public Task<string> PauseRequestAsync(PauseFunction pauseFunction)
        {
             return ContractHandler.SendRequestAsync(pauseFunction);
        }

        public Task<string> PauseRequestAsync()
        {
             return ContractHandler.SendRequestAsync<PauseFunction>();
        }

        public Task<TransactionReceipt> PauseRequestAndWaitForReceiptAsync(PauseFunction pauseFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(pauseFunction, cancellationToken);
        }

        public Task<TransactionReceipt> PauseRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<PauseFunction>(null, cancellationToken);
        }

        public Task<ulong> PausedUntilQueryAsync(PausedUntilFunction pausedUntilFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PausedUntilFunction, ulong>(pausedUntilFunction, blockParameter);
        }

        
        public Task<ulong> PausedUntilQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PausedUntilFunction, ulong>(null, blockParameter);
        }

        public Task<PendingCollateralUpdateOutputDTO> PendingCollateralUpdateQueryAsync(PendingCollateralUpdateFunction pendingCollateralUpdateFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PendingCollateralUpdateFunction, PendingCollateralUpdateOutputDTO>(pendingCollateralUpdateFunction, blockParameter);
        }

        public Task<PendingCollateralUpdateOutputDTO> PendingCollateralUpdateQueryAsync(string asset, BlockParameter blockParameter = null)
        {
            var pendingCollateralUpdateFunction = new PendingCollateralUpdateFunction();
                pendingCollateralUpdateFunction.Asset = asset;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PendingCollateralUpdateFunction, PendingCollateralUpdateOutputDTO>(pendingCollateralUpdateFunction, blockParameter);
        }

        public Task<string> PerpRequestAsync(PerpFunction perpFunction)
        {
             return ContractHandler.SendRequestAsync(perpFunction);
        }

        public Task<TransactionReceipt> PerpRequestAndWaitForReceiptAsync(PerpFunction perpFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(perpFunction, cancellationToken);
        }

        public Task<string> PerpRequestAsync(byte[] call)
        {
            var perpFunction = new PerpFunction();
                perpFunction.Call = call;
            
             return ContractHandler.SendRequestAsync(perpFunction);
        }

        public Task<TransactionReceipt> PerpRequestAndWaitForReceiptAsync(byte[] call, CancellationTokenSource cancellationToken = null)
        {
            var perpFunction = new PerpFunction();
                perpFunction.Call = call;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(perpFunction, cancellationToken);
        }

        public Task<byte[]> PerpViewQueryAsync(PerpViewFunction perpViewFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<PerpViewFunction, byte[]>(perpViewFunction, blockParameter);
        }

        
        public Task<byte[]> PerpViewQueryAsync(byte[] call, BlockParameter blockParameter = null)
        {
            var perpViewFunction = new PerpViewFunction();
                perpViewFunction.Call = call;
            
            return ContractHandler.QueryAsync<PerpViewFunction, byte[]>(perpViewFunction, blockParameter);
        }

        public Task<PositionOutputDTO> PositionQueryAsync(PositionFunction positionFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryDeserializingToObjectAsync<PositionFunction, PositionOutputDTO>(positionFunction, blockParameter);
        }

        public Task<PositionOutputDTO> PositionQueryAsync(string owner, BigInteger subId, BlockParameter blockParameter = null)
        {
            var positionFunction = new PositionFunction();
                positionFunction.Owner = owner;
                positionFunction.SubId = subId;
            
            return ContractHandler.QueryDeserializingToObjectAsync<PositionFunction, PositionOutputDTO>(positionFunction, blockParameter);
        }

        public Task<string> RateModelQueryAsync(RateModelFunction rateModelFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RateModelFunction, string>(rateModelFunction, blockParameter);
        }

        
        public Task<string> RateModelQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<RateModelFunction, string>(null, blockParameter);
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

        public Task<string> RepayRequestAsync(RepayFunction repayFunction)
        {
             return ContractHandler.SendRequestAsync(repayFunction);
        }

        public Task<TransactionReceipt> RepayRequestAndWaitForReceiptAsync(RepayFunction repayFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(repayFunction, cancellationToken);
        }

        public Task<string> RepayRequestAsync(string owner, BigInteger subId, BigInteger amount)
        {
            var repayFunction = new RepayFunction();
                repayFunction.Owner = owner;
                repayFunction.SubId = subId;
                repayFunction.Amount = amount;
            
             return ContractHandler.SendRequestAsync(repayFunction);
        }

        public Task<TransactionReceipt> RepayRequestAndWaitForReceiptAsync(string owner, BigInteger subId, BigInteger amount, CancellationTokenSource cancellationToken = null)
        {
            var repayFunction = new RepayFunction();
                repayFunction.Owner = owner;
                repayFunction.SubId = subId;
                repayFunction.Amount = amount;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(repayFunction, cancellationToken);
        }

        public Task<BigInteger> ReservesQueryAsync(ReservesFunction reservesFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReservesFunction, BigInteger>(reservesFunction, blockParameter);
        }

        
        public Task<BigInteger> ReservesQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<ReservesFunction, BigInteger>(null, blockParameter);
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

        public Task<string> SetAddOnRequestAsync(SetAddOnFunction setAddOnFunction)
        {
             return ContractHandler.SendRequestAsync(setAddOnFunction);
        }

        public Task<TransactionReceipt> SetAddOnRequestAndWaitForReceiptAsync(SetAddOnFunction setAddOnFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAddOnFunction, cancellationToken);
        }

        public Task<string> SetAddOnRequestAsync(string asset, ushort addOnBps)
        {
            var setAddOnFunction = new SetAddOnFunction();
                setAddOnFunction.Asset = asset;
                setAddOnFunction.AddOnBps = addOnBps;
            
             return ContractHandler.SendRequestAsync(setAddOnFunction);
        }

        public Task<TransactionReceipt> SetAddOnRequestAndWaitForReceiptAsync(string asset, ushort addOnBps, CancellationTokenSource cancellationToken = null)
        {
            var setAddOnFunction = new SetAddOnFunction();
                setAddOnFunction.Asset = asset;
                setAddOnFunction.AddOnBps = addOnBps;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setAddOnFunction, cancellationToken);
        }

        public Task<string> SetInsurancePoolRequestAsync(SetInsurancePoolFunction setInsurancePoolFunction)
        {
             return ContractHandler.SendRequestAsync(setInsurancePoolFunction);
        }

        public Task<TransactionReceipt> SetInsurancePoolRequestAndWaitForReceiptAsync(SetInsurancePoolFunction setInsurancePoolFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setInsurancePoolFunction, cancellationToken);
        }

        public Task<string> SetInsurancePoolRequestAsync(string pool)
        {
            var setInsurancePoolFunction = new SetInsurancePoolFunction();
                setInsurancePoolFunction.Pool = pool;
            
             return ContractHandler.SendRequestAsync(setInsurancePoolFunction);
        }

        public Task<TransactionReceipt> SetInsurancePoolRequestAndWaitForReceiptAsync(string pool, CancellationTokenSource cancellationToken = null)
        {
            var setInsurancePoolFunction = new SetInsurancePoolFunction();
                setInsurancePoolFunction.Pool = pool;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setInsurancePoolFunction, cancellationToken);
        }

        public Task<string> SetMarketParamsRequestAsync(SetMarketParamsFunction setMarketParamsFunction)
        {
             return ContractHandler.SendRequestAsync(setMarketParamsFunction);
        }

        public Task<TransactionReceipt> SetMarketParamsRequestAndWaitForReceiptAsync(SetMarketParamsFunction setMarketParamsFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMarketParamsFunction, cancellationToken);
        }

        public Task<string> SetMarketParamsRequestAsync(MarketParams @params)
        {
            var setMarketParamsFunction = new SetMarketParamsFunction();
                setMarketParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAsync(setMarketParamsFunction);
        }

        public Task<TransactionReceipt> SetMarketParamsRequestAndWaitForReceiptAsync(MarketParams @params, CancellationTokenSource cancellationToken = null)
        {
            var setMarketParamsFunction = new SetMarketParamsFunction();
                setMarketParamsFunction.Params = @params;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setMarketParamsFunction, cancellationToken);
        }

        public Task<string> SetOperatorRequestAsync(SetOperatorFunction setOperatorFunction)
        {
             return ContractHandler.SendRequestAsync(setOperatorFunction);
        }

        public Task<TransactionReceipt> SetOperatorRequestAndWaitForReceiptAsync(SetOperatorFunction setOperatorFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setOperatorFunction, cancellationToken);
        }

        public Task<string> SetOperatorRequestAsync(string @operator, bool approved)
        {
            var setOperatorFunction = new SetOperatorFunction();
                setOperatorFunction.Operator = @operator;
                setOperatorFunction.Approved = approved;
            
             return ContractHandler.SendRequestAsync(setOperatorFunction);
        }

        public Task<TransactionReceipt> SetOperatorRequestAndWaitForReceiptAsync(string @operator, bool approved, CancellationTokenSource cancellationToken = null)
        {
            var setOperatorFunction = new SetOperatorFunction();
                setOperatorFunction.Operator = @operator;
                setOperatorFunction.Approved = approved;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setOperatorFunction, cancellationToken);
        }

        public Task<string> SetRateModelRequestAsync(SetRateModelFunction setRateModelFunction)
        {
             return ContractHandler.SendRequestAsync(setRateModelFunction);
        }

        public Task<TransactionReceipt> SetRateModelRequestAndWaitForReceiptAsync(SetRateModelFunction setRateModelFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRateModelFunction, cancellationToken);
        }

        public Task<string> SetRateModelRequestAsync(string newModel)
        {
            var setRateModelFunction = new SetRateModelFunction();
                setRateModelFunction.NewModel = newModel;
            
             return ContractHandler.SendRequestAsync(setRateModelFunction);
        }

        public Task<TransactionReceipt> SetRateModelRequestAndWaitForReceiptAsync(string newModel, CancellationTokenSource cancellationToken = null)
        {
            var setRateModelFunction = new SetRateModelFunction();
                setRateModelFunction.NewModel = newModel;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(setRateModelFunction, cancellationToken);
        }

        public Task<string> SupplyRequestAsync(SupplyFunction supplyFunction)
        {
             return ContractHandler.SendRequestAsync(supplyFunction);
        }

        public Task<TransactionReceipt> SupplyRequestAndWaitForReceiptAsync(SupplyFunction supplyFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(supplyFunction, cancellationToken);
        }

        public Task<string> SupplyRequestAsync(BigInteger amount, string onBehalf)
        {
            var supplyFunction = new SupplyFunction();
                supplyFunction.Amount = amount;
                supplyFunction.OnBehalf = onBehalf;
            
             return ContractHandler.SendRequestAsync(supplyFunction);
        }

        public Task<TransactionReceipt> SupplyRequestAndWaitForReceiptAsync(BigInteger amount, string onBehalf, CancellationTokenSource cancellationToken = null)
        {
            var supplyFunction = new SupplyFunction();
                supplyFunction.Amount = amount;
                supplyFunction.OnBehalf = onBehalf;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(supplyFunction, cancellationToken);
        }

        public Task<BigInteger> SupplyBalanceOfQueryAsync(SupplyBalanceOfFunction supplyBalanceOfFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupplyBalanceOfFunction, BigInteger>(supplyBalanceOfFunction, blockParameter);
        }

        
        public Task<BigInteger> SupplyBalanceOfQueryAsync(string lender, BlockParameter blockParameter = null)
        {
            var supplyBalanceOfFunction = new SupplyBalanceOfFunction();
                supplyBalanceOfFunction.Lender = lender;
            
            return ContractHandler.QueryAsync<SupplyBalanceOfFunction, BigInteger>(supplyBalanceOfFunction, blockParameter);
        }

        public Task<BigInteger> SupplyIndexQueryAsync(SupplyIndexFunction supplyIndexFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupplyIndexFunction, BigInteger>(supplyIndexFunction, blockParameter);
        }

        
        public Task<BigInteger> SupplyIndexQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupplyIndexFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> SupplyPrincipalQueryAsync(SupplyPrincipalFunction supplyPrincipalFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<SupplyPrincipalFunction, BigInteger>(supplyPrincipalFunction, blockParameter);
        }

        
        public Task<BigInteger> SupplyPrincipalQueryAsync(string lender, BlockParameter blockParameter = null)
        {
            var supplyPrincipalFunction = new SupplyPrincipalFunction();
                supplyPrincipalFunction.Lender = lender;
            
            return ContractHandler.QueryAsync<SupplyPrincipalFunction, BigInteger>(supplyPrincipalFunction, blockParameter);
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

        public Task<string> SweepReservesRequestAsync(SweepReservesFunction sweepReservesFunction)
        {
             return ContractHandler.SendRequestAsync(sweepReservesFunction);
        }

        public Task<string> SweepReservesRequestAsync()
        {
             return ContractHandler.SendRequestAsync<SweepReservesFunction>();
        }

        public Task<TransactionReceipt> SweepReservesRequestAndWaitForReceiptAsync(SweepReservesFunction sweepReservesFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(sweepReservesFunction, cancellationToken);
        }

        public Task<TransactionReceipt> SweepReservesRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<SweepReservesFunction>(null, cancellationToken);
        }

        public Task<BigInteger> TotalBorrowAssetsQueryAsync(TotalBorrowAssetsFunction totalBorrowAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalBorrowAssetsFunction, BigInteger>(totalBorrowAssetsFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalBorrowAssetsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalBorrowAssetsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalBorrowPrincipalQueryAsync(TotalBorrowPrincipalFunction totalBorrowPrincipalFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalBorrowPrincipalFunction, BigInteger>(totalBorrowPrincipalFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalBorrowPrincipalQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalBorrowPrincipalFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalSupplyAssetsQueryAsync(TotalSupplyAssetsFunction totalSupplyAssetsFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyAssetsFunction, BigInteger>(totalSupplyAssetsFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalSupplyAssetsQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyAssetsFunction, BigInteger>(null, blockParameter);
        }

        public Task<BigInteger> TotalSupplyPrincipalQueryAsync(TotalSupplyPrincipalFunction totalSupplyPrincipalFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyPrincipalFunction, BigInteger>(totalSupplyPrincipalFunction, blockParameter);
        }

        
        public Task<BigInteger> TotalSupplyPrincipalQueryAsync(BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<TotalSupplyPrincipalFunction, BigInteger>(null, blockParameter);
        }

        public Task<string> UnpauseRequestAsync(UnpauseFunction unpauseFunction)
        {
             return ContractHandler.SendRequestAsync(unpauseFunction);
        }

        public Task<string> UnpauseRequestAsync()
        {
             return ContractHandler.SendRequestAsync<UnpauseFunction>();
        }

        public Task<TransactionReceipt> UnpauseRequestAndWaitForReceiptAsync(UnpauseFunction unpauseFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(unpauseFunction, cancellationToken);
        }

        public Task<TransactionReceipt> UnpauseRequestAndWaitForReceiptAsync(CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync<UnpauseFunction>(null, cancellationToken);
        }

        public Task<string> UpdateCollateralRequestAsync(UpdateCollateralFunction updateCollateralFunction)
        {
             return ContractHandler.SendRequestAsync(updateCollateralFunction);
        }

        public Task<TransactionReceipt> UpdateCollateralRequestAndWaitForReceiptAsync(UpdateCollateralFunction updateCollateralFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateCollateralFunction, cancellationToken);
        }

        public Task<string> UpdateCollateralRequestAsync(string asset, CollateralConfig cfg)
        {
            var updateCollateralFunction = new UpdateCollateralFunction();
                updateCollateralFunction.Asset = asset;
                updateCollateralFunction.Cfg = cfg;
            
             return ContractHandler.SendRequestAsync(updateCollateralFunction);
        }

        public Task<TransactionReceipt> UpdateCollateralRequestAndWaitForReceiptAsync(string asset, CollateralConfig cfg, CancellationTokenSource cancellationToken = null)
        {
            var updateCollateralFunction = new UpdateCollateralFunction();
                updateCollateralFunction.Asset = asset;
                updateCollateralFunction.Cfg = cfg;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(updateCollateralFunction, cancellationToken);
        }

        public Task<BigInteger> UtilizationQueryAsync(UtilizationFunction utilizationFunction, BlockParameter blockParameter = null)
        {
            return ContractHandler.QueryAsync<UtilizationFunction, BigInteger>(utilizationFunction, blockParameter);
        }

        
        public Task<BigInteger> UtilizationQueryAsync(string owner, BigInteger subId, BlockParameter blockParameter = null)
        {
            var utilizationFunction = new UtilizationFunction();
                utilizationFunction.Owner = owner;
                utilizationFunction.SubId = subId;
            
            return ContractHandler.QueryAsync<UtilizationFunction, BigInteger>(utilizationFunction, blockParameter);
        }

        public Task<string> WithdrawRequestAsync(WithdrawFunction withdrawFunction)
        {
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(WithdrawFunction withdrawFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<string> WithdrawRequestAsync(BigInteger amount, string receiver)
        {
            var withdrawFunction = new WithdrawFunction();
                withdrawFunction.Amount = amount;
                withdrawFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(withdrawFunction);
        }

        public Task<TransactionReceipt> WithdrawRequestAndWaitForReceiptAsync(BigInteger amount, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var withdrawFunction = new WithdrawFunction();
                withdrawFunction.Amount = amount;
                withdrawFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawFunction, cancellationToken);
        }

        public Task<string> WithdrawCollateralRequestAsync(WithdrawCollateralFunction withdrawCollateralFunction)
        {
             return ContractHandler.SendRequestAsync(withdrawCollateralFunction);
        }

        public Task<TransactionReceipt> WithdrawCollateralRequestAndWaitForReceiptAsync(WithdrawCollateralFunction withdrawCollateralFunction, CancellationTokenSource cancellationToken = null)
        {
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawCollateralFunction, cancellationToken);
        }

        public Task<string> WithdrawCollateralRequestAsync(string owner, BigInteger subId, string asset, BigInteger amount, string receiver)
        {
            var withdrawCollateralFunction = new WithdrawCollateralFunction();
                withdrawCollateralFunction.Owner = owner;
                withdrawCollateralFunction.SubId = subId;
                withdrawCollateralFunction.Asset = asset;
                withdrawCollateralFunction.Amount = amount;
                withdrawCollateralFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAsync(withdrawCollateralFunction);
        }

        public Task<TransactionReceipt> WithdrawCollateralRequestAndWaitForReceiptAsync(string owner, BigInteger subId, string asset, BigInteger amount, string receiver, CancellationTokenSource cancellationToken = null)
        {
            var withdrawCollateralFunction = new WithdrawCollateralFunction();
                withdrawCollateralFunction.Owner = owner;
                withdrawCollateralFunction.SubId = subId;
                withdrawCollateralFunction.Asset = asset;
                withdrawCollateralFunction.Amount = amount;
                withdrawCollateralFunction.Receiver = receiver;
            
             return ContractHandler.SendRequestAndWaitForReceiptAsync(withdrawCollateralFunction, cancellationToken);
        }

        public override List<Type> GetAllFunctionTypes()
        {
            return new List<Type>
            {
                typeof(DefaultAdminRoleFunction),
                typeof(GuardianRoleFunction),
                typeof(MaxAddOnDelayFunction),
                typeof(MaxAddOnLimitBpsFunction),
                typeof(MaxCollateralAssetsFunction),
                typeof(MaxDecimalsFunction),
                typeof(MaxDustWholeTokensFunction),
                typeof(MaxLiquidationBonusBpsFunction),
                typeof(MaxLiquidationThresholdBpsFunction),
                typeof(MaxPausePeriodFunction),
                typeof(MaxProtocolShareBpsFunction),
                typeof(MaxRatePerSecondFunction),
                typeof(MaxReserveFactorBpsFunction),
                typeof(MinCloseFactorBpsFunction),
                typeof(MinDeepHealthThresholdFunction),
                typeof(MinPauseCooldownFunction),
                typeof(MinSupplyIndexFunction),
                typeof(RiskOracleRoleFunction),
                typeof(AccountStateFunction),
                typeof(AccrueInterestFunction),
                typeof(AccruedReservesFunction),
                typeof(AddOnStateFunction),
                typeof(ApplyCollateralUpdateFunction),
                typeof(BaseAssetFunction),
                typeof(BaseDecimalsFunction),
                typeof(BorrowFunction),
                typeof(BorrowIndexFunction),
                typeof(CashFunction),
                typeof(CollateralAssetsFunction),
                typeof(CollateralConfigFunction),
                typeof(CollateralOfFunction),
                typeof(CurrentIndicesFunction),
                typeof(DebtOfFunction),
                typeof(DepositCollateralFunction),
                typeof(EffectiveAddOnFunction),
                typeof(GetRoleAdminFunction),
                typeof(GrantRoleFunction),
                typeof(HasRoleFunction),
                typeof(HealthFunction),
                typeof(HealthBatchFunction),
                typeof(InsurancePoolFunction),
                typeof(IsAuthorizedFunction),
                typeof(IsOperatorFunction),
                typeof(LastAccrualFunction),
                typeof(LiquidateFunction),
                typeof(ListCollateralFunction),
                typeof(MarketParamsFunction),
                typeof(OracleFunction),
                typeof(PauseFunction),
                typeof(PausedUntilFunction),
                typeof(PendingCollateralUpdateFunction),
                typeof(PerpFunction),
                typeof(PerpViewFunction),
                typeof(PositionFunction),
                typeof(RateModelFunction),
                typeof(RenounceRoleFunction),
                typeof(RepayFunction),
                typeof(ReservesFunction),
                typeof(RevokeRoleFunction),
                typeof(SetAddOnFunction),
                typeof(SetInsurancePoolFunction),
                typeof(SetMarketParamsFunction),
                typeof(SetOperatorFunction),
                typeof(SetRateModelFunction),
                typeof(SupplyFunction),
                typeof(SupplyBalanceOfFunction),
                typeof(SupplyIndexFunction),
                typeof(SupplyPrincipalFunction),
                typeof(SupportsInterfaceFunction),
                typeof(SweepReservesFunction),
                typeof(TotalBorrowAssetsFunction),
                typeof(TotalBorrowPrincipalFunction),
                typeof(TotalSupplyAssetsFunction),
                typeof(TotalSupplyPrincipalFunction),
                typeof(UnpauseFunction),
                typeof(UpdateCollateralFunction),
                typeof(UtilizationFunction),
                typeof(WithdrawFunction),
                typeof(WithdrawCollateralFunction)
            };
        }

        public override List<Type> GetAllEventTypes()
        {
            return new List<Type>
            {
                typeof(BorrowEventDTO),
                typeof(DepositCollateralEventDTO),
                typeof(InterestAccruedEventDTO),
                typeof(OperatorSetEventDTO),
                typeof(RateModelUpdatedEventDTO),
                typeof(RepayEventDTO),
                typeof(RoleAdminChangedEventDTO),
                typeof(RoleGrantedEventDTO),
                typeof(RoleRevokedEventDTO),
                typeof(SupplyEventDTO),
                typeof(WithdrawEventDTO),
                typeof(WithdrawCollateralEventDTO),
                typeof(AddOnUpdatedEventDTO),
                typeof(CollateralListedEventDTO),
                typeof(CollateralUpdateScheduledEventDTO),
                typeof(CollateralUpdatedEventDTO),
                typeof(InsurancePoolSetEventDTO),
                typeof(MarginCallEventDTO),
                typeof(MarketParamsUpdatedEventDTO),
                typeof(PausedEventDTO),
                typeof(UnpausedEventDTO),
                typeof(BadDebtRealizedEventDTO),
                typeof(LiquidateEventDTO),
                typeof(PerpDeficitEventDTO),
                typeof(ReservesSweptEventDTO),
                typeof(DeleveragedEventDTO),
                typeof(FundingAccruedEventDTO),
                typeof(PositionLiquidatedEventDTO),
                typeof(MarginLevelSetEventDTO),
                typeof(MarginTransferredEventDTO),
                typeof(PerpMarketListedEventDTO),
                typeof(PerpMarketStatusSetEventDTO),
                typeof(PerpMarketUpdatedEventDTO),
                typeof(PerpParamsSetEventDTO),
                typeof(PositionModifiedEventDTO)
            };
        }

        public override List<Type> GetAllErrorTypes()
        {
            return new List<Type>
            {
                typeof(AccessControlBadConfirmationError),
                typeof(AccessControlUnauthorizedAccountError),
                typeof(AssetNotListedError),
                typeof(CrossNotAllowedError),
                typeof(InsufficientBalanceError),
                typeof(InsufficientCollateralError),
                typeof(InsufficientLiquidityError),
                typeof(InsufficientMarginError),
                typeof(InvalidDecimalsError),
                typeof(InvalidTiersError),
                typeof(IsolatedAssetMismatchError),
                typeof(IsolatedInstrumentMismatchError),
                typeof(MarketPausedError),
                typeof(PriceFrozenError),
                typeof(PriceUnavailableError),
                typeof(ReentrancyGuardReentrantCallError),
                typeof(SafeCastOverflowedUintDowncastError),
                typeof(SafeERC20FailedOperationError),
                typeof(SupplyCapExceededError),
                typeof(UnauthorizedError),
                typeof(UnsupportedTokenError),
                typeof(ZeroAddressError),
                typeof(ZeroAmountError),
                typeof(AddOnStepTooLargeError),
                typeof(AddOnTooHighError),
                typeof(AddOnTooSoonError),
                typeof(AlreadySetError),
                typeof(AssetAlreadyListedError),
                typeof(CollateralUpdateNotDueError),
                typeof(InvalidLiquidationBonusError),
                typeof(InvalidMarginFactorsError),
                typeof(InvalidSupplyCapError),
                typeof(LiquidationMarginTooThinError),
                typeof(NotPausedError),
                typeof(ParameterOutOfBoundsError),
                typeof(PauseCooldownActiveError),
                typeof(TooManyCollateralAssetsError),
                typeof(HealthyAccountError),
                typeof(NothingToLiquidateError),
                typeof(SafeCastOverflowedIntDowncastError),
                typeof(SequencerDownError),
                typeof(AdlRankingViolatedError),
                typeof(ArrayLengthMismatchError),
                typeof(InvalidPositionChangeError),
                typeof(NoDeficitError),
                typeof(OpenInterestCapExceededError),
                typeof(PerpMarketNotListedError),
                typeof(UnknownPerpCallError),
                typeof(InsufficientPerpMarginError),
                typeof(MarketDelistedError),
                typeof(MarketReduceOnlyError),
                typeof(SlippageExceededError),
                typeof(TooManyPerpMarketsError)
            };
        }
    }
}
