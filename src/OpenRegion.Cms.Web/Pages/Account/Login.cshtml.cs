using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Hosting;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.Cms.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<CmsUser> signIn, IStringLocalizer<HostStrings> T) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    [Limited(LimitedAction.Login)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim(), Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : Url.Content("~/"));
        }

        ModelState.AddModelError(string.Empty, result switch
        {
            { IsLockedOut: true } => T["Too many failed attempts: this account is locked for 15 minutes."],
            { IsNotAllowed: true } => T["Confirm your e-mail address first: open the link we sent you."],
            _ => T["The e-mail address or the password is wrong."],
        });
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "This field is required.")]
        [StringLength(256, ErrorMessage = "At most {1} characters.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [StringLength(200, ErrorMessage = "At most {1} characters.")]
        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
