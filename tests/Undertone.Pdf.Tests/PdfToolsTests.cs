using System.Diagnostics;
using Undertone.Pdf.Tests.Journal;

namespace Undertone.Pdf.Tests;

/// <summary>
/// Checks our PDFs with independent tools: qpdf (structure) and poppler's pdfinfo (what viewers read). They run when
/// needed by the test command (README: apt-get install poppler-utils qpdf); a missing tool fails with that hint rather
/// than passing unchecked.
/// </summary>
public class PdfToolsTests
{
    public static TheoryData<string> Documents => ["recap", "range", "sheet", "letter"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Qpdf_FindsNoErrors(string document)
    {
        var output = CheckWith("qpdf", "--check", document);

        Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Pdfinfo_ReadsTitleAndPagesWithoutAuthor(string document)
    {
        var output = CheckWith("pdfinfo", "", document);

        Assert.DoesNotContain("Syntax Error", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Title:\s+\S", output);
        Assert.Matches(@"(?m)^Pages:\s+[1-9]", output);
        Assert.DoesNotMatch(@"(?m)^Author:", output);
        Assert.Contains(document == "letter" ? "(letter)" : "(A4)", output, StringComparison.Ordinal);
    }

    /// <summary>Runs the tool <paramref name="name"/> on <paramref name="document"/>; it must succeed. Returns what it printed.</summary>
    private static string CheckWith(string name, string options, string document)
    {
        var (exit, output) = RunOn(document, Tool(name), options);
        Assert.True(exit == 0, output);
        return output;
    }

    private static (int Exit, string Output) RunOn(string document, string tool, string options)
    {
        var path = Write(document);
        try
        {
            return Run(tool, $"{options} \"{path}\"");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Write(string document)
    {
        using var stream = document switch
        {
            "recap" => JournalPdf.Recap(Recaps.Full(), new RecapExport { IncludeTherapistSaid = true }),
            "range" => JournalPdf.Recaps(Recaps.Many(12, new DateOnly(2026, 1, 5)), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
            "sheet" => JournalPdf.BringToSession(Sheets.Typical()),
            "letter" => JournalPdf.Recap(Recaps.Full(), options: new PdfOptions { Paper = PaperSize.UsLetter }),
            _ => throw new ArgumentOutOfRangeException(nameof(document)),
        };
        var path = Path.Combine(Path.GetTempPath(), $"undertone-pdf-test-{document}-{Guid.NewGuid():N}.pdf");
        using (var file = File.Create(path))
        {
            stream.CopyTo(file);
        }

        return path;
    }

    private static string Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException($"{name} is not installed: run 'sudo apt-get install poppler-utils qpdf' (the README's set-up; .ci/run does it for CI).");

    private static (int Exit, string Output) Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}
