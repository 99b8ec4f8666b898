namespace OpenRegion.Cms.Core.Modules;

/// <summary>A permission a module checks, with the tenant roles that hold it unless a tenant says otherwise.</summary>
/// <param name="Name">Stable name, e.g. "Pages.Edit".</param>
/// <param name="Description">English description; admin pages localize it through the PO catalog.</param>
public sealed record PermissionDefinition(string Name, string Description, IReadOnlyList<string> DefaultRoles);
