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
}
