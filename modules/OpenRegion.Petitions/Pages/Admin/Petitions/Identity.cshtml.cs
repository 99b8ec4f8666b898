using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Audit;
using OpenRegion.Cms.Core.Budgeting;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Identity;
using OpenRegion.Cms.Core.Localization;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Petitions.Domain;

namespace OpenRegion.Petitions.Pages.Admin.Petitions;

/// <summary>
/// Identity verification for signers. A tenant admin imports the electoral roll or a census extract (CSV: card
/// number, birth date, commune of residence): every bad line is reported with its number and nothing is imported
/// until the file is right; only the card's fingerprint is kept. Staff can also verify, in person, a citizen whose
/// card they saw.
/// </summary>
[Authorize(Policy = PermissionPolicy.Prefix + PetitionsPermissions.Identity)]
[RequestSizeLimit(MaxFileBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes + 1024 * 1024)]
public sealed class IdentityModel(ICmsDbContext db, TimeProvider clock, VoterIdentity identity, PetitionSite site, PetitionTexts texts, IAuditLog audit, IStringLocalizer<PetitionsModule> T) : PageModel
{
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>Problems shown at most; the count says how many there are in all.</summary>
    public const int MaxProblemsShown = 200;

    public PetitionSite Site => site;

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyDictionary<RollSource, int> Counts { get; private set; } = new Dictionary<RollSource, int>();

    public IReadOnlyList<RollProblem> Problems { get; private set; } = [];

    public int ProblemCount { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public RollSource Source { get; set; }

    [BindProperty]
    public bool Replace { get; set; }

    [BindProperty]
    public PersonInput Person { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Counts = await db.Set<ElectoralRollEntry>().GroupBy(e => e.Source).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return await RefuseAsync([T["Choose the CSV file of the roll."]], cancellationToken);
        }

        if (!Enum.IsDefined(Source))
        {
            return await RefuseAsync([T["Choose what the list is."]], cancellationToken);
        }

        var communes = site.Communes("fr").Concat(site.Communes("ar")).DistinctBy(c => c.Id).ToList();
        string? CommuneId(string text) =>
            communes.FirstOrDefault(c => string.Equals(c.Id, text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.NameFr, text, StringComparison.OrdinalIgnoreCase) || c.NameAr == text
                || string.Equals(StripPrefix(c.NameFr), text, StringComparison.OrdinalIgnoreCase) || StripPrefix(c.NameAr) == text)?.Id;

        IReadOnlyList<RollLine> lines;
        IReadOnlyList<RollProblem> problems;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                (lines, problems) = ElectoralRollCsv.Read(reader, CommuneId);
            }
            catch (DecoderFallbackException)
            {
                return await RefuseAsync([T["The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again."]], cancellationToken);
            }
        }

        if (problems.Count > 0 || lines.Count == 0)
        {
            ProblemCount = problems.Count;
            Problems = [.. problems.Take(MaxProblemsShown)];
            return await RefuseAsync([lines.Count == 0 && problems.Count == 0
                ? T["The file has no line to import."]
                : T.Plural(problems.Count, "Nothing was imported: one line is wrong. Fix it and import the whole file again.", "Nothing was imported: {0} lines are wrong. Fix them and import the whole file again.")], cancellationToken);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = Replace
            ? []
            : await db.Set<ElectoralRollEntry>().ToDictionaryAsync(e => e.IdentityKey, cancellationToken);
        if (Replace)
        {
            await db.Set<ElectoralRollEntry>().Where(e => e.Source == Source).ExecuteDeleteAsync(cancellationToken);
        }

        var added = 0;
        var updated = 0;
        foreach (var line in lines)
        {
            var key = identity.Key(line.CardNumber);
            if (existing.TryGetValue(key, out var entry))
            {
                updated++;
            }
            else
            {
                entry = new ElectoralRollEntry { IdentityKey = key };
                db.Set<ElectoralRollEntry>().Add(entry);
                added++;
            }

            entry.BirthDate = line.BirthDate;
            entry.ResidenceTenantId = line.CommuneTenantId;
            entry.Source = Source;
            entry.ImportedUtc = now;
        }

        audit.Record("identity.roll-imported", file.FileName.Length > 100 ? file.FileName[..100] : file.FileName, new { Source = Source.ToString(), added, updated, Replace });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A card of the file is already on the other list of this site (replacing one list keeps the other).
            return await RefuseAsync([T["Nothing was imported: some cards of the file are already on this site's other list. Import with \"replace\" on that list first, or remove them from the file."]], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        TempData["Saved"] = T["Imported: {0} new lines, {1} updated.", added, updated].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPersonAsync(CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var email = Person.Email?.Trim() ?? "";
        var user = email.Length == 0 ? null : await db.Set<CmsUser>().AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), cancellationToken);
        if (user is null)
        {
            errors.Add(T["No account has this e-mail address: the citizen must register first."]);
        }

        if (!VoterIdentity.TryNormalize(Person.CardNumber, out var card))
        {
            errors.Add(T["Type the number of the identity card (CNIE) as it is printed, e.g. AB123456."]);
        }

        if (site.Communes(Culture).All(c => c.Id != Person.Commune))
        {
            errors.Add(T["Choose the commune of residence written on the card."]);
        }

        if (!Person.CardSeen)
        {
            errors.Add(T["Confirm that you saw the identity card."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(errors, cancellationToken);
        }

        audit.Record("identity.verified-in-person", "User:" + user!.Id, new { Person.Commune, Person.OnElectoralRoll });
        var outcome = await IdentityVerification.VerifyInPersonAsync(db, user.Id, identity.Key(card), Person.Commune!, Person.OnElectoralRoll, site.Shell.Id, User.Identity?.Name ?? "", clock, cancellationToken);
        if (outcome != VerificationOutcome.Verified)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync([texts.Verification(outcome)], cancellationToken);
        }

        TempData["Saved"] = T["{0} is verified.", user.DisplayName.Length > 0 ? user.DisplayName : email].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        Errors = errors;
        await OnGetAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>"Commune de Béni Mellal" → "Béni Mellal", "جماعة بني ملال" → "بني ملال": rolls name the commune alone.</summary>
    private static string StripPrefix(string name)
    {
        foreach (var prefix in new[] { "Commune de ", "Commune d'", "Commune du ", "جماعة " })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    public sealed class PersonInput
    {
        public string? Email { get; set; }

        public string? CardNumber { get; set; }

        public string? Commune { get; set; }

        public bool OnElectoralRoll { get; set; }

        public bool CardSeen { get; set; }
    }
}
