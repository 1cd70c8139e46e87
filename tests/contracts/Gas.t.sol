// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./utils/BaseTest.sol";
import {PerpBaseTest} from "./utils/PerpBaseTest.sol";
import {IPerpMarkets} from "../../contracts/interfaces/IPerpMarkets.sol";
import {MarginVault} from "../../contracts/MarginVault.sol";
import {IOracleRouter} from "../../contracts/interfaces/IOracleRouter.sol";
import {IRateModel} from "../../contracts/interfaces/IRateModel.sol";
import {MockERC20} from "../../contracts/mocks/MockERC20.sol";
import {MockAggregator} from "../../contracts/mocks/MockAggregator.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @notice Morpho Blue's OracleMock shape (one storage read per price, no guards), for the like-for-like row.
contract FixedPriceOracle is IOracleRouter {
    mapping(address => uint256) public price;

    function setPrice(address asset, uint256 priceWad) external {
        price[asset] = priceWad;
    }

    function getPrice(address asset) external view returns (uint256) {
        return price[asset];
    }

    function getLiquidationPrice(address asset) external view returns (uint256) {
        return price[asset];
    }

    function frozenUntil(address) external pure returns (uint256) {
        return 0;
    }

    function getPriceAndFrozen(address asset) external view returns (uint256, uint256) {
        return (price[asset], 0);
    }

    function sequencerUntil() external pure returns (uint256) {
        return 0;
    }
}

