// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// A minimal ERC-20 with chosen decimals; `holder` receives the whole supply.
contract DecimalsToken is ERC20 {
    uint8 private immutable _decimals;

    constructor(address holder, uint256 supply, uint8 decimals_) ERC20("Ringfence Ticket", "TKN") {
        _decimals = decimals_;
        _mint(holder, supply);
    }

    function decimals() public view override returns (uint8) {
        return _decimals;
    }
}

/// A test stand-in for Chainlink's AggregatorV3Interface: the test sets every field of the round.
contract MockV3Aggregator {
    uint8 public immutable decimals;
    uint80 private _roundId;
    int256 private _answer;
    uint256 private _startedAt;
    uint256 private _updatedAt;
    uint80 private _answeredInRound;

    constructor(uint8 decimals_, int256 answer) {
        decimals = decimals_;
        setRound(1, answer, block.timestamp, 1);
    }

    function setRound(uint80 roundId, int256 answer, uint256 updatedAt, uint80 answeredInRound) public {
        _roundId = roundId;
        _answer = answer;
        _startedAt = updatedAt;
        _updatedAt = updatedAt;
        _answeredInRound = answeredInRound;
    }

    function latestRoundData() external view returns (uint80, int256, uint256, uint256, uint80) {
        return (_roundId, _answer, _startedAt, _updatedAt, _answeredInRound);
    }
}
