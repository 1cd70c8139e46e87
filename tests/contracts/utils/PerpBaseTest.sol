// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./BaseTest.sol";
import {PerpLiquidityVault} from "../../../contracts/PerpLiquidityVault.sol";
import {PerpMarketConfig} from "../../../contracts/interfaces/IMarginVault.sol";
import {IPerpMarkets} from "../../../contracts/interfaces/IPerpMarkets.sol";
import {PerpMarketState, PerpPosition} from "../../../contracts/libraries/VaultTypes.sol";
import {MockERC20} from "../../../contracts/mocks/MockERC20.sol";
import {MockAggregator} from "../../../contracts/mocks/MockAggregator.sol";

/// @notice BaseTest plus perps: a liquidity vault with 1,000,000 USDC from `lp`, and ETH-PERP (0), BTC-PERP (1),
/// LINK-PERP (2) priced by the router's WETH, WBTC and LINK feeds. Values chosen for the tests, not defaults.
abstract contract PerpBaseTest is BaseTest {
    uint256 internal constant ETH = 0;
    uint256 internal constant BTC = 1;
    uint256 internal constant LNK = 2;

    address internal lp = address(0x1F);
    address internal carol = address(0xC0);
    MockERC20 internal link;
    MockAggregator internal linkFeed;
    PerpLiquidityVault internal plv;

    function setUp() public virtual override {
        super.setUp();
        link = new MockERC20("Chainlink", "LINK", 18);
        linkFeed = new MockAggregator(8, 15e8);
        plv = PerpLiquidityVault(
            _deployArtifact("contracts/PerpLiquidityVault.sol:PerpLiquidityVault", abi.encode(usdc, admin))
        );
        vm.startPrank(admin);
        router.setFeed(address(link), _feed(linkFeed));
        plv.setVault(address(vault));
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpParams, (address(plv), 5_000)));
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (ETH, ethPerp())));
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (BTC, btcPerp())));
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (LNK, linkPerp())));
        vm.stopPrank();
        usdc.mint(lp, 1_000_000 * USDC);
        vm.startPrank(lp);
        usdc.approve(address(plv), type(uint256).max);
        plv.deposit(1_000_000 * USDC, lp);
        vm.stopPrank();
        vm.prank(carol);
        usdc.approve(address(vault), type(uint256).max);
    }

    /// @dev 10% / 5% (10x), 5 bps taker fee, skew scale 1,000,000 ETH, max funding 1e11/s, 80% PnL weight, 1% penalty.
    function ethPerp() internal view returns (PerpMarketConfig memory) {
        return PerpMarketConfig({
            asset: address(weth),
            imfBps: 1_000,
            mmfBps: 500,
            takerFeeBps: 5,
            pnlWeightBps: 8_000,
            liquidationPenaltyBps: 100,
            notionalBreak1: uint112(1_000_000 * USDC),
            notionalBreak2: uint112(5_000_000 * USDC),
            step2Bps: 500,
            step3Bps: 1_500,
            skewScale: 1_000_000e18,
            maxOiSize: 10_000e18,
            maxFundingRatePerSecond: 1e11
        });
    }

    function btcPerp() internal view returns (PerpMarketConfig memory c) {
        c = ethPerp();
        c.asset = address(wbtc);
        c.skewScale = 50_000e18;
        c.maxOiSize = 500e18;
    }

    function linkPerp() internal view returns (PerpMarketConfig memory c) {
        c = ethPerp();
        c.asset = address(link);
        c.imfBps = 2_000;
        c.mmfBps = 1_000;
        c.skewScale = 10_000_000e18;
        c.maxOiSize = 1_000_000e18;
    }

    /* HELPERS */

    function _cash(address who, uint256 subId, uint256 amount) internal {
        usdc.mint(who, amount);
        vm.prank(who);
        vault.perp(abi.encodeCall(IPerpMarkets.transferMargin, (who, subId, int256(amount), who)));
    }

    function _trade(address who, uint256 subId, uint256 m, int256 delta) internal returns (int256 newSize, uint256 fee) {
        vm.prank(who);
        bytes memory r =
            vault.perp(abi.encodeCall(IPerpMarkets.modifyPosition, (who, subId, m, delta, type(uint256).max)));
        return abi.decode(r, (int256, uint256));
    }

    function _position(address who, uint256 subId, uint256 m)
        internal
        view
        returns (PerpPosition memory p, int256 cash)
    {
        return abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpPosition, (who, subId, m))), (PerpPosition, int256)
        );
    }

    function _market(uint256 m) internal view returns (PerpMarketState memory st) {
        (, st) = abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpMarket, (m))), (PerpMarketConfig, PerpMarketState)
        );
    }

    /// @dev (numeratorL, numeratorC, debt, maintenance, initial, health, initialHealth).
    function _margin(address who, uint256 subId)
        internal
        view
        returns (int256, int256, uint256, uint256, uint256, uint256, uint256)
    {
        return abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpMargin, (who, subId))),
            (int256, int256, uint256, uint256, uint256, uint256, uint256)
        );
    }

    function _health(address who, uint256 subId) internal view returns (uint256 h) {
        (,,,,, h,) = _margin(who, subId);
    }

    function _liquidate(address who, uint256 subId, uint256 m, uint256 maxClose)
        internal
        returns (uint256 closed, uint256 penalty)
    {
        vm.prank(liquidator);
        bytes memory r = vault.perp(abi.encodeCall(IPerpMarkets.liquidatePosition, (who, subId, m, maxClose)));
        return abi.decode(r, (uint256, uint256));
    }

    function assertEqI(int256 a, int256 b, string memory m) internal pure {
        if (a != b) assertTrue(false, string.concat(m, ": ", _i(a), " != ", _i(b)));
    }

    function _i(int256 v) internal pure returns (string memory) {
        return v < 0 ? string.concat("-", _u(uint256(-v))) : _u(uint256(v));
    }
}
