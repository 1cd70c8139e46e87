// SPDX-License-Identifier: MIT
pragma solidity 0.8.19;

// Morpho Blue in the shapes of tests/contracts/Gas.t.sol (scripts/bench-morpho builds this file against Morpho Blue
// 1.0.0 from npm, with Morpho's own settings; it is not compiled with the project). One measured call per test, each
// its own transaction under `forge test --isolate`; the state a shape needs that only touches the mock tokens is set
// in the test itself (its own transactions), everything that touches Morpho in setUp. The anchor scenario of
// ../shared/anchors/gas.md: a warm market (one supplier of 1000, one borrower of 500 against 1000 collateral), one
// second elapsed so that the measured call accrues interest, mock oracle / IRM / ERC-20, LLTV 0.8, fee 0.
// Which balances are zero before the call decides 17,100 gas (a balance from zero to non-zero) or 4,800 (a refund
// when one goes to zero); each row names them. The mock ERC-20's transferFrom always writes the allowance.

import {Morpho} from "../src/Morpho.sol";
import {IMorpho, MarketParams} from "../src/interfaces/IMorpho.sol";
import {MarketParamsLib} from "../src/libraries/MarketParamsLib.sol";
import {ERC20Mock} from "../src/mocks/ERC20Mock.sol";
import {OracleMock} from "../src/mocks/OracleMock.sol";
import {IrmMock} from "../src/mocks/IrmMock.sol";

/// @notice The forge cheatcodes this file uses (no forge-std).
interface Vm {
    function prank(address msgSender) external;
    function startPrank(address msgSender) external;
    function stopPrank() external;
    function warp(uint256 newTimestamp) external;
    function roll(uint256 newHeight) external;
    function addr(uint256 privateKey) external pure returns (address);
}

