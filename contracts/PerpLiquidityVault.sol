// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {InsurancePool} from "./InsurancePool.sol";
import {IPerpLiquidityVault} from "./interfaces/IPerpLiquidityVault.sol";
import {IPerpMarkets} from "./interfaces/IPerpMarkets.sol";
import {ErrorsLib} from "./libraries/ErrorsLib.sol";

interface IPerpViews {
    function perpView(bytes calldata call) external view returns (bytes memory);
}

/// @title PerpLiquidityVault
/// @notice The counterparty of the perps' net open interest (docs/protocol.md §13.8): an ERC-4626 vault over the
/// base asset that holds the LPs' assets and every account's perp cash. It is the insurance pool's machinery
/// reused, not copied: the same virtual-share offset, withdrawal requests, cooldown and window, and `vault` is the
/// MarginVault, the only caller of `pay`. Its assets are the balance minus what it owes the accounts
/// (`MarginVault.perpLiabilities`: their cash and their unrealized PnL net of funding), clamped at 0. (The
/// inherited `cover` is never called by the MarginVault on this contract.)
contract PerpLiquidityVault is InsurancePool, IPerpLiquidityVault {
    using SafeERC20 for IERC20;

    /// @notice Liquidity vault over `asset_`, administered by `admin`; `setVault` links it to the MarginVault.
    constructor(IERC20 asset_, address admin) InsurancePool(asset_, admin) {}

    /// @inheritdoc IPerpLiquidityVault
    function pay(address to, uint256 amount) external {
        if (msg.sender != vault) revert ErrorsLib.OnlyVault();
        IERC20(asset()).safeTransfer(to, amount);
    }

    /// @notice Balance minus the accounts' claims (cash and unrealized PnL net of funding), clamped at 0.
    function totalAssets() public view override returns (uint256) {
        uint256 bal = IERC20(asset()).balanceOf(address(this));
        address v = vault;
        if (v == address(0)) return bal;
        int256 owed = abi.decode(
            IPerpViews(v).perpView(abi.encodeCall(IPerpMarkets.perpLiabilities, ())), (int256)
        );
        int256 net = int256(bal) - owed;
        return net > 0 ? uint256(net) : 0;
    }

    /// @notice ERC-20 name of the LP share.
    function name() public pure override(ERC20, IERC20Metadata) returns (string memory) {
        return "MarginInsurance Perp Liquidity";
    }

    /// @notice ERC-20 symbol of the LP share.
    function symbol() public pure override(ERC20, IERC20Metadata) returns (string memory) {
        return "miPLP";
    }
}
