using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OpenRegion.AdvisoryBodies.Domain;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.AdvisoryBodies.Pages.Bodies;

/// <summary>The council's advisory bodies and the public archive of their files: referrals, opinions, responses.</summary>
[AllowAnonymous]
public sealed class IndexModel(ICmsDbContext db, TimeProvider clock, TenantContext tenant) : PageModel
{
    public const int PageSize = 30;

    public IReadOnlyList<AdvisoryBody> Bodies { get; private set; } = [];

    public IReadOnlyDictionary<long, int> Sitting { get; private set; } = new Dictionary<long, int>();

    public IReadOnlyList<Opinion> Files { get; private set; } = [];

    public AdvisoryBody? Filter { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public bool HasMore { get; private set; }

    public DateOnly Today { get; } = LocalTime.Date(clock.GetUtcNow());

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(string? body, int p = 1, CancellationToken cancellationToken = default)
    {
        if (await AdvisoryBodiesRecipeStep.EnsureRequiredAsync(db, tenant.Shell.Tenant.Kind, clock.GetUtcNow(), cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken); // a tenant that enabled the feature after setup gets its legal bodies
        }

        Bodies = await Drafting.BodiesAsync(db, cancellationToken);
        Sitting = await Drafting.Seated(db, Today).AsNoTracking().GroupBy(m => m.BodyId).Select(g => new { g.Key, Count = g.Select(m => m.UserId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Filter = Bodies.FirstOrDefault(b => b.Slug == body);
        PageNumber = Math.Max(1, p);
        var files = db.Set<Opinion>().AsNoTracking();
        if (Filter is not null)
        {
            files = files.Where(o => o.BodyId == Filter.Id);
        }

        var page = await files.OrderByDescending(o => o.OpenedUtc).ThenByDescending(o => o.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        HasMore = page.Count > PageSize;
        Files = page.Take(PageSize).ToList();
    }

    public AdvisoryBody BodyOf(Opinion opinion) => Bodies.First(b => b.Id == opinion.BodyId);
}
