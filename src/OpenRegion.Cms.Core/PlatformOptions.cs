namespace OpenRegion.Cms.Core;

/// <summary>The "OpenRegion" configuration section.</summary>
public sealed class PlatformOptions
{
    public const string Section = "OpenRegion";

    /// <summary>Where SQLite files, mail pickup and logs go. Relative paths are relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// Where the files every node must see go: the media library and tenants' final exports. Several nodes point it
    /// at one shared folder (NFS, a mounted volume); by default it is <see cref="DataDirectory"/>.
    /// </summary>
    public string? SharedDirectory { get; set; }

    /// <summary>The folder of shared files, as a full path.</summary>
    public string SharedPath => Path.GetFullPath(SharedDirectory is { Length: > 0 } shared ? shared : DataDirectory);

    /// <summary>Used in links sent by e-mail.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5000";

    /// <summary>The platform recipe run when the database holds no tenant.</summary>
    public string SetupRecipe { get; set; } = "demo";

    public string MailFrom { get; set; } = "OpenRegion <no-reply@openregion.local>";

    public DatabaseOptions Database { get; set; } = new();

    public AdminOptions Admin { get; set; } = new();

    public TenantCacheOptions Tenants { get; set; } = new();

    /// <summary>
    /// How much memory the tenants' cached state (their shells: descriptor, settings, permissions) may take, and how
    /// long an unused one stays. Over the budget the least recently used shells are released; a released tenant
    /// loads again on its next request.
    /// </summary>
    public sealed class TenantCacheOptions
    {
        public int ShellBudgetKilobytes { get; set; } = 32 * 1024;

        public int IdleMinutes { get; set; } = 20;
    }

    public sealed class DatabaseOptions
    {
        /// <summary>"Sqlite" (default) or "Postgres".</summary>
        public string Provider { get; set; } = "Sqlite";
    }

    public sealed class AdminOptions
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }
}
