// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Test} from "./utils/Test.sol";
import {PerpMath} from "../../contracts/libraries/PerpMath.sol";
import {ErrorsLib} from "../../contracts/libraries/ErrorsLib.sol";
import {PerpCore} from "../../contracts/libraries/logic/PerpCore.sol";
import {StoredPerpPosition, StoredPerpMarket} from "../../contracts/libraries/VaultTypes.sol";

/// @dev External wrapper so reverts of the internal library can be caught.
contract PerpMathHarness {
    function basisReleased(int256 c, int256 s, int256 q) external pure returns (int256) {
        return PerpMath.basisReleased(c, s, q);
    }

    function marginRequirement(uint256 n, uint256 b1, uint256 b2) external pure returns (uint256) {
        return PerpMath.marginRequirement(n, 1_000, 0, b1, b2, 0, 0, 1e18);
    }
}

/// @notice PerpMath (docs/protocol.md §13): hand-computed values (expected numbers worked out from the spec text in
/// the comments, not from the code) and fuzzed rounding properties.
contract PerpMathTest is Test {
    uint256 internal constant P = 2_000e18; // ETH at 2,000 USDC
    uint256 internal constant D = 6; // USDC decimals
    PerpMathHarness internal h = new PerpMathHarness();

    function assertEqI(int256 a, int256 b, string memory m) internal pure {
        if (a != b) {
            assertTrue(false, string.concat(m, ": ", _i(a), " != ", _i(b)));
        }
    }

    function _i(int256 v) internal pure returns (string memory) {
        return v < 0 ? string.concat("-", _u(uint256(-v))) : _u(uint256(v));
    }

    /* §13.2 */

    function test_notional_and_value_rounding() public pure {
        // 1.5 ETH × 2,000 = 3,000 USDC exactly
        assertEq(PerpMath.notional(1.5e18, P, D), 3_000_000_000, "notional exact");
        // p = 1,999.999999999999999999: 1 ETH is worth 1,999,999,999.999999999999 base units
        uint256 p = 1_999_999_999_999_999_999_999;
        assertEq(PerpMath.notional(1e18, p, D), 2_000_000_000, "notional rounds up");
        assertEqI(PerpMath.positionValue(1e18, p, D), 1_999_999_999, "long value toward -inf");
        assertEqI(PerpMath.positionValue(-1e18, p, D), -2_000_000_000, "short value toward -inf");
        assertEqI(PerpMath.costBasisDelta(1e18, p, D), 2_000_000_000, "long basis toward +inf");
        assertEqI(PerpMath.costBasisDelta(-1e18, p, D), -1_999_999_999, "short basis toward +inf");
        // long 1 ETH entered at 2,000, now 2,100: +100 USDC; the short mirror loses 100
        assertEqI(PerpMath.unrealizedPnl(1e18, 2_000e6, 2_100e18, D), 100e6, "long pnl");
        assertEqI(PerpMath.unrealizedPnl(-1e18, -2_000e6, 2_100e18, D), -100e6, "short pnl");
    }

    function test_basisReleased_and_realized() public view {
        // ⌈3,000,000,001 / 3⌉ = 1,000,000,001; ⌈−3,000,000,001 / 3⌉ = −1,000,000,000
        assertEqI(PerpMath.basisReleased(3_000_000_001, 3e18, 1e18), 1_000_000_001, "long released up");
        assertEqI(PerpMath.basisReleased(-3_000_000_001, -3e18, -1e18), -1_000_000_000, "short released up");
        assertEqI(PerpMath.basisReleased(3_000_000_001, 3e18, 3e18), 3_000_000_001, "full close releases all");
        // close 1 of 3 ETH long (basis 6,000) at 2,500: 2,500 − 2,000 = +500
        (int256 pnl, int256 rel) = PerpMath.realizedPnl(3e18, 6_000e6, 1e18, 2_500e18, D);
        assertEqI(pnl, 500e6, "realized");
        assertEqI(rel, 2_000e6, "released");
        _expectInvalid(3e18, 1e18, 0);
        _expectInvalid(3e18, 1e18, -1);
        _expectInvalid(3e18, 1e18, 2e18);
        _expectInvalid(0, 0, 1);
    }

    function _expectInvalid(int256 c, int256 s, int256 q) internal view {
        try h.basisReleased(c, s, q) returns (int256) {
            assertTrue(false, "expected InvalidPositionChange");
        } catch (bytes memory reason) {
            assertEq(bytes4(reason) == ErrorsLib.InvalidPositionChange.selector, true, "selector");
        }
    }

    /* §13.3 */

    function test_tradeFee() public pure {
        // 10 ETH, skew 0, 5 bps, skewScale 1,000,000 ETH: flat 20,000 × 0.0005 = 10 USDC;
        // impact = 10 × 10 × 2,000 / (2 × 1,000,000) = 0.1 USDC
        assertEq(PerpMath.tradeFee(10e18, 0, P, D, 5, 1_000_000e18), 10_100_000, "open on empty skew");
        assertEq(PerpMath.tradeFee(-10e18, 0, P, D, 5, 1_000_000e18), 10_100_000, "symmetric");
        // reduces skew 100 → 90: Δ(2k+Δ) = −10 × 190 < 0 → flat only
        assertEq(PerpMath.tradeFee(-10e18, 100e18, P, D, 5, 1_000_000e18), 10_000_000, "reducing skew: flat only");
        // adds to skew 100 → 110: 10 × 210 × 2,000 / 2e6 = 2.1 USDC
        assertEq(PerpMath.tradeFee(10e18, 100e18, P, D, 5, 1_000_000e18), 12_100_000, "adding to skew costs more");
        // Δ(2k+Δ) = 0 exactly (k = −5, Δ = 10): flat only
        assertEq(PerpMath.tradeFee(10e18, -5e18, P, D, 5, 1_000_000e18), 10_000_000, "zero product");
        // 1 wei of size: both terms round up to 1
        assertEq(PerpMath.tradeFee(1, 0, P, D, 5, 1_000_000e18), 2, "each term rounds up");
    }

    /* §13.4 */

    function test_funding() public pure {
        // maxRate 1e12 /s, skewScale 1,000 ETH: skew 100 → 1e11; skew 5,000 → clamped 1e12
        assertEqI(PerpMath.fundingRate(100e18, 1_000e18, 1e12), 1e11, "rate");
        assertEqI(PerpMath.fundingRate(-100e18, 1_000e18, 1e12), -1e11, "negative rate");
        assertEqI(PerpMath.fundingRate(5_000e18, 1_000e18, 1e12), 1e12, "clamped");
        assertEqI(PerpMath.fundingRate(-5_000e18, 1_000e18, 1e12), -1e12, "clamped negative");
        assertEqI(PerpMath.fundingRate(-1, 3, 1e12), -333_333_333_333, "truncated toward zero");
        // 1e−7 per second × 3,600 s × 2,000 = 0.72 per ETH
        assertEqI(PerpMath.fundingIndexDelta(1e11, P, 3_600), 0.72e18, "index delta");
        assertEqI(PerpMath.fundingIndexDelta(-1e11, P, 3_600), -0.72e18, "negative index delta");
        assertEqI(PerpMath.fundingIndexDelta(-1, 1, 1), 0, "trunc");
        // 2.5 ETH × 0.72 = 1.8 USDC
        assertEqI(PerpMath.fundingOwed(2.5e18, 0.72e18, 0, D), 1_800_000, "long pays");
        assertEqI(PerpMath.fundingOwed(-2.5e18, 0.72e18, 0, D), -1_800_000, "short receives");
        assertEqI(PerpMath.fundingOwed(1e18, 1, 0, D), 1, "pays at least 1");
        assertEqI(PerpMath.fundingOwed(-1e18, 1, 0, D), 0, "receives at most its share");
        assertEqI(PerpMath.fundingOwed(-1e18, -1, 0, D), 1, "short pays when index falls");
    }

    /* §13.5 */

    function test_marginRequirement() public view {
        // 3M notional, 10% + 5% step above 1M: 1M × 10% + 2M × 15% = 400k
        assertEq(PerpMath.marginRequirement(3_000_000e6, 1_000, 0, 1_000_000e6, 5_000_000e6, 500, 1_500, 1e18),
            400_000e6, "brackets");
        // 6M: + 1M × 25%
        assertEq(PerpMath.marginRequirement(6_000_000e6, 1_000, 0, 1_000_000e6, 5_000_000e6, 500, 1_500, 1e18),
            100_000e6 + 600_000e6 + 250_000e6, "third bracket");
        assertEq(PerpMath.marginRequirement(3_000_000e6, 1_000, 0, 1_000_000e6, 5_000_000e6, 500, 1_500, 0.5e18),
            200_000e6, "level 0.5");
        assertEq(PerpMath.marginRequirement(3_000_000e6, 1_000, 9_500, 1_000_000e6, 5_000_000e6, 500, 1_500, 1e18),
            3_000_000e6, "fractions capped at 100%");
        assertEq(PerpMath.marginRequirement(3, 1, 0, 10, 10, 0, 0, 1e18), 1, "rounds up once");
        assertEq(PerpMath.marginLevel(0), 1e18, "default level");
        assertEq(PerpMath.marginLevel(0.7e18), 0.7e18, "stored level");
        try h.marginRequirement(1, 2, 1) returns (uint256) {
            assertTrue(false, "expected InvalidTiers");
        } catch (bytes memory reason) {
            assertEq(bytes4(reason) == ErrorsLib.InvalidTiers.selector, true, "InvalidTiers");
        }
    }

    /* §13.6 */

    function test_health() public pure {
        assertEqI(PerpMath.weightedPnl(1_001, 5_000), 500, "haircut floors");
        assertEqI(PerpMath.weightedPnl(-1_001, 5_000), -1_001, "losses in full");
        assertEq(PerpMath.unifiedHealth(1_100, 0, 1_000), 1.1e18, "health");
        assertEq(PerpMath.unifiedHealth(-5, 10, 1_000), 0, "negative numerator");
        assertEq(PerpMath.unifiedHealth(-5, 0, 0), type(uint256).max, "nothing owed");
        assertEq(PerpMath.unifiedHealth(2, 3, 0), 666_666_666_666_666_666, "floors");
    }

    /* §13.7 */

    function test_liquidation() public pure {
        assertEq(PerpMath.positionCloseSize(10e18, type(uint256).max, 0.97e18, 5_000, 0.95e18, 10e6, P, D), 5e18, "half");
        assertEq(PerpMath.positionCloseSize(10e18, type(uint256).max, 0.9e18, 5_000, 0.95e18, 10e6, P, D), 10e18, "deep");
        assertEq(PerpMath.positionCloseSize(10e18, 1e18, 0.9e18, 5_000, 0.95e18, 10e6, P, D), 1e18, "maxCloseSize");
        // rest notional 10 USDC = dust threshold: not below, so the half stays
        assertEq(PerpMath.positionCloseSize(0.01e18, type(uint256).max, 0.97e18, 5_000, 0.95e18, 10e6, P, D), 0.005e18, "rest = dust");
        assertEq(PerpMath.positionCloseSize(0.0099e18, type(uint256).max, 0.97e18, 5_000, 0.95e18, 10e6, P, D), 0.0099e18, "rest < dust");
        (uint256 pen, uint256 liq, uint256 ins) = PerpMath.liquidationPenalty(3_000_000_001, 100, 1_000);
        assertEq(pen, 30_000_001, "penalty up");
        assertEq(ins, 3_000_001, "insurance up");
        assertEq(liq, 27_000_000, "liquidator rest");
    }

    /* §13.8 */

    function test_adlScore() public pure {
        assertEq(PerpMath.adlScore(1_000e6, 20_000e6, 2_000e6), 10_000e6, "pnl x leverage");
        assertEq(PerpMath.adlScore(0, 20_000e6, 2_000e6), 0, "no profit");
        assertEq(PerpMath.adlScore(1, 20_000e6, 0), type(uint256).max, "no equity");
    }

    /* FUZZ */

    /// @notice A round trip (open then close at the same price) never pays the account.
    function testFuzz_roundTripNeverPays(uint256 absSize, uint256 price, bool short_) public pure {
        absSize = bound(absSize, 1, 1e27);
        price = bound(price, 1, 1e30);
        int256 s = short_ ? -int256(absSize) : int256(absSize);
        int256 c = PerpMath.costBasisDelta(s, price, D);
        (int256 pnl,) = PerpMath.realizedPnl(s, c, s, price, D);
        assertTrue(pnl <= 0, "round trip pays");
        assertTrue(pnl >= -1, "round trip costs more than 1 unit");
    }

    /// @notice Funding between a long and an equal short never creates money: owed(s) + owed(−s) ∈ [0, 1].
    function testFuzz_fundingConserves(uint256 absSize, int128 f, int128 fe) public pure {
        absSize = bound(absSize, 0, 1e27);
        int256 a = PerpMath.fundingOwed(int256(absSize), f, fe, D);
        int256 b = PerpMath.fundingOwed(-int256(absSize), f, fe, D);
        assertTrue(a + b >= 0 && a + b <= 1, "funding conservation");
    }

    /// @notice Partial closes in two steps release exactly the basis (no value created by splitting).
    function testFuzz_partialCloseReleasesAll(uint256 absSize, uint256 q, int128 c) public pure {
        absSize = bound(absSize, 2, 1e27);
        q = bound(q, 1, absSize - 1);
        int256 basis = int256(c);
        int256 r1 = PerpMath.basisReleased(basis, int256(absSize), int256(q));
        int256 r2 = PerpMath.basisReleased(basis - r1, int256(absSize - q), int256(absSize - q));
        assertEqI(r1 + r2, basis, "basis conserved");
    }

    /// @notice Requirements are continuous and non-decreasing in notional across the breaks.
    function testFuzz_requirementMonotone(uint256 n, uint256 b1, uint256 gap, uint256 f) public pure {
        b1 = bound(b1, 0, 1e24);
        uint256 b2 = b1 + bound(gap, 0, 1e24);
        n = bound(n, 0, 3e24);
        f = bound(f, 1, 10_000);
        uint256 r0 = PerpMath.marginRequirement(n, f, 0, b1, b2, 500, 1_500, 1e18);
        uint256 r1 = PerpMath.marginRequirement(n + 1, f, 0, b1, b2, 500, 1_500, 1e18);
        assertTrue(r1 >= r0 && r1 - r0 <= 1, "continuous, monotone");
    }

    /// @notice The fee of a trade that adds to the skew is at least that of the same trade reducing it.
    function testFuzz_reducingSkewIsCheaper(uint256 absDelta, uint256 absSkew) public pure {
        absDelta = bound(absDelta, 1, 1e24);
        absSkew = bound(absSkew, 0, 1e24);
        int256 k = int256(absSkew);
        uint256 adding = PerpMath.tradeFee(int256(absDelta), k, P, D, 5, 1_000_000e18);
        uint256 reducing = PerpMath.tradeFee(-int256(absDelta), k, P, D, 5, 1_000_000e18);
        assertTrue(adding >= reducing, "reducing costs more");
    }
}

