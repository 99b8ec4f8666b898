using System.Globalization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Tenancy;
using OpenRegion.Cms.Web.Hosting;

namespace OpenRegion.Cms.Cli;

/// <summary>
/// Operators' commands, on the same configuration as the host (appsettings, OpenRegion__* environment variables,
/// --OpenRegion:DataDirectory=… arguments). Exit codes: 0 done, 1 refused or failed, 2 wrong usage.
/// </summary>
public static class CliApplication
{
    public const string Usage = """
        usage: openregion <command> [options] [--Key=Value configuration overrides]
          migrate                                   apply database migrations (and PostgreSQL row-level security)
          tenants list                              list tenants with their state and address
          tenants create --id ID --name-ar NAME --name-fr NAME [--kind Commune|Province|Region]
                         [--prefix PREFIX] [--host HOST]... [--population N] [--parent ID] [--recipe commune]
                                                    create a tenant and run its recipe
          tenants create --from-csv FILE [--dry-run]
                                                    create every tenant of a CSV file (id, name_ar, name_fr, kind,
                                                    parent, population, prefix, hosts, recipe), the whole file
                                                    checked first: a bad line names itself and nothing is created
          tenants disable ID | tenants enable ID
          tenants export ID --out FILE.zip          write the tenant's rows, the accounts they name and its files to
                                                    one archive (personal data and password hashes: keep it safe);
                                                    prints the archive's SHA-256
          tenants import FILE.zip [--parent ID] [--sha256 HEX]
                                                    bring an archive in, all or nothing (checksums, version, clashes
                                                    checked first); --parent attaches it to another province/region,
                                                    --sha256 checks the file is the one that was exported
          recipes run NAME|--file PATH [--tenant ID] run a recipe on a tenant (or a platform recipe without --tenant)
          recipes validate NAME|--file PATH [--tenant ID]
          reindex [--tenant ID]                     rebuild the search indexes from the database
          backup --out DIR                          SQLite: copy the database (online, consistent), media, exports and
                                                    keys to DIR with a manifest of row counts and SHA-256 sums
          restore --from DIR [--force]              with the platform stopped: check the backup, then put it in place
                                                    (what it replaces is kept as *.before-restore-TIME)
          privacy export --email ADDRESS --out FILE.json
                                                    everything the platform holds about that account, on every site
          privacy erase --email ADDRESS --confirm ADDRESS
                                                    erase the account as its "My data" page does (ballots, signatures
                                                    stay counted without the person); refused while it holds a role
          privacy sweep [--tenant ID]               run the retention sweep now (it runs every night anyway)
          pb count [--rule auto|greedy|greedy-no-skip|mes] FILE.pb
                                                    count a pabulib election (no database): the funded project ids
                                                    in the order the rule funded them, then total=<cost>
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        List<string> positional, configuration;
        Dictionary<string, List<string>> options;
        try
        {
            (positional, options, configuration) = CliArguments.Parse(args);
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(ex.Message);
            return 2;
        }

        if (positional.Count == 0)
        {
            error.WriteLine(Usage);
            return 2;
        }

        if (positional[0] is "help" or "--help" or "-h")
        {
            output.WriteLine(Usage);
            return 0;
        }

        if (positional[0] is "backup" or "restore")
        {
            // With the platform's configuration only: a restore must not migrate or start anything first.
            try
            {
                CliArguments.OnlyKnown(options, positional[0] == "backup" ? ["out"] : ["from", "force"]);
                var settings = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configuration.ToArray(), ContentRootPath = AppContext.BaseDirectory }).Configuration;
                return await BackupCommand.RunAsync(positional, options, settings, output, error);
            }
            catch (CliUsageException ex)
            {
                error.WriteLine(ex.Message);
                error.WriteLine(Usage);
                return 2;
            }
        }

        if (positional[0] == "pb")
        {
            // Counting a file needs neither the host nor its database.
            return PbCountCommand.Run(positional, options, output, error);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configuration.ToArray(), ContentRootPath = AppContext.BaseDirectory });
        // Command output must not drown in the host's information logs; an explicit --Serilog:… argument still wins.
        if (!configuration.Any(c => c.StartsWith("--Serilog:MinimumLevel:Default", StringComparison.OrdinalIgnoreCase)))
        {
            builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        }

        builder.AddOpenRegion();
        await using var app = builder.Build();
        var services = app.Services;
        try
        {
            CliArguments.OnlyKnown(options, positional switch
            {
                ["tenants", "create"] when options.ContainsKey("from-csv") => ["from-csv", "dry-run"],
                ["tenants", "create"] => ["id", "name-ar", "name-fr", "kind", "prefix", "host", "population", "parent", "recipe"],
                ["recipes", ..] => ["file", "tenant"],
                ["reindex"] => ["tenant"],
                ["tenants", "export", _] => ["out"],
                ["tenants", "import", _] => ["parent", "sha256"],
                ["privacy", ..] => PrivacyCommand.Options(positional),
                _ => [],
            });
            await services.GetRequiredService<PlatformStartup>().MigrateAsync();
            switch (positional)
            {
                case ["migrate"]:
                    output.WriteLine("Database is up to date.");
                    return 0;
                case ["tenants", "list"]:
                    var registry = services.GetRequiredService<TenantRegistry>();
                    await registry.RefreshAsync();
                    foreach (var t in registry.All)
                    {
                        output.WriteLine($"{t.Id,-20} {t.State,-13} {t.Kind,-8} {string.Join(',', t.HostNames)}/{t.UrlPrefix,-16} {t.NameFr} | {t.NameAr}");
                    }

                    return 0;
                case ["tenants", "create"] when options.ContainsKey("from-csv"):
                    return await CreateTenantsFromCsvAsync(services, options, output, error);
                case ["tenants", "create"]:
                    return await CreateTenantAsync(services, options, output);
                case ["tenants", "disable", var id]:
                    await services.GetRequiredService<TenantService>().DisableAsync(id);
                    output.WriteLine($"Tenant {id} disabled.");
                    return 0;
                case ["tenants", "enable", var id]:
                    await services.GetRequiredService<TenantService>().EnableAsync(id);
                    output.WriteLine($"Tenant {id} enabled.");
                    return 0;
                case ["tenants", "export", var id]:
                    return await ExportTenantAsync(services, id, CliArguments.Required(options, "out"), output);
                case ["tenants", "import", var file]:
                    return await ImportTenantAsync(services, file, options, output, error);
                case ["reindex"]:
                    return await ReindexAsync(services, options, output);
                case ["recipes", "run" or "validate", ..]:
                    return await RecipeAsync(services, positional, options, output, error);
                case ["privacy", ..]:
                    return await PrivacyCommand.RunAsync(services, positional, options, output, error);
                default:
                    error.WriteLine(Usage);
                    return 2;
            }
        }
        catch (TenantValidationException ex)
        {
            error.WriteLine($"refused ({ex.Field}): {ex.Message}");
            return 1;
        }
        catch (RecipeException ex)
        {
            error.WriteLine($"recipe '{ex.RecipeName}' refused, nothing was applied:");
            foreach (var e in ex.Errors)
            {
                error.WriteLine("  " + e);
            }

            return 1;
        }
        catch (CliUsageException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine(Usage);
            return 2;
        }
        catch (FileNotFoundException ex)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            error.WriteLine("The search index is in use by the running platform. Stop it first, or delete the data directory's search folder and restart it: indexes are rebuilt at start-up.");
            return 1;
        }
    }

    private static async Task<int> ReindexAsync(IServiceProvider services, IReadOnlyDictionary<string, List<string>> options, TextWriter output)
    {
        var registry = services.GetRequiredService<TenantRegistry>();
        await registry.RefreshAsync();
        var only = CliArguments.Optional(options, "tenant");
        if (only is not null && registry.Find(only) is null)
        {
            throw new TenantValidationException("Id", $"No tenant '{only}'.");
        }

        var indexer = services.GetRequiredService<ContentSearchIndexer>();
        var dbFactory = services.GetRequiredService<ICmsDbContextFactory>();
        foreach (var tenant in registry.All.Where(t => only is null || t.Id == only))
        {
            await using var lease = dbFactory.ForTenant(tenant.Id);
            var count = await indexer.RebuildAsync(lease.Db, tenant.Id);
            output.WriteLine($"{tenant.Id}: {count} item(s) indexed.");
        }

        return 0;
    }

    private static async Task<int> CreateTenantAsync(IServiceProvider services, IReadOnlyDictionary<string, List<string>> options, TextWriter output)
    {
        var definition = new TenantDefinition
        {
            Id = CliArguments.Required(options, "id"),
            NameAr = CliArguments.Required(options, "name-ar"),
            NameFr = CliArguments.Required(options, "name-fr"),
            Kind = CliArguments.Optional(options, "kind") is { } kind ? Enum.TryParse<TenantKind>(kind, true, out var k) ? k : throw new CliUsageException($"--kind: unknown level '{kind}'.") : TenantKind.Commune,
            UrlPrefix = CliArguments.Optional(options, "prefix") ?? "",
            HostNames = options.GetValueOrDefault("host") ?? [],
            Population = CliArguments.Optional(options, "population") is { } p ? int.TryParse(p, out var n) ? n : throw new CliUsageException("--population must be a whole number.") : null,
            ParentId = CliArguments.Optional(options, "parent"),
            Recipe = CliArguments.Optional(options, "recipe") ?? "commune",
        };
        var tenant = await services.GetRequiredService<TenantService>().CreateAsync(definition);
        var ok = await services.GetRequiredService<TenantInitializer>().InitializeAsync(tenant.Id);
        output.WriteLine(ok ? $"Tenant {tenant.Id} created and running." : $"Tenant {tenant.Id} created, but its recipe failed: see 'tenants list' and the log.");
        return ok ? 0 : 1;
    }

    /// <summary>
    /// Bulk onboarding: the whole file is read and checked against the tenants that exist (and its own earlier lines)
    /// before the first tenant is created; each is then created and its recipe run, as <c>tenants create</c> does.
    /// </summary>
    private static async Task<int> CreateTenantsFromCsvAsync(IServiceProvider services, IReadOnlyDictionary<string, List<string>> options, TextWriter output, TextWriter error)
    {
        var path = CliArguments.Required(options, "from-csv");
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(await File.ReadAllBytesAsync(path));
        }
        catch (System.Text.DecoderFallbackException)
        {
            error.WriteLine($"{path}: not UTF-8 text. Save the spreadsheet as \"CSV UTF-8\"; nothing was created.");
            return 1;
        }

        var registry = services.GetRequiredService<TenantRegistry>();
        await registry.RefreshAsync();
        var file = TenantCsv.Read(text, [.. registry.All]);
        if (file.Errors.Count > 0)
        {
            foreach (var problem in file.Errors)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"{file.Errors.Count} line(s) refused: nothing was created.");
            return 1;
        }

        if (options.ContainsKey("dry-run"))
        {
            output.WriteLine($"{file.Tenants.Count} tenant(s) would be created; nothing was created (--dry-run).");
            return 0;
        }

        var tenants = services.GetRequiredService<TenantService>();
        var initializer = services.GetRequiredService<TenantInitializer>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failed = new List<string>();
        foreach (var definition in file.Tenants)
        {
            var tenant = await tenants.CreateAsync(definition);
            if (!await initializer.InitializeAsync(tenant.Id))
            {
                failed.Add(tenant.Id);
                error.WriteLine($"{tenant.Id}: created, but its recipe failed (see the log); it stays out of service until it is run again.");
            }
        }

        var each = file.Tenants.Count == 0 ? 0 : clock.Elapsed.TotalMilliseconds / file.Tenants.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Tenants.Count - failed.Count} of {file.Tenants.Count} tenant(s) created and running in {clock.Elapsed.TotalSeconds:0.0} s ({each:0} ms each)."));
        return failed.Count == 0 ? 0 : 1;
    }

    private static async Task<int> ExportTenantAsync(IServiceProvider services, string id, string path, TextWriter output)
    {
        var partial = path + ".partial";
        try
        {
            TenantArchiveSummary summary;
            await using (var file = File.Create(partial))
            {
                summary = await services.GetRequiredService<TenantExporter>().ExportAsync(id, file);
            }

            File.Move(partial, path, overwrite: true);
            output.WriteLine($"Tenant {id} exported to {path}: {summary.Rows} rows in {summary.RowsPerTable.Count(t => t.Value > 0)} tables, {summary.Accounts} account(s), {summary.Files} file(s) ({summary.MediaBytes} bytes).");
            output.WriteLine("sha256=" + await Sha256Async(path));
            return 0;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task<int> ImportTenantAsync(IServiceProvider services, string path, IReadOnlyDictionary<string, List<string>> options, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"{path}: no such file.");
            return 1;
        }

        if (CliArguments.Optional(options, "sha256") is { } expected && !string.Equals(expected.Trim(), await Sha256Async(path), StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"{path}: its SHA-256 is not the one given: this is not the archive that was exported. Nothing was imported.");
            return 1;
        }

        await using var file = File.OpenRead(path);
        var summary = await services.GetRequiredService<TenantImporter>().ImportAsync(file, CliArguments.Optional(options, "parent"));
        output.WriteLine($"Tenant {summary.TenantId} imported: {summary.Rows} rows, {summary.Accounts} new account(s), {summary.Files} file(s) ({summary.MediaBytes} bytes).");
        return 0;
    }

    private static async Task<string> Sha256Async(string path)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(file));
    }

    private static async Task<int> RecipeAsync(IServiceProvider services, IReadOnlyList<string> positional, IReadOnlyDictionary<string, List<string>> options, TextWriter output, TextWriter error)
    {
        var library = services.GetRequiredService<RecipeLibrary>();
        var file = CliArguments.Optional(options, "file");
        var name = file is not null ? Path.GetFileName(file) : positional.Count > 2 ? positional[2] : throw new CliUsageException("Name a recipe or give --file.");
        var json = file is not null ? await File.ReadAllTextAsync(file) : library.Read(name);
        var registry = services.GetRequiredService<TenantRegistry>();
        await registry.RefreshAsync();
        Tenant? tenant = null;
        if (CliArguments.Optional(options, "tenant") is { } tenantId)
        {
            tenant = registry.Find(tenantId) ?? throw new TenantValidationException("Id", $"No tenant '{tenantId}'.");
        }

        var executor = services.GetRequiredService<RecipeExecutor>();
        if (positional[1] == "validate")
        {
            var errors = executor.Validate(RecipeExecutor.Substitute(json, tenant), tenant is null ? RecipeScope.Platform : RecipeScope.Tenant);
            foreach (var e in errors)
            {
                error.WriteLine("  " + e);
            }

            output.WriteLine(errors.Count == 0 ? "Recipe is valid." : $"{errors.Count} error(s).");
            return errors.Count == 0 ? 0 : 1;
        }

        await executor.RunAsync(name, json, tenant, null);
        await registry.ReloadAsync();
        if (tenant is null)
        {
            // A platform recipe may have created tenants: set them up now.
            await services.GetRequiredService<TenantInitializer>().InitializePendingAsync();
        }

        output.WriteLine($"Recipe {name} applied to {tenant?.Id ?? "the platform"}.");
        return 0;
    }
}
