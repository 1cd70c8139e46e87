// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {UniswapFixture} from "./utils/UniswapFixture.sol";
import {SwapLiquidator} from "../../contracts/periphery/SwapLiquidator.sol";
import {PoolPriceLib} from "../../contracts/periphery/PoolPriceLib.sol";
import {IMarginVault} from "../../contracts/interfaces/IMarginVault.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {MarginMath} from "../../contracts/libraries/MarginMath.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @notice SwapLiquidator against real Uniswap v3 (factory, pool and QuoterV2 from the npm artifacts): capital-free
/// liquidation, the pool/oracle divergence bound, the oracle-derived minimum out, and every function and error.
/// The position: alice, 10 WETH against 14,900 USDC (WETH LT 80 %, bonus 5 %, protocol share 10 %); the oracle and
/// the pool then move to 1,850, so health = 10 × 1,850 × 0.8 / 14,900 = 0.9933 (close factor 50 %):
/// repaid 7,450 USDC, seized value 7,450 × 1.05 = 7,822.5 USDC, fee 7,450 × 5 % × 10 % = 37.25 USDC.
contract SwapLiquidatorTest is UniswapFixture {
    uint256 internal constant PRICE = 1850e18;
    uint256 internal constant REPAID = 7_450 * USDC;
    uint256 internal constant FEE_OWED = 37_250_000; // 37.25 USDC
    uint256 internal constant SEIZE_VALUE = 7_822_500_000; // 7,822.5 USDC

    SwapLiquidator internal liq;
    address internal keeper = address(0x4EE9); // holds no USDC: liquidation needs no capital

    function setUp() public override {
        super.setUp();
        liq = new SwapLiquidator(IMarginVault(address(vault)), IERC20(address(usdc)));
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, 14_900 * USDC);
        ethFeed.setAnswer(1850e8);
        _movePool(wethPool, address(weth), PRICE); // the arbitrage step: pool follows the oracle
    }

    function _seized() internal pure returns (uint256) {
        return MarginMath.collateralAmountFor(SEIZE_VALUE, PRICE, 18, 6);
    }

    function _liquidate(uint256 maxDivergenceBps, uint256 maxSlippageBps)
        internal
        returns (uint256 repaid, uint256 seized, uint256 profit)
    {
        vm.prank(keeper);
        return liq.liquidate(alice, 0, address(weth), type(uint256).max, wethPool, maxDivergenceBps, maxSlippageBps);
    }

    /// @dev The calldata of `_liquidate` (for the tests that read the revert data).
    function _call(uint256 maxDivergenceBps, uint256 maxSlippageBps) internal view returns (bytes memory) {
        return abi.encodeCall(
            SwapLiquidator.liquidate,
            (alice, 0, address(weth), type(uint256).max, wethPool, maxDivergenceBps, maxSlippageBps)
        );
    }

    /// @dev |pool − oracle| / oracle in bps, rounded up, from slot0 and the feed (not from PoolPriceLib).
    function _gap() internal view returns (uint256 poolX96, uint256 oracleX96, uint256 gap) {
        poolX96 = _poolX96(wethPool, address(weth));
        oracleX96 = _oracleX96(PRICE, 18);
        uint256 diff = poolX96 > oracleX96 ? poolX96 - oracleX96 : oracleX96 - poolX96;
        gap = Math.mulDiv(diff, BPS, oracleX96, Math.Rounding.Ceil);
    }

    function _assertNothingMoved() internal view {
        assertEq(vault.debtOf(alice, 0), 14_900 * USDC, "debt untouched");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 10 ether, "collateral untouched");
        assertEq(usdc.balanceOf(keeper), 0, "keeper paid nothing, got nothing");
        assertEq(weth.balanceOf(address(liq)) + usdc.balanceOf(address(liq)), 0, "liquidator holds nothing");
    }

    function test_constructor_bindsVaultAndBase() public view {
        assertEq(address(liq.vault()), address(vault), "vault");
        assertEq(address(liq.base()), address(usdc), "base");
    }

    function test_liquidate_sellsTheSeizedCollateralInThePoolAndPaysTheCaller() public {
        uint256 seized = _seized();
        uint256 proceeds = _quoteIn(address(weth), address(usdc), seized); // QuoterV2 on the real pool
        // independent sanity: the oracle value less the 0.05 % fee, within 1 USDC of price impact
        assertApproxEq(proceeds, SEIZE_VALUE * 9995 / 10_000, 1 * USDC, "proceeds near oracle value less the fee");
        uint256 profit = proceeds - REPAID - FEE_OWED;
        vm.expectEmit(true, true, true, true, address(liq));
        emit SwapLiquidator.SwapLiquidation(
            keeper, alice, 0, address(weth), wethPool, REPAID, seized, REPAID + FEE_OWED + profit, profit
        );
        (uint256 repaid, uint256 gotSeized, uint256 gotProfit) = _liquidate(100, 300);
        assertEq(repaid, REPAID, "repaid: close factor 50 %");
        assertEq(gotSeized, seized, "seized: repaid x 1.05 at the oracle price");
        assertEq(gotProfit, profit, "profit = pool proceeds - repaid - fee");
        assertEq(usdc.balanceOf(keeper), profit, "profit sent to the caller");
        assertEq(vault.debtOf(alice, 0), 14_900 * USDC - REPAID, "debt repaid from the proceeds");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 10 ether - seized, "collateral seized");
        assertEq(weth.balanceOf(address(liq)) + usdc.balanceOf(address(liq)), 0, "nothing left in the liquidator");
    }

    function test_liquidate_poolPushedBelowTheOracle_revertsInsteadOfSelling() public {
        _movePool(wethPool, address(weth), PRICE * 97 / 100); // a sandwich: pool 3 % under the oracle
        (uint256 poolX96, uint256 oracleX96, uint256 gap) = _gap();
        assertApproxEq(gap, 300, 1, "pool 3 % away");
        vm.expectRevert(
            abi.encodeWithSelector(SwapLiquidator.PoolOracleDivergence.selector, wethPool, poolX96, oracleX96, gap)
        );
        _liquidate(200, 300);
        _assertNothingMoved();
    }

    function test_liquidate_poolPushedAboveTheOracle_reverts() public {
        _movePool(wethPool, address(weth), PRICE * 102 / 100);
        (uint256 poolX96, uint256 oracleX96, uint256 gap) = _gap();
        assertApproxEq(gap, 200, 1, "pool 2 % away");
        vm.expectRevert(
            abi.encodeWithSelector(SwapLiquidator.PoolOracleDivergence.selector, wethPool, poolX96, oracleX96, gap)
        );
        _liquidate(100, 300);
    }

    /// @dev Max slippage 3 bps is below the pool's 5 bps fee: the whole amount sells (impact ~0.4 bps, inside the
    /// price limit) but fetches less than the oracle value less 3 bps.
    function test_liquidate_minimumOutIsTheOracleValueLessTheSlippage() public {
        uint256 seized = _seized();
        uint256 proceeds = _quoteIn(address(weth), address(usdc), seized);
        // minimum = seized × 1,850 USDC × (1 − 3 bps), in raw units, rounded up
        uint256 minimum = Math.mulDiv(seized, 1850 * USDC * 9_997, WAD * BPS, Math.Rounding.Ceil);
        bytes memory ret = _revertData(keeper, address(liq), _call(100, 3));
        (uint256 gotProceeds, uint256 gotMinimum) = _twoArgs(ret, SwapLiquidator.SwapProceedsTooLow.selector);
        assertEq(gotProceeds, proceeds, "proceeds of the whole sale (QuoterV2)");
        assertApproxEq(gotMinimum, minimum, 1, "minimum from the oracle price");
        assertLt(gotProceeds, gotMinimum, "below the minimum");
        _assertNothingMoved();
    }

    /// @dev A sale too large for the slippage bound stops at the price limit: part of the collateral unsold reverts.
    function test_liquidate_saleStoppedAtThePriceLimitReverts() public {
        _deposit(bob, 0, weth, 100 ether);
        _borrow(bob, 0, 138_000 * USDC); // 100 × 1,850 × 0.75 = 138,750
        ethFeed.setAnswer(1700e8);
        _movePool(wethPool, address(weth), 1700e18);
        bytes memory ret = _revertData(
            keeper,
            address(liq),
            abi.encodeCall(SwapLiquidator.liquidate, (bob, 0, address(weth), type(uint256).max, wethPool, 100, 1))
        );
        (uint256 proceeds, uint256 minimum) = _twoArgs(ret, SwapLiquidator.SwapProceedsTooLow.selector);
        // bob: health 100 × 1,700 × 0.8 / 138,000 = 0.9855, repaid 69,000, seized value 72,450 USDC
        uint256 seized = MarginMath.collateralAmountFor(72_450 * USDC, 1700e18, 18, 6);
        assertApproxEq(minimum, Math.mulDiv(seized, 1700 * USDC * 9_999, WAD * BPS, Math.Rounding.Ceil), 1, "minimum");
        assertLt(proceeds, minimum, "partial sale fetched less");
        assertEq(vault.debtOf(bob, 0), 138_000 * USDC, "bob untouched");
    }

    /// @dev Pool 5 % under the oracle but within a 6 % divergence bound and a 7 % slippage bound: the sale fetches
    /// about 0.95 × 1.05 = 0.9975 of the repayment, below repaid + fee.
    function test_liquidate_proceedsBelowRepaidPlusFeeReverts() public {
        _movePool(wethPool, address(weth), PRICE * 95 / 100);
        uint256 proceeds = _quoteIn(address(weth), address(usdc), _seized());
        bytes memory ret = _revertData(keeper, address(liq), _call(600, 700));
        (uint256 gotProceeds, uint256 owed) = _twoArgs(ret, SwapLiquidator.ProceedsBelowOwed.selector);
        assertEq(gotProceeds, proceeds, "proceeds (QuoterV2)");
        assertEq(owed, REPAID + FEE_OWED, "owed = repaid + fee");
        _assertNothingMoved();
    }

    function test_liquidate_boundsAbove100PercentRevert() public {
        vm.expectRevert(abi.encodeWithSelector(SwapLiquidator.InvalidBound.selector, 10_001));
        _liquidate(10_001, 300);
        vm.expectRevert(abi.encodeWithSelector(SwapLiquidator.InvalidBound.selector, 10_000));
        _liquidate(100, 10_000);
        (,, uint256 profit) = _liquidate(10_000, 9_999); // the widest accepted bounds still trade
        assertGt(profit, 0, "accepted");
    }

    function test_liquidate_poolOfAnotherPairReverts() public {
        address btcPool = factory.createPool(address(wbtc), address(usdc), FEE);
        vm.expectRevert(
            abi.encodeWithSelector(PoolPriceLib.PoolPairMismatch.selector, btcPool, address(usdc), address(weth))
        );
        vm.prank(keeper);
        liq.liquidate(alice, 0, address(weth), type(uint256).max, btcPool, 100, 300);
    }

    function test_liquidate_healthyAccountRevertsWithTheVaultsError() public {
        ethFeed.setAnswer(1900e8);
        _movePool(wethPool, address(weth), 1900e18);
        // health = 10 × 1,900 × 0.8 / 14,900
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.HealthyAccount.selector, uint256(15_200e18) / 14_900));
        _liquidate(100, 300);
    }

    function test_onMarginLiquidation_onlyFromTheVaultDuringALiquidation() public {
        bytes memory data = abi.encode(SwapLiquidator.Swap(address(weth), wethPool, 300));
        vm.expectRevert(abi.encodeWithSelector(SwapLiquidator.UnexpectedCallback.selector, keeper));
        vm.prank(keeper);
        liq.onMarginLiquidation(1, 0, 1, data);
        vm.expectRevert(abi.encodeWithSelector(SwapLiquidator.UnexpectedCallback.selector, address(vault)));
        vm.prank(address(vault)); // the vault, but no liquidation under way
        liq.onMarginLiquidation(1, 0, 1, data);
    }

    function test_uniswapV3SwapCallback_onlyFromThePoolUnderWay() public {
        vm.expectRevert(abi.encodeWithSelector(SwapLiquidator.UnexpectedCallback.selector, wethPool));
        vm.prank(wethPool); // the right pool, outside a liquidation
        liq.uniswapV3SwapCallback(1, -1, abi.encode(address(weth)));
        vm.expectRevert(abi.encodeWithSelector(SwapLiquidator.UnexpectedCallback.selector, keeper));
        vm.prank(keeper);
        liq.uniswapV3SwapCallback(1, -1, abi.encode(address(weth)));
    }

    /// @dev The bound holds for any push of the pool up to ±12 % and any bound up to 10 %: beyond the bound the
    /// liquidation reverts with the measured gap; within it and with the pool at or above the oracle it settles at a
    /// profit with the vault repaid in full; a pool within the bound but under the oracle either settles at a profit
    /// or reverts, never settles at a loss.
    /// forge-config: default.fuzz.runs = 300
    function testFuzz_divergenceBound(uint256 moveBps, bool up, uint256 boundBps) public {
        moveBps = bound(moveBps, 0, 1_200);
        boundBps = bound(boundBps, 0, 1_000);
        _movePool(wethPool, address(weth), PRICE * (up ? BPS + moveBps : BPS - moveBps) / BPS);
        (uint256 poolX96, uint256 oracleX96, uint256 gap) = _gap();
        bytes memory call = abi.encodeCall(
            SwapLiquidator.liquidate, (alice, 0, address(weth), type(uint256).max, wethPool, boundBps, 500)
        );
        vm.prank(keeper);
        (bool ok, bytes memory ret) = address(liq).call(call);
        if (gap > boundBps) {
            assertFalse(ok, "beyond the bound must revert");
            assertTrue(
                keccak256(ret)
                    == keccak256(
                        abi.encodeWithSelector(
                            SwapLiquidator.PoolOracleDivergence.selector, wethPool, poolX96, oracleX96, gap
                        )
                    ),
                "PoolOracleDivergence with the measured gap"
            );
            _assertNothingMoved();
            return;
        }
        if (poolX96 >= oracleX96) assertTrue(ok, "pool at or above the oracle, within the bound: settles");
        if (!ok) {
            _assertNothingMoved();
            return;
        }
        (uint256 repaid,, uint256 profit) = abi.decode(ret, (uint256, uint256, uint256));
        assertEq(repaid, REPAID, "repaid");
        assertEq(vault.debtOf(alice, 0), 14_900 * USDC - REPAID, "vault repaid in full");
        assertEq(usdc.balanceOf(keeper), profit, "profit to the caller");
        assertEq(weth.balanceOf(address(liq)) + usdc.balanceOf(address(liq)), 0, "nothing left behind");
    }
}
