namespace OpenRegion.Cms.Core.Content;

/// <summary>What an editor typed for one culture of an item.</summary>
/// <param name="Version">The item's <see cref="ContentItem.ModifiedUtc"/> ticks when the editor opened it; 0 for a new translation.</param>
/// <param name="StillMatches">The editor confirms this translation still says what the other languages say.</param>
/// <param name="FileMediaId">Documents: the media library file of this translation.</param>
/// <param name="Format">How <paramref name="Body"/> is written: null or "markdown", or "html" (rich text); see <see cref="BodyFormats"/>.</param>
public sealed record CultureDraft(string Culture, string? Title, string? Slug, string? Summary, string? Location, string? Body, long Version = 0, bool StillMatches = false, long? FileMediaId = null, string? Format = null)
{
    public bool IsRichText => Format == BodyFormats.RichText;

    /// <summary>Nothing typed: the translation does not exist (yet). An empty visual editor still sends "&lt;p&gt;&lt;br&gt;&lt;/p&gt;".</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Summary)
        && (IsRichText ? RichText.IsBlank(Body) : string.IsNullOrWhiteSpace(Body));
}

/// <summary>An item with all its translations, as the side-by-side editor submits it.</summary>
/// <param name="LocalizationSet">Null for a new item.</param>
public sealed record ContentDraft(
    string ContentType,
    string? LocalizationSet,
    IReadOnlyList<CultureDraft> Cultures,
    DateTimeOffset? StartsUtc = null,
    DateTimeOffset? EndsUtc = null,
    DateTimeOffset? PublishAtUtc = null,
    DateTimeOffset? UnpublishAtUtc = null);

/// <summary>Who saves: recorded on each version.</summary>
public sealed record ContentAuthor(string? Id, string? Name)
{
    public static readonly ContentAuthor System = new(null, "system");
}

/// <summary>A problem with a draft. <paramref name="Message"/> is an English msgid; <paramref name="Field"/> e.g. "fr.Slug".</summary>
public sealed record ContentError(string Field, string Message, params object[] Arguments);

public sealed record ContentSaveResult(string? LocalizationSet, IReadOnlyList<ContentError> Errors, IReadOnlyList<ContentItem>? Theirs = null)
{
    public bool Succeeded => Errors.Count == 0 && Theirs is null;

    /// <summary>Another editor saved first: nothing was written; <see cref="Theirs"/> is what they saved.</summary>
    public bool IsConflict => Theirs is not null;
}

/// <summary>Where a translation stands against the others of its item.</summary>
public enum TranslationStatus
{
    Missing,
    Translated,

    /// <summary>Another language changed after this one was last written or confirmed.</summary>
    Outdated,
}
