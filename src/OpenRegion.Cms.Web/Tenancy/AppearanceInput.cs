using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Tenancy;

/// <summary>The appearance fields of the onboarding page and of a tenant's page: two colours and a logo.</summary>
public sealed class AppearanceInput
{
    public string? MainColour { get; set; } = TenantAppearance.Region.Main;

    public string? LinksColour { get; set; } = TenantAppearance.Region.Links;

    public IFormFile? Logo { get; set; }

    public bool RemoveLogo { get; set; }

    public static AppearanceInput Of(TenantShell shell) =>
        TenantAppearance.ColoursOf(shell) is { } colours ? new() { MainColour = colours.Main, LinksColour = colours.Links } : new();

    /// <summary>Every problem of the fields, as (field under <paramref name="prefix"/>, English msgid, arguments).</summary>
    public async Task<List<(string Field, string Problem, object[] Arguments)>> CheckAsync(string prefix, CancellationToken cancellationToken)
    {
        var problems = new List<(string, string, object[])>();
        foreach (var (field, value) in new[] { (nameof(MainColour), MainColour), (nameof(LinksColour), LinksColour) })
        {
            var (problem, arguments) = TenantAppearance.Check(value?.Trim());
            if (problem is not null)
            {
                problems.Add((prefix + field, problem, arguments));
            }
        }

        if (Logo is { Length: > 0 } logo && await TenantLogo.CheckAsync(logo, cancellationToken) is ({ } logoProblem, var logoArguments))
        {
            problems.Add((prefix + nameof(Logo), logoProblem, logoArguments));
        }

        return problems;
    }

    /// <summary>Stores the (checked) colours and logo on the tenant <paramref name="db"/> is bound to, and saves.</summary>
    public async Task ApplyAsync(ICmsDbContext db, MediaStore store, Tenant tenant, string? by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var colours = new TenantColours(MainColour!.Trim().ToLowerInvariant(), LinksColour!.Trim().ToLowerInvariant());
        var logo = Logo is { Length: > 0 } file ? await TenantLogo.SaveAsync(db, store, tenant, file, by, now, cancellationToken) : null;
        await TenantAppearance.SetAsync(db, colours == TenantAppearance.Region ? null : colours, logo, changeLogo: logo is not null || RemoveLogo, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
