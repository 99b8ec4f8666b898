using Microsoft.EntityFrameworkCore;
using OpenRegion.Cms.Core.Consultations;
using OpenRegion.Cms.Core.Data;

namespace OpenRegion.Consultations.Domain;

/// <summary>A question with its results, for the synthesis and the staff's survey page.</summary>
public sealed record QuestionResult(SurveyQuestion Question, QuestionTally Tally);

/// <summary>Reading and storing survey answers.</summary>
public static class Surveys
{
    public static Task<List<SurveyQuestion>> QuestionsAsync(ICmsDbContext db, long consultationId, CancellationToken cancellationToken) =>
        db.Set<SurveyQuestion>().AsNoTracking().Where(q => q.ConsultationId == consultationId).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);

    /// <summary>Every question's results; free texts newest first.</summary>
    public static async Task<IReadOnlyList<QuestionResult>> ResultsAsync(ICmsDbContext db, long consultationId, CancellationToken cancellationToken)
    {
        var questions = await QuestionsAsync(db, consultationId, cancellationToken);
        if (questions.Count == 0)
        {
            return [];
        }

        var answers = (await db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.ConsultationId == consultationId).OrderByDescending(a => a.Id)
            .Select(a => new { a.QuestionId, a.Value }).ToListAsync(cancellationToken)).ToLookup(a => a.QuestionId, a => a.Value);
        return [.. questions.Select(q => new QuestionResult(q, SurveyRules.Tally(q, [.. answers[q.Id]])))];
    }

    /// <summary>The reader's answers by question (normalized values).</summary>
    public static Task<Dictionary<long, string>> MineAsync(ICmsDbContext db, long consultationId, string userId, CancellationToken cancellationToken) =>
        db.Set<SurveyAnswer>().AsNoTracking().Where(a => a.ConsultationId == consultationId && a.UserId == userId).ToDictionaryAsync(a => a.QuestionId, a => a.Value, cancellationToken);

    /// <summary>
    /// Stores a participant's answers (all valid, checked by the caller): an answered question replaces the previous
    /// answer, a question left empty removes it. Saved by the caller.
    /// </summary>
    public static async Task StoreAsync(ICmsDbContext db, long consultationId, string userId, IReadOnlyDictionary<long, string?> answers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Set<SurveyAnswer>().Where(a => a.ConsultationId == consultationId && a.UserId == userId).ToDictionaryAsync(a => a.QuestionId, cancellationToken);
        foreach (var (questionId, value) in answers)
        {
            if (existing.TryGetValue(questionId, out var answer))
            {
                if (value is null)
                {
                    db.Set<SurveyAnswer>().Remove(answer);
                }
                else if (answer.Value != value)
                {
                    answer.Value = value;
                    answer.UpdatedUtc = now;
                }
            }
            else if (value is not null)
            {
                db.Set<SurveyAnswer>().Add(new SurveyAnswer { ConsultationId = consultationId, QuestionId = questionId, UserId = userId, Value = value, CreatedUtc = now, UpdatedUtc = now });
            }
        }
    }

    /// <summary>Stores what the participant said about themselves (unsaved); nothing said removes what was there.</summary>
    public static async Task StoreProfileAsync(ICmsDbContext db, long consultationId, string userId, Gender? gender, AgeBand? ageBand, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var profile = await db.Set<ParticipantProfile>().FirstOrDefaultAsync(p => p.ConsultationId == consultationId && p.UserId == userId, cancellationToken);
        if (gender is null && ageBand is null)
        {
            if (profile is not null)
            {
                db.Set<ParticipantProfile>().Remove(profile);
            }

            return;
        }

        if (profile is null)
        {
            profile = new ParticipantProfile { ConsultationId = consultationId, UserId = userId };
            db.Set<ParticipantProfile>().Add(profile);
        }

        (profile.Gender, profile.AgeBand, profile.UpdatedUtc) = (gender, ageBand, now);
    }

    public static readonly IReadOnlyList<string> Header = ["question", "kind", "prompt_ar", "prompt_fr", "item", "label_ar", "label_fr", "count", "text"];

    /// <summary>
    /// The results as open data, one row per option (choices: answers; ranking: Borda points), per scale value, or per
    /// free-text answer (its text in the last column).
    /// </summary>
    public static IEnumerable<IReadOnlyList<object?>> Rows(IReadOnlyList<QuestionResult> results)
    {
        foreach (var (question, tally) in results.Select(r => (r.Question, r.Tally)))
        {
            IReadOnlyList<object?> Row(int item, string labelAr, string labelFr, int? count, string? text) =>
                [question.Position, question.Kind.ToString(), question.PromptAr, question.PromptFr, item, labelAr, labelFr, count, text];
            if (question.Kind == QuestionKind.FreeText)
            {
                for (var i = 0; i < tally.Texts.Count; i++)
                {
                    yield return Row(i + 1, "", "", null, tally.Texts[i]);
                }

                continue;
            }

            var ar = question.Kind == QuestionKind.Scale ? [] : question.Options("ar");
            var fr = question.Kind == QuestionKind.Scale ? [] : question.Options("fr");
            for (var i = 0; i < tally.Counts.Count; i++)
            {
                var label = question.Kind == QuestionKind.Scale ? (question.ScaleMin + i).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                yield return Row(i + 1, label ?? ar[i], label ?? fr[i], tally.Counts[i], null);
            }
        }
    }
}