/// @notice One test per operation on a warm market (like Morpho Blue's measurement, docs in
/// /work/shared/anchors/gas.md): a supplier of 1M, a borrower of 5,000 against 20,000 of WETH, one second
/// elapsed so interest accrues; each call is made by a second user. `scripts/bench-gas` snapshots these.
contract GasTest is BaseTest {
    address internal carol = address(0xCA);
    address internal dave = address(0xDA);
    address internal erin = address(0xE1);
    address internal frank = address(0xF0);
    /// @dev A liquidator holding no WETH: Morpho Blue's liquidate anchor (124,497) is measured with such a one
    /// (docs/gas.md, "The anchors, measured"), so the compared liquidation rows use it.
    address internal newLiquidator = address(0x1F1);
    /// @dev Collateral and no debt, no USDC: the first borrow of Morpho Blue's anchor (100,747) pays its receiver's
    /// zero-to-non-zero balance, and so does test_gas_borrow.
    address internal grace = address(0x6A);
    MockERC20 internal link;
    MockAggregator internal linkFeed;
    address[] internal batchOwners;
    uint256[] internal batchSubIds;

    function setUp() public override {
        super.setUp();
        vm.startPrank(dave);
        weth.approve(address(vault), type(uint256).max);
        alt.approve(address(vault), type(uint256).max);
        vm.stopPrank();
        _supply(lender, 1_000_000 * USDC);
        _deposit(alice, 0, weth, 10 ether);
        _borrow(alice, 0, 5_000 * USDC);
        // second users with open positions
        _deposit(bob, 0, weth, 10 ether);
        _borrow(bob, 0, 5_000 * USDC);
        usdc.mint(bob, 1_000 * USDC); // repay funds (bob already holds base tokens)
        vm.prank(grace);
        weth.approve(address(vault), type(uint256).max);
        _deposit(grace, 0, weth, 10 ether); // first borrow in test_gas_borrow
        _deposit(dave, 0, weth, 10 ether);
        _borrow(dave, 0, 15_000 * USDC); // at the initial-margin limit: liquidatable after a 10% drop
        _deposit(dave, 1, alt, 10_000 ether);
        _borrow(dave, 1, 5_000 * USDC); // isolated: bad debt after a 50% drop
        vm.prank(erin);
        weth.approve(address(vault), type(uint256).max);
        _deposit(erin, 1, weth, 10 ether);
        _borrow(erin, 1, 15_000 * USDC); // isolated, one collateral: partial liquidation after a 10% drop
        // A fourth listed asset, cross-allowed, so that a cross account can hold three collaterals.
        link = new MockERC20("Chainlink", "LINK", 18);
        linkFeed = new MockAggregator(8, 20e8);
        vm.prank(admin);
        router.setFeed(address(link), _feed(linkFeed));
        vm.prank(admin);
        vault.listCollateral(address(link), wethConfig());
        vm.startPrank(frank);
        weth.approve(address(vault), type(uint256).max);
        wbtc.approve(address(vault), type(uint256).max);
        link.approve(address(vault), type(uint256).max);
        vm.stopPrank();
        _deposit(frank, 0, weth, 20 ether); // 40,000
        _deposit(frank, 0, wbtc, 0.1e8); // 6,000
        _deposit(frank, 0, link, 300 ether); // 6,000
        _borrow(frank, 0, 38_500 * USDC); // cross, 3 collaterals: health 0.99 after ETH −10% (partial)
        for (uint256 i; i < 10; ++i) {
            batchOwners.push(i % 2 == 0 ? bob : frank);
            batchSubIds.push(0);
        }
        usdc.mint(lender, 1 * USDC); // the receiver already holds tokens
        usdc.mint(carol, 1_000 * USDC);
        weth.mint(carol, 1 ether);
        vm.prank(carol);
        usdc.approve(address(vault), type(uint256).max);
        vm.prank(carol);
        weth.approve(address(vault), type(uint256).max);
        usdc.mint(liquidator, 100_000 * USDC);
        weth.mint(liquidator, 1); // the "held" rows: this liquidator already holds the collateral token
        alt.mint(liquidator, 1);
        usdc.mint(newLiquidator, 100_000 * USDC);
        vm.prank(newLiquidator);
        usdc.approve(address(vault), type(uint256).max);
        usdc.mint(address(pool), 10_000 * USDC);
        vm.warp(block.timestamp + 1);
        // Price moves for the two liquidation tests, outside the measured calls: ETH −10% (dave's cross
        // account at health 0.96; no other account becomes liquidatable), ALT −50% (dave's isolated account).
        ethFeed.setAnswer(1800e8);
        altFeed.setAnswer(0.5e8);
    }

    function test_gas_supply() public {
        vm.prank(carol);
        vault.supply(1_000 * USDC, carol);
    }

    function test_gas_depositCollateral() public {
        vm.prank(carol);
        vault.depositCollateral(carol, 0, address(weth), 1 ether);
    }

    /// @dev The compared row: a first borrow whose receiver holds no USDC, as in Morpho Blue's anchor.
    function test_gas_borrow() public {
        vm.prank(grace);
        vault.borrow(grace, 0, 1_000 * USDC, grace);
    }

    /// @dev A further borrow to a receiver that already holds USDC (Morpho Blue, first borrow to such a receiver:
    /// 83,647).
    function test_gas_borrowHeldReceiver() public {
        vm.prank(bob);
        vault.borrow(bob, 0, 1_000 * USDC, bob);
    }

    function test_gas_repay() public {
        vm.prank(bob);
        vault.repay(bob, 0, 1_000 * USDC);
    }

    function test_gas_withdraw() public {
        vm.prank(lender);
        vault.withdraw(1_000 * USDC, lender);
    }

    function test_gas_withdrawCollateral() public {
        vm.prank(bob);
        vault.withdrawCollateral(bob, 0, address(weth), 1 ether, bob);
    }

    /// @dev Same withdrawal to a receiver that already holds the token (the liquidator holds 1 wei of WETH). The
    /// compared row is test_gas_withdrawCollateral: Morpho Blue's anchor (98,103) pays the receiver's zero-to-non-zero
    /// balance too; Morpho Blue in this shape: 81,003 (docs/gas.md, "The anchors, measured").
    function test_gas_withdrawCollateralHeldReceiver() public {
        vm.prank(bob);
        vault.withdrawCollateral(bob, 0, address(weth), 1 ether, liquidator);
    }

    function test_gas_liquidate() public {
        vm.prank(liquidator);
        vault.liquidate(dave, 0, address(weth), type(uint256).max, "");
    }

    /// @dev The compared row: the liquidator's WETH balance goes from zero to non-zero, as in Morpho Blue's anchor.
    function test_gas_liquidateIsolated() public {
        vm.prank(newLiquidator);
        vault.liquidate(erin, 1, address(weth), type(uint256).max, "");
    }

    /// @dev Same liquidation by a liquidator that already holds WETH (Morpho Blue, same shape: 107,397).
    function test_gas_liquidateIsolatedHeldLiquidator() public {
        vm.prank(liquidator);
        vault.liquidate(erin, 1, address(weth), type(uint256).max, "");
    }

    /// @dev The same liquidation later in a block whose interest has accrued (a crash: many liquidations per block):
    /// it accrues nothing, so the accrual's slots it reads are cold (docs/gas.md, "Measured and not kept");
    /// scripts/bench-gas measures the second call.
    function test_gas_liquidateIsolatedLaterInBlock() public {
        vault.accrueInterest();
        vm.prank(newLiquidator);
        vault.liquidate(erin, 1, address(weth), type(uint256).max, "");
    }

    function test_gas_liquidateCross3() public {
        vm.prank(liquidator);
        vault.liquidate(frank, 0, address(weth), type(uint256).max, "");
    }

    /// @dev Ten cross accounts (five with one collateral, five with three); bench-gas divides by ten.
    function test_gas_healthBatch10() public view {
        vault.healthBatch(batchOwners, batchSubIds);
    }

    function test_gas_liquidateBadDebt() public {
        vm.prank(liquidator);
        vault.liquidate(dave, 1, address(alt), type(uint256).max, "");
    }
}

