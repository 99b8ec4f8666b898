using System.Net.Mail;
using System.Text.Json;
using OpenRegion.Cms.Core.Identity;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>{ "name": "users", "invite": [ { "email": "admin@commune.ma", "role": "TenantAdmin" } ] }</summary>
public sealed class UsersStep(InvitationService invitations) : IRecipeStep
{
    public string Name => "users";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        foreach (var (invite, path) in validation.Array(step, "invite", "", required: true))
        {
            var email = validation.RequireString(invite, "email", path);
            if (email is not null && !MailAddress.TryCreate(email, out _))
            {
                validation.Error($"{path}.email", $"'{email}' is not an e-mail address.");
            }

            var role = validation.RequireString(invite, "role", path);
            if (role is not null && !CmsRoles.IsTenantRole(role))
            {
                validation.Error($"{path}.role", $"unknown role '{role}'; tenant roles: {string.Join(", ", CmsRoles.TenantRoles)}.");
            }
        }
    }

    public Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var invite in step.GetProperty("invite").EnumerateArray())
        {
            var pending = invitations.Create(context.Db, context.Tenant!, invite.GetProperty("email").GetString()!, invite.GetProperty("role").GetString()!);
            context.AfterCommit(ct => invitations.SendAsync(pending, ct));
        }

        return Task.CompletedTask;
    }
}
