using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>The legal form of a request for information (law 31-13 art 14), filled in online by the requester or by staff from paper.</summary>
public sealed partial class RequestInput
{
    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? Identity { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Subject { get; set; }

    public string? Details { get; set; }

    public InformationForm Form { get; set; }

    public bool Urgent { get; set; }

    public string? UrgencyReason { get; set; }

    public bool ShowInRegister { get; set; }

    public string? Language { get; set; }

    /// <summary>Staff only: how the paper request came, and the day it was received.</summary>
    public ReceiptChannel Channel { get; set; } = ReceiptChannel.Counter;

    public string? ReceivedOn { get; set; }

    /// <returns>The request to file, or null with the errors (nothing is stored then).</returns>
    public InformationRequest? Validate(IStringLocalizer T, List<string> errors)
    {
        var name = TransparencyPageModel.Required(Name, InformationRequest.MaxNameLength, T["Full name"], T, errors);
        var address = TransparencyPageModel.Required(Address, InformationRequest.MaxSubjectLength, T["Address"], T, errors);
        var identity = TransparencyPageModel.Required(Identity, InformationRequest.MaxIdentityLength, T["CNIE or residence permit number"], T, errors)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (identity is not null && !IdentityPattern().IsMatch(identity))
        {
            errors.Add(T["Type the number of the national identity card (CNIE) or residence permit as printed, letters and digits, e.g. AB123456."]);
            identity = null;
        }

        var email = TransparencyPageModel.Email(Email, T, errors);
        var phone = TransparencyPageModel.Optional(Phone, 30, T["Phone"], T, errors);
        var subject = TransparencyPageModel.Required(Subject, InformationRequest.MaxSubjectLength, T["Information sought, in a few words"], T, errors);
        var details = TransparencyPageModel.Required(Details, InformationRequest.MaxTextLength, T["Details of the information sought"], T, errors);
        var reason = TransparencyPageModel.Optional(UrgencyReason, InformationRequest.MaxTextLength, T["Why it is urgent"], T, errors);
        if (Urgent && reason is null)
        {
            errors.Add(T["An urgent request says why: the information is needed to protect someone's life, safety or liberty."]);
        }

        if (!Enum.IsDefined(Form))
        {
            errors.Add(T["Choose how you want to receive the information."]);
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new InformationRequest
        {
            RequesterName = name!,
            Address = address!,
            IdentityNumber = identity!,
            Email = email,
            Phone = phone,
            Subject = subject!,
            Details = details!,
            Form = Form,
            Urgent = Urgent,
            UrgencyReason = Urgent ? reason : null,
            ShowInRegister = ShowInRegister,
            Language = Language == "fr" ? "fr" : "ar",
        };
    }

    [GeneratedRegex("^(?=.*[0-9])[A-Z0-9]{5,20}$")]
    private static partial Regex IdentityPattern();
}
