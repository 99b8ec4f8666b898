namespace OpenRegion.Cms.Core.Tenancy;

/// <summary>A tenant definition was refused; <see cref="Field"/> names the input at fault.</summary>
public sealed class TenantValidationException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
