using OpenRegion.Cms.Core.Petitions;

namespace OpenRegion.Petitions.Domain;

/// <summary>The progress partial's model: a petition's tally and the names of its provinces.</summary>
public sealed record PetitionProgress(long Id, SignatureTally Tally, Func<string, string> Names, bool Compact = false);
