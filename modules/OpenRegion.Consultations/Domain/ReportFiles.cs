using System.Text;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Cms.Core.OpenData;

namespace OpenRegion.Consultations.Domain;

/// <summary>Reports as files: CSV (BOM, formula-safe) and a one-sheet Excel workbook, the same columns.</summary>
public static class ReportFiles
{
    public static FileContentResult Csv(SynthesisReport report, string name) => Csv(SynthesisReport.Header, report.Rows(), name);

    public static FileContentResult Xlsx(SynthesisReport report, string name) => Xlsx(SynthesisReport.Header, report.Rows(), name);

    public static FileContentResult Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string name) =>
        new(Encoding.UTF8.GetBytes(SafeCsv.Write(header, [.. rows])), "text/csv; charset=utf-8") { FileDownloadName = name + ".csv" };

    public static FileContentResult Xlsx(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string name) =>
        new(XlsxWriter.Write("report", header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = name + ".xlsx" };
}
