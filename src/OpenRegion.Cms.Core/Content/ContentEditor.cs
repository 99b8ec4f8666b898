using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Workflows;

namespace OpenRegion.Cms.Core.Content;

/// <summary>
/// The content lifecycle: save a draft of every translation at once, publish, unpublish, schedule, restore an old
/// version. Each save appends versions (nothing an editor typed is ever overwritten); what citizens see changes
/// only on publication. A save that would overwrite another editor's newer work is refused as a conflict.
/// </summary>
public sealed class ContentEditor(ICmsDbContext db, IAuditLog audit, TimeProvider clock, ContentVersions versions, ContentSearchIndexer search)
{
    public const int MaxTitle = 300;
    public const int MaxSummary = 500;
    public const int MaxLocation = 200;
    public const int MaxBody = 100_000;

    public enum SaveAction
    {
        Draft,
        Publish,
    }

    public async Task<ContentSaveResult> SaveAsync(ContentDraft draft, SaveAction action, ContentAuthor author, CancellationToken cancellationToken = default)
    {
        var type = ContentTypes.Find(draft.ContentType);
        var errors = new List<ContentError>();
        if (type is null)
        {
            return new ContentSaveResult(draft.LocalizationSet, [new ContentError("", "Unknown content type.")]);
        }

        var existing = draft.LocalizationSet is null ? [] : await db.Set<ContentItem>()
            .Where(c => c.LocalizationSet == draft.LocalizationSet).ToListAsync(cancellationToken);
        if (draft.LocalizationSet is not null && existing.Count == 0 || existing.Any(e => e.ContentType != type.Name))
        {
            return new ContentSaveResult(draft.LocalizationSet, [new ContentError("", "This item no longer exists.")]);
        }

        var cultures = draft.Cultures
            .Where(c => ContentCultures.IsSupported(c.Culture))
            .Where(c => !c.IsEmpty || existing.Any(e => e.Culture == c.Culture))
            .ToList();
        if (cultures.Count == 0)
        {
            errors.Add(new ContentError("", "Write the item in at least one language."));
        }

        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in cultures)
        {
            Validate(type, culture, errors);
            if (type.HasSlug)
            {
                slugs[culture.Culture] = string.IsNullOrWhiteSpace(culture.Slug) ? Slugs.FromTitle(culture.Title) : culture.Slug.Trim();
            }
        }

        ValidateDates(type, draft, errors);
        if (type.HasFile)
        {
            await ValidateFilesAsync(cultures, errors, cancellationToken);
        }

        if (errors.Count > 0)
        {
            return new ContentSaveResult(draft.LocalizationSet, errors);
        }

        await ResolveSlugCollisionsAsync(type, draft, cultures, slugs, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new ContentSaveResult(draft.LocalizationSet, errors);
        }

        // Someone saved after this editor opened the item: refuse before touching anything.
        if (cultures.Any(c => existing.FirstOrDefault(e => e.Culture == c.Culture) is { } item && item.ModifiedUtc.UtcTicks != c.Version))
        {
            return Conflict(draft.LocalizationSet, existing);
        }

