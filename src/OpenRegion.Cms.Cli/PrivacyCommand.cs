using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Privacy;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.Cms.Cli;

/// <summary>
/// A citizen's request received on paper or at a counter (law 09-08): their data written to a file, their account
/// erased (the same rules as the "My data" page), and each site's retention sweep run now rather than tonight.
/// </summary>
internal static class PrivacyCommand
{
    public static IReadOnlyCollection<string> Options(IReadOnlyList<string> positional) => positional switch
    {
        ["privacy", "export"] => ["email", "out"],
        ["privacy", "erase"] => ["email", "confirm"],
        ["privacy", "sweep"] => ["tenant"],
        _ => [],
    };

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> positional, IReadOnlyDictionary<string, List<string>> options, TextWriter output, TextWriter error)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var dbs = services.GetRequiredService<ICmsDbContextFactory>();
        switch (positional)
        {
            case ["privacy", "sweep"]:
                return await SweepAsync(services, dbs, clock, CliArguments.Optional(options, "tenant"), output);
            case ["privacy", "export"]:
            {
                var email = CliArguments.Required(options, "email");
                var path = CliArguments.Required(options, "out");
                await using var lease = dbs.ForPlatform();
                if (await FindAsync(lease.Db, email) is not { } user)
                {
                    error.WriteLine($"No account has the e-mail address {email}.");
                    return 1;
                }

                var json = await PersonalData.ExportAsync(lease.Db, user, clock.GetUtcNow());
                await File.WriteAllBytesAsync(path, json);
                var counts = await PersonalData.CountAsync(lease.Db, user);
                output.WriteLine($"Wrote {path} ({json.Length} bytes): the account and {counts.Values.Sum()} row(s) — {Describe(counts)}.");
                return 0;
            }

            case ["privacy", "erase"]:
            {
                var email = CliArguments.Required(options, "email");
                if (!string.Equals(CliArguments.Optional(options, "confirm"), email, StringComparison.OrdinalIgnoreCase))
                {
                    throw new CliUsageException("--confirm must repeat the e-mail address: erasing an account cannot be undone.");
                }

                var now = clock.GetUtcNow();
                await using var lease = dbs.ForPlatform();
                if (await FindAsync(lease.Db, email) is not { } user)
                {
                    error.WriteLine($"No account has the e-mail address {email}.");
                    return 1;
                }

                var blockers = await PersonalData.BlockersAsync(lease.Db, user, now);
                if (blockers.Count > 0)
                {
                    error.WriteLine($"Not erased: {email} must first stop holding what follows.");
                    foreach (var blocker in blockers)
                    {
                        error.WriteLine($"  {blocker.Reason}{(blocker.TenantId.Length > 0 ? " on " + blocker.TenantId : "")}{(blocker.What is { } what ? ": " + what : "")}");
                    }

                    return 1;
                }

                var erased = await PersonalData.EraseAsync(lease.Db, user, now);
                var versions = services.GetRequiredService<ContentVersions>();
                foreach (var site in erased.Sites)
                {
                    versions.Bump(site);
                    await using var siteLease = dbs.ForTenant(site);
                    siteLease.Db.Set<AuditEntry>().Add(new AuditEntry { OccurredUtc = now, Action = "privacy.account-erased", UserName = "cli", DetailsJson = JsonSerializer.Serialize(erased.Rows) });
                    await siteLease.Db.SaveChangesAsync();
                }

                output.WriteLine($"Erased the account of {email}: {erased.Rows.Values.Sum()} row(s) deleted or unlinked on {erased.Sites.Count} site(s) — {Describe(erased.Rows)}.");
                return 0;
            }

            default:
                throw new CliUsageException("privacy: export, erase or sweep.");
        }
    }

    private static Task<CmsUser?> FindAsync(ICmsDbContext db, string email)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Set<CmsUser>().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized);
    }

    private static string Describe(IReadOnlyDictionary<string, int> counts) =>
        counts.Count == 0 ? "nothing else" : string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));

    private static async Task<int> SweepAsync(IServiceProvider services, ICmsDbContextFactory dbs, TimeProvider clock, string? only, TextWriter output)
    {
        var registry = services.GetRequiredService<TenantRegistry>();
        await registry.RefreshAsync();
        if (only is not null && registry.Find(only) is null)
        {
            throw new TenantValidationException("Id", $"No tenant '{only}'.");
        }

        foreach (var tenant in registry.All.Where(t => only is null || t.Id == only))
        {
            await using var lease = dbs.ForTenant(tenant.Id);
            var report = await RetentionSweep.RunAsync(lease.Db, clock.GetUtcNow());
            output.WriteLine($"{tenant.Id}: {report.Total} record(s) no longer hold personal data{(report.Total > 0 ? " — " + Describe(report.Changed) : "")}.");
        }

        return 0;
    }
}
