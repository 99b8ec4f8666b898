using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenRegion.Cms.Core;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Cluster;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Email;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Localization;
using OpenRegion.Cms.Core.Modules;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Recipes.Steps;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Data;
using OpenRegion.Cms.Data.PostgreSql;
using OpenRegion.Cms.Data.Sqlite;
using OpenRegion.Cms.Web.Security;
using OpenRegion.Cms.Web.Tenancy;
using OpenRegion.Theme.Region;
using Serilog;
using Serilog.Formatting.Compact;

namespace OpenRegion.Cms.Web.Hosting;

public static class OpenRegionHostingExtensions
{
    public static readonly IReadOnlyList<CultureInfo> Cultures = [new("ar"), new("fr"), new("en"), new("zgh")];

    /// <summary>Output-cache policy of public pages that only change with content, tenant settings or culture.</summary>

    public static WebApplicationBuilder AddOpenRegion(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var platform = configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        var dataDirectory = Path.GetFullPath(platform.DataDirectory);
        var sharedDirectory = platform.SharedPath;
        Directory.CreateDirectory(dataDirectory);

        // This host's own logger (not the process-wide static one: tests run several hosts in one process).
        var serilog = new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console()
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(dataDirectory, "logs", "openregion-.clef"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14)
            .CreateLogger();
        builder.Host.UseSerilog(serilog, dispose: true);
        services.AddSingleton<Serilog.ILogger>(serilog);

        services.Configure<PlatformOptions>(configuration.GetSection(PlatformOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PlatformOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        AddCluster(services, configuration, dataDirectory);

        var modules = ModuleCatalog.Discover(typeof(OpenRegionHostingExtensions).Assembly);
        services.AddSingleton(modules);
        services.AddSingleton(new ThemeCatalog([RegionTheme.Name]));
        foreach (var module in modules.Modules)
        {
            module.ConfigureServices(services);
        }

        // Data
        var provider = platform.Database.Provider;
        var connectionString = configuration.GetConnectionString("OpenRegion");
        services.AddCmsData(options =>
        {
            if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(provider, "PostgreSql", StringComparison.OrdinalIgnoreCase))
            {
                PostgresCmsDatabase.Configure(options, string.IsNullOrEmpty(connectionString) ? throw new InvalidOperationException("ConnectionStrings:OpenRegion is required for PostgreSQL.") : connectionString);
            }
            else if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                SqliteCmsDatabase.Configure(options, string.IsNullOrEmpty(connectionString) ? SqliteCmsDatabase.ConnectionStringFor(dataDirectory) : connectionString);
            }
            else
            {
                throw new InvalidOperationException($"OpenRegion:Database:Provider '{provider}' is not supported; use Sqlite or Postgres.");
            }
        });

        // Tenancy, recipes, audit, content
        services.AddSingleton<TenantRegistry>();
        services.AddScoped<TenantContext>();
        services.AddSingleton<TenantService>();
        services.AddSingleton<TenantInitializer>();
        services.AddSingleton<TenantExporter>();
        services.AddSingleton<TenantImporter>();
        services.AddSingleton<TenantRemoval>();
        services.AddSingleton(new RecipeLibrary(Path.Combine(AppContext.BaseDirectory, "recipes")));
        services.AddSingleton<RecipeExecutor>();
        foreach (var step in new[] { typeof(SettingsStep), typeof(FeaturesStep), typeof(ThemeStep), typeof(RolesStep), typeof(ContentStep), typeof(UsersStep), typeof(TenantsStep) })
        {
            services.AddSingleton(typeof(IRecipeStep), step);
        }

        services.AddSingleton<InvitationService>();
        services.AddScoped<AccountEmails>();
        var smtp = configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>() ?? new SmtpOptions();
        services.AddSingleton<IEmailSender>(sp => string.IsNullOrWhiteSpace(smtp.Host)
            ? new PickupDirectoryEmailSender(Path.Combine(dataDirectory, "mail"), platform.MailFrom, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PickupDirectoryEmailSender>>())
            : new SmtpEmailSender(smtp, platform.MailFrom, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SmtpEmailSender>>()));
        var sms = configuration.GetSection(OpenRegion.Cms.Core.Sms.SmsOptions.Section).Get<OpenRegion.Cms.Core.Sms.SmsOptions>() ?? new();
        services.AddSingleton<OpenRegion.Cms.Core.Sms.ISmsSender>(sp => string.IsNullOrWhiteSpace(sms.Url)
            ? new OpenRegion.Cms.Core.Sms.FileSmsSender(Path.Combine(dataDirectory, "sms"), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OpenRegion.Cms.Core.Sms.FileSmsSender>>())
            : new OpenRegion.Cms.Core.Sms.HttpSmsSender(new HttpClient { Timeout = sms.Timeout }, sms, sp.GetRequiredService<ILogger<OpenRegion.Cms.Core.Sms.HttpSmsSender>>()));
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton<ContentVersions>();
        // Created by the container (not passed in as an instance) so that it is disposed, releasing the index locks.
        services.AddSingleton(_ => new OpenRegion.Cms.Core.Search.SearchIndexProvider(Path.Combine(dataDirectory, "search")));
        services.AddSingleton<ContentSearchIndexer>();
        services.AddScoped<ContentEditor>();
        services.AddSingleton<OpenRegion.Cms.Core.Templates.LiquidTemplates>();
        services.AddScoped<OpenRegion.Cms.Core.Templates.ArticleViews>();
        services.AddScoped<SiteMenu>();
        services.AddSingleton(new OpenRegion.Cms.Core.Media.MediaStore(Path.Combine(sharedDirectory, "media")));
        services.AddSingleton<SearchCatchUp>();
        services.AddHostedService<SearchCatchUpService>();
        services.AddSingleton(configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new());
        services.AddHostedService<RetentionService>();
        services.AddHostedService<ScheduledPublishingCatchUp>();
        services.AddSingleton<OpenRegion.Cms.Core.Workflows.IEventHandler, ScheduledPublishingHandler>();
        // Notifications: followers, the in-app centre, e-mail (immediate or daily digest) and SMS.
        services.AddSingleton<OpenRegion.Cms.Core.Notifications.NotificationsHandler>();
        services.AddSingleton<OpenRegion.Cms.Core.Workflows.IEventHandler>(sp => sp.GetRequiredService<OpenRegion.Cms.Core.Notifications.NotificationsHandler>());
        services.AddSingleton<OpenRegion.Cms.Core.Workflows.IEventHandler, OpenRegion.Cms.Core.Notifications.ContentNotificationsHandler>();
        foreach (var template in OpenRegion.Cms.Core.Notifications.ContentNotificationsHandler.Templates)
        {
            services.AddSingleton(template);
        }

        // Tenant rules: on an event of the catalogue, a condition, then actions (each an event of its own).
        foreach (var definition in OpenRegion.Cms.Core.Workflows.Rules.EventCatalog.ContentEvents)
        {
            services.AddSingleton(definition);
        }

        services.AddSingleton<OpenRegion.Cms.Core.Workflows.Rules.EventCatalog>();
        services.AddSingleton<OpenRegion.Cms.Core.Workflows.Rules.IEventEnricher, OpenRegion.Cms.Core.Workflows.Rules.ContentEventEnricher>();
        services.AddSingleton<OpenRegion.Cms.Core.Workflows.IEventHandler, OpenRegion.Cms.Core.Workflows.Rules.RulesHandler>();
        services.AddSingleton<OpenRegion.Cms.Core.Workflows.IEventHandler, OpenRegion.Cms.Core.Workflows.Rules.RuleActionHandler>();

        // Staff deadlines: reminders and overdue notices when their timers fire.
        OpenRegion.Cms.Core.Deadlines.DeadlineNotifications.AddDeadlines(services);
        // Domain events and timers: written to the outbox with the change that raised them, delivered by one
        // dispatcher per process for every tenant.
        services.AddSingleton(configuration.GetSection("OpenRegion:Workflows").Get<OpenRegion.Cms.Core.Workflows.OutboxDispatcherOptions>() ?? new());
        services.AddSingleton<OpenRegion.Cms.Core.Workflows.OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        services.AddSingleton<SetupToken>();
        services.AddSingleton<PlatformStartup>();
        services.AddHostedService<TenantInitializationService>();

        // Accounts: platform-wide, roles per tenant.
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "openregion.auth";
            options.Cookie.Path = "/";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            // A signed-in user without the right on this tenant gets a 403 page, not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        }));
        services.AddIdentityCore<CmsUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();
        services.AddScoped<IClaimsTransformation, TenantClaimsTransformation>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization();

        // Languages: PO catalogs of the host, the theme and every module, with each tenant's own wording on top.
        services.AddSingleton<ICatalogOverlay, TenantWordingOverlay>();
        services.AddPoLocalization(options =>
        {
            options.Assemblies.Add(typeof(OpenRegionHostingExtensions).Assembly);
            options.Assemblies.Add(typeof(RegionTheme).Assembly);
            options.Assemblies.AddRange(modules.Modules.Select(m => m.GetType().Assembly).Distinct());
        });
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("ar");
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = "culture", UIQueryStringKey = "culture" },
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", PermissionPolicy.AnyTenantRole);
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<AntiforgeryFailureFilter>();
                options.Filters.Add<AttemptLimitFilter>();
                options.Filters.Add<CheckboxValueFilter>();
                options.Filters.Add<UnknownHandlerFilter>();
                options.ModelBinderProviders.Insert(0, new NulFreeStringBinderProvider());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization()
            .AddRazorPagesOptions(options => options.Conventions.Add(new ModuleFeatureConvention(modules)));
        services.AddRouting(options => options.LowercaseUrls = true);
        // Arabic (and accented French) text is written as is, not as &#x...; entities: pages stay readable and small.
        services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(options => options.Cookie.Name = "openregion.af");

