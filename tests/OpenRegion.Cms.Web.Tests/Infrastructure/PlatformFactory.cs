using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Web.Tests.Infrastructure;

/// <summary>
/// The real host (Program) over a real database, with its own data directory: the demo recipe sets up the region
/// and three communes, exactly as on an operator's first run.
/// </summary>
public abstract partial class PlatformFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@region.test";
    public const string AdminPassword = "Admin-passw0rd";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "openregion-tests", Guid.NewGuid().ToString("N"));

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <summary>An empty deployment: the first run sets nothing up (no demo region), as an operator moving tenants in would have it.</summary>
    public bool Empty { get; init; }

    protected abstract void ConfigureDatabase(IWebHostBuilder builder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the theme's CSS is only found after publish; tests serve it from the build output.
        builder.UseStaticWebAssets();
        builder.UseSetting("OpenRegion:DataDirectory", DataDirectory);
        builder.UseSetting("OpenRegion:Admin:Email", AdminEmail);
        builder.UseSetting("OpenRegion:Admin:Password", AdminPassword);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests sign in, vote and comment far faster than people do, from one address: the abuse limits are off here
        // and on (with small numbers) in the tests of the limits themselves.
        builder.UseSetting("OpenRegion:Limits:Enabled", "false");
        if (Empty)
        {
            builder.UseSetting("OpenRegion:SetupRecipe", "");
        }

        ConfigureDatabase(builder);
    }

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        Start();
        await WaitForTenantsAsync();
    }

    /// <summary>Starts the in-memory test server; browser tests and cluster nodes start Kestrel instead (<see cref="StartOnKestrel"/>).</summary>
    protected virtual void Start() => _ = Server;

    /// <summary>Starts the host on Kestrel, on a free loopback port, and returns its address (http://127.0.0.1:port).</summary>
    protected string StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS eventually.
        }
    }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task WaitForTenantsAsync(TimeSpan? timeout = null)
    {
        // First the background set-up itself (recipes, their after-commit work such as search indexing)...
        var setup = Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OpenRegion.Cms.Web.Hosting.TenantInitializationService>().Single();
        if (setup.ExecuteTask is { } running)
        {
            await running.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        }

        // ...then the states as every request sees them.
        var registry = Service<TenantRegistry>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            await registry.RefreshAsync();
            if ((registry.All.Count > 0 || Empty) && registry.All.All(t => t.State is TenantState.Running or TenantState.Disabled or TenantState.Failed))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The demo tenants did not finish their set-up.");
    }

    /// <summary>The decoded text of the latest .eml written for <paramref name="to"/>.</summary>
    public string LatestMailTo(string to)
    {
        var files = Directory.Exists(MailDirectory) ? Directory.GetFiles(MailDirectory, "*.eml").Order().ToList() : [];
        foreach (var file in Enumerable.Reverse(files))
        {
            var message = MimeKit.MimeMessage.Load(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                return message.TextBody ?? "";
            }
        }

        throw new InvalidOperationException($"No e-mail to {to} in {MailDirectory}.");
    }

    public static string FirstLink(string text) => LinkPattern().Match(text) is { Success: true } m ? m.Value : throw new InvalidOperationException("No link in: " + text);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
