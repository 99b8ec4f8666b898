namespace OpenRegion.Cms.Core.Localization;

/// <summary>One translated message of a PO file. Non-plural entries have exactly one translation.</summary>
public sealed record PoEntry(string? Context, string Id, string? IdPlural, IReadOnlyList<string> Translations)
{
    public bool IsPlural => IdPlural is not null;
}
