// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

/// @title Multicall3
/// @notice Batches read calls into one `eth_call`, with the Multicall3 `aggregate3` ABI that
/// Nethereum's `MultiQueryHandler` speaks. Deployed by the local deployer (public chains already
/// have the canonical Multicall3 at 0xcA11bde05977b3631167028862bE2a173976CA11).
contract Multicall3 {
    /// @notice One call of a batch.
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    /// @notice The outcome of one call of a batch.
    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice A call that was not allowed to fail reverted.
    /// @param index Position of the call in the batch.
    error CallFailed(uint256 index);

    /// @notice Executes every call in order and returns each outcome.
    /// @param calls The calls; a failing call with `allowFailure = false` reverts the batch.
    /// @return returnData One result per call.
    function aggregate3(Call3[] calldata calls) external payable returns (Result[] memory returnData) {
        uint256 length = calls.length;
        returnData = new Result[](length);
        for (uint256 i; i < length; ++i) {
            Call3 calldata call = calls[i];
            // solhint-disable-next-line avoid-low-level-calls
            (bool success, bytes memory data) = call.target.call(call.callData); // the purpose of a multicall
            if (!success && !call.allowFailure) revert CallFailed(i);
            returnData[i] = Result(success, data);
        }
    }

    /// @notice The current block number, for reads that must be pinned to one block.
    /// @return blockNumber `block.number`.
    function getBlockNumber() external view returns (uint256 blockNumber) {
        blockNumber = block.number;
    }
}
