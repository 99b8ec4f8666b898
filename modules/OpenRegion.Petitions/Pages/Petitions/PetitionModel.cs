using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Petitions;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Petitions.Domain;

namespace OpenRegion.Petitions.Pages.Petitions;

/// <summary>What every page about one petition shares: finding it on this tenant, who is looking, its documents.</summary>
public abstract class PetitionPageModel(ICmsDbContext db, TimeProvider clock) : PageModel
{
    protected ICmsDbContext Db => db;

    protected TimeProvider Clock => clock;

    public Petition Petition { get; private set; } = null!;

    public string Culture { get; } = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    protected string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsFiler => UserId is { } id && Petition.FilerUserId == id;

    public bool IsStaff { get; private set; }

    /// <returns>False when there is no such petition on this tenant, or it is a draft the reader may not see.</returns>
    protected async Task<bool> LoadAsync(long id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = db.Set<Petition>().Where(p => p.Id == id);
        var petition = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (petition is null)
        {
            return false;
        }

        Petition = petition;
        var authorization = HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        IsStaff = (await authorization.AuthorizeAsync(User, PermissionPolicy.Prefix + PetitionsPermissions.Manage)).Succeeded;
        return PetitionStateMachine.IsPublic(petition.State) || IsFiler || IsStaff;
    }

    public static IReadOnlyList<PetitionAttachment> Attachments(Petition petition)
    {
        try
        {
            return JsonSerializer.Deserialize<List<PetitionAttachment>>(petition.AttachmentsJson, Cms.Core.Workflows.Outbox.JsonOptions) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The attachments with their media items (in the kinds' order).</summary>
    protected async Task<IReadOnlyList<(string Kind, MediaItem Item)>> DocumentsAsync(CancellationToken cancellationToken)
    {
        var attachments = Attachments(Petition);
        var ids = attachments.Select(a => a.MediaId).ToList();
        var items = await db.Set<MediaItem>().AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        return [.. attachments.Where(a => items.ContainsKey(a.MediaId)).OrderBy(a => AttachmentKinds.All.ToList().IndexOf(a.Kind)).Select(a => (a.Kind, items[a.MediaId]))];
    }
}