        // Cookies: never readable by scripts, never sent by other sites' forms, Secure over HTTPS (always when the
        // platform is HTTPS only); headers on every answer (SecurityHeadersMiddleware).
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);
        // Abuse limits (AttemptLimitFilter): attempts counted per account and per network, in this node's memory.
        services.AddSingleton(configuration.GetSection(AttemptLimitOptions.Section).Get<AttemptLimitOptions>() ?? new AttemptLimitOptions());
        services.AddSingleton<AttemptCounter>();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in security.TrustedProxies.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (System.Net.IPNetwork.TryParse(proxy, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (System.Net.IPAddress.TryParse(proxy, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"{SecurityOptions.Section}:TrustedProxies: \"{proxy}\" is neither an address nor a network.");
                }
            }
        });
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
            options.Secure = security.HttpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        // Anonymous views of public pages are served from memory. The key holds the tenant (path base), the culture
        // (query, cookie, Accept-Language), the tenant list's generation and the tenant's content version, so an edit,
        // a renamed tenant or a toggled feature is visible at once. Signed-in requests are never cached.
        services.AddHealthChecks().AddCheck<ReadinessCheck>("ready", tags: ["ready"]);
        services.AddOpenRegionTelemetry(configuration);
        return builder;
    }

    /// <summary>
    /// One node (default): data-protection keys in the data directory, nobody to tell of changes. Several nodes
    /// (<c>ConnectionStrings:Redis</c> set): keys in Redis, shared by all, and changes told through it.
    /// </summary>
    private static void AddCluster(IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("OpenRegion.Cms");
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            // Sign-in cookies and antiforgery tokens survive restarts and move with the data.
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataDirectory, "keys")));
            services.AddSingleton<IClusterBus>(SingleNode.Instance);
            return;
        }

        var name = configuration["OpenRegion:Cluster:Name"] is { Length: > 0 } configured ? configured : "openregion";
        services.AddSingleton(sp => new RedisCluster(redis, name, sp.GetRequiredService<ILogger<RedisCluster>>()));
        services.AddSingleton<IClusterBus>(sp => sp.GetRequiredService<RedisCluster>());
        services.AddOptions<KeyManagementOptions>().Configure<RedisCluster>((options, cluster) =>
            options.XmlRepository = new RedisXmlRepository(() => cluster.Connection.GetDatabase(), cluster.DataProtectionKeys));
        services.AddHostedService<ClusterSync>();
    }

    public static async Task PrepareOpenRegionAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<PlatformStartup>().RunAsync();
    }

    public static WebApplication UseOpenRegion(this WebApplication app)
    {
        if (app.Services.GetRequiredService<SecurityOptions>().TrustedProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<NulCharacterMiddleware>();
        app.UseOpenRegionMetricsEndpoint();
        app.UseCookiePolicy();
        // One line per request: method, path without its query string, status, time and tenant — never the
        // visitor's address, account or what they sent.
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms (tenant {Tenant})";
            // This host's logger, not the process-wide static one (several hosts share a process in tests).
            options.Logger = app.Services.GetService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (log, context) => log.Set("Tenant", context.RequestServices.GetService<TenantContext>()?.TenantId ?? "-");
        });
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.UseRequestLocalization();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseMiddleware<PublicPageCacheMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseMiddleware<MalformedFormMiddleware>();

        // Only paths with an extension can be files: pages skip the file-system lookup.
        app.UseWhen(context => Path.HasExtension(context.Request.Path.Value), files => files.UseStaticFiles());
        app.UseRouting();
        app.UseMiddleware<UndeclaredEndpointGuard>();
        app.UseMiddleware<FeatureGateMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapOpenRegion(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/sitemap.xml", OpenRegion.Cms.Web.Publishing.SitemapEndpoint.WriteAsync).AllowAnonymous();
        // The tenant's own colours (TenantAppearance); the address carries their version, so it is cached for good.
        app.MapGet("/theme/colours.css", (HttpContext context, TenantContext tenant) =>
        {
            if (!tenant.HasTenant || TenantAppearance.ColoursOf(tenant.Shell) is not { } colours)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Text(TenantAppearance.Css(colours), "text/css; charset=utf-8");
        }).AllowAnonymous();
        var modules = app.Services.GetRequiredService<ModuleCatalog>();
        foreach (var module in modules.Modules)
        {
            module.MapEndpoints(app.MapGroup("").WithMetadata(new FeatureMetadata(module.Id)));
        }

        return app;
    }

    /// <remarks>
    /// Redis away leaves a node serving (it answers "Degraded", still 200): taking every node out of the load balancer
    /// for it would turn stale caches into an outage. The node refreshes everything when Redis is back.
    /// </remarks>
    private sealed class ReadinessCheck(TenantRegistry registry, CmsDbContextFactory dbFactory, IClusterBus cluster) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var db = dbFactory.Create(CmsDbScope.Platform);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }

            if (registry.All.Count == 0)
            {
                return HealthCheckResult.Unhealthy("No tenant is configured.");
            }

            return cluster is RedisCluster { IsConnected: false }
                ? HealthCheckResult.Degraded("Redis does not answer: changes made on other nodes are not seen here until it is back.")
                : HealthCheckResult.Healthy($"{registry.All.Count(t => t.State == TenantState.Running)} of {registry.All.Count} tenants running.");
        }
    }
}
