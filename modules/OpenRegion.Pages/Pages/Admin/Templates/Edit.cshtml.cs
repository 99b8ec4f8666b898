using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Templates;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Pages.Pages.Admin.Templates;

/// <summary>
/// Edit one template: preview it on the site's latest published item, save it only when it is valid Liquid
/// (an error names the line and column), or go back to the default. Saved text applies at once.
/// </summary>
[Authorize(Policy = PermissionPolicy.ManageTenant)]
public sealed class EditModel(ICmsDbContext db, TenantContext tenant, TenantRegistry registry, ContentVersions versions, LiquidTemplates templates,
    MarkdownRenderer markdown, IAuditLog audit, IStringLocalizer<PagesModule> T) : PageModel
{
    public LiquidTemplateDefinition Definition { get; private set; } = null!;

    [BindProperty]
    public string Source { get; set; } = "";

    /// <summary>Culture of the preview.</summary>
    [BindProperty(SupportsGet = true)]
    public string Lang { get; set; } = "ar";

    public LiquidError? Error { get; private set; }

    public string? PreviewHtml { get; private set; }

    public bool Customized { get; private set; }

    public IActionResult OnGet(string name)
    {
        if (!Load(name))
        {
            return NotFound();
        }

        Source = LiquidTemplates.SourceFor(tenant.Shell, name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name, string? action, CancellationToken cancellationToken)
    {
        if (!Load(name))
        {
            return NotFound();
        }

        Source = (Source ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (action == "reset")
        {
            await StoreAsync(null, cancellationToken);
            TempData["Saved"] = T["“{0}” is back to the default.", name].Value;
            return LocalRedirect(Url.Content($"~/admin/templates/{name}"));
        }

        Error = LiquidTemplates.Validate(Source);
        if (Error is null)
        {
            // Parsing is not all: a loop beyond the step budget only shows when the template runs.
            try
            {
                PreviewHtml = templates.Render(Source, await SampleAsync(cancellationToken));
            }
            catch (LiquidRenderException ex)
            {
                Error = new LiquidError(null, null, ex.Message);
            }
        }

        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        if (action == "save")
        {
            await StoreAsync(Source, cancellationToken);
            TempData["Saved"] = T["Saved: “{0}” applies to the site now.", name].Value;
            return LocalRedirect(Url.Content($"~/admin/templates/{name}"));
        }

        return Page();
    }

    /// <summary>The source lines around the error, for the page to show with the faulty one marked.</summary>
    public IReadOnlyList<(int Number, string Text)> ErrorContext()
    {
        if (Error?.Line is not { } line)
        {
            return [];
        }

        var lines = Source.Split('\n');
        var first = Math.Max(1, line - 2);
        var last = Math.Min(lines.Length, line + 2);
        return [.. Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(n => (n, lines[n - 1]))];
    }

    private bool Load(string name)
    {
        if (LiquidTemplates.Find(name) is not { } definition)
        {
            return false;
        }

        Definition = definition;
        Customized = LiquidTemplates.IsCustomized(tenant.Shell, name);
        Lang = Lang is "ar" or "fr" ? Lang : "ar";
        return true;
    }

    private async Task StoreAsync(string? source, CancellationToken cancellationToken)
    {
        var key = LiquidTemplates.SettingPrefix + Definition.Name;
        var setting = await db.Set<TenantSetting>().FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (source is null || source == Definition.DefaultSource)
        {
            if (setting is not null)
            {
                db.Set<TenantSetting>().Remove(setting);
            }
        }
        else
        {
            if (setting is null)
            {
                db.Set<TenantSetting>().Add(setting = new TenantSetting { Key = key });
            }

            setting.ValueJson = JsonSerializer.Serialize(source);
        }

        audit.Record(source is null ? "template.reset" : "template.updated", Definition.Name, new { Length = source?.Length ?? 0 });
        await db.SaveChangesAsync(cancellationToken);
        await registry.ReloadAsync(cancellationToken);
        versions.Bump(tenant.TenantId!);
    }

    /// <summary>What the preview shows: the newest published item of the template's type, or a made-up one.</summary>
    private async Task<IReadOnlyDictionary<string, object?>> SampleAsync(CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string> { ["when"] = T["When:"], ["where"] = T["Where:"], ["download"] = T["Download"] };
        if (Definition.Name == "Layout.Footer")
        {
            return new Dictionary<string, object?>
            {
                ["site"] = new Dictionary<string, object?> { ["name"] = tenant.Shell.Tenant.DisplayName(Lang), ["culture"] = Lang },
                ["labels"] = new Dictionary<string, object?> { ["platform"] = T["Participation platform of the Beni Mellal-Khénifra region"].Value },
            };
        }

        var type = Definition.Name["Article.".Length..];
        var item = await ContentLookup.PublishedInCulture(db, type, Lang).OrderByDescending(c => c.PublishedUtc).FirstOrDefaultAsync(cancellationToken)
            ?? new ContentItem
            {
                ContentType = type,
                Culture = Lang,
                Title = T["Example title"],
                Body = T["Example text."],
                Slug = "example",
                PublishedUtc = DateTimeOffset.UtcNow,
                StartsUtc = type == "Event" ? DateTimeOffset.UtcNow.AddDays(7) : null,
                PartsJson = new ContentParts { Summary = T["Example summary."] }.ToJson(),
            };
        return ArticleModel.Build(item, Lang, markdown.BodyToSafeHtml(item.Body, item.PartsJson), null, labels, Request.PathBase);
    }
}
