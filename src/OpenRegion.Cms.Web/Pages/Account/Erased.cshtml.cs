using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenRegion.Cms.Web.Pages.Account;

/// <summary>Said once the account is erased (the visitor is signed out by then).</summary>
[AllowAnonymous]
public sealed class ErasedModel : PageModel
{
    public void OnGet()
    {
    }
}