        var now = clock.GetUtcNow();
        var set = draft.LocalizationSet ?? Guid.NewGuid().ToString("N");
        var changed = new List<(ContentItem Item, ContentItemVersion Version)>();
        var touched = new List<ContentItem>();
        var confirmed = new List<ContentItem>();
        foreach (var culture in cultures)
        {
            var parts = new ContentParts
            {
                Summary = type.HasSummary ? Clean(culture.Summary) : null,
                Location = type.IsEvent ? Clean(culture.Location) : null,
                FileMediaId = type.HasFile ? culture.FileMediaId : null,
                Format = type.AllowsRichText && culture.IsRichText ? BodyFormats.RichText : null,
            }.ToJson();
            var item = existing.FirstOrDefault(e => e.Culture == culture.Culture);
            if (item is null)
            {
                item = new ContentItem { LocalizationSet = set, ContentType = type.Name, Culture = culture.Culture, CreatedUtc = now, OwnerId = author.Id };
                db.Set<ContentItem>().Add(item);
            }
            else
            {
                db.Entry(item).Property(i => i.ModifiedUtc).OriginalValue = new DateTimeOffset(culture.Version, TimeSpan.Zero);
            }

            var latest = item.Id == 0 ? null : await db.Set<ContentItemVersion>()
                .FirstOrDefaultAsync(v => v.ContentItemId == item.Id && v.Number == item.LatestVersion, cancellationToken);
            var version = new ContentItemVersion
            {
                Number = item.LatestVersion + 1,
                Title = culture.Title!.Trim(),
                Slug = type.HasSlug ? slugs[culture.Culture] : "",
                // Rich text is kept as it will be shown: what the sanitizer removes (scripts, styles, handlers) is
                // not content, and must not wait in the history for a preview or a restore.
                Body = type.AllowsRichText && culture.IsRichText ? RichText.Sanitize(culture.Body) : culture.Body ?? "",
                PartsJson = parts,
                StartsUtc = type.IsEvent ? draft.StartsUtc : null,
                EndsUtc = type.IsEvent ? draft.EndsUtc : null,
                AuthorId = author.Id,
                AuthorName = author.Name,
                CreatedUtc = now,
            };
            var textChanged = latest is null || latest.Title != version.Title || latest.Body != version.Body || latest.PartsJson != version.PartsJson;
            var anyChange = textChanged || latest!.Slug != version.Slug || latest.StartsUtc != version.StartsUtc || latest.EndsUtc != version.EndsUtc;
            if (anyChange)
            {
                item.LatestVersion = version.Number;
                changed.Add((item, version));
                if (!item.Published)
                {
                    CopyToItem(version, item);
                }
            }

            if (textChanged)
            {
                item.TextChangedUtc = now;
            }
            else if (culture.StillMatches)
            {
                confirmed.Add(item);
            }

            item.PublishAtUtc = draft.PublishAtUtc;
            item.UnpublishAtUtc = draft.UnpublishAtUtc;
            item.ModifiedUtc = now;
            touched.Add(item);
        }

        // "Still matches": this translation is as current as the newest one, and no newer.
        foreach (var item in confirmed)
        {
            item.TextChangedUtc = existing.Concat(touched).Max(i => i.TextChangedUtc);
        }

        foreach (var (item, version) in changed)
        {
            // Through the navigation, so items and their versions are written in one SaveChanges (one transaction).
            version.Item = item;
            db.Set<ContentItemVersion>().Add(version);
        }

        // New to the public: none of its translations was ever published (its followers of the section hear of it).
        var firstPublication = existing.Concat(touched).All(i => i.PublishedUtc is null);
        if (action == SaveAction.Publish)
        {
            foreach (var item in touched)
            {
                await PublishLatestAsync(item, now, changed.FirstOrDefault(c => c.Item == item).Version, cancellationToken);
            }
        }

        await ScheduleTimersAsync(type.Name, set, touched.Select(t => t.Culture), draft.PublishAtUtc, draft.UnpublishAtUtc, cancellationToken);
        audit.Record(action == SaveAction.Publish ? "content.published" : draft.PublishAtUtc is null ? "content.draft-saved" : "content.scheduled",
            $"{type.Name}:{set}", new { Cultures = touched.Select(t => t.Culture), Titles = touched.Select(t => t.Title), draft.PublishAtUtc, draft.UnpublishAtUtc });
        if (action == SaveAction.Publish)
        {
            Raise(ContentEvents.Published, type.Name, set, touched.Select(t => t.Culture), firstPublication);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency token mismatch, or another editor adding the same translation or slug meanwhile.
            db.ChangeTracker.Clear();

            var current = await db.Set<ContentItem>().AsNoTracking().Where(c => c.LocalizationSet == set).ToListAsync(cancellationToken);
            return current.Count > 0 && draft.LocalizationSet is not null
                ? Conflict(set, current)
                : new ContentSaveResult(draft.LocalizationSet, [new ContentError("", "Another item was saved with the same address at the same time; save again.")]);
        }

