// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {PerpBaseTest} from "./utils/PerpBaseTest.sol";
import {IPerpMarkets} from "../../contracts/interfaces/IPerpMarkets.sol";
import {PerpMarketConfig} from "../../contracts/interfaces/IMarginVault.sol";
import {PerpPosition} from "../../contracts/libraries/VaultTypes.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice The perps entry points and custom errors that Perp.t.sol does not reach (issue 18: every external
/// function and every custom error has a forge test), fuzzed liquidation and isolation properties (1,000 runs from
/// foundry.toml), and the full close of one of several cross positions (§13.7 penaltyCap). Expected values are
/// worked from docs/protocol.md §13 in the comments.
contract PerpErrorsTest is PerpBaseTest {
    /* HELPERS */

    function _expectError(address who, bytes memory data, bytes memory err, string memory m) internal {
        vm.prank(who);
        (bool ok, bytes memory ret) = address(vault).call(data);
        assertFalse(ok, string.concat(m, ": did not revert"));
        assertTrue(keccak256(ret) == keccak256(err), string.concat(m, ": wrong error"));
    }

    function _expectSelector(address who, bytes memory data, bytes4 sel, string memory m) internal {
        vm.prank(who);
        (bool ok, bytes memory ret) = address(vault).call(data);
        assertFalse(ok, string.concat(m, ": did not revert"));
        assertEq(uint256(uint32(bytes4(ret))), uint256(uint32(sel)), string.concat(m, ": wrong error"));
    }

    function _perp(bytes memory call) internal view returns (bytes memory) {
        return abi.encodeCall(vault.perp, (call));
    }

    /* CONFIGURATION */

    function test_setPerpParams_alreadySet_andBounds() public {
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpParams, (address(0xBEEF), 5_000))),
            abi.encodeWithSelector(ErrorsLib.AlreadySet.selector),
            "liquidity vault is set once"
        );
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpParams, (address(plv), 10_001))),
            abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 10_001, 0, 10_000),
            "net exposure cap above 100%"
        );
        _expectError(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.setPerpParams, (address(plv), 1_000))),
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, bytes32(0)),
            "ADMIN only"
        );
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpParams, (address(plv), 1_000)));
        (, , uint256 bps,,) = abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpGlobals, ())), (address, uint256, uint256, int256, uint256)
        );
        assertEq(bps, 1_000, "cap updated with the same vault");
    }

    function test_setPerpMarket_listingErrors() public {
        PerpMarketConfig memory c = ethPerp();
        c.asset = address(0);
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (3, c))),
            abi.encodeWithSelector(ErrorsLib.ZeroAddress.selector),
            "no asset"
        );
        c.asset = address(0xDEAD);
        _expectSelector(
            admin, _perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (3, c))), ErrorsLib.FeedNotSet.selector, "no feed"
        );
        c = ethPerp();
        (c.notionalBreak1, c.notionalBreak2) = (2, 1);
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (ETH, c))),
            abi.encodeWithSelector(ErrorsLib.InvalidTiers.selector),
            "N1 > N2"
        );
        c = ethPerp();
        c.takerFeeBps = 101;
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (ETH, c))),
            abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 101, 0, 100),
            "taker fee above 1%"
        );
        // §13.10: a position's size is stored in 96 bits (§13.1 "Storage"), so the cap stops at type(int96).max
        c = ethPerp();
        c.maxOiSize = uint96(type(int96).max) + 1;
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (ETH, c))),
            abi.encodeWithSelector(
                ErrorsLib.ParameterOutOfBounds.selector, uint256(uint96(type(int96).max)) + 1, 1, uint96(type(int96).max)
            ),
            "open-interest cap beyond int96"
        );
        c.maxOiSize = uint96(type(int96).max);
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (ETH, c)));
        // 16 markets at most: 3 listed, 13 more, then the 17th fails
        for (uint256 m = 3; m < 16; ++m) {
            vm.prank(admin);
            vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (m, ethPerp())));
        }
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarket, (16, ethPerp()))),
            abi.encodeWithSelector(ErrorsLib.TooManyPerpMarkets.selector),
            "17th market"
        );
    }

    function test_setPerpMarketStatus_boundsRolesAndFinalDelisting() public {
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (ETH, 4))),
            abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 4, 1, 3),
            "status 4"
        );
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (ETH, 0))),
            abi.encodeWithSelector(ErrorsLib.ParameterOutOfBounds.selector, 0, 1, 3),
            "status 0"
        );
        _expectError(
            guardian,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (ETH, 3))),
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, guardian, bytes32(0)),
            "GUARDIAN cannot delist"
        );
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (7, 2))),
            abi.encodeWithSelector(ErrorsLib.PerpMarketNotListed.selector, 7),
            "unlisted market"
        );
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (ETH, 3)));
        _expectError(
            admin,
            _perp(abi.encodeCall(IPerpMarkets.setPerpMarketStatus, (ETH, 1))),
            abi.encodeWithSelector(ErrorsLib.MarketDelisted.selector, ETH),
            "delisting is final"
        );
    }

    /* TRADING AND CASH */

    function test_modifyPosition_and_transferMargin_errors() public {
        _expectError(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(0), type(uint256).max))),
            abi.encodeWithSelector(ErrorsLib.ZeroAmount.selector),
            "zero size"
        );
        _expectError(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, 7, int256(1e18), type(uint256).max))),
            abi.encodeWithSelector(ErrorsLib.PerpMarketNotListed.selector, 7),
            "unlisted market"
        );
        _expectError(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.transferMargin, (alice, 1, int256(0), alice))),
            abi.encodeWithSelector(ErrorsLib.ZeroAmount.selector),
            "zero transfer"
        );
        _cash(alice, 1, 1_000 * USDC);
        _expectError(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.transferMargin, (alice, 1, -int256(1), address(0)))),
            abi.encodeWithSelector(ErrorsLib.ZeroAddress.selector),
            "no receiver"
        );
        _expectError(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.transferMargin, (alice, 1, -int256(1_000e6 + 1), alice))),
            abi.encodeWithSelector(ErrorsLib.InsufficientBalance.selector, 1_000e6, 1_000e6 + 1),
            "more than the cash"
        );
        // 10 ETH at 2,000: fee 10 + 0.1 → cash 989.9; IM 10% of 20,000 = 2,000 → (989,900,000, 2,000,000,000)
        _expectError(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(10e18), type(uint256).max))),
            abi.encodeWithSelector(ErrorsLib.InsufficientPerpMargin.selector, int256(989_900_000), 2_000_000_000),
            "initial margin"
        );
    }

    /// @notice While the vault is paused, opening and withdrawing against a position stop; reducing goes on (§13.6).
    function test_pause_blocksOpening_notReducing() public {
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 2e18);
        vm.prank(guardian);
        vault.pause();
        _expectSelector(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.modifyPosition, (alice, 1, ETH, int256(1e18), type(uint256).max))),
            ErrorsLib.MarketPaused.selector,
            "no opening while paused"
        );
        _expectSelector(
            alice,
            _perp(abi.encodeCall(IPerpMarkets.transferMargin, (alice, 1, -int256(1e6), alice))),
            ErrorsLib.MarketPaused.selector,
            "no withdrawal against a position while paused"
        );
        (int256 size,) = _trade(alice, 1, ETH, -1e18);
        assertEqI(size, 1e18, "reduced while paused");
    }

    /* LIQUIDATION AND ADL */

    function test_liquidatePosition_nothingToLiquidate() public {
        _expectError(
            liquidator,
            _perp(abi.encodeCall(IPerpMarkets.liquidatePosition, (alice, 1, ETH, type(uint256).max))),
            abi.encodeWithSelector(ErrorsLib.NothingToLiquidate.selector),
            "no position"
        );
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 4e18);
        _setPriceSettled(ethFeed, 1_790e8);
        _expectError(
            liquidator,
            _perp(abi.encodeCall(IPerpMarkets.liquidatePosition, (alice, 1, ETH, 0))),
            abi.encodeWithSelector(ErrorsLib.NothingToLiquidate.selector),
            "max close size 0"
        );
    }

    /// @dev E21's state: alice's long liquidated at 1,700 with 122,016,000 left for ADL; bob short 4 in profit.
    function _deficit() internal {
        _cash(alice, 1, 1_000 * USDC);
        _trade(alice, 1, ETH, 4e18);
        _cash(bob, 1, 1_000 * USDC);
        _trade(bob, 1, ETH, -4e18);
        _setPriceSettled(ethFeed, 1_700e8);
        _liquidate(alice, 1, ETH, type(uint256).max);
        assertGt(_market(ETH).adlDeficit, 0, "deficit");
    }

    function test_deleverage_targetAndListChecks() public {
        _deficit();
        address[] memory none = new address[](0);
        uint256[] memory noSubs = new uint256[](0);
        _expectError(
            carol,
            _perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, alice, 1, none, noSubs))),
            abi.encodeWithSelector(ErrorsLib.InvalidPositionChange.selector),
            "target without a position"
        );
        _expectError(
            carol,
            _perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, bob, 1, none, new uint256[](1)))),
            abi.encodeWithSelector(ErrorsLib.ArrayLengthMismatch.selector),
            "owners/subIds lengths"
        );
        // carol shorts 1 at 1,700: pnl 0 − fee, not a winner; the list must now name bob
        _cash(carol, 1, 1_000 * USDC);
        _trade(carol, 1, ETH, -1e18);
        address[] memory os = new address[](1);
        uint256[] memory ss = new uint256[](1);
        (os[0], ss[0]) = (bob, 1);
        _expectError(
            liquidator,
            _perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, carol, 1, os, ss))),
            abi.encodeWithSelector(ErrorsLib.AdlRankingViolated.selector, 0, 0),
            "a target without profit"
        );
        // a long listed as a winner
        _cash(alice, 2, 1_000 * USDC);
        _trade(alice, 2, ETH, 1e18);
        (os[0], ss[0]) = (alice, 2);
        _expectError(
            liquidator,
            _perp(abi.encodeCall(IPerpMarkets.deleverage, (ETH, bob, 1, os, ss))),
            abi.encodeWithSelector(ErrorsLib.InvalidPositionChange.selector),
            "listed position on the losing side"
        );
    }

    /* VIEWS AND THE LIQUIDITY VAULT */

    function test_views_healthBatch_marginLevel_liabilities_unknownSelector() public {
        _cash(alice, 1, 10_000 * USDC);
        _trade(alice, 1, ETH, 10e18); // cash 9,989.9, basis 20,000
        _cash(bob, 1, 1_000 * USDC);
        address[] memory owners = new address[](3);
        uint256[] memory subs = new uint256[](3);
        (owners[0], owners[1], owners[2]) = (alice, bob, carol);
        (subs[0], subs[1], subs[2]) = (1, 1, 0);
        (uint256[] memory h, uint256[] memory ih) = abi.decode(
            vault.perpView(abi.encodeCall(IPerpMarkets.perpHealthBatch, (owners, subs))), (uint256[], uint256[])
        );
        // alice: 9,989.9 / MM 1,000 and / IM 2,000; bob: cash only, no requirement → max; carol: empty → max
        assertEq(h[0], uint256(9_989_900_000) * WAD / 1_000e6, "alice health");
        assertEq(ih[0], uint256(9_989_900_000) * WAD / 2_000e6, "alice initial health");
        assertEq(h[1], type(uint256).max, "cash only");
        assertEq(h[2], type(uint256).max, "empty");
        vm.expectRevert(ErrorsLib.ArrayLengthMismatch.selector);
        vault.perpView(abi.encodeCall(IPerpMarkets.perpHealthBatch, (owners, new uint256[](2))));

        assertEq(abi.decode(vault.perpView(abi.encodeCall(IPerpMarkets.marginLevel, (alice))), (uint256)), WAD, "1.0");
        vm.prank(admin);
        vault.perp(abi.encodeCall(IPerpMarkets.setMarginLevel, (alice, 0.7e18)));
        assertEq(
            abi.decode(vault.perpView(abi.encodeCall(IPerpMarkets.marginLevel, (alice))), (uint256)), 0.7e18, "0.7"
        );

        // liabilities: Σ cash (9,989.9 + 1,000) + alice's pnl at 2,100 (+1,000); no time, no funding
        _setPriceSettled(ethFeed, 2_100e8);
        assertEqI(
            abi.decode(vault.perpView(abi.encodeCall(IPerpMarkets.perpLiabilities, ())), (int256)),
            11_989_900_000,
            "claims of the accounts"
        );
        vm.expectRevert(abi.encodeWithSelector(ErrorsLib.UnknownPerpCall.selector, bytes4(0xdeadbeef)));
        vault.perpView(abi.encodeWithSelector(0xdeadbeef));
    }

    function test_liquidityVault_onlyVaultPays_andNames() public {
        vm.prank(alice);
        vm.expectRevert(ErrorsLib.OnlyVault.selector);
        plv.pay(alice, 1);
        assertTrue(keccak256(bytes(plv.name())) == keccak256("MarginInsurance Perp Liquidity"), "name");
        assertTrue(keccak256(bytes(plv.symbol())) == keccak256("miPLP"), "symbol");
    }

    /* FUZZ (1,000 runs, foundry.toml) */

    /// @notice (c) and (d): an isolated long at any leverage the initial margin allows and any later price: at or
    /// above maintenance it cannot be liquidated (HealthyAccount with its health); below, the liquidation either
    /// closes it or raises its health.
    function testFuzz_liquidation_onlyBelowMaintenance_neverLowersHealth(uint256 size, uint256 marginBps, uint256 px)
        public
    {
        size = bound(size, 0.01e18, 50e18);
        marginBps = bound(marginBps, 1_050, 5_000);
        px = bound(px, 1_500e8, 2_300e8);
        uint256 n = size * 2_000 / 1e12; // notional at 2,000 in USDC units
        _cash(alice, 1, n * marginBps / BPS + n / 500); // margin plus room for the fee
        _trade(alice, 1, ETH, int256(size));
        _setPriceSettled(ethFeed, int256(px));
        uint256 h = _health(alice, 1);
        if (h >= WAD) {
            _expectError(
                liquidator,
                _perp(abi.encodeCall(IPerpMarkets.liquidatePosition, (alice, 1, ETH, type(uint256).max))),
                abi.encodeWithSelector(ErrorsLib.HealthyAccount.selector, h),
                "healthy account liquidated"
            );
            return;
        }
        _liquidate(alice, 1, ETH, type(uint256).max);
        (PerpPosition memory p,) = _position(alice, 1, ETH);
        if (p.size != 0) assertGe(_health(alice, 1), h, "a partial liquidation lowered health");
    }

    /// @notice (f): an isolated position gapping through its bankruptcy price (deficit, insurance, ADL backlog)
    /// changes nothing of the owner's other accounts nor anyone else's, and never the MarginVault's cash.
    function testFuzz_isolatedLoss_neverReachesOtherAccounts(uint256 size, uint256 px) public {
        size = bound(size, 1e18, 40e18);
        px = bound(px, 1_000e8, 1_700e8);
        _supply(lender, 100_000 * USDC);
        _deposit(alice, 0, weth, 5 ether);
        _borrow(alice, 0, 1_000 * USDC);
        _cash(alice, 2, 5_000 * USDC);
        _trade(alice, 2, BTC, -0.01e18);
        _cash(alice, 1, size * 2_000 / 1e12 / 9); // ~9x
        _trade(alice, 1, ETH, int256(size));
        (PerpPosition memory p2Before, int256 cash2Before) = _position(alice, 2, BTC);
        uint256 debtBefore = vault.debtOf(alice, 0);
        uint256 vaultCash = usdc.balanceOf(address(vault));
        uint256 supplied = vault.supplyBalanceOf(lender);
        _setPriceSettled(ethFeed, int256(px));
        _liquidate(alice, 1, ETH, type(uint256).max);
        (PerpPosition memory p2, int256 cash2) = _position(alice, 2, BTC);
        assertEqI(p2.size, p2Before.size, "other isolated position");
        assertEqI(cash2, cash2Before, "other isolated cash");
        (, int256 cash0) = _position(alice, 0, ETH);
        assertEqI(cash0, 0, "cross cash");
        assertEq(vault.collateralOf(alice, 0, address(weth)), 5 ether, "cross collateral");
        assertEq(vault.debtOf(alice, 0), debtBefore, "cross debt");
        assertEq(usdc.balanceOf(address(vault)), vaultCash, "spot cash");
        assertEq(vault.supplyBalanceOf(lender), supplied, "spot lender");
    }

    /* FULL CLOSE OF ONE OF SEVERAL POSITIONS */

    /// @notice §13.7 (issue 18 "liquidation never lowers health unless it closes the account"), formerly a finding:
    /// a cross account with two positions, deep under water, has one position closed in full; the uncapped penalty
    /// (1% of the closed notional) exceeds health × the maintenance released (5%) whenever health < 0.2. penaltyCap
    /// keeps the health. Inputs: (alice, 0), cash 5,200; +10 ETH at 2,000 (fee 10.1) and +0.5 BTC at 60,000 (fee
    /// 15 + 0.15) → cash 5,174.75. ETH to 1,500: pnl −5,000; N = numL = 174.75; R = MM 750 + 1,500 = 2,250;
    /// health = ⌊174.75 / 2,250 × 1e18⌋ = 0.077666…e18 < 0.95 → ETH closed in full (uncapped penalty 150).
    /// After the close: N_close = 5,174.75 − 5,000 = 174.75, D' = 0, R' = 1,500; keep = ⌈174.75 × 1,500 / 2,250⌉ =
    /// 116.5; cap = 174.75 − max(0, 116.5) = 58.25 → penalty 58.25 (insurance ⌈5.825⌉ = 5.825, liquidator 52.425);
    /// health after = ⌊116.5 / 1,500 × 1e18⌋ = 77,666,666,666,666,666 = before (§13.14 E22).
    function test_crossLiquidation_fullCloseOfOnePosition_keepsHealth() public {
        _cash(alice, 0, 5_200 * USDC);
        _trade(alice, 0, ETH, 10e18);
        _trade(alice, 0, BTC, 0.5e18);
        _setPriceSettled(ethFeed, 1_500e8);
        uint256 before = _health(alice, 0);
        assertEq(before, 77_666_666_666_666_666, "health before");
        (uint256 closed, uint256 penalty) = _liquidate(alice, 0, ETH, type(uint256).max);
        assertEq(closed, 10e18, "ETH closed in full");
        assertEq(penalty, 58_250_000, "capped: 174.75 - 116.5 (the uncapped 1% of 15,000 is 150)");
        (PerpPosition memory btc, int256 cash) = _position(alice, 0, BTC);
        assertEqI(btc.size, 0.5e18, "the account is not closed");
        assertEqI(cash, 116_500_000, "5,174.75 - 5,000 - 58.25");
        assertEq(_health(alice, 0), 77_666_666_666_666_666, "health kept: 116.5 / 1,500");
        assertGe(_health(alice, 0), before, "liquidation lowered the health of an account it did not close");
    }
}
