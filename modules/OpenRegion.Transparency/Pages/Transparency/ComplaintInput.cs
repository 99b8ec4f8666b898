using Microsoft.Extensions.Localization;
using OpenRegion.Cms.Core.Transparency;

namespace OpenRegion.Transparency.Pages.Transparency;

/// <summary>A complaint as filed online by the complainant or recorded by staff from paper.</summary>
public sealed class ComplaintInput
{
    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Category { get; set; }

    public string? Subject { get; set; }

    public string? Text { get; set; }

    public string? Place { get; set; }

    public string? Language { get; set; }

    public ReceiptChannel Channel { get; set; } = ReceiptChannel.Counter;

    public string? ReceivedOn { get; set; }

    public Complaint? Validate(IStringLocalizer T, List<string> errors)
    {
        var name = TransparencyPageModel.Required(Name, Complaint.MaxNameLength, T["Full name"], T, errors);
        var email = TransparencyPageModel.Email(Email, T, errors);
        var phone = TransparencyPageModel.Optional(Phone, 30, T["Phone"], T, errors);
        var address = TransparencyPageModel.Optional(Address, Complaint.MaxSubjectLength, T["Address"], T, errors);
        if (Category is null || !ComplaintCategories.All.Contains(Category))
        {
            errors.Add(T["Choose what the complaint is about."]);
        }

        var subject = TransparencyPageModel.Required(Subject, Complaint.MaxSubjectLength, T["Subject"], T, errors);
        var text = TransparencyPageModel.Required(Text, Complaint.MaxTextLength, T["Your complaint"], T, errors);
        var place = TransparencyPageModel.Optional(Place, Complaint.MaxSubjectLength, T["Place concerned"], T, errors);
        return errors.Count > 0 ? null : new Complaint
        {
            Name = name!,
            Email = email,
            Phone = phone,
            Address = address,
            Category = Category!,
            Subject = subject!,
            Text = text!,
            Place = place,
            Language = Language == "fr" ? "fr" : "ar",
        };
    }
}
