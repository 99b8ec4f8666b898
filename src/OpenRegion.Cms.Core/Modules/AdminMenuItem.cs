namespace OpenRegion.Cms.Core.Modules;

/// <summary>A link in the tenant admin menu; shown only to users holding the permission.</summary>
/// <param name="Title">English msgid, localized through the PO catalog.</param>
/// <param name="Path">Path relative to the tenant, e.g. "/admin/pages".</param>
public sealed record AdminMenuItem(string Title, string Path, string Permission, int Order = 100);
