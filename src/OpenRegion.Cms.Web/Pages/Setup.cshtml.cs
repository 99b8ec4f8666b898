using Microsoft.AspNetCore.Authorization;
using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Web.Pages;

/// <summary>First-run page creating the platform administrator: loopback only, or with the token from the log.</summary>
[AllowAnonymous]
public sealed class SetupModel(SetupToken setupToken, UserManager<CmsUser> users, SignInManager<CmsUser> signIn, ILogger<SetupModel> logger) : PageModel
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public IActionResult OnGet() => Allowed() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Allowed())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Two set-up forms posted at once must not create two administrators.
        await Gate.WaitAsync();
        try
        {
            if (!setupToken.IsOpen)
            {
                return NotFound();
            }

            var result = await PlatformAdministrator.CreateAsync(users, Input.Email!, Input.Password!, Input.DisplayName!);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", error.Description);
                }

                return Page();
            }

            setupToken.Close();
            logger.LogInformation("Platform administrator {Email} created through the set-up page", Input.Email);
        }
        finally
        {
            Gate.Release();
        }

        await signIn.PasswordSignInAsync(Input.Email!, Input.Password!, false, false);
        return LocalRedirect(Url.Content("~/admin"));
    }

    private bool Allowed() =>
        setupToken.IsOpen && (setupToken.Matches(Token) || HttpContext.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip));

    public sealed class SetupInput
    {
        [Required(ErrorMessage = "This field is required.")]
        [StringLength(100, ErrorMessage = "At most {1} characters.")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        [EmailAddress(ErrorMessage = "This e-mail address is not valid.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "This field is required.")]
        public string? Password { get; set; }
    }
}
