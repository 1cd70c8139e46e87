using System.Text.Json.Serialization;
using MarginInsurance.Sdk.Risk;

namespace MarginInsurance.Keeper.MarginCalls;

/// <summary>What a margin-call webhook carries (JSON, camelCase): the event, the account, why, its health and block, and for a raised call the account's risk report.</summary>
public sealed record MarginCallNotice(
    [property: JsonPropertyName("event")] string Event, string Owner, string SubId, string Reason, string Health, long Block, RiskReportDocument? Report, string? ReportError)
{
    /// <summary>The event name of a raised margin call.</summary>
    public const string Raised = "margin_call";

    /// <summary>The event name of a resolved margin call.</summary>
    public const string Resolved = "margin_call_resolved";
}