/// @dev Exposes PerpCore's storage codecs (StoredPerpPosition, StoredPerpMarket's net notional) on its own storage.
contract PerpStorageHarness {
    StoredPerpPosition internal sp;
    StoredPerpMarket internal mk;

    function store(int256 size, int256 basis, int256 fe) external {
        (,,, bool wide) = PerpCore.loadPosition(sp);
        PerpCore.storePosition(sp, size, basis, fe, wide);
    }

    function load() external view returns (int256 size, int256 basis, int256 fe, bool wide) {
        return PerpCore.loadPosition(sp);
    }

    function slots() external view returns (uint256 s0, uint256 s1) {
        return (sp.packed, sp.wide);
    }

    function size() external view returns (int256) {
        return PerpCore.positionSize(sp);
    }

    function setNetNotional(uint256 nn) external {
        PerpCore.setNetNotional(mk, PerpCore.netNotional(mk), nn);
    }

    function netNotional() external view returns (uint256 nn, uint256 compact, uint256 wide) {
        return (PerpCore.netNotional(mk), mk.netNotional, mk.netNotionalWide);
    }
}

/// @notice The storage encodings of docs/protocol.md §13.1 "Storage": a position in one slot while its basis and entry
/// funding index fit 80 bits, in two otherwise, read back unchanged either way; the net notional likewise.
contract PerpStorageTest is Test {
    PerpStorageHarness internal h = new PerpStorageHarness();
    int256 internal constant MAX80 = type(int80).max;
    int256 internal constant MIN80 = type(int80).min; // the wide marker: never stored compact

    function _roundTrip(int256 size, int256 basis, int256 fe, bool expectWide) internal {
        h.store(size, basis, fe);
        (int256 s_, int256 c_, int256 f_, bool w) = h.load();
        assertTrue(s_ == size && c_ == basis && f_ == fe, "position read back unchanged");
        assertTrue(h.size() == size, "positionSize reads slot 0's size");
        assertEq(w, expectWide, "wide");
        (, uint256 s1) = h.slots();
        assertEq(s1 != 0, expectWide, "slot 1 used only when wide");
    }

    function test_position_compactAtTheBounds() public {
        _roundTrip(1e18, 2_000e6, 0, false);
        _roundTrip(-1e18, -1_999_999_999, -5e21, false);
        _roundTrip(type(int96).max, MAX80, MAX80, false);
        _roundTrip(type(int96).min + 1, MIN80 + 1, MIN80, false); // F_e may take the marker value
    }

    function test_position_wideWhenBasisOrFundingDoesNotFit() public {
        _roundTrip(1e18, MAX80 + 1, 0, true);
        _roundTrip(-1e18, MIN80, 7, true); // the marker value itself is stored wide
        _roundTrip(5e18, 1, MIN80 - 1, true);
        _roundTrip(5e18, type(int128).min, type(int128).max, true);
        // back to one slot: slot 1 is cleared
        _roundTrip(5e18, 1, 1, false);
    }

    function test_position_closedIsAllZeros() public {
        h.store(3e18, MAX80 + 1, MAX80 + 1); // wide
        h.store(0, 0, 0);
        (uint256 s0, uint256 s1) = h.slots();
        assertEq(s0, 0, "slot 0 cleared");
        assertEq(s1, 0, "slot 1 cleared");
        h.store(3e18, 6_000e6, 42);
        h.store(0, 0, 0);
        (s0, s1) = h.slots();
        assertEq(s0 + s1, 0, "compact cleared");
    }

    function test_position_sizeBeyond96BitsReverts() public {
        vm.expectRevert(abi.encodeWithSignature("SafeCastOverflowedIntDowncast(uint8,int256)", 96, int256(type(int96).max) + 1));
        h.store(int256(type(int96).max) + 1, 1, 1);
    }

    function test_position_wideBeyond128BitsReverts() public {
        vm.expectRevert(abi.encodeWithSignature("SafeCastOverflowedIntDowncast(uint8,int256)", 128, int256(type(int128).max) + 1));
        h.store(1e18, int256(type(int128).max) + 1, 0);
    }

    function testFuzz_position_roundTrip(int96 size, int128 basis, int128 fe) public {
        vm.assume(size != 0);
        bool wide = basis <= MIN80 || basis > MAX80 || fe < MIN80 || fe > MAX80;
        _roundTrip(size, basis, fe, wide);
    }

    function test_netNotional_compactThenWideThenCompact() public {
        uint256 max80 = type(uint80).max;
        h.setNetNotional(max80 - 1);
        (uint256 nn, uint256 c, uint256 w) = h.netNotional();
        assertTrue(nn == max80 - 1 && c == max80 - 1 && w == 0, "fits 80 bits: slot 0");
        h.setNetNotional(max80); // the marker value: wide
        (nn, c, w) = h.netNotional();
        assertTrue(nn == max80 && c == max80 && w == max80, "marker value: slot 3");
        h.setNetNotional(type(uint128).max);
        (nn,, w) = h.netNotional();
        assertEq(nn, type(uint128).max, "wide read back");
        h.setNetNotional(12);
        (nn, c, w) = h.netNotional();
        assertTrue(nn == 12 && c == 12 && w == 0, "back to slot 0, slot 3 cleared");
        vm.expectRevert(abi.encodeWithSignature("SafeCastOverflowedUintDowncast(uint8,uint256)", 128, uint256(type(uint128).max) + 1));
        h.setNetNotional(uint256(type(uint128).max) + 1);
    }
}
