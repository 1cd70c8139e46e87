// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Test} from "./utils/Test.sol";
import {MarginMath} from "../../contracts/libraries/MarginMath.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";

/// @notice Checks every MarginMath function against the shared vectors in tests/vectors/<function>.json
/// (the same files the C# twin tests against). All numbers in the JSON are decimal strings.
contract VectorsTest is Test {
    string internal json;
    uint256 internal idx;

    function _load(string memory fn) internal returns (uint256 count) {
        json = vm.readFile(string.concat("tests/vectors/", fn, ".json"));
        assertTrue(keccak256(bytes(vm.parseJsonString(json, ".function"))) == keccak256(bytes(fn)), "function name");
        count = vm.parseJsonUint(json, ".count");
        assertGt(count, 0, "no cases");
    }

    function _v(string memory key) internal view returns (uint256) {
        return vm.parseJsonUint(json, string.concat(".cases[", vm.toString(idx), "].", key));
    }

    function _r(string memory key) internal view returns (uint256) {
        return vm.parseJsonUint(json, string.concat(".reverts[", vm.toString(idx), "].", key));
    }

    function _error() internal view returns (bytes32) {
        return keccak256(bytes(vm.parseJsonString(json, string.concat(".reverts[", vm.toString(idx), "].error"))));
    }

    /// @dev External entry points so that vm.expectRevert sees the library revert one call deep.
    function tieredAdjustedExt(uint256[7] calldata a) external pure returns (uint256) {
        return MarginMath.tieredAdjusted(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    }

    function collateralAmountForExt(uint256 v, uint256 p, uint256 da, uint256 db) external pure returns (uint256) {
        return MarginMath.collateralAmountFor(v, p, da, db);
    }

    function _msg(string memory what) internal view returns (string memory) {
        return string.concat(what, " case ", vm.toString(idx), " ", vm.parseJsonString(
            json, string.concat(".cases[", vm.toString(idx), "].name")
        ));
    }

    function test_vectors_collateralValue() public {
        uint256 n = _load("collateralValue");
        for (idx = 0; idx < n; ++idx) {
            uint256 got = MarginMath.collateralValue(_v("amount"), _v("priceWad"), _v("collateralDecimals"), _v("baseDecimals"));
            assertEq(got, _v("expected"), _msg("collateralValue"));
        }
    }

    function test_vectors_collateralAmountFor() public {
        uint256 n = _load("collateralAmountFor");
        for (idx = 0; idx < n; ++idx) {
            uint256 got =
                MarginMath.collateralAmountFor(_v("value"), _v("priceWad"), _v("collateralDecimals"), _v("baseDecimals"));
            assertEq(got, _v("expected"), _msg("collateralAmountFor"));
        }
    }

    function test_vectors_tieredAdjusted() public {
        uint256 n = _load("tieredAdjusted");
        for (idx = 0; idx < n; ++idx) {
            uint256 got = MarginMath.tieredAdjusted(
                _v("value"),
                _v("factorBps"),
                _v("addOnBps"),
                _v("tierBreak1"),
                _v("tierBreak2"),
                _v("tierCut2Bps"),
                _v("tierCut3Bps")
            );
            assertEq(got, _v("expected"), _msg("tieredAdjusted"));
        }
    }

    /// @dev tieredAdjusted.json "reverts": B1 > B2 reverts with InvalidTiers for every value (§3).
    function test_vectors_tieredAdjusted_reverts() public {
        _load("tieredAdjusted");
        uint256 n = vm.parseJsonUint(json, ".revertCount");
        assertGt(n, 0, "no revert cases");
        for (idx = 0; idx < n; ++idx) {
            assertTrue(_error() == keccak256("InvalidTiers"), "unexpected error name");
            uint256[7] memory a = [
                _r("value"), _r("factorBps"), _r("addOnBps"), _r("tierBreak1"), _r("tierBreak2"), _r("tierCut2Bps"), _r("tierCut3Bps")
            ];
            vm.expectRevert(ErrorsLib.InvalidTiers.selector);
            this.tieredAdjustedExt(a);
        }
    }

    /// @dev collateralAmountFor.json "reverts": price 0 is a division by zero, Panic(0x12) (§2).
    function test_vectors_collateralAmountFor_reverts() public {
        _load("collateralAmountFor");
        uint256 n = vm.parseJsonUint(json, ".revertCount");
        assertGt(n, 0, "no revert cases");
        for (idx = 0; idx < n; ++idx) {
            assertTrue(_error() == keccak256("Panic(0x12)"), "unexpected error name");
            vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x12));
            this.collateralAmountForExt(_r("value"), _r("priceWad"), _r("collateralDecimals"), _r("baseDecimals"));
        }
    }

    function test_vectors_health() public {
        uint256 n = _load("health");
        for (idx = 0; idx < n; ++idx) {
            assertEq(MarginMath.health(_v("liquidationCapacity"), _v("debt")), _v("expected"), _msg("health"));
        }
    }

    function test_vectors_utilization() public {
        uint256 n = _load("utilization");
        for (idx = 0; idx < n; ++idx) {
            assertEq(MarginMath.utilization(_v("debt"), _v("borrowCapacity")), _v("expected"), _msg("utilization"));
        }
    }

    function test_vectors_cappedRatePerSecond() public {
        uint256 n = _load("cappedRatePerSecond");
        for (idx = 0; idx < n; ++idx) {
            assertEq(MarginMath.cappedRatePerSecond(_v("modelRatePerSecond")), _v("expected"), _msg("cappedRatePerSecond"));
        }
    }

    function test_vectors_supplyIndexAfterLoss() public {
        uint256 n = _load("supplyIndexAfterLoss");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                MarginMath.supplyIndexAfterLoss(_v("supplyIndex"), _v("drop")), _v("expected"), _msg("supplyIndexAfterLoss")
            );
        }
    }

    function test_vectors_marketUtilization() public {
        uint256 n = _load("marketUtilization");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                MarginMath.marketUtilization(_v("totalSupplyAssets"), _v("totalBorrowAssets")),
                _v("expected"),
                _msg("marketUtilization")
            );
        }
    }

    function test_vectors_toSupplyBalance() public {
        uint256 n = _load("toSupplyBalance");
        for (idx = 0; idx < n; ++idx) {
            assertEq(MarginMath.toSupplyBalance(_v("principal"), _v("supplyIndex")), _v("expected"), _msg("toSupplyBalance"));
        }
    }

    function test_vectors_toDebt() public {
        uint256 n = _load("toDebt");
        for (idx = 0; idx < n; ++idx) {
            assertEq(MarginMath.toDebt(_v("principal"), _v("borrowIndex")), _v("expected"), _msg("toDebt"));
        }
    }

    function test_vectors_supplyPrincipalFor() public {
        uint256 n = _load("supplyPrincipalFor");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                MarginMath.supplyPrincipalFor(_v("amount"), _v("supplyIndex")), _v("expected"), _msg("supplyPrincipalFor")
            );
        }
    }

    function test_vectors_withdrawPrincipalFor() public {
        uint256 n = _load("withdrawPrincipalFor");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                MarginMath.withdrawPrincipalFor(_v("amount"), _v("supplyIndex")),
                _v("expected"),
                _msg("withdrawPrincipalFor")
            );
        }
    }

    function test_vectors_borrowPrincipalFor() public {
        uint256 n = _load("borrowPrincipalFor");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                MarginMath.borrowPrincipalFor(_v("amount"), _v("borrowIndex")), _v("expected"), _msg("borrowPrincipalFor")
            );
        }
    }

    function test_vectors_repayPrincipalFor() public {
        uint256 n = _load("repayPrincipalFor");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                MarginMath.repayPrincipalFor(_v("amount"), _v("principal"), _v("borrowIndex")),
                _v("expected"),
                _msg("repayPrincipalFor")
            );
        }
    }

    function test_vectors_kinkedRatePerSecond() public {
        uint256 n = _load("kinkedRatePerSecond");
        for (idx = 0; idx < n; ++idx) {
            uint256 got = MarginMath.kinkedRatePerSecond(
                _v("utilizationWad"), _v("baseRatePerYear"), _v("slope1PerYear"), _v("slope2PerYear"), _v("kinkWad")
            );
            assertEq(got, _v("expected"), _msg("kinkedRatePerSecond"));
        }
    }

    function test_vectors_accrue() public {
        uint256 n = _load("accrue");
        for (idx = 0; idx < n; ++idx) {
            (uint256 s, uint256 b, uint256 r) = MarginMath.accrue(
                _v("totalSupplyPrincipal"),
                _v("totalBorrowPrincipal"),
                _v("supplyIndex"),
                _v("borrowIndex"),
                _v("ratePerSecond"),
                _v("dt"),
                _v("reserveFactorBps")
            );
            assertEq(s, _v("expectedSupplyIndex"), _msg("accrue supplyIndex"));
            assertEq(b, _v("expectedBorrowIndex"), _msg("accrue borrowIndex"));
            assertEq(r, _v("expectedReserveCut"), _msg("accrue reserveCut"));
        }
    }

    function test_vectors_effectiveAddOn() public {
        uint256 n = _load("effectiveAddOn");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                MarginMath.effectiveAddOn(_v("currentBps"), _v("pendingBps"), _v("pendingEffectiveAt"), _v("nowTs")),
                _v("expected"),
                _msg("effectiveAddOn")
            );
        }
    }

    function test_vectors_liquidationAmounts() public {
        uint256 n = _load("liquidationAmounts");
        for (idx = 0; idx < n; ++idx) {
            (uint256 repay, uint256 seized, uint256 fee) = _liquidation();
            assertEq(repay, _v("expectedRepay"), _msg("liquidationAmounts repay"));
            assertEq(seized, _v("expectedSeized"), _msg("liquidationAmounts seized"));
            assertEq(fee, _v("expectedFee"), _msg("liquidationAmounts fee"));
        }
    }

    function _liquidation() internal view returns (uint256, uint256, uint256) {
        uint256[12] memory a = [
            _v("debt"),
            _v("healthWad"),
            _v("maxRepay"),
            _v("closeFactorBps"),
            _v("deepHealthThresholdWad"),
            _v("dustThreshold"),
            _v("bonusBps"),
            _v("protocolShareBps"),
            _v("collateralBalance"),
            _v("priceWad"),
            _v("collateralDecimals"),
            _v("baseDecimals")
        ];
        return MarginMath.liquidationAmounts(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11]);
    }

    function test_vectors_badDebtSplit() public {
        uint256 n = _load("badDebtSplit");
        for (idx = 0; idx < n; ++idx) {
            (uint256 c, uint256 s, uint256 d) =
                MarginMath.badDebtSplit(_v("badDebt"), _v("poolAssets"), _v("coverCapBps"), _v("totalSupplyPrincipal"));
            assertEq(c, _v("expectedCover"), _msg("badDebtSplit cover"));
            assertEq(s, _v("expectedSocialized"), _msg("badDebtSplit socialized"));
            assertEq(d, _v("expectedSupplyIndexDrop"), _msg("badDebtSplit supplyIndexDrop"));
        }
    }
}
