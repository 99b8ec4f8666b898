using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenRegion.AdvisoryBodies.Domain;
using OpenRegion.Cms.Core.AdvisoryBodies;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Data;
using OpenRegion.Cms.Core.Media;
using OpenRegion.Cms.Core.Security;

namespace OpenRegion.AdvisoryBodies.Pages.Bodies;

/// <summary>
/// One file of a body: public (subject, question, documents, due date; the adopted opinion once submitted; the
/// council's response) and, for the body's sitting members only, the workspace where they draft together — versions
/// that never overwrite each other, comments, and the chair's or rapporteur's submission of the adopted version.
/// </summary>
[AllowAnonymous]
public sealed class OpinionModel(ICmsDbContext db, TimeProvider clock, MarkdownRenderer markdown, AdvisoryTexts texts, IStringLocalizer<AdvisoryBodiesModule> T) : PageModel
{
    public AdvisoryBody Body { get; private set; } = null!;

    public Opinion Opinion { get; private set; } = null!;

    public IReadOnlyList<MediaItem> Documents { get; private set; } = [];

    /// <summary>The reader's running seat on this body; null for everyone else, members of other bodies included.</summary>
    public BodyMember? Seat { get; private set; }

    public IReadOnlyList<OpinionVersion> Versions { get; private set; } = [];

    public IReadOnlyList<OpinionComment> Comments { get; private set; } = [];

    /// <summary>The version the member reads (the latest unless ?v= says otherwise).</summary>
    public OpinionVersion? Shown { get; private set; }

    public string ShownHtml { get; private set; } = "";

    public string AdoptedHtml { get; private set; } = "";

    public string ResponseHtml { get; private set; } = "";

    public string QuestionHtml { get; private set; } = "";

    public int Latest => Versions.Count == 0 ? 0 : Versions[0].Number;

    public DateOnly Today { get; } = LocalTime.Date(clock.GetUtcNow());

    public string Culture { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>What the member typed, given back when their save is refused: nothing typed is lost.</summary>
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IActionResult> OnGetAsync(long id, int? v, CancellationToken cancellationToken) =>
        await LoadAsync(id, v, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(long id, int baseVersion, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(id, cancellationToken) is { } early)
        {
            return early;
        }

        var errors = new List<string>();
        var text = T.Read(Text, OpinionVersion.MaxTextLength, true, T["Text of the opinion"], errors);
        var note = T.Read(Note, OpinionVersion.MaxNoteLength, false, T["What changed"], errors);
        if (text.Length == 0 && errors.Count == 0)
        {
            errors.Add(T["Write the text of the opinion before saving it."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(id, errors, cancellationToken);
        }

        var tracked = await db.Set<Opinion>().FirstAsync(o => o.Id == id, cancellationToken);
        var (version, refusal) = await Drafting.SaveVersionAsync(db, tracked, Seat, baseVersion, text, note, clock, cancellationToken);
        if (refusal is { } r)
        {
            return await RefuseAsync(id, [texts.Refusal(r)], cancellationToken, r == OpinionRefusal.NotAMember);
        }

        TempData["Saved"] = T["Version {0} saved.", version!.Number].Value;
        return LocalRedirect(Url.Content("~" + AdvisoryEvents.Url(Opinion)) + "#workspace");
    }

    [Limited(LimitedAction.Comment)]
    public async Task<IActionResult> OnPostCommentAsync(long id, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(id, cancellationToken) is { } early)
        {
            return early;
        }

        var errors = new List<string>();
        var body = T.Read(Comment, OpinionComment.MaxBodyLength, true, T["Your comment"], errors);
        if (body.Length == 0 && errors.Count == 0)
        {
            errors.Add(T["Write your comment before sending it."]);
        }

        if (errors.Count > 0)
        {
            return await RefuseAsync(id, errors, cancellationToken);
        }

        if (await Drafting.CommentAsync(db, Opinion, Seat, body, clock, cancellationToken) is { } refusal)
        {
            return await RefuseAsync(id, [texts.Refusal(refusal)], cancellationToken, refusal == OpinionRefusal.NotAMember);
        }

        TempData["Saved"] = T["Comment added."].Value;
        return LocalRedirect(Url.Content("~" + AdvisoryEvents.Url(Opinion)) + "#comments");
    }

    public async Task<IActionResult> OnPostSubmitAsync(long id, string? version, string? adoptedOn, string? votesFor, string? votesAgainst, string? abstentions, CancellationToken cancellationToken)
    {
        if (await PrepareAsync(id, cancellationToken) is { } early)
        {
            return early;
        }

        static int Whole(string? value) => int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : -1;
        if (!DateOnly.TryParseExact(adoptedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return await RefuseAsync(id, [T["Give the day of the meeting that adopted the opinion."]], cancellationToken);
        }

        var tracked = await db.Set<Opinion>().FirstAsync(o => o.Id == id, cancellationToken);
        var adoption = new Drafting.Adoption(Whole(version), day, Whole(votesFor), Whole(votesAgainst), Whole(abstentions));
        if (await Drafting.SubmitAsync(db, Body, tracked, Seat, adoption, clock, cancellationToken) is { } refusal)
        {
            return await RefuseAsync(id, [texts.Refusal(refusal)], cancellationToken, refusal == OpinionRefusal.NotAMember);
        }

        TempData["Saved"] = T["The opinion is submitted to the council and published."].Value;
        return LocalRedirect(Url.Content("~" + AdvisoryEvents.Url(Opinion)));
    }

    /// <summary>Loads the file for a member's action; the answer to give instead when there is nothing to act on.</summary>
    private async Task<IActionResult?> PrepareAsync(long id, CancellationToken cancellationToken)
    {
        if (UserId is null)
        {
            return Challenge();
        }

        return await LoadAsync(id, null, cancellationToken) ? null : NotFound();
    }

    private async Task<IActionResult> RefuseAsync(long id, IReadOnlyList<string> errors, CancellationToken cancellationToken, bool forbidden = false)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(id, null, cancellationToken);
        Errors = errors;
        Response.StatusCode = forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, int? shown, CancellationToken cancellationToken)
    {
        if (await db.Set<Opinion>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is not { } opinion)
        {
            return false;
        }

        Opinion = opinion;
        Body = await db.Set<AdvisoryBody>().AsNoTracking().FirstAsync(b => b.Id == opinion.BodyId, cancellationToken);
        var documents = opinion.Documents;
        Documents = documents.Count == 0 ? [] : await db.Set<MediaItem>().AsNoTracking().Where(m => documents.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        Seat = await Drafting.SeatAsync(db, opinion.BodyId, UserId, Today, cancellationToken);
        QuestionHtml = markdown.ToSafeHtml(opinion.Question(Culture));
        ResponseHtml = opinion.State == OpinionState.Answered ? markdown.ToSafeHtml(opinion.Response(Culture)) : "";
        if (opinion.AdoptedVersion is { } adopted)
        {
            var text = await db.Set<OpinionVersion>().AsNoTracking().Where(v => v.OpinionId == id && v.Number == adopted).Select(v => v.Text).FirstAsync(cancellationToken);
            AdoptedHtml = markdown.ToSafeHtml(text);
        }

        if (Seat is not null)
        {
            Versions = await db.Set<OpinionVersion>().AsNoTracking().Where(v => v.OpinionId == id).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
            Comments = await db.Set<OpinionComment>().AsNoTracking().Where(c => c.OpinionId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
            Shown = Versions.FirstOrDefault(v => v.Number == (shown ?? Latest));
            ShownHtml = Shown is null ? "" : markdown.ToSafeHtml(Shown.Text);
        }

        return true;
    }
}
