using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Identity;

namespace OpenRegion.Cms.Core.Recipes.Steps;

/// <summary>{ "name": "roles", "roles": [ { "name": "Editor", "permissions": ["Pages.Edit"] } ] }</summary>
public sealed class RolesStep : IRecipeStep
{
    public string Name => "roles";

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        var known = validation.Services.Modules.Modules.SelectMany(m => m.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (role, path) in validation.Array(step, "roles", "", required: true))
        {
            var name = validation.RequireString(role, "name", path);
            if (name is not null && !CmsRoles.IsTenantRole(name))
            {
                validation.Error($"{path}.name", $"unknown role '{name}'; tenant roles: {string.Join(", ", CmsRoles.TenantRoles)}.");
            }

            foreach (var (permission, permissionPath) in validation.Array(role, "permissions", path, required: true))
            {
                if (permission.ValueKind != JsonValueKind.String || !known.Contains(permission.GetString()!))
                {
                    validation.Error(permissionPath, $"unknown permission {permission.GetRawText()}.");
                }
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var set = context.Db.Set<TenantRoleDefinition>();
        foreach (var role in step.GetProperty("roles").EnumerateArray())
        {
            var name = role.GetProperty("name").GetString()!;
            var permissions = role.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).Distinct().ToList();
            var existing = await set.FirstOrDefaultAsync(r => r.Role == name, cancellationToken);
            if (existing is null)
            {
                set.Add(new TenantRoleDefinition { Role = name, Permissions = permissions });
            }
            else
            {
                existing.Permissions = permissions;
            }
        }
    }
}
