using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace OpenRegion.Cms.Web.Security;

/// <summary>Identity's messages (password policy, duplicates) in the visitor's language, from the PO catalogs.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<LocalizedIdentityErrorDescriber> T) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), T["An account already uses this e-mail address."]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), T["An account already uses this e-mail address."]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), T["This e-mail address is not valid."]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), T["The password must have at least {0} characters.", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), T["The password must contain at least one digit."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), T["The password must contain at least one lowercase letter."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), T["The password must contain at least one uppercase letter."]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), T["The password must contain at least one symbol."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), T["This link is not valid or has expired."]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), T["Something went wrong. Please try again."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
