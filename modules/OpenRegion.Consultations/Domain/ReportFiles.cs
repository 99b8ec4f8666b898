using System.Text;
using Microsoft.AspNetCore.Mvc;
using OpenRegion.Cms.Core.OpenData;

namespace OpenRegion.Consultations.Domain;

/// <summary>The report as files: CSV (BOM, formula-safe) and a one-sheet Excel workbook, the same columns.</summary>
public static class ReportFiles
{
    public static FileContentResult Csv(SynthesisReport report, string name) =>
        new(Encoding.UTF8.GetBytes(SafeCsv.Write(SynthesisReport.Header, [.. report.Rows()])), "text/csv; charset=utf-8") { FileDownloadName = name + ".csv" };

    public static FileContentResult Xlsx(SynthesisReport report, string name) =>
        new(XlsxWriter.Write("report", SynthesisReport.Header, report.Rows()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") { FileDownloadName = name + ".xlsx" };
}
