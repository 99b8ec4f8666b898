namespace OpenRegion.Cms.Core.Notifications;

/// <summary>
/// How one kind of notification reads, per culture: a title and a plain-text body in Liquid. Modules register
/// theirs as singletons (<c>services.AddSingleton(new NotificationTemplate(...))</c>). The values given when the
/// notification is raised are the template's variables; the filter <c>local_date</c> writes an ISO date in the
/// reader's language, <c>local_datetime</c> with the time.
/// </summary>
/// <param name="Key">E.g. "content.updated", "deadline.reminder".</param>
/// <param name="Texts">Culture ("ar", "fr", "en", "zgh") → title and body. Arabic is required; a reader whose culture is missing gets Arabic.</param>
public sealed record NotificationTemplate(string Key, IReadOnlyDictionary<string, NotificationText> Texts)
{
    public NotificationText For(string culture) =>
        Texts.TryGetValue(culture, out var text) ? text
        : Texts.TryGetValue("ar", out text) ? text
        : Texts.Values.First();
}

/// <param name="Title">Liquid; one line (e-mail subject, notification title).</param>
/// <param name="Body">Liquid; plain text (never HTML: it is encoded wherever it is shown).</param>
/// <param name="Sms">Liquid; the SMS text when it should be shorter than the body (null: the title).</param>
public sealed record NotificationText(string Title, string Body, string? Sms = null);
