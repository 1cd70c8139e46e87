using System.Globalization;
using System.Numerics;

namespace MarginInsurance.Sdk.Errors;

/// <summary>
/// Readable messages for the protocol's custom errors, from their decoded arguments: assets by symbol and amounts
/// in token units when the <see cref="ErrorContext"/> knows the deployment.
/// </summary>
internal static class ErrorMessages
{
    public static string Describe(string name, IReadOnlyDictionary<string, object?> a, ErrorContext context)
    {
        string Base(string key) => context.Base(a.GetValueOrDefault(key));
        string SignedBase(string key) => context.SignedBase(a.GetValueOrDefault(key));
        string Market(string key) => context.Market(a.GetValueOrDefault(key));
        string Asset(string key) => context.Name(a.GetValueOrDefault(key));
        string Of(string amountKey, string assetKey = "asset") => context.Amount(a.GetValueOrDefault(amountKey), a.GetValueOrDefault(assetKey));
        string Arg(string key) => a.TryGetValue(key, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) ?? "?" : "?";
        string When(string key) => a.TryGetValue(key, out var v) && v is BigInteger t && t > 0 && t < long.MaxValue
            ? $"{DateTimeOffset.FromUnixTimeSeconds((long)t):u}" : Arg(key);

        return name switch
        {
            "InsufficientMargin" => $"the operation would leave margin health {Ratio(a["borrowCapacity"], a["debt"])} below the initial requirement of 1.00 "
                                    + $"(debt {Base("debt")} would exceed borrow capacity {Base("borrowCapacity")}); add collateral or borrow less",
            "HealthyAccount" => $"the account is not liquidatable: its margin health is {ProtocolErrors.Wad(a["health"])} (must be below 1.0000)",
            "NothingToLiquidate" => "nothing to liquidate: the account has no debt or no balance of that collateral",
            "InsufficientCollateral" => $"not enough {Asset("asset")} collateral in the account: balance {Of("balance")}, requested {Of("requested")}",
            "InsufficientBalance" => $"not enough supplied balance: have {Base("balance")}, requested {Base("requested")}",
            "InsufficientLiquidity" => $"the market has only {Base("cash")} of cash, {Base("requested")} requested; wait for repayments or withdraw less",
            "SupplyCapExceeded" => $"the supply cap of {Asset("asset")} would be exceeded: total deposits would be {Of("newTotal")}, cap {Of("cap")}",
            "UnsupportedToken" => $"token {Asset("asset")} is not supported: fee-on-transfer or rebasing tokens are rejected (after the transfer the vault held less than its booked deposits of the token)",
            "CrossNotAllowed" => $"{Asset("asset")} is isolated-only: deposit it into an isolated sub-account (subId ≥ 1), not the cross account (subId 0)",
            "IsolatedAssetMismatch" => $"this isolated sub-account already holds {Asset("held")}; it cannot also hold {Asset("asset")} (use another subId)",
            "AssetNotListed" => $"asset {Asset("asset")} is not a listed collateral of this market",
            "AssetAlreadyListed" => $"asset {Asset("asset")} is already listed",
            "Unauthorized" => $"{Arg("caller")} may not act for {Arg("owner")}: the owner must approve it with setOperator",
            "MarketPaused" => $"the market is paused for new risk (borrow and withdrawals) until {When("until")}; repay and deposit still work",
            "PauseCooldownActive" => $"a new pause is possible only from {When("availableAt")}",
            "NotPaused" => "the market is not paused",
            "PriceFrozen" => $"the price of {Asset("asset")} moved beyond the circuit-breaker limit; borrows and withdrawals against it are frozen until {When("until")}",
            "StalePrice" => $"the price of {Asset("asset")} is stale (last update {When("updatedAt")}); no operation may use it until the feed updates",
            "InvalidPrice" => $"the feed of {Asset("asset")} returned a non-positive answer ({Arg("answer")})",
            "PriceOutOfBounds" => $"the price of {Asset("asset")} ({ProtocolErrors.Wad(a["priceWad"])}) is outside the feed's configured bounds",
            "FeedNotSet" => $"no price feed is configured for {Asset("asset")}",
            "AddOnTooHigh" => $"add-on {Arg("addOnBps")} bps exceeds the maximum {Arg("maxAddOnBps")} bps",
            "AddOnStepTooLarge" => $"add-on change of {Arg("stepBps")} bps exceeds the maximum step {Arg("maxStepBps")} bps per update",
            "AddOnTooSoon" => $"the add-on of this asset may next change at {When("nextAllowedAt")}",
            "ParameterOutOfBounds" => $"parameter value {Arg("value")} is outside its bounds [{Arg("min")}, {Arg("max")}]",
            "InvalidMarginFactors" => $"borrow factor {Arg("borrowFactorBps")} bps must be below the liquidation threshold {Arg("liquidationThresholdBps")} bps",
            "InvalidLiquidationBonus" => $"liquidation bonus {Arg("bonusBps")} bps is out of bounds",
            "LiquidationMarginTooThin" => $"liquidation threshold × (1 + bonus) = {ProtocolErrors.Wad(a["ltTimesBonusWad"])} must stay below the deep-health threshold {ProtocolErrors.Wad(a["deepHealthThresholdWad"])}",
            "InvalidDecimals" => $"token decimals {Arg("decimals")} are not supported (0..18)",
            "RequestExceedsBalance" => $"withdrawal request of {Arg("shares")} shares exceeds the balance of {Arg("balance")} shares",
            "WithdrawWindowClosed" => $"withdrawals from the insurance pool or the perp liquidity vault are possible only between {When("opensAt")} and {When("closesAt")}: request a withdrawal first and wait for the cooldown",
            "OnlyVault" => "only the margin vault may draw cover from the insurance pool",
            "ZeroAddress" => "an address argument is the zero address",
            "ZeroAmount" => "the amount must be greater than zero",
            "TooManyCollateralAssets" => "the market already lists the maximum number of collateral assets",
            "InvalidTiers" => "tier breaks must be ordered (B1 ≤ B2) and cuts non-decreasing (cut2 ≤ cut3 < factor)",
            "InvalidSupplyCap" => "the supply cap must be positive",
            "AlreadySet" => "this address is already set and cannot be changed",
            "ERC20InsufficientBalance" => $"{Arg("sender")} holds only {context.Transferred(a.GetValueOrDefault("balance"))}, the transfer needs {context.Transferred(a.GetValueOrDefault("needed"))}; fund the sender first",
            "ERC20InsufficientAllowance" => $"{Arg("spender")} may spend only {context.Transferred(a.GetValueOrDefault("allowance"))}, the transfer needs {context.Transferred(a.GetValueOrDefault("needed"))}; approve more first",
            "SafeERC20FailedOperation" => $"a transfer of {Asset("token")} failed (the token returned false or reverted without data)",
            "ArrayLengthMismatch" => "the owners and subIds arrays must have the same length",
            "PoolOracleDivergence" => $"the pool {Arg("pool")} price is {Bps(a["divergenceBps"])} away from the oracle, beyond the bound allowed: it may be manipulated or lagging; liquidate later or in inventory mode",
            "SwapProceedsTooLow" => $"selling the seized collateral in the pool would fetch {Base("proceeds")}, below the oracle-derived minimum {Base("minimum")}: the pool is too thin or pushed; nothing was traded",
            "ProceedsBelowOwed" => $"the sale of the seized collateral fetches {Base("proceeds")}, less than the {Base("owed")} the vault must be repaid",
            "UnexpectedCallback" => $"{Arg("caller")} may not call back here: only the vault (liquidation) or the pool of the swap under way",
            "InvalidBound" => $"a bound of {Bps(a["bps"])} is not a valid share (must be below 100 %)",
            "PoolPairMismatch" => $"pool {Arg("pool")} does not trade {Asset("collateral")} against the base asset",
            "CollateralOutTooLow" => $"the flash swap would buy {Arg("received")} raw units of collateral, below the minimum {Arg("minimum")} the slippage allows; raise the slippage or lower the leverage",
            "CollateralInTooHigh" => $"repaying the debt would sell {Arg("required")} raw units of collateral, above the maximum {Arg("maximum")} the slippage allows",
            "NoDebt" => "the account has no debt to repay",
            "CollateralUpdateNotDue" => a.GetValueOrDefault("effectiveAt") is BigInteger at && at.IsZero
                ? $"no risk-increasing update of {Asset("asset")} is pending"
                : $"the announced update of {Asset("asset")} applies only from {When("effectiveAt")} (accounts get the grace period to add margin)",
            "SequencerDown" => a.GetValueOrDefault("until") is BigInteger u && u == MarginInsurance.Core.WadMath.MaxUint256
                ? "the L2 sequencer is down: borrowing and liquidations wait until it is back and its grace period has passed"
                : $"the L2 sequencer restarted recently: borrowing and liquidations wait until {When("until")} so accounts can add margin",
            "PriceUnavailable" => $"the price of {Arg("asset")} could not be read (the oracle call ran out of gas); retry with a higher gas limit",
            "SafeCastOverflowedUintDowncast" => $"the value {Arg("value")} does not fit in {Arg("bits")} bits (e.g. an insurance withdrawal request above 2^128 shares); use a smaller amount",
            "InvalidPositionChange" => "the position change does not fit the position (a close of zero, of the wrong side or larger than the position)",
            "PerpMarketNotListed" => $"perp {Market("marketId")} is not listed; the deployment's perpMarkets name the listed ones",
            "TooManyPerpMarkets" => "the vault already lists the maximum of 16 perp markets",
            "MarketReduceOnly" => $"{Market("marketId")} is reduce-only (circuit breaker): positions may only be reduced or closed",
            "MarketDelisted" => $"{Market("marketId")} is delisted: positions may only be closed, at the settlement price",
            "OpenInterestCapExceeded" => $"{Market("marketId")}: open interest would reach {Arg("value")}, above its cap {Arg("cap")} (a side's size cap in WAD of the underlying, or the liquidity vault's net-exposure cap in base units); trade less or wait for liquidity",
            "InsufficientPerpMargin" => $"the change would leave equity {SignedBase("numerator")} below the initial requirement {Base("requirement")} (debt plus initial margin of the positions); deposit margin or trade less",
            "IsolatedInstrumentMismatch" => "an isolated account holds one instrument only (one collateral asset or one perp market); use another subaccount",
            "AdlRankingViolated" => $"auto-deleveraging must take the highest-ranked position: the target scores {Arg("score")}, another listed position {Arg("otherScore")}",
            "NoDeficit" => $"{Market("marketId")} has no uncovered deficit: auto-deleveraging is not allowed",
            "SlippageExceeded" => $"the trade fee {Base("fee")} exceeds the limit maxFee {Base("maxFee")} (the skew or the price moved since the quote); raise maxFee or trade less",
            "UnknownPerpCall" => $"the perp call selector {Arg("selector")} is not a function of IPerpMarkets for this entry point",
            _ => $"{name}({string.Join(", ", a.Select(kv => $"{kv.Key}={kv.Value}"))})",
        };
    }

    private static string Bps(object? value) =>
        value is BigInteger bps ? ((double)bps / 100).ToString("0.##", CultureInfo.InvariantCulture) + " %" : "?";

    private static string Ratio(object? numerator, object? denominator) =>
        numerator is BigInteger n && denominator is BigInteger d && !d.IsZero
            ? ((double)(n * 10_000 / d) / 10_000).ToString("0.00##", CultureInfo.InvariantCulture)
            : "?";
}
