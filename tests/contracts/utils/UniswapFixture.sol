// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {BaseTest} from "./BaseTest.sol";
import {MockERC20} from "../../../contracts/mocks/MockERC20.sol";
import {IUniswapV3PoolMinimal} from "../../../contracts/interfaces/IUniswapV3Minimal.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @dev The parts of Uniswap v3's published ABIs the tests call.
interface IUniswapV3FactoryArtifact {
    function createPool(address tokenA, address tokenB, uint24 fee) external returns (address pool);
}

interface IUniswapV3PoolArtifact {
    function initialize(uint160 sqrtPriceX96) external;
    function mint(address recipient, int24 tickLower, int24 tickUpper, uint128 amount, bytes calldata data)
        external
        returns (uint256 amount0, uint256 amount1);
    function tickSpacing() external view returns (int24);
    function liquidity() external view returns (uint128);
}

interface IQuoterV2Artifact {
    struct QuoteExactInputSingleParams {
        address tokenIn;
        address tokenOut;
        uint256 amountIn;
        uint24 fee;
        uint160 sqrtPriceLimitX96;
    }

    struct QuoteExactOutputSingleParams {
        address tokenIn;
        address tokenOut;
        uint256 amount;
        uint24 fee;
        uint160 sqrtPriceLimitX96;
    }

    function quoteExactInputSingle(QuoteExactInputSingleParams memory params)
        external
        returns (uint256 amountOut, uint160 sqrtPriceX96After, uint32 initializedTicksCrossed, uint256 gasEstimate);

    function quoteExactOutputSingle(QuoteExactOutputSingleParams memory params)
        external
        returns (uint256 amountIn, uint160 sqrtPriceX96After, uint32 initializedTicksCrossed, uint256 gasEstimate);
}

/// @dev Liquidity provider and arbitrageur of the test pools: pays what a pool asks by minting the mock tokens.
contract PoolOperator {
    uint160 internal constant MIN_SQRT_RATIO = 4295128739;
    uint160 internal constant MAX_SQRT_RATIO = 1461446703485210103287383096979530948259803346;

    function mint(address pool, int24 lower, int24 upper, uint128 liquidity) external {
        IUniswapV3PoolArtifact(pool).mint(address(this), lower, upper, liquidity, "");
    }

    /// @dev Trades the pool until its sqrt price reaches `targetSqrtX96` (a swap bounded by the price limit).
    function moveTo(address pool, uint160 targetSqrtX96) external {
        (uint160 now_,,,,,,) = IUniswapV3PoolMinimal(pool).slot0();
        if (targetSqrtX96 == now_) return;
        bool zeroForOne = targetSqrtX96 < now_;
        IUniswapV3PoolMinimal(pool).swap(address(this), zeroForOne, type(int128).max, targetSqrtX96, "");
    }

    function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes calldata) external {
        _pay(amount0Owed, amount1Owed);
    }

    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata) external {
        _pay(amount0Delta > 0 ? uint256(amount0Delta) : 0, amount1Delta > 0 ? uint256(amount1Delta) : 0);
    }

    function _pay(uint256 amount0, uint256 amount1) internal {
        IUniswapV3PoolMinimal p = IUniswapV3PoolMinimal(msg.sender);
        if (amount0 != 0) MockERC20(p.token0()).mint(msg.sender, amount0);
        if (amount1 != 0) MockERC20(p.token1()).mint(msg.sender, amount1);
    }
}

