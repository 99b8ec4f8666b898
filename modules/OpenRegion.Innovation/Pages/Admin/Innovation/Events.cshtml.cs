using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Content;
using OpenRegion.Cms.Core.Innovation;
using OpenRegion.Cms.Core.Security;
using OpenRegion.Innovation.Domain;

namespace OpenRegion.Innovation.Pages.Admin.Innovation;

/// <summary>The lab's events for staff: every event with its registrations, and a new one (kind, challenge, titles, place, start and end, seats).</summary>
[Authorize(Policy = PermissionPolicy.Prefix + InnovationPermissions.Challenges)]
public sealed class EventsAdminModel(EventDesk desk, ChallengeDesk challenges, InnovationTexts texts, TimeProvider clock, IStringLocalizer<InnovationModule> T) : InnovationPageModel
{
    public IReadOnlyList<EventView> Events { get; private set; } = [];

    public IReadOnlyList<ChallengeView> Challenges { get; private set; } = [];

    [BindProperty]
    public EventInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var errors = new List<string>();
        string Text(string? value, int max, string field) => InnovationPageModel.Text(value, max, field, T, errors);
        var labEvent = new LabEvent
        {
            Kind = Enum.IsDefined(Input.Kind) ? Input.Kind : LabEventKind.Workshop,
            ChallengeId = Input.ChallengeId is { } cid && Challenges.Any(c => c.Challenge.Id == cid) ? cid : null,
            TitleAr = Text(Input.TitleAr, LabEvent.MaxTitleLength, T["Title (Arabic)"]), TitleFr = Text(Input.TitleFr, LabEvent.MaxTitleLength, T["Title (French)"]),
            PlaceAr = Text(Input.PlaceAr, LabEvent.MaxTitleLength, T["Place (Arabic)"]), PlaceFr = Text(Input.PlaceFr, LabEvent.MaxTitleLength, T["Place (French)"]),
            DescriptionAr = Text(Input.DescriptionAr, LabEvent.MaxTextLength, T["Description (Arabic)"]), DescriptionFr = Text(Input.DescriptionFr, LabEvent.MaxTextLength, T["Description (French)"]),
            Capacity = Input.Capacity ?? 0,
        };
        if (Input.ChallengeId is not null && labEvent.ChallengeId is null)
        {
            errors.Add(T["This challenge does not exist."]);
        }

        foreach (var (value, field, set) in new (string?, string, Action<DateTimeOffset>)[]
        {
            (Input.Starts, T["Starts"], v => labEvent.StartsUtc = v), (Input.Ends, T["Ends"], v => labEvent.EndsUtc = v),
        })
        {
            if (LocalTime.TryParseInput(value, out var utc) && utc is { } at)
            {
                set(at);
            }
            else
            {
                errors.Add(T["{0}: give a date such as {1}.", field, "2027-03-04 09:30"]);
            }
        }

        if (errors.Count == 0 && labEvent.StartsUtc <= clock.GetUtcNow())
        {
            errors.Add(T["An event is announced before it starts."]);
        }

        if (errors.Count == 0 && await desk.CreateAsync(labEvent, By, cancellationToken) is { } problem)
        {
            errors.Add(texts.Refusal(problem));
        }

        if (errors.Count > 0)
        {
            return Refused("event", errors);
        }

        return Saved(T["The event is announced; citizens can register."], EventDesk.AdminUrl);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Events = await desk.AllAsync(null, past: true, null, cancellationToken);
        Challenges = await challenges.AllAsync(drafts: true, cancellationToken);
    }
}

public sealed class EventInput
{
    public LabEventKind Kind { get; set; } = LabEventKind.Workshop;

    public long? ChallengeId { get; set; }

    public string? TitleAr { get; set; }

    public string? TitleFr { get; set; }

    public string? PlaceAr { get; set; }

    public string? PlaceFr { get; set; }

    public string? DescriptionAr { get; set; }

    public string? DescriptionFr { get; set; }

    public string? Starts { get; set; }

    public string? Ends { get; set; }

    public int? Capacity { get; set; }
}
