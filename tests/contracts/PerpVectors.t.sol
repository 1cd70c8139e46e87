// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Test} from "./utils/Test.sol";
import {PerpMath} from "../../contracts/libraries/PerpMath.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";

/// @dev The signed-JSON cheatcode (not in the minimal utils/Vm.sol).
interface VmSignedJson {
    function parseJsonInt(string calldata json, string calldata key) external pure returns (int256);
}

/// @dev External entry points so that vm.expectRevert sees the library's revert one call deep.
contract PerpVectorsHarness {
    function basisReleased(int256 c, int256 s, int256 q) external pure returns (int256) {
        return PerpMath.basisReleased(c, s, q);
    }

    function realizedPnl(int256 s, int256 c, int256 q, uint256 p, uint256 d) external pure returns (int256, int256) {
        return PerpMath.realizedPnl(s, c, q, p, d);
    }

    function tradeFee(int256 dlt, int256 k, uint256 p, uint256 d, uint256 f, uint256 sc) external pure returns (uint256) {
        return PerpMath.tradeFee(dlt, k, p, d, f, sc);
    }

    function fundingRate(int256 k, uint256 sc, uint256 m) external pure returns (int256) {
        return PerpMath.fundingRate(k, sc, m);
    }

    function marginRequirement(uint256[8] calldata a) external pure returns (uint256) {
        return PerpMath.marginRequirement(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    function positionCloseSize(uint256[8] calldata a) external pure returns (uint256) {
        return PerpMath.positionCloseSize(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    function liquidationPenalty(uint256 n, uint256 b, uint256 s) external pure returns (uint256, uint256, uint256) {
        return PerpMath.liquidationPenalty(n, b, s);
    }

    function cappedLiquidationPenalty(uint256 n, uint256 b, uint256 s, int256 e)
        external
        pure
        returns (uint256, uint256, uint256)
    {
        return PerpMath.cappedLiquidationPenalty(n, b, s, e);
    }
}

/// @notice Checks every PerpMath function (docs/protocol.md §13) against the shared vectors in
/// tests/vectors/perps/<function>.json, the same files MarginInsurance.Core's PerpVectorTests read. Expected values
/// come from tests/MarginInsurance.SpecModel (tools/VectorGen), the worked examples E10–E16 from the spec by hand.
/// All numbers in the JSON are decimal strings, signed where the argument is int256.
contract PerpVectorsTest is Test {
    VmSignedJson internal constant svm = VmSignedJson(address(uint160(uint256(keccak256("hevm cheat code")))));
    PerpVectorsHarness internal h = new PerpVectorsHarness();
    string internal json;
    uint256 internal idx;

    function _load(string memory fn) internal returns (uint256 count) {
        json = vm.readFile(string.concat("tests/vectors/perps/", fn, ".json"));
        assertTrue(keccak256(bytes(vm.parseJsonString(json, ".function"))) == keccak256(bytes(fn)), "function name");
        count = vm.parseJsonUint(json, ".count");
        assertGt(count, 0, "no cases");
    }

    function _key(string memory arr, string memory key) internal view returns (string memory) {
        return string.concat(".", arr, "[", vm.toString(idx), "].", key);
    }

    function _cu(string memory key) internal view returns (uint256) {
        return vm.parseJsonUint(json, _key("cases", key));
    }

    function _ci(string memory key) internal view returns (int256) {
        return svm.parseJsonInt(json, _key("cases", key));
    }

    function _ru(string memory key) internal view returns (uint256) {
        return vm.parseJsonUint(json, _key("reverts", key));
    }

    function _ri(string memory key) internal view returns (int256) {
        return svm.parseJsonInt(json, _key("reverts", key));
    }

    function _reverts(bytes32 error) internal returns (uint256 n) {
        n = vm.parseJsonUint(json, ".revertCount");
        assertGt(n, 0, "no revert cases");
        for (uint256 i = 0; i < n; ++i) {
            idx = i;
            bytes32 got = keccak256(bytes(vm.parseJsonString(json, _key("reverts", "error"))));
            assertTrue(got == error, "unexpected error name");
        }
    }

    function _msg(string memory what) internal view returns (string memory) {
        return string.concat(what, " case ", vm.toString(idx), " ", vm.parseJsonString(json, _key("cases", "name")));
    }

    function _int(int256 v) internal pure returns (string memory) {
        return v < 0 ? string.concat("-", vm.toString(uint256(-v))) : vm.toString(uint256(v));
    }

    function assertEqI(int256 a, int256 b, string memory m) internal pure {
        if (a != b) _fail(string.concat(m, ": ", _int(a), " != ", _int(b)));
    }

    /* §13.2 */

    function test_vectors_notional() public {
        uint256 n = _load("notional");
        for (idx = 0; idx < n; ++idx) {
            assertEq(PerpMath.notional(_cu("absSize"), _cu("priceWad"), _cu("baseDecimals")), _cu("expected"), _msg("notional"));
        }
    }

    function test_vectors_positionValue() public {
        uint256 n = _load("positionValue");
        for (idx = 0; idx < n; ++idx) {
            assertEqI(PerpMath.positionValue(_ci("size"), _cu("priceWad"), _cu("baseDecimals")), _ci("expected"), _msg("positionValue"));
        }
    }

    function test_vectors_costBasisDelta() public {
        uint256 n = _load("costBasisDelta");
        for (idx = 0; idx < n; ++idx) {
            assertEqI(
                PerpMath.costBasisDelta(_ci("sizeDelta"), _cu("priceWad"), _cu("baseDecimals")), _ci("expected"), _msg("costBasisDelta")
            );
        }
    }

    function test_vectors_unrealizedPnl() public {
        uint256 n = _load("unrealizedPnl");
        for (idx = 0; idx < n; ++idx) {
            assertEqI(
                PerpMath.unrealizedPnl(_ci("size"), _ci("costBasis"), _cu("priceWad"), _cu("baseDecimals")),
                _ci("expected"),
                _msg("unrealizedPnl")
            );
        }
    }

    function test_vectors_basisReleased() public {
        uint256 n = _load("basisReleased");
        for (idx = 0; idx < n; ++idx) {
            assertEqI(PerpMath.basisReleased(_ci("costBasis"), _ci("size"), _ci("closeSize")), _ci("expected"), _msg("basisReleased"));
        }
        n = _reverts(keccak256("InvalidPositionChange"));
        for (idx = 0; idx < n; ++idx) {
            vm.expectRevert(ErrorsLib.InvalidPositionChange.selector);
            h.basisReleased(_ri("costBasis"), _ri("size"), _ri("closeSize"));
        }
    }

    function test_vectors_realizedPnl() public {
        uint256 n = _load("realizedPnl");
        for (idx = 0; idx < n; ++idx) {
            (int256 pnl, int256 released) =
                PerpMath.realizedPnl(_ci("size"), _ci("costBasis"), _ci("closeSize"), _cu("priceWad"), _cu("baseDecimals"));
            assertEqI(pnl, _ci("expectedPnl"), _msg("realizedPnl pnl"));
            assertEqI(released, _ci("expectedReleased"), _msg("realizedPnl released"));
        }
        n = _reverts(keccak256("InvalidPositionChange"));
        for (idx = 0; idx < n; ++idx) {
            vm.expectRevert(ErrorsLib.InvalidPositionChange.selector);
            h.realizedPnl(_ri("size"), _ri("costBasis"), _ri("closeSize"), _ru("priceWad"), _ru("baseDecimals"));
        }
    }

    /* §13.3 */

    function test_vectors_tradeFee() public {
        uint256 n = _load("tradeFee");
        for (idx = 0; idx < n; ++idx) {
            uint256 got = PerpMath.tradeFee(
                _ci("sizeDelta"), _ci("skew"), _cu("priceWad"), _cu("baseDecimals"), _cu("takerFeeBps"), _cu("skewScale")
            );
            assertEq(got, _cu("expected"), _msg("tradeFee"));
        }
        n = _reverts(keccak256("Panic(0x12)"));
        for (idx = 0; idx < n; ++idx) {
            vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x12));
            h.tradeFee(_ri("sizeDelta"), _ri("skew"), _ru("priceWad"), _ru("baseDecimals"), _ru("takerFeeBps"), _ru("skewScale"));
        }
    }

    /* §13.4 */

    function test_vectors_fundingRate() public {
        uint256 n = _load("fundingRate");
        for (idx = 0; idx < n; ++idx) {
            assertEqI(
                PerpMath.fundingRate(_ci("skew"), _cu("skewScale"), _cu("maxFundingRatePerSecond")), _ci("expected"), _msg("fundingRate")
            );
        }
        n = _reverts(keccak256("Panic(0x12)"));
        for (idx = 0; idx < n; ++idx) {
            vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x12));
            h.fundingRate(_ri("skew"), _ru("skewScale"), _ru("maxFundingRatePerSecond"));
        }
    }

    function test_vectors_fundingIndexDelta() public {
        uint256 n = _load("fundingIndexDelta");
        for (idx = 0; idx < n; ++idx) {
            assertEqI(PerpMath.fundingIndexDelta(_ci("rate"), _cu("priceWad"), _cu("dt")), _ci("expected"), _msg("fundingIndexDelta"));
        }
    }

    function test_vectors_fundingOwed() public {
        uint256 n = _load("fundingOwed");
        for (idx = 0; idx < n; ++idx) {
            assertEqI(
                PerpMath.fundingOwed(_ci("size"), _ci("fundingIndex"), _ci("entryFundingIndex"), _cu("baseDecimals")),
                _ci("expected"),
                _msg("fundingOwed")
            );
        }
    }

    /* §13.5–§13.6 */

    function _marginArgs(function(string memory) internal view returns (uint256) f) internal view returns (uint256[8] memory) {
        return [
            f("notionalValue"), f("fractionBps"), f("addOnBps"), f("notionalBreak1"),
            f("notionalBreak2"), f("step2Bps"), f("step3Bps"), f("levelWad")
        ];
    }

    function test_vectors_marginRequirement() public {
        uint256 n = _load("marginRequirement");
        for (idx = 0; idx < n; ++idx) {
            uint256[8] memory a = _marginArgs(_cu);
            assertEq(PerpMath.marginRequirement(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]), _cu("expected"), _msg("marginRequirement"));
        }
        n = _reverts(keccak256("InvalidTiers"));
        for (idx = 0; idx < n; ++idx) {
            vm.expectRevert(ErrorsLib.InvalidTiers.selector);
            h.marginRequirement(_marginArgs(_ru));
        }
    }

    function test_vectors_marginLevel() public {
        uint256 n = _load("marginLevel");
        for (idx = 0; idx < n; ++idx) {
            assertEq(PerpMath.marginLevel(_cu("storedLevelWad")), _cu("expected"), _msg("marginLevel"));
        }
    }

    function test_vectors_weightedPnl() public {
        uint256 n = _load("weightedPnl");
        for (idx = 0; idx < n; ++idx) {
            assertEqI(PerpMath.weightedPnl(_ci("pnl"), _cu("pnlWeightBps")), _ci("expected"), _msg("weightedPnl"));
        }
    }

    function test_vectors_unifiedHealth() public {
        uint256 n = _load("unifiedHealth");
        for (idx = 0; idx < n; ++idx) {
            assertEq(PerpMath.unifiedHealth(_ci("numerator"), _cu("debt"), _cu("requirement")), _cu("expected"), _msg("unifiedHealth"));
        }
    }

    /* §13.7–§13.8 */

    function _closeArgs(function(string memory) internal view returns (uint256) f) internal view returns (uint256[8] memory) {
        return [
            f("absSize"), f("maxCloseSize"), f("healthWad"), f("closeFactorBps"),
            f("deepHealthThresholdWad"), f("dustThreshold"), f("priceWad"), f("baseDecimals")
        ];
    }

    function test_vectors_positionCloseSize() public {
        uint256 n = _load("positionCloseSize");
        for (idx = 0; idx < n; ++idx) {
            uint256[8] memory a = _closeArgs(_cu);
            assertEq(PerpMath.positionCloseSize(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]), _cu("expected"), _msg("positionCloseSize"));
        }
        n = _reverts(keccak256("Panic(0x11)"));
        for (idx = 0; idx < n; ++idx) {
            vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
            h.positionCloseSize(_closeArgs(_ru));
        }
    }

    function test_vectors_liquidationPenalty() public {
        uint256 n = _load("liquidationPenalty");
        for (idx = 0; idx < n; ++idx) {
            (uint256 penalty, uint256 toLiquidator, uint256 toInsurance) =
                PerpMath.liquidationPenalty(_cu("closedNotional"), _cu("penaltyBps"), _cu("protocolShareBps"));
            assertEq(penalty, _cu("expectedPenalty"), _msg("liquidationPenalty penalty"));
            assertEq(toLiquidator, _cu("expectedToLiquidator"), _msg("liquidationPenalty toLiquidator"));
            assertEq(toInsurance, _cu("expectedToInsurance"), _msg("liquidationPenalty toInsurance"));
        }
        n = _reverts(keccak256("Panic(0x11)"));
        for (idx = 0; idx < n; ++idx) {
            vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
            h.liquidationPenalty(_ru("closedNotional"), _ru("penaltyBps"), _ru("protocolShareBps"));
        }
    }

    function test_vectors_penaltyCap() public {
        uint256 n = _load("penaltyCap");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                PerpMath.penaltyCap(
                    _ci("numeratorBefore"),
                    _cu("requirementBefore"),
                    _ci("numeratorAfterClose"),
                    _cu("debtAfterClose"),
                    _cu("requirementAfterClose")
                ),
                _cu("expected"),
                _msg("penaltyCap")
            );
        }
    }

    function test_vectors_adlScore() public {
        uint256 n = _load("adlScore");
        for (idx = 0; idx < n; ++idx) {
            assertEq(PerpMath.adlScore(_ci("pnl"), _cu("notionalValue"), _ci("numerator")), _cu("expected"), _msg("adlScore"));
        }
    }

    function test_vectors_cappedLiquidationPenalty() public {
        uint256 n = _load("cappedLiquidationPenalty");
        for (idx = 0; idx < n; ++idx) {
            (uint256 penalty, uint256 toLiquidator, uint256 toInsurance) = PerpMath.cappedLiquidationPenalty(
                _cu("closedNotional"), _cu("penaltyBps"), _cu("protocolShareBps"), _ci("equityAfterClose")
            );
            assertEq(penalty, _cu("expectedPenalty"), _msg("cappedLiquidationPenalty penalty"));
            assertEq(toLiquidator, _cu("expectedToLiquidator"), _msg("cappedLiquidationPenalty toLiquidator"));
            assertEq(toInsurance, _cu("expectedToInsurance"), _msg("cappedLiquidationPenalty toInsurance"));
        }
        n = _reverts(keccak256("Panic(0x11)"));
        for (idx = 0; idx < n; ++idx) {
            vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
            h.cappedLiquidationPenalty(
                _ru("closedNotional"), _ru("penaltyBps"), _ru("protocolShareBps"), _ri("equityAfterClose")
            );
        }
    }

    function test_vectors_liquidationPrice() public {
        uint256 n = _load("liquidationPrice");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                PerpMath.liquidationPrice(
                    _ci("size"),
                    _ci("costBasis"),
                    _ci("fundingOwedNow"),
                    _ci("otherNumerator"),
                    _cu("otherRequirement"),
                    _cu("fractionBps"),
                    _cu("levelWad"),
                    _cu("baseDecimals")
                ),
                _cu("expected"),
                _msg("liquidationPrice")
            );
        }
    }

    function test_vectors_accountHealth() public {
        uint256 n = _load("accountHealth");
        for (idx = 0; idx < n; ++idx) {
            assertEq(
                PerpMath.accountHealth(_ci("numerator"), _cu("debt"), _cu("requirement")),
                _cu("expected"),
                _msg("accountHealth")
            );
        }
    }
}