/// @notice The isolated partial liquidation of GasTest on a vault whose oracle is a Morpho-like mock (one
/// storage read per price): the like-for-like row against Morpho Blue's 124,497.
contract GasTestMockOracle is BaseTest {
    address internal erin = address(0xE1);
    address internal newLiquidator = address(0x1F1);
    FixedPriceOracle internal mockOracle;
    MarginVault internal mvault;

    function setUp() public override {
        super.setUp();
        mockOracle = new FixedPriceOracle();
        mockOracle.setPrice(address(weth), 2000e18);
        mvault = deployVault(
            IERC20Metadata(address(usdc)), IOracleRouter(address(mockOracle)), IRateModel(address(rateModel)), admin,
            defaultParams()
        );
        vm.startPrank(admin);
        mvault.listCollateral(address(weth), wethConfig());
        vm.stopPrank();
        usdc.mint(lender, 1_000_001 * USDC);
        vm.startPrank(lender);
        usdc.approve(address(mvault), type(uint256).max);
        mvault.supply(1_000_000 * USDC, lender);
        vm.stopPrank();
        weth.mint(erin, 10 ether);
        vm.startPrank(erin);
        weth.approve(address(mvault), type(uint256).max);
        mvault.depositCollateral(erin, 1, address(weth), 10 ether);
        mvault.borrow(erin, 1, 15_000 * USDC, erin);
        vm.stopPrank();
        usdc.mint(liquidator, 100_000 * USDC);
        weth.mint(liquidator, 1);
        vm.prank(liquidator);
        usdc.approve(address(mvault), type(uint256).max);
        usdc.mint(newLiquidator, 100_000 * USDC);
        vm.prank(newLiquidator);
        usdc.approve(address(mvault), type(uint256).max);
        vm.warp(block.timestamp + 1);
        mockOracle.setPrice(address(weth), 1800e18);
    }

    /// @dev Like for like with Morpho Blue's 124,497: mock oracle, a liquidator holding no WETH before.
    function test_gas_liquidateIsolatedMockOracle() public {
        vm.prank(newLiquidator);
        mvault.liquidate(erin, 1, address(weth), type(uint256).max, "");
    }

    /// @dev Same by a liquidator that already holds WETH (Morpho Blue, same shape: 107,397).
    function test_gas_liquidateIsolatedMockOracleHeldLiquidator() public {
        vm.prank(liquidator);
        mvault.liquidate(erin, 1, address(weth), type(uint256).max, "");
    }
}

