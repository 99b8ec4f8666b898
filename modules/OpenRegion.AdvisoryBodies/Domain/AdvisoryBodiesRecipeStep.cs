using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Recipes;
using OpenRegion.Cms.Core.Tenancy;

namespace OpenRegion.AdvisoryBodies.Domain;

/// <summary>
/// The bodies the law requires of the tenant's level (three for a region, the equality body otherwise), and files
/// already under way (demo data, or a council moving its archive in):
/// <code>
/// { "name": "advisory-bodies", "tenant": "beni-mellal" (optional),
///   "opinions": [ { "body": "equality", "subjectAr", "subjectFr", "questionAr", "questionFr", "openedDaysAgo": 30, "dueInDays": 15,
///     "opinion": { "text", "author", "adoptedDaysAgo", "for", "against", "abstentions" }, "responseAr", "responseFr" } ] }
/// </code>
/// </summary>
public sealed class AdvisoryBodiesRecipeStep : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Name => "advisory-bodies";

    /// <summary>Adds the required bodies the tenant does not have yet (unsaved); true when it added any.</summary>
    public static async Task<bool> EnsureRequiredAsync(ICmsDbContext db, TenantKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var have = await db.Set<AdvisoryBody>().Select(b => b.Slug).ToListAsync(cancellationToken);
        var missing = AdvisoryBody.Required(kind).Where(b => !have.Contains(b.Slug)).ToList();
        foreach (var body in missing)
        {
            body.CreatedUtc = now;
            db.Set<AdvisoryBody>().Add(body);
        }

        return missing.Count > 0;
    }

    public void Validate(JsonElement step, RecipeStepValidation validation)
    {
        if (!step.TryGetProperty("opinions", out _))
        {
            return;
        }

        foreach (var (element, path) in validation.Array(step, "opinions", "", required: false))
        {
            RecipeOpinion? spec;
            try
            {
                spec = element.Deserialize<RecipeOpinion>(Json);
            }
            catch (JsonException ex)
            {
                validation.Error(path, "is not an opinion: " + ex.Message);
                continue;
            }

            if (spec is null || string.IsNullOrWhiteSpace(spec.Body))
            {
                validation.Error(path + ".body", "names the body by its slug (equality, youth, economic-actors).");
                continue;
            }

            if (string.IsNullOrWhiteSpace(spec.SubjectAr) && string.IsNullOrWhiteSpace(spec.SubjectFr))
            {
                validation.Error(path + ".subjectAr", "a file needs a subject (subjectAr or subjectFr).");
            }

            if (spec.OpenedDaysAgo < 0 || spec.Opinion is { } o && (string.IsNullOrWhiteSpace(o.Text) || o.AdoptedDaysAgo < 0 || o.AdoptedDaysAgo > spec.OpenedDaysAgo || o.For <= o.Against))
            {
                validation.Error(path, "dates are days in the past, the opinion adopted after the file opened, with a text and more votes for than against.");
            }

            if ((spec.ResponseAr ?? spec.ResponseFr) is not null && spec.Opinion is null)
            {
                validation.Error(path + ".responseAr", "the council responds to a submitted opinion: give the opinion too.");
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        if (context.Tenant is not { } tenant || (step.TryGetProperty("tenant", out var only) && only.GetString() != tenant.Id))
        {
            return;
        }

        var now = context.Clock.GetUtcNow();
        var today = LocalTime.Date(now);
        await EnsureRequiredAsync(context.Db, tenant.Kind, now, cancellationToken);
        await context.Db.SaveChangesAsync(cancellationToken);
        if (!step.TryGetProperty("opinions", out var opinions))
        {
            return;
        }

        var bodies = await context.Db.Set<AdvisoryBody>().ToDictionaryAsync(b => b.Slug, cancellationToken);
        var rank = await context.Db.Set<Opinion>().CountAsync(cancellationToken);
        foreach (var element in opinions.EnumerateArray())
        {
            var spec = element.Deserialize<RecipeOpinion>(Json)!;
            if (!bodies.TryGetValue(spec.Body!, out var body))
            {
                continue; // a region's body named in a recipe shared with communes
            }

            var opened = LocalTime.At(today.AddDays(-spec.OpenedDaysAgo), new TimeOnly(10, 0));
            var opinion = new Opinion
            {
                BodyId = body.Id, Origin = spec.QuestionAr is null && spec.QuestionFr is null ? OpinionOrigin.OwnInitiative : OpinionOrigin.Referral,
                Reference = OpinionRules.Reference(LocalTime.Date(opened).Year, ++rank),
                SubjectAr = spec.SubjectAr ?? "", SubjectFr = spec.SubjectFr ?? "", QuestionAr = spec.QuestionAr ?? "", QuestionFr = spec.QuestionFr ?? "",
                DueOn = spec.DueInDays is { } due ? today.AddDays(due) : null, State = OpinionState.Drafting, OpenedBy = "recipe", OpenedUtc = opened,
            };
            context.Db.Set<Opinion>().Add(opinion);
            await context.Db.SaveChangesAsync(cancellationToken);
            if (spec.Opinion is { } text)
            {
                var adopted = today.AddDays(-text.AdoptedDaysAgo);
                context.Db.Set<OpinionVersion>().Add(new OpinionVersion
                {
                    OpinionId = opinion.Id, Number = 1, Text = text.Text!, Note = "", AuthorUserId = "", AuthorName = text.Author ?? "", CreatedUtc = LocalTime.At(adopted, new TimeOnly(9, 0)),
                });
                opinion.State = OpinionState.Submitted;
                opinion.AdoptedVersion = 1;
                opinion.AdoptedOn = adopted;
                (opinion.VotesFor, opinion.VotesAgainst, opinion.Abstentions) = (text.For, text.Against, text.Abstentions);
                opinion.SubmittedUtc = LocalTime.At(adopted, new TimeOnly(16, 0));
                if ((spec.ResponseAr ?? spec.ResponseFr) is not null)
                {
                    opinion.ResponseAr = spec.ResponseAr ?? "";
                    opinion.ResponseFr = spec.ResponseFr ?? "";
                    opinion.RespondedUtc = now;
                    opinion.State = OpinionState.Answered;
                }
            }
        }

        await context.Db.SaveChangesAsync(cancellationToken);
    }

    private sealed record RecipeText(string? Text, string? Author, int AdoptedDaysAgo, int For, int Against, int Abstentions);

    private sealed record RecipeOpinion(string? Body, string? SubjectAr, string? SubjectFr, string? QuestionAr, string? QuestionFr, int OpenedDaysAgo, int? DueInDays, RecipeText? Opinion, string? ResponseAr, string? ResponseFr);
}
