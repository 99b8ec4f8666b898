using OpenRegion.Cms.Core.Consultations;

namespace OpenRegion.Consultations.Domain;

/// <summary>The contribution partial's model: the contribution, the reader's reaction to it, and what the reader may do.</summary>
public sealed record ContributionView(Contribution Contribution, bool? Mine, bool CanAct, bool SignedIn, string Culture, Cms.Core.Media.MediaItem? Attachment = null);
