using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Cms.Web.Pages.Account;

[AllowAnonymous]
public sealed class RegisterModel(UserManager<CmsUser> users, TenantRegistry registry, AccountEmails emails, TimeProvider clock, IStringLocalizer<HostStrings> T) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public IReadOnlyList<SelectListItem> Communes { get; private set; } = [];

    public void OnGet() => LoadCommunes();

    [Limited(LimitedAction.Register)]
    public async Task<IActionResult> OnPostAsync()
    {
        LoadCommunes();
        if (Input.ResidenceTenantId is { Length: > 0 } residence && registry.Find(residence) is not { Kind: TenantKind.Commune })
        {
            ModelState.AddModelError("Input.ResidenceTenantId", T["Choose a commune from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var user = new CmsUser
        {
            UserName = Input.Email!.Trim(),
            Email = Input.Email.Trim(),
            DisplayName = Input.DisplayName!.Trim(),
            PreferredCulture = culture,
            ResidenceTenantId = string.IsNullOrEmpty(Input.ResidenceTenantId) ? null : Input.ResidenceTenantId,
            CreatedUtc = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
            }

            return Page();
        }

        await emails.SendConfirmationAsync(user, Request, HttpContext.RequestAborted);
        Sent = true;
        return Page();
    }

    private void LoadCommunes()
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Communes = registry.All.Where(t => t.Kind == TenantKind.Commune && t.State == TenantState.Running)
            .OrderBy(t => t.DisplayName(culture), StringComparer.Create(CultureInfo.CurrentCulture, true))
            .Select(t => new SelectListItem(t.DisplayName(culture), t.Id))
            .ToList();
    }

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "This field is required.")]
        [StringLength(100, ErrorMessage = "At most {1} characters.")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        [StringLength(256, ErrorMessage = "At most {1} characters.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [StringLength(200, ErrorMessage = "At most {1} characters.")]
        public string? Password { get; set; }

        public string? ResidenceTenantId { get; set; }
    }
}