/// @notice Perp operations on a warm market (docs/protocol.md §13): ETH-PERP with open interest on both sides,
/// one second elapsed so funding accrues; each measured call is the first vault call of its test.
contract PerpGasTest is PerpBaseTest {
    address internal dave = address(0xDA);

    function setUp() public override {
        super.setUp();
        vm.prank(dave);
        usdc.approve(address(vault), type(uint256).max);
        _cash(alice, 1, 100_000 * USDC);
        _trade(alice, 1, ETH, 10e18);
        _cash(bob, 1, 10_000 * USDC); // opens in the measured call
        _cash(carol, 1, 10_000 * USDC);
        _trade(carol, 1, ETH, -2e18); // increases, reduces, closes in the measured calls
        _cash(dave, 1, 1_000 * USDC);
        _trade(dave, 1, ETH, 4e18); // liquidatable below 1,895
        // Warm market as in GasTest (anchors/gas.md): a working liquidator already holds the base token and the
        // insurance pool holds some, so the penalty's two transfers write no fresh balance slot.
        usdc.mint(liquidator, 1 * USDC);
        usdc.mint(address(pool), 10_000 * USDC);
        vm.warp(START + 1);
    }

    function test_gas_openPosition() public {
        vm.prank(bob);
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (bob, 1, ETH, int256(1e18), type(uint256).max)));
    }

    function test_gas_increasePosition() public {
        vm.prank(carol);
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (carol, 1, ETH, -int256(1e18), type(uint256).max)));
    }

    function test_gas_reducePosition() public {
        vm.prank(carol);
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (carol, 1, ETH, int256(1e18), type(uint256).max)));
    }

    function test_gas_closePosition() public {
        vm.prank(carol);
        vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (carol, 1, ETH, int256(2e18), type(uint256).max)));
    }

    function test_gas_liquidatePosition() public {
        _setPriceSettled(ethFeed, 1_790e8);
        vm.prank(liquidator);
        vault.perp(abi.encodeCall(IPerpMarkets.liquidatePosition, (dave, 1, ETH, type(uint256).max)));
    }

    function test_gas_perpHealthBatch10() public view {
        address[] memory owners = new address[](10);
        uint256[] memory subIds = new uint256[](10);
        for (uint256 i; i < 10; ++i) {
            owners[i] = i % 2 == 0 ? alice : dave;
            subIds[i] = 1;
        }
        vault.perpView(abi.encodeCall(IPerpMarkets.perpHealthBatch, (owners, subIds)));
    }
}

/// @notice Auto-deleveraging after a bankruptcy the insurance pool cannot cover (no insurance deposits).
contract PerpAdlGasTest is PerpBaseTest {
    function setUp() public override {
        super.setUp();
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 4e18);
        _cash(bob, 1, 1_000 * USDC);
        _trade(bob, 1, ETH, -2e18);
        _cash(carol, 1, 500 * USDC);
        _trade(carol, 1, ETH, -2e18);
        _setPriceSettled(ethFeed, 1_700e8);
        _liquidate(alice, 1, ETH, type(uint256).max);
        vm.warp(START + 1);
    }

    /// @dev Carol (the most leveraged winner) is deleveraged; the list names bob, the one other short.
    function test_gas_deleverage() public {
        address[] memory owners = new address[](1);
        uint256[] memory subIds = new uint256[](1);
        owners[0] = bob;
        subIds[0] = 1;
        vault.perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, carol, 1, owners, subIds)));
    }
}
