namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>The tenant of the current request (or background job), set once by the host.</summary>
public sealed class TenantContext
{
    private TenantShell? _shell;

    public TenantShell Shell => _shell ?? throw new InvalidOperationException("No tenant is bound to this scope.");

    public bool HasTenant => _shell is not null;

    public string? TenantId => _shell?.Id;

    /// <summary>The URL prefix moved into PathBase, e.g. "/azilal"; empty at the root.</summary>
    public string Prefix { get; private set; } = "";

    public void Bind(TenantShell shell, string prefix)
    {
        if (_shell is not null && _shell.Id != shell.Id)
        {
            throw new InvalidOperationException("This scope is already bound to another tenant.");
        }

        _shell = shell;
        Prefix = prefix;
    }
}
