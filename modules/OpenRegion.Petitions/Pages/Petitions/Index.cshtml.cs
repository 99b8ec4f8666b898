using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Petitions.Domain;

namespace OpenRegion.Petitions.Pages.Petitions;

/// <summary>
/// The public register: every petition to this council that left the draft stage, with its state, signatures and
/// receipt, the newest first; a filter by state; counts per state; the open data files; how to file and sign.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ICmsDbContext db, PetitionSite site) : PageModel
{
    public const int PageSize = 50;

    public PetitionSite Site => site;

    public IReadOnlyList<Petition> Petitions { get; private set; } = [];

    public IReadOnlyDictionary<PetitionState, int> Counts { get; private set; } = new Dictionary<PetitionState, int>();

    public string Culture { get; } = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    [BindProperty(SupportsGet = true, Name = "state")]
    public PetitionState? State { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var published = db.Set<Petition>().AsNoTracking().Where(p => p.State != PetitionState.Draft);
        Counts = await published.GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var filtered = State is { } state and not PetitionState.Draft ? published.Where(p => p.State == state) : published;
        Petitions = await filtered.OrderByDescending(p => p.State == PetitionState.Collecting).ThenByDescending(p => p.Id).Take(PageSize).ToListAsync(cancellationToken);
    }

    public SignatureTally Tally(Petition petition) =>
        SignatureTally.Of(petition.SignatureCount, petition.RequiredSignatures ?? site.Required, 0, [], new Dictionary<string, int>());
}
