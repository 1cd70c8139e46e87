using MarginInsurance.Risk.Stress;

namespace MarginInsurance.Risk.Tests;

/// <summary>The trader's risk report (Core, integer bps) applies the same stress grid as the risk engine (fractions).</summary>
public sealed class StressGridAgreementTests
{
    [Fact]
    public void CoreGridLevelsAreTheRiskEnginesLevelsInBps() =>
        Assert.Equal(StressScenarios.GridLevels.Select(l => (int)Math.Round(l * 10_000)), Core.Risk.WhatIf.GridLevelsBps);
}