contract MorphoAnchorShapes {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    IMorpho internal morpho;
    ERC20Mock internal loanToken;
    ERC20Mock internal collateralToken;
    OracleMock internal oracle;
    MarketParams internal mp;

    address internal owner = vm.addr(0xA11CE);
    address internal supplier = vm.addr(0xB0B1);
    address internal borrower = vm.addr(0xB0B2);
    address internal newUser = vm.addr(0xB0B3); // holds 2000 collateral tokens, approved, no position
    address internal supplier2 = vm.addr(0xB0B4); // supplied 100, holds 100 loan tokens
    address internal borrower3 = vm.addr(0xB0B5); // 1000 collateral, 100 debt, no tokens of either kind
    address internal holder = vm.addr(0xB0B6); // holds 50 collateral tokens
    address internal borrower2 = vm.addr(0xB0B7); // 100 collateral, 79 debt: liquidatable after a 10% drop
    address internal liquidator = vm.addr(0xB0B8); // holds 1000 loan tokens, approved, no collateral token
    address internal supplier3 = vm.addr(0xB0B9); // no position, no tokens
    address internal borrower4 = vm.addr(0xB0BA); // 1000 collateral, no debt, no loan tokens

    function setUp() public {
        morpho = IMorpho(address(new Morpho(owner)));
        loanToken = new ERC20Mock();
        collateralToken = new ERC20Mock();
        oracle = new OracleMock();
        oracle.setPrice(1e36);
        IrmMock irm = new IrmMock();
        mp = MarketParams(address(loanToken), address(collateralToken), address(oracle), address(irm), 0.8e18);
        vm.startPrank(owner);
        morpho.enableIrm(address(irm));
        morpho.enableLltv(0.8e18);
        morpho.createMarket(mp);
        vm.stopPrank();
        _forward();

        _supplier(supplier, 1000e18, 1000e18);
        _borrower(borrower, 1000e18, 500e18, borrower);

        collateralToken.setBalance(newUser, 2000e18);
        vm.prank(newUser);
        collateralToken.approve(address(morpho), type(uint256).max);
        _supplier(supplier2, 200e18, 100e18);
        _borrower(borrower3, 1000e18, 100e18, supplier);
        vm.prank(borrower3);
        loanToken.approve(address(morpho), type(uint256).max);
        collateralToken.setBalance(holder, 50e18);
        _borrower(borrower2, 100e18, 79e18, borrower2);
        loanToken.setBalance(liquidator, 1000e18);
        vm.prank(liquidator);
        loanToken.approve(address(morpho), type(uint256).max);
        vm.prank(supplier3);
        loanToken.approve(address(morpho), type(uint256).max);
        _borrower(borrower4, 1000e18, 0, address(0)); // collateral only: accrues nothing
        _forward(); // one second: the measured call accrues interest
    }

    /// @dev `user` receives `balance` loan tokens, approves Morpho and supplies `amount` of them.
    function _supplier(address user, uint256 balance, uint256 amount) internal {
        loanToken.setBalance(user, balance);
        vm.startPrank(user);
        loanToken.approve(address(morpho), type(uint256).max);
        morpho.supply(mp, amount, 0, user, "");
        vm.stopPrank();
    }

    /// @dev `user` receives `collateral` collateral tokens, approves Morpho, supplies them all and borrows `debt` (if
    /// any) to `receiver`.
    function _borrower(address user, uint256 collateral, uint256 debt, address receiver) internal {
        collateralToken.setBalance(user, collateral);
        vm.startPrank(user);
        collateralToken.approve(address(morpho), type(uint256).max);
        morpho.supplyCollateral(mp, collateral, user, "");
        if (debt != 0) morpho.borrow(mp, debt, 0, user, receiver);
        vm.stopPrank();
    }

    function _forward() internal {
        vm.roll(block.number + 1);
        vm.warp(block.timestamp + 1);
    }

    /// @dev supply (new user) 93,259: a fresh position; the supplier's whole balance (its balance goes to zero).
    function test_supply_newUser_wholeBalance() public {
        loanToken.setBalance(supplier3, 100e18);
        vm.prank(supplier3);
        morpho.supply(mp, 100e18, 0, supplier3, "");
    }

    /// @dev supplyCollateral (new user) 69,207: a fresh position; the user's whole balance.
    function test_supplyCollateral_newUser_wholeBalance() public {
        vm.prank(newUser);
        morpho.supplyCollateral(mp, 2000e18, newUser, "");
    }

    /// @dev borrow (first borrow) 100,747: the receiver holds no loan token before.
    function test_borrow_first_receiverEmpty() public {
        vm.prank(borrower4);
        morpho.borrow(mp, 100e18, 0, borrower4, borrower4);
    }

    /// @dev The same first borrow to a receiver that already holds loan tokens.
    function test_borrow_first_receiverHolds() public {
        loanToken.setBalance(borrower4, 50e18);
        vm.prank(borrower4);
        morpho.borrow(mp, 100e18, 0, borrower4, borrower4);
    }

    /// @dev repay (partial) 80,910: the repayer's balance stays non-zero; a maximal approval.
    function test_repay_partial() public {
        loanToken.setBalance(borrower3, 100e18);
        vm.prank(borrower3);
        morpho.repay(mp, 10e18, 0, borrower3, "");
    }

    /// @dev withdraw (partial) 76,368: the receiver already holds loan tokens.
    function test_withdraw_partial_receiverHolds() public {
        vm.prank(supplier2);
        morpho.withdraw(mp, 50e18, 0, supplier2, supplier2);
    }

    /// @dev The same withdrawal to a receiver holding no loan token.
    function test_withdraw_partial_receiverEmpty() public {
        vm.prank(supplier2);
        morpho.withdraw(mp, 50e18, 0, supplier2, newUser);
    }

    /// @dev withdrawCollateral (partial, debt open) 98,103: the receiver holds no collateral token before.
    function test_withdrawCollateral_receiverEmpty() public {
        vm.prank(borrower3);
        morpho.withdrawCollateral(mp, 10e18, borrower3, borrower3);
    }

    /// @dev The same withdrawal to a receiver that already holds the collateral token.
    function test_withdrawCollateral_receiverHolds() public {
        vm.prank(borrower3);
        morpho.withdrawCollateral(mp, 10e18, borrower3, holder);
    }

    /// @dev liquidate (partial, after a 10% price drop) 124,497: the liquidator holds no collateral token before.
    function test_liquidate_liquidatorEmpty() public {
        oracle.setPrice(0.9e36);
        vm.prank(liquidator);
        morpho.liquidate(mp, borrower2, 10e18, 0, "");
    }

    /// @dev The same liquidation by a liquidator that already holds the collateral token.
    function test_liquidate_liquidatorHolds() public {
        oracle.setPrice(0.9e36);
        collateralToken.setBalance(liquidator, 50e18);
        vm.prank(liquidator);
        morpho.liquidate(mp, borrower2, 10e18, 0, "");
    }
}
