// SPDX-License-Identifier: MIT
pragma solidity 0.8.26;

import {Test} from "./Test.sol";

/// @notice Deploys contracts from forge's compiled artifacts (out/) instead of `new`. A test contract that says
/// `new MarginVault(...)` embeds the vault's creation code, and under via-IR solc optimizes that code again inside
/// every such test contract (most of the forge step's compile time). Artifacts are compiled once per change of
/// the contract. forge's `deployCode` cannot link external libraries (foundry-rs/foundry#4049), so
/// `_deployLinked` reads the artifact's unlinked bytecode, deploys each library it references once per test
/// contract (from LIBRARY_DEPLOYER, so the test contract's nonce and every address it creates stay as with `new`)
/// and replaces the solc placeholders `__$<34 hex of keccak256(path:Name)>$__` with their addresses.
abstract contract ArtifactDeployer is Test {
    address internal constant LIBRARY_DEPLOYER = address(uint160(uint256(keccak256("MarginInsurance test libraries"))));

    mapping(bytes32 fqnHash => address) private _library;

    /// @dev CREATE from this contract of `artifact`'s (e.g. "contracts/Foo.sol:Foo") creation code + `args`;
    /// bubbles up the constructor's revert data as `new` does.
    function _deployArtifact(string memory artifact, bytes memory args) internal returns (address) {
        return _create(bytes.concat(vm.getCode(artifact), args));
    }

    /// @dev As _deployArtifact, for a contract linking external libraries: `source` is its file under the project
    /// root (e.g. "contracts/MarginVault.sol"), `name` the contract's name.
    function _deployLinked(string memory source, string memory name, bytes memory args) internal returns (address) {
        string memory json = vm.readFile(string.concat("out/", _fileName(source), "/", name, ".json"));
        string memory code = vm.parseJsonString(json, ".bytecode.object");
        string[] memory files = vm.parseJsonKeys(json, ".bytecode.linkReferences");
        for (uint256 i; i < files.length; ++i) {
            string[] memory libs = vm.parseJsonKeys(json, string.concat(".bytecode.linkReferences['", files[i], "']"));
            for (uint256 j; j < libs.length; ++j) {
                string memory fqn = string.concat(files[i], ":", libs[j]);
                code = vm.replace(code, _placeholder(fqn), _addressHex(_libraryAddress(fqn)));
            }
        }
        return _create(bytes.concat(vm.parseBytes(code), args));
    }

    function _libraryAddress(string memory fqn) private returns (address lib) {
        lib = _library[keccak256(bytes(fqn))];
        if (lib != address(0)) return lib;
        bytes memory code = vm.getCode(fqn);
        vm.prank(LIBRARY_DEPLOYER);
        lib = _create(code);
        _library[keccak256(bytes(fqn))] = lib;
    }

    function _create(bytes memory initCode) private returns (address deployed) {
        assembly ("memory-safe") {
            deployed := create(0, add(initCode, 0x20), mload(initCode))
            if iszero(deployed) {
                let p := mload(0x40)
                returndatacopy(p, 0, returndatasize())
                revert(p, returndatasize())
            }
        }
    }

    /// @dev solc's link placeholder: `__$` + the first 34 hex digits of keccak256("path:Name") + `$__`.
    function _placeholder(string memory fqn) private pure returns (string memory) {
        return string.concat("__$", _slice(vm.toString(keccak256(bytes(fqn))), 2, 36), "$__");
    }

    /// @dev 40 lower-case hex digits, no 0x (the placeholder's width).
    function _addressHex(address a) private pure returns (string memory) {
        return _slice(vm.toString(bytes32(uint256(uint160(a)))), 26, 66);
    }

    function _fileName(string memory path) private pure returns (string memory) {
        bytes memory b = bytes(path);
        uint256 start;
        for (uint256 i; i < b.length; ++i) {
            if (b[i] == "/") start = i + 1;
        }
        return _slice(path, start, b.length);
    }

    function _slice(string memory s, uint256 from, uint256 to) private pure returns (string memory) {
        bytes memory out = new bytes(to - from);
        for (uint256 i; i < out.length; ++i) {
            out[i] = bytes(s)[from + i];
        }
        return string(out);
    }
}
