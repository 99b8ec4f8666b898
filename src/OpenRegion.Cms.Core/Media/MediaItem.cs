using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Cms.Core.Media;

/// <summary>A file of a tenant's media library: an image (with alt text per culture) or a document.</summary>
public sealed class MediaItem : ITenantOwned
{
    public long Id { get; set; }

    public string TenantId { get; set; } = "";

    /// <summary>The name the file had on the uploader's computer, cleaned for use in a URL and a download.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Path under the tenant's media folder, e.g. "2026/11/3f2a….pdf".</summary>
    public string StoredPath { get; set; } = "";

    public string ContentType { get; set; } = "";

    public MediaKind Kind { get; set; }

    public long Size { get; set; }

    /// <summary>Hex SHA-256 of the bytes: the same file uploaded twice is recognised.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Images: text alternative in Arabic, for readers who cannot see it.</summary>
    public string? AltAr { get; set; }

    public string? AltFr { get; set; }

    public string? UploadedBy { get; set; }

    public DateTimeOffset UploadedUtc { get; set; }

    public string? Alt(string culture) => culture == "fr" ? AltFr ?? AltAr : AltAr ?? AltFr;

    /// <summary>The size as people read it: "850 KB", "1.5 MB".</summary>
    public string SizeText => Size >= 1024 * 1024
        ? (Size / 1024d / 1024d).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, Size / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";

    /// <summary>Tenant-relative public address.</summary>
    public string Url => $"/media/{Id}/{Uri.EscapeDataString(FileName)}";
}

public enum MediaKind
{
    Image,
    Document,
}
