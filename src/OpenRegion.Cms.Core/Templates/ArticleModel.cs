using System.Globalization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Media;

namespace OpenRegion.Cms.Core.Templates;

/// <summary>The values an article template sees: item.*, file.* (documents), labels.*. Dates come formatted for the reader.</summary>
public static class ArticleModel
{
    /// <param name="culture">The reader's culture (dates and labels are in it).</param>
    /// <param name="bodyHtml">The item's sanitized HTML.</param>
    /// <param name="labels">Localized words: when, where, download (labels.lang is added: the reader's culture).</param>
    /// <param name="pathBase">The tenant's path prefix, for the file's address.</param>
    public static Dictionary<string, object?> Build(ContentItem item, string culture, string bodyHtml, MediaItem? file, IReadOnlyDictionary<string, string> labels, string pathBase)
    {
        var parts = ContentParts.Parse(item.PartsJson);
        var type = ContentTypes.Find(item.ContentType);
        var values = new Dictionary<string, object?>
        {
            ["type"] = item.ContentType,
            ["title"] = item.Title,
            ["culture"] = item.Culture,
            ["summary"] = parts.Summary,
            ["location"] = parts.Location,
            ["body_html"] = bodyHtml,
            ["url"] = pathBase + ContentTypes.UrlOf(item.ContentType, item.Slug),
        };
        if (type?.IsEvent == true && item.StartsUtc is { } starts)
        {
            values["starts"] = LocalTime.Format(starts, culture, withTime: true);
            values["starts_iso"] = starts.ToString("o", CultureInfo.InvariantCulture);
            if (item.EndsUtc is { } ends && ends > starts)
            {
                var sameDay = LocalTime.ToLocal(ends).Date == LocalTime.ToLocal(starts).Date;
                values["ends"] = sameDay ? LocalTime.ToLocal(ends).ToString("HH:mm", CultureInfo.InvariantCulture) : LocalTime.Format(ends, culture, withTime: true);
                values["ends_iso"] = ends.ToString("o", CultureInfo.InvariantCulture);
            }
        }
        else if (type?.HasSummary == true && item.PublishedUtc is { } published)
        {
            values["published"] = LocalTime.Format(published, culture);
            values["published_iso"] = published.ToString("o", CultureInfo.InvariantCulture);
        }

        var model = new Dictionary<string, object?>
        {
            ["item"] = values,
            ["labels"] = labels.Append(new("lang", culture)).ToDictionary(l => l.Key, l => (object?)l.Value),
        };
        if (file is not null)
        {
            model["file"] = new Dictionary<string, object?>
            {
                ["url"] = pathBase + file.Url,
                ["name"] = file.FileName,
                ["kind"] = Path.GetExtension(file.FileName).TrimStart('.').ToUpperInvariant(),
                ["size_text"] = file.SizeText,
            };
        }

        return model;
    }
}
