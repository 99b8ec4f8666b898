namespace OpenRegion.Cms.Web.Hosting;

/// <summary>What a visitor had typed into a form whose antiforgery token was missing or expired.</summary>
/// <param name="PasswordFields">Password fields are never echoed back: the visitor types them again.</param>
public sealed record FormExpiredModel(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields, IReadOnlyList<string> PasswordFields);
