using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Transparency;
using OpenRegion.Transparency.Domain;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>One publication: what it is, the period and act, when it was published, its language and format, the link to read it; or that it was withdrawn, when and why.</summary>
[AllowAnonymous]
public sealed class PublicationPageModel(ICmsDbContext db, PublicationDesk desk) : TransparencyPageModel
{
    public CatalogueEntry Entry { get; private set; } = null!;

    public bool Late { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var publication = await db.Set<Publication>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (publication is null)
        {
            return NotFound();
        }

        Entry = (await Catalogue.WithFilesAsync(db, [publication], cancellationToken))[0];
        Late = PublicationRules.PublishedLate(publication, desk.StatementMonths);
        return Page();
    }
}