/// @notice BaseTest plus real Uniswap v3: UniswapV3Factory (and through it UniswapV3Pool) and QuoterV2 deployed
/// from the bytecode of the compiled artifacts shipped in the npm packages uniswap v3-core and v3-periphery (never recompiled),
/// a WETH/USDC pool at 0.05 % initialized at the oracle price with a full-range position and a ±10 % band.
abstract contract UniswapFixture is BaseTest {
    uint256 internal constant Q96 = 1 << 96;
    uint24 internal constant FEE = 500;

    IUniswapV3FactoryArtifact internal factory;
    IQuoterV2Artifact internal quoter;
    PoolOperator internal operator;
    address internal wethPool;

    function setUp() public virtual override {
        super.setUp();
        factory = IUniswapV3FactoryArtifact(
            _deployArtifact("node_modules/@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json", "")
        );
        // QuoterV2(factory, WETH9): WETH9 is only used for ETH payments, which the quotes here never make.
        quoter = IQuoterV2Artifact(
            _deployArtifact(
                "node_modules/@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json",
                abi.encode(address(factory), address(weth))
            )
        );
        operator = new PoolOperator();
        wethPool = _createPool(address(weth), 2000e18, 1e19);
    }

    /// @dev A collateral/USDC pool at 0.05 % and `priceWad` (USDC per whole collateral, 18 decimals) with 2e17 of
    /// full-range liquidity and `band` in a ±10 % range (for an 18-decimal collateral at 2,000 USDC, 1e19 is about
    /// 20 M USDC on each side of the price: a 10,000 USDC sale moves the price by about 0.2 bps).
    function _createPool(address collateral, uint256 priceWad, uint128 band) internal returns (address pool) {
        pool = factory.createPool(collateral, address(usdc), FEE);
        IUniswapV3PoolArtifact(pool).initialize(_sqrtX96(pool, collateral, priceWad));
        int24 spacing = IUniswapV3PoolArtifact(pool).tickSpacing();
        (, int24 tick,,,,,) = IUniswapV3PoolMinimal(pool).slot0();
        operator.mint(pool, (-887272 / spacing) * spacing, (887272 / spacing) * spacing, 2e17);
        // ±10 % is about ±953 ticks (1.0001^953 = 1.1)
        operator.mint(pool, _floorTick(tick - 953, spacing), _floorTick(tick + 953, spacing) + spacing, band);
    }

    /// @dev sqrt(token1 per token0, raw units) in Q96 for a price of `priceWad` USDC per whole collateral.
    function _sqrtX96(address pool, address collateral, uint256 priceWad) internal view returns (uint160) {
        uint256 colUnit = 10 ** MockERC20(collateral).decimals();
        // raw USDC per raw collateral = priceWad * 1e6 / (1e18 * colUnit)
        uint256 ratioX192 = IUniswapV3PoolMinimal(pool).token0() == collateral
            ? Math.mulDiv(priceWad * USDC, Q96 * Q96, WAD * colUnit)
            : Math.mulDiv(WAD * colUnit, Q96 * Q96, priceWad * USDC);
        return uint160(Math.sqrt(ratioX192));
    }

    /// @dev Trades the pool to `priceWad` (the demo's arbitrage step).
    function _movePool(address pool, address collateral, uint256 priceWad) internal {
        operator.moveTo(pool, _sqrtX96(pool, collateral, priceWad));
    }

    /// @dev The pool's price as raw USDC per raw collateral, Q96 (read from slot0 here, independently of PoolPriceLib).
    function _poolX96(address pool, address collateral) internal view returns (uint256) {
        (uint160 s,,,,,,) = IUniswapV3PoolMinimal(pool).slot0();
        uint256 p = Math.mulDiv(uint256(s), uint256(s), Q96);
        return IUniswapV3PoolMinimal(pool).token0() == collateral ? p : Math.mulDiv(Q96, Q96, p);
    }

    /// @dev The oracle price `priceWad` as raw USDC per raw collateral, Q96.
    function _oracleX96(uint256 priceWad, uint8 collateralDecimals) internal pure returns (uint256) {
        return Math.mulDiv(priceWad * USDC, Q96, WAD * 10 ** collateralDecimals);
    }

    function _floorTick(int24 t, int24 spacing) internal pure returns (int24) {
        int24 q = t / spacing;
        if (t < 0 && q * spacing != t) q -= 1;
        return q * spacing;
    }

    /// @dev What QuoterV2 says selling `amountIn` of `tokenIn` for `tokenOut` pays now.
    function _quoteIn(address tokenIn, address tokenOut, uint256 amountIn) internal returns (uint256 out) {
        (out,,,) = quoter.quoteExactInputSingle(
            IQuoterV2Artifact.QuoteExactInputSingleParams(tokenIn, tokenOut, amountIn, FEE, 0)
        );
    }

    /// @dev What QuoterV2 says buying `amountOut` of `tokenOut` with `tokenIn` costs now.
    function _quoteOut(address tokenIn, address tokenOut, uint256 amountOut) internal returns (uint256 input) {
        (input,,,) = quoter.quoteExactOutputSingle(
            IQuoterV2Artifact.QuoteExactOutputSingleParams(tokenIn, tokenOut, amountOut, FEE, 0)
        );
    }

    /// @dev Calls `target` as `caller` and returns the revert data (fails the test if the call succeeds).
    function _revertData(address caller, address target, bytes memory data) internal returns (bytes memory ret) {
        bool ok;
        vm.prank(caller);
        (ok, ret) = target.call(data);
        assertFalse(ok, "expected a revert");
    }

    /// @dev The two uint256 arguments of a custom error `selector(uint256,uint256)`.
    function _twoArgs(bytes memory ret, bytes4 selector) internal pure returns (uint256 a, uint256 b) {
        assertEq(uint256(uint32(bytes4(ret))), uint256(uint32(selector)), "revert selector");
        assertEq(ret.length, 68, "revert data length");
        assembly {
            a := mload(add(ret, 36))
            b := mload(add(ret, 68))
        }
    }
}
