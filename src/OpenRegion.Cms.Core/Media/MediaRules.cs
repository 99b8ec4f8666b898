using System.Text.Unicode;

namespace OpenRegion.Cms.Core.Media;

/// <summary>
/// What a tenant may upload. A file is accepted only when its extension is allowed AND its first bytes are what
/// that extension claims (a script renamed photo.jpg is refused). SVG and HTML are never accepted: a browser
/// runs the scripts they may hold.
/// </summary>
public static class MediaRules
{
    public const long MaxImageBytes = 5 * 1024 * 1024;
    public const long MaxDocumentBytes = 20 * 1024 * 1024;

    /// <summary>The request limit of the upload form: above the largest allowed file, so that the page itself explains a refusal.</summary>
    public const long MaxRequestBytes = 64 * 1024 * 1024;

    private sealed record FileType(string ContentType, MediaKind Kind, Func<ReadOnlyMemory<byte>, bool> Matches);

    private static readonly Dictionary<string, FileType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = new("image/jpeg", MediaKind.Image, b => StartsWith(b, 0xFF, 0xD8, 0xFF)),
        [".jpeg"] = new("image/jpeg", MediaKind.Image, b => StartsWith(b, 0xFF, 0xD8, 0xFF)),
        [".png"] = new("image/png", MediaKind.Image, b => StartsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)),
        [".gif"] = new("image/gif", MediaKind.Image, b => StartsWith(b, "GIF87a"u8) || StartsWith(b, "GIF89a"u8)),
        [".webp"] = new("image/webp", MediaKind.Image, b => StartsWith(b, "RIFF"u8) && b.Length >= 12 && b.Span[8..12].SequenceEqual("WEBP"u8)),
        [".pdf"] = new("application/pdf", MediaKind.Document, b => StartsWith(b, "%PDF-"u8)),
        [".docx"] = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.Document, IsZip),
        [".xlsx"] = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.Document, IsZip),
        [".pptx"] = new("application/vnd.openxmlformats-officedocument.presentationml.presentation", MediaKind.Document, IsZip),
        [".odt"] = new("application/vnd.oasis.opendocument.text", MediaKind.Document, IsZip),
        [".ods"] = new("application/vnd.oasis.opendocument.spreadsheet", MediaKind.Document, IsZip),
        [".csv"] = new("text/csv; charset=utf-8", MediaKind.Document, IsUtf8Text),
    };

    public static IReadOnlyCollection<string> Extensions => Types.Keys;

    /// <summary>The HTML accept attribute of the upload field.</summary>
    public static string Accept => string.Join(',', Types.Keys);

    /// <param name="head">The first bytes of the file (at least 4 KiB when the file is that long).</param>
    /// <returns>Null and the file's type when acceptable; otherwise an English msgid and its arguments.</returns>
    public static (string? Problem, object[] Arguments, string ContentType, MediaKind Kind) Check(string fileName, long size, ReadOnlyMemory<byte> head)
    {
        var extension = Path.GetExtension(fileName);
        if (!Types.TryGetValue(extension, out var type))
        {
            return ("Files of this type are not accepted. Accepted: {0}.", [string.Join(", ", Types.Keys)], "", MediaKind.Document);
        }

        if (size == 0)
        {
            return ("The file is empty.", [], "", type.Kind);
        }

        var max = type.Kind == MediaKind.Image ? MaxImageBytes : MaxDocumentBytes;
        if (size > max)
        {
            return ("The file is too large: {0} MB at most for this type.", [max / (1024 * 1024)], "", type.Kind);
        }

        return type.Matches(head)
            ? (null, [], type.ContentType, type.Kind)
            : ("The file's content does not match its extension {0}.", [extension.ToLowerInvariant()], "", type.Kind);
    }

    /// <summary>
    /// A name safe in a URL, a Content-Disposition header and a file system: letters (Arabic included), digits,
    /// dots, hyphens and underscores; bidi controls and path separators removed.
    /// </summary>
    public static string CleanFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var stem = Content.Slugs.FromTitle(Path.GetFileNameWithoutExtension(name));
        if (stem.Length == 0)
        {
            stem = "file";
        }

        return (stem.Length > 80 ? stem[..80].TrimEnd('-') : stem) + extension;
    }

    private static bool StartsWith(ReadOnlyMemory<byte> bytes, params byte[] prefix) => bytes.Span.StartsWith(prefix);

    private static bool StartsWith(ReadOnlyMemory<byte> bytes, ReadOnlySpan<byte> prefix) => bytes.Span.StartsWith(prefix);

    private static bool IsZip(ReadOnlyMemory<byte> bytes) => StartsWith(bytes, 0x50, 0x4B, 0x03, 0x04);

    private static bool IsUtf8Text(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.Contains((byte)0))
        {
            return false;
        }

        // The head may end inside a multi-byte character: only the complete part must be valid.
        for (var trim = 0; trim < 4 && trim < span.Length; trim++)
        {
            if (Utf8.IsValid(span[..(span.Length - trim)]))
            {
                return true;
            }
        }

        return span.Length == 0;
    }
}