        AfterChange(touched);
        return new ContentSaveResult(set, []);
    }

    /// <summary>Publishes the latest version of every translation of an item.</summary>
    public async Task<bool> PublishAsync(string localizationSet, CancellationToken cancellationToken = default)
    {
        var items = await db.Set<ContentItem>().Where(c => c.LocalizationSet == localizationSet).ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var firstPublication = items.All(i => i.PublishedUtc is null);
        foreach (var item in items)
        {
            await PublishLatestAsync(item, now, null, cancellationToken);
            item.ModifiedUtc = now;
        }

        audit.Record("content.published", $"{items[0].ContentType}:{localizationSet}", new { Cultures = items.Select(i => i.Culture) });
        Raise(ContentEvents.Published, items[0].ContentType, localizationSet, items.Select(i => i.Culture), firstPublication);
        await db.SaveChangesAsync(cancellationToken);
        AfterChange(items);
        return true;
    }

    /// <summary>Withdraws every translation from the public site; the versions stay for a later republication.</summary>
    public async Task<bool> UnpublishAsync(string localizationSet, CancellationToken cancellationToken = default)
    {
        var items = await db.Set<ContentItem>().Where(c => c.LocalizationSet == localizationSet).ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var item in items)
        {
            item.Published = false;
            item.PublishedVersion = null;
            item.UnpublishAtUtc = null;
            item.ModifiedUtc = now;
        }

        audit.Record("content.unpublished", $"{items[0].ContentType}:{localizationSet}", new { Cultures = items.Select(i => i.Culture) });
        Raise(ContentEvents.Unpublished, items[0].ContentType, localizationSet, items.Select(i => i.Culture));
        await db.SaveChangesAsync(cancellationToken);
        AfterChange(items);
        return true;
    }

    /// <summary>Makes an old version the latest draft again (a new version, so the history keeps everything).</summary>
    public async Task<ContentItemVersion?> RestoreAsync(long itemId, int number, ContentAuthor author, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<ContentItem>().FirstOrDefaultAsync(c => c.Id == itemId, cancellationToken);
        var old = item is null ? null : await db.Set<ContentItemVersion>().AsNoTracking()
            .FirstOrDefaultAsync(v => v.ContentItemId == itemId && v.Number == number, cancellationToken);
        if (item is null || old is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var version = new ContentItemVersion
        {
            ContentItemId = item.Id,
            Number = item.LatestVersion + 1,
            Title = old.Title,
            Slug = old.Slug,
            Body = old.Body,
            PartsJson = old.PartsJson,
            StartsUtc = old.StartsUtc,
            EndsUtc = old.EndsUtc,
            AuthorId = author.Id,
            AuthorName = author.Name,
            CreatedUtc = now,
            RestoredFrom = number,
        };
        db.Set<ContentItemVersion>().Add(version);
        item.LatestVersion = version.Number;
        item.TextChangedUtc = now;
        item.ModifiedUtc = now;
        if (!item.Published)
        {
            CopyToItem(version, item);
        }

        audit.Record("content.restored", $"{item.ContentType}:{item.LocalizationSet}", new { item.Culture, From = number, To = version.Number });
        await db.SaveChangesAsync(cancellationToken);
        AfterChange([item]);
        return version;
    }

    /// <summary>Carries out the publications and withdrawals of this tenant that are due.</summary>
    /// <returns>How many items changed.</returns>
    public async Task<int> RunScheduleAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<ContentItem>()
            .Where(c => c.PublishAtUtc != null && c.PublishAtUtc <= now || c.UnpublishAtUtc != null && c.UnpublishAtUtc <= now)
            .ToListAsync(cancellationToken);
        foreach (var item in due)
        {
            if (item.PublishAtUtc <= now)
            {
                var firstPublication = item.PublishedUtc is null;
                await PublishLatestAsync(item, now, null, cancellationToken);
                audit.Record("content.published", $"{item.ContentType}:{item.LocalizationSet}", new { item.Culture, Scheduled = true });
                Raise(ContentEvents.Published, item.ContentType, item.LocalizationSet, [item.Culture], firstPublication);
            }

            if (item.UnpublishAtUtc <= now)
            {
                item.Published = false;
                item.PublishedVersion = null;
                item.UnpublishAtUtc = null;
                audit.Record("content.unpublished", $"{item.ContentType}:{item.LocalizationSet}", new { item.Culture, Scheduled = true });
                Raise(ContentEvents.Unpublished, item.ContentType, item.LocalizationSet, [item.Culture]);
            }

            item.ModifiedUtc = now;
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            AfterChange(due);
        }

        return due.Count;
    }

    public async Task<IReadOnlyList<ContentItemVersion>> HistoryAsync(long itemId, CancellationToken cancellationToken = default) =>
        await db.Set<ContentItemVersion>().AsNoTracking().Where(v => v.ContentItemId == itemId)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    /// <summary>The latest version of each translation: what the editor shows and the preview renders.</summary>
    public async Task<IReadOnlyList<ContentItemVersion>> LatestAsync(IReadOnlyList<ContentItem> items, CancellationToken cancellationToken = default)
    {
        var pairs = items.Select(i => new { i.Id, i.LatestVersion }).ToList();
        var ids = pairs.Select(p => p.Id).ToList();
        var candidates = await db.Set<ContentItemVersion>().AsNoTracking().Where(v => ids.Contains(v.ContentItemId)).ToListAsync(cancellationToken);
        return [.. candidates.Where(v => pairs.Any(p => p.Id == v.ContentItemId && p.LatestVersion == v.Number))];
    }

    /// <summary>Status of each supported culture of an item (missing translations included).</summary>
    public static IReadOnlyDictionary<string, TranslationStatus> Statuses(IReadOnlyList<ContentItem> items, IEnumerable<string> cultures)
    {
        var newest = items.Count == 0 ? DateTimeOffset.MinValue : items.Max(i => i.TextChangedUtc);
        return cultures.ToDictionary(c => c, c => items.FirstOrDefault(i => i.Culture == c) switch
        {
            null => TranslationStatus.Missing,
            var item when item.TextChangedUtc < newest => TranslationStatus.Outdated,
            _ => TranslationStatus.Translated,
        }, StringComparer.Ordinal);
    }

    private async Task PublishLatestAsync(ContentItem item, DateTimeOffset now, ContentItemVersion? latest, CancellationToken cancellationToken)
    {
        latest ??= await db.Set<ContentItemVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemId == item.Id && v.Number == item.LatestVersion, cancellationToken);
        if (latest is not null)
        {
            CopyToItem(latest, item);
        }

        item.Published = true;
        item.PublishedVersion = item.LatestVersion;
        item.PublishedUtc ??= now;
        item.PublishAtUtc = null;
    }

    /// <summary>Makes <paramref name="version"/> what the item shows.</summary>
    internal static void CopyToItem(ContentItemVersion version, ContentItem item)
    {
        item.Title = version.Title;
        item.Slug = version.Slug;
        item.Body = version.Body;
        item.PartsJson = version.PartsJson;
        item.StartsUtc = version.StartsUtc;
        item.EndsUtc = version.EndsUtc;
    }

    /// <summary>
    /// The timers that carry out an item's schedule (one per direction, keyed by its set: a new date replaces the
    /// old one, no date cancels it), saved with the change. When one fires, the tenant's due items are published
    /// or withdrawn (<see cref="RunScheduleAsync"/>).
    /// </summary>
    public async Task ScheduleTimersAsync(string contentType, string set, IEnumerable<string> cultures, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, CancellationToken cancellationToken = default)
    {
        var payload = new ContentEvent(contentType, set, [.. cultures]);
        foreach (var (direction, at) in new[] { ("publish", publishAt), ("unpublish", unpublishAt) })
        {
            var key = $"content:{set}:{direction}";
            if (at is { } when)
            {
                await Outbox.ScheduleAsync(db, ContentEvents.ScheduleDue, payload, when, key, clock, cancellationToken);
            }
            else
            {
                await Outbox.CancelAsync(db, key, cancellationToken);
            }
        }
    }

    /// <summary>Saved with the change: followers' notifications and tenants' rules react to it.</summary>
    private void Raise(string eventType, string contentType, string set, IEnumerable<string> cultures, bool firstPublication = false) =>
        Outbox.Raise(db, eventType, new ContentEvent(contentType, set, [.. cultures], firstPublication), clock);

    private void AfterChange(IEnumerable<ContentItem> items)
    {
        foreach (var item in items)
        {
            search.Update(item);
        }

        if (db.TenantId is { } tenant)
        {
            versions.Bump(tenant);
        }
    }

    private static void Validate(ContentTypeDefinition type, CultureDraft culture, List<ContentError> errors)
    {
        var prefix = culture.Culture + ".";
        if (string.IsNullOrWhiteSpace(culture.Title))
        {
            errors.Add(new ContentError(prefix + "Title", "The title is required."));
        }
        else if (culture.Title.Trim().Length > MaxTitle)
        {
            errors.Add(new ContentError(prefix + "Title", "At most {0} characters.", MaxTitle));
        }

        if (type.HasSlug && !string.IsNullOrWhiteSpace(culture.Slug) && Slugs.Problem(culture.Slug.Trim()) is { } problem)
        {
            errors.Add(new ContentError(prefix + "Slug", problem));
        }

        if (culture.Summary is { Length: > MaxSummary })
        {
            errors.Add(new ContentError(prefix + "Summary", "At most {0} characters.", MaxSummary));
        }

        if (culture.Location is { Length: > MaxLocation })
        {
            errors.Add(new ContentError(prefix + "Location", "At most {0} characters.", MaxLocation));
        }

        if (culture.Body is { Length: > MaxBody })
        {
            errors.Add(new ContentError(prefix + "Body", "At most {0} characters.", MaxBody));
        }

        if (!BodyFormats.IsKnown(culture.Format))
        {
            errors.Add(new ContentError(prefix + "Body", "Choose Markdown or rich text."));
        }
    }

    private async Task ValidateFilesAsync(List<CultureDraft> cultures, List<ContentError> errors, CancellationToken cancellationToken)
    {
        var ids = cultures.Where(c => c.FileMediaId is not null).Select(c => c.FileMediaId!.Value).Distinct().ToList();
        // Tenant-filtered: another tenant's file id is as unknown as a deleted one.
        var known = await db.Set<Media.MediaItem>().AsNoTracking().Where(m => ids.Contains(m.Id) && m.Kind == Media.MediaKind.Document).Select(m => m.Id).ToListAsync(cancellationToken);
        foreach (var culture in cultures)
        {
            if (culture.FileMediaId is null)
            {
                errors.Add(new ContentError(culture.Culture + ".FileMediaId", "Choose the file of this document."));
            }
            else if (!known.Contains(culture.FileMediaId.Value))
            {
                errors.Add(new ContentError(culture.Culture + ".FileMediaId", "The chosen file is no longer in the media library."));
            }
        }
    }

    private static void ValidateDates(ContentTypeDefinition type, ContentDraft draft, List<ContentError> errors)
    {
        if (type.IsEvent)
        {
            if (draft.StartsUtc is null)
            {
                errors.Add(new ContentError("StartsUtc", "The start date is required."));
            }
            else if (draft.EndsUtc < draft.StartsUtc)
            {
                errors.Add(new ContentError("EndsUtc", "The end must come after the start."));
            }
        }

        if (draft.PublishAtUtc is { } publishAt && draft.UnpublishAtUtc <= publishAt)
        {
            errors.Add(new ContentError("UnpublishAtUtc", "The withdrawal must come after the publication."));
        }
    }

    /// <summary>
    /// Two items of a type may not share an address. A slug the editor typed is refused with the other item named;
    /// one made from the title gets a number instead ("budget-2", "budget-3").
    /// </summary>
    private async Task ResolveSlugCollisionsAsync(ContentTypeDefinition type, ContentDraft draft, List<CultureDraft> cultures, Dictionary<string, string> slugs, List<ContentError> errors, CancellationToken cancellationToken)
    {
        if (!type.HasSlug)
        {
            return;
        }

        foreach (var culture in cultures)
        {
            var slug = slugs[culture.Culture];
            if (slug.Length == 0)
            {
                // A title of punctuation only: fall back to something stable and unique.
                slug = type.Name.ToLowerInvariant();
            }

            var typed = !string.IsNullOrWhiteSpace(culture.Slug);
            for (var attempt = 2; ; attempt++)
            {
                var taken = await db.Set<ContentItem>().AsNoTracking()
                    .Where(c => c.ContentType == type.Name && c.Slug == slug && c.LocalizationSet != draft.LocalizationSet)
                    .Select(c => c.Title).FirstOrDefaultAsync(cancellationToken);
                if (taken is null)
                {
                    break;
                }

                if (typed)
                {
                    errors.Add(new ContentError(culture.Culture + ".Slug", "This address is already used by “{0}”; choose another.", taken));
                    break;
                }

                var stem = slugs[culture.Culture].Length == 0 ? type.Name.ToLowerInvariant() : slugs[culture.Culture];
                slug = $"{stem[..Math.Min(stem.Length, Slugs.MaxLength - 4)]}-{attempt}";
            }

            slugs[culture.Culture] = slug;
        }
    }

    private ContentSaveResult Conflict(string? set, IReadOnlyList<ContentItem> current) =>
        new(set, [new ContentError("", "Someone else saved this item while you were editing it. Your text is kept below; compare it with theirs, then save again to replace it.")], current);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The cultures content is written in; Arabic first.</summary>
public static class ContentCultures
{
    public static IReadOnlyList<string> All { get; } = ["ar", "fr", "en"];

    public static bool IsSupported(string culture) => All.Contains(culture);
}

/// <summary>The events the content lifecycle raises.</summary>
public static class ContentEvents
{
    public const string Published = "content.published";
    public const string Unpublished = "content.unpublished";

    /// <summary>Items written by a recipe: only the nodes' search indexes take it.</summary>
    public const string Imported = "content.imported";

    /// <summary>The events after which an item's search entries are read again.</summary>
    public static IReadOnlyList<string> Indexed { get; } = [Published, Unpublished, Imported];

    /// <summary>A timer: an item's scheduled publication or withdrawal is due.</summary>
    public const string ScheduleDue = "content.schedule-due";
}

/// <summary>Payload of <see cref="ContentEvents"/>: which item (its translations' set) in which cultures.</summary>
/// <param name="FirstPublication">Published: none of the item's translations had been published before.</param>
public sealed record ContentEvent(string ContentType, string LocalizationSet, IReadOnlyList<string> Cultures, bool FirstPublication = false);
