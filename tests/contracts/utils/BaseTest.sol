// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {ArtifactDeployer} from "./ArtifactDeployer.sol";
import {MarginVault} from "../../../contracts/MarginVault.sol";
import {InsurancePool} from "../../../contracts/InsurancePool.sol";
import {OracleRouter, FeedConfig} from "../../../contracts/OracleRouter.sol";
import {KinkedRateModel} from "../../../contracts/KinkedRateModel.sol";
import {CollateralConfig, MarketParams} from "../../../contracts/interfaces/IMarginVault.sol";
import {IOracleRouter} from "../../../contracts/interfaces/IOracleRouter.sol";
import {IRateModel} from "../../../contracts/interfaces/IRateModel.sol";
import {MockERC20} from "../../../contracts/mocks/MockERC20.sol";
import {MockAggregator} from "../../../contracts/mocks/MockAggregator.sol";
import {AggregatorV3Interface} from "@chainlink/contracts/src/v0.8/shared/interfaces/AggregatorV3Interface.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @notice Deployed market fixture: USDC (6) base, WETH (18, cross), WBTC (8, cross), ALT (18, isolated-only),
/// 8-decimal feeds, kinked rate model, insurance pool. Deploy a MarginVault with `deployVault`, never `new`
/// (tests/contracts/README.md: compile time).
abstract contract BaseTest is ArtifactDeployer {
    uint256 internal constant WAD = 1e18;
    uint256 internal constant BPS = 10_000;
    uint256 internal constant START = 1_700_000_000;
    uint256 internal constant USDC = 1e6;

    address internal admin = address(0xAD);
    address internal guardian = address(0x6A);
    address internal riskOracle = address(0x70);
    address internal lender = address(0x1E);
    address internal alice = address(0xA1);
    address internal bob = address(0xB0);
    address internal liquidator = address(0x11);

    MockERC20 internal usdc;
    MockERC20 internal weth;
    MockERC20 internal wbtc;
    MockERC20 internal alt;
    MockAggregator internal ethFeed;
    MockAggregator internal btcFeed;
    MockAggregator internal altFeed;
    OracleRouter internal router;
    KinkedRateModel internal rateModel;
    MarginVault internal vault;
    InsurancePool internal pool;

    function setUp() public virtual {
        vm.warp(START);
        usdc = new MockERC20("USD Coin", "USDC", 6);
        weth = new MockERC20("Wrapped Ether", "WETH", 18);
        wbtc = new MockERC20("Wrapped Bitcoin", "WBTC", 8);
        alt = new MockERC20("Altcoin", "ALT", 18);
        ethFeed = new MockAggregator(8, 2000e8);
        btcFeed = new MockAggregator(8, 60_000e8);
        altFeed = new MockAggregator(8, 1e8);

        router = OracleRouter(_deployArtifact("contracts/OracleRouter.sol:OracleRouter", abi.encode(admin)));
        vm.startPrank(admin);
        router.setFeed(address(weth), _feed(ethFeed));
        router.setFeed(address(wbtc), _feed(btcFeed));
        router.setFeed(address(alt), _feed(altFeed));
        vm.stopPrank();

        rateModel = new KinkedRateModel(0.02e18, 0.1e18, 1e18, 0.8e18);
        vault = deployVault(IERC20Metadata(address(usdc)), IOracleRouter(address(router)), IRateModel(address(rateModel)), admin, defaultParams());
        pool = deployInsurancePool(usdc, admin);

        vm.startPrank(admin);
        pool.setVault(address(vault));
        vault.setInsurancePool(address(pool));
        vault.grantRole(vault.GUARDIAN_ROLE(), guardian);
        vault.grantRole(vault.RISK_ORACLE_ROLE(), riskOracle);
        vault.listCollateral(address(weth), wethConfig());
        vault.listCollateral(address(wbtc), wbtcConfig());
        vault.listCollateral(address(alt), altConfig());
        vm.stopPrank();

        address[6] memory users = [lender, alice, bob, liquidator, admin, address(this)];
        for (uint256 i; i < users.length; ++i) {
            vm.startPrank(users[i]);
            usdc.approve(address(vault), type(uint256).max);
            weth.approve(address(vault), type(uint256).max);
            wbtc.approve(address(vault), type(uint256).max);
            alt.approve(address(vault), type(uint256).max);
            usdc.approve(address(pool), type(uint256).max);
            vm.stopPrank();
        }
    }

    /// @dev `new MarginVault(...)` without embedding the vault's creation code in the test contract: deployed from
    /// forge's artifact with its external libraries linked (ArtifactDeployer). Reverts as the constructor does.
    function deployVault(
        IERC20Metadata base,
        IOracleRouter oracle,
        IRateModel model,
        address vaultAdmin,
        MarketParams memory params
    ) internal returns (MarginVault) {
        return MarginVault(
            _deployLinked("contracts/MarginVault.sol", "MarginVault", abi.encode(base, oracle, model, vaultAdmin, params))
        );
    }

    /// @dev `new InsurancePool(asset, poolAdmin)` from forge's artifact (ArtifactDeployer).
    function deployInsurancePool(IERC20 asset, address poolAdmin) internal returns (InsurancePool) {
        return InsurancePool(_deployArtifact("contracts/InsurancePool.sol:InsurancePool", abi.encode(asset, poolAdmin)));
    }

    function defaultParams() internal pure returns (MarketParams memory) {
        return MarketParams({
            closeFactorBps: 5_000,
            deepHealthThresholdWad: 0.95e18,
            dustThreshold: uint128(10 * USDC),
            protocolShareBps: 1_000,
            reserveFactorBps: 1_000,
            maxAddOnBps: 3_000,
            maxAddOnStepBps: 500,
            addOnMinInterval: 1 hours,
            addOnGrace: 6 hours,
            maxPauseDuration: 1 days,
            pauseCooldown: 1 days
        });
    }

    function wethConfig() internal pure returns (CollateralConfig memory) {
        return CollateralConfig({
            decimals: 0,
            borrowFactorBps: 7_500,
            liquidationThresholdBps: 8_000,
            liquidationBonusBps: 500,
            crossAllowed: true,
            supplyCap: 1e30,
            tierBreak1: uint112(1_000_000 * USDC),
            tierBreak2: uint112(5_000_000 * USDC),
            tierCut2Bps: 500,
            tierCut3Bps: 1_500
        });
    }

    function wbtcConfig() internal pure returns (CollateralConfig memory) {
        return CollateralConfig({
            decimals: 0,
            borrowFactorBps: 7_000,
            liquidationThresholdBps: 7_800,
            liquidationBonusBps: 700,
            crossAllowed: true,
            supplyCap: 1e20,
            tierBreak1: uint112(2_000_000 * USDC),
            tierBreak2: uint112(10_000_000 * USDC),
            tierCut2Bps: 500,
            tierCut3Bps: 1_000
        });
    }

    function altConfig() internal pure returns (CollateralConfig memory) {
        return CollateralConfig({
            decimals: 0,
            borrowFactorBps: 5_000,
            liquidationThresholdBps: 6_000,
            liquidationBonusBps: 1_000,
            crossAllowed: false,
            supplyCap: 1e30,
            tierBreak1: uint112(100_000 * USDC),
            tierBreak2: uint112(500_000 * USDC),
            tierCut2Bps: 1_000,
            tierCut3Bps: 2_000
        });
    }

    function _feed(MockAggregator agg) internal pure returns (FeedConfig memory) {
        return FeedConfig({
            feed: AggregatorV3Interface(address(agg)),
            heartbeat: 1 hours,
            minPrice: 1e12, // 1e-6 base per token
            maxPrice: 1e30,
            maxDeviationBps: 1_000,
            coolOff: 1 hours
        });
    }

    /* HELPERS */

    function _supply(address who, uint256 amount) internal {
        usdc.mint(who, amount);
        vm.prank(who);
        vault.supply(amount, who);
    }

    function _deposit(address owner, uint256 subId, MockERC20 asset, uint256 amount) internal {
        asset.mint(owner, amount);
        vm.prank(owner);
        vault.depositCollateral(owner, subId, address(asset), amount);
    }

    function _borrow(address owner, uint256 subId, uint256 amount) internal {
        vm.prank(owner);
        vault.borrow(owner, subId, amount, owner);
    }

    /// @dev Moves a feed by publishing a new round and then waits out the circuit breaker's cool-off while
    /// keeping the round fresh (re-publishes the same answer).
    function _setPrice(MockAggregator agg, int256 answer) internal {
        agg.setAnswer(answer);
    }

    function _setPriceSettled(MockAggregator agg, int256 answer) internal {
        agg.setAnswer(answer);
        agg.setAnswer(answer); // second round equal: no deviation between consecutive rounds
    }

    /// @dev Lender supplies 1M; alice deposits 10 WETH (20k) and borrows `debt` in cross account 0.
    function _openEthPosition(uint256 debt) internal {
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, debt);
    }
}
