using OpenRegion.Cms.Core.Consultations;

namespace OpenRegion.Consultations.Domain;

/// <summary>The contribution partial's model: the contribution, the reader's reaction to it, and what the reader may do.</summary>
/// <param name="ReportHref">The link that opens the report form for this contribution; null when the form is the one open.</param>
public sealed record ContributionView(Contribution Contribution, bool? Mine, bool CanAct, bool SignedIn, string Culture, Cms.Core.Media.MediaItem? Attachment = null, string? ReportHref = null);
