namespace Undertone.Pdf.Tests.Journal;

public class JournalPdfTests
{
    [Fact]
    public void Recap_EveryFieldComesBackExactlyAsWritten()
    {
        var recap = Recaps.Full();

        var pdf = PdfInspector.Read(JournalPdf.Recap(recap));

        Assert.Single(pdf.Pages);
        Assert.Contains(recap.Label, pdf.Text, StringComparison.Ordinal);
        Assert.Contains(recap.WhatCameUp, pdf.FlatText, StringComparison.Ordinal);
        foreach (var line in recap.Takeaways.Split('\n').Concat(recap.NextSteps.Split('\n')))
        {
            Assert.Contains(line, pdf.FlatText, StringComparison.Ordinal);
        }

        Assert.Contains(recap.ToRevisit, pdf.FlatText, StringComparison.Ordinal);
        Assert.Contains("4 of 5 (good) — tired but hopeful, soulagée", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("family · work", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Tuesday 24 November 2026", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_TherapistSaid_IsLeftOutByDefault()
    {
        var pdf = PdfInspector.Read(JournalPdf.Recap(Recaps.Full()));

        Assert.DoesNotContain("take up space", pdf.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("therapist", pdf.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Recap_TherapistSaidTickedIn_IsPrintedUnderItsOwnLabel()
    {
        var recap = Recaps.Full();

        var pdf = PdfInspector.Read(JournalPdf.Recap(recap, new RecapExport { IncludeTherapistSaid = true }));

        Assert.Contains(RecapContent.TherapistSaid, pdf.Text, StringComparison.Ordinal);
        Assert.Contains(recap.TherapistSaid, pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_OnlyADate_SaysSoInsteadOfAnEmptyPage()
    {
        var pdf = PdfInspector.Read(JournalPdf.Recap(new Recap { SessionDate = new DateOnly(2026, 1, 5) }));

        Assert.Contains(RecapContent.NothingWritten, pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Monday 5 January 2026", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_MetadataAndHeader_HoldNoUserText()
    {
        var recap = Recaps.Full();

        var pdf = PdfInspector.Read(JournalPdf.Recap(recap));

        Assert.Equal("Session recap — 24 November 2026", pdf.Title);
        Assert.True(string.IsNullOrEmpty(pdf.Author));
        Assert.DoesNotContain("Session 12", pdf.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_CjkAndEmojiWithoutAnInstalledFont_PrintAsSquaresAndTheRestIsExact()
    {
        var recap = new Recap { SessionDate = new DateOnly(2026, 11, 24), WhatCameUp = "I felt 🙂 and said 大丈夫 — then “ok”." };

        var pdf = PdfInspector.Read(JournalPdf.Recap(recap, null, null, NoFallbackFonts.Instance));

        Assert.Contains("I felt □ and said □□□ — then “ok”.", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_UsLetter_IsOnLetterPaper()
    {
        var stream = JournalPdf.Recap(Recaps.Full(), options: new PdfOptions { Paper = PaperSize.UsLetter });

        using var document = UglyToad.PdfPig.PdfDocument.Open(stream);
        Assert.Equal(792, document.GetPage(1).Height, 0);
    }

    [Fact]
    public void Recap_OnePage_IsUnder200Kilobytes()
    {
        using var stream = JournalPdf.Recap(Recaps.Full(), new RecapExport { IncludeTherapistSaid = true });

        Assert.True(stream.Length <= 200 * 1024, $"{stream.Length:N0} bytes");
    }

    [Fact]
    public void Recaps_OneRecap_IsOnePage()
    {
        var recaps = Recaps.Many(1, new DateOnly(2026, 11, 24));

        var pdf = PdfInspector.Read(JournalPdf.Recaps(recaps, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));

        Assert.Single(pdf.Pages);
        Assert.Contains("Page 1 of 1", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("1 November 2026 – 30 November 2026 · 1 session", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recaps_TwoHundred_RunToTheExpectedPagesWithEveryRecapAndPageNOfM()
    {
        var start = new DateOnly(2022, 1, 3);
        var recaps = Recaps.Many(200, start);
        var end = start.AddDays(199 * 7);
        var reported = 0;

        var pdf = PdfInspector.Read(JournalPdf.Recaps(recaps, start, end, progress: new SyncProgress(n => reported = n)));

        // Each test recap takes a little under half an A4 page, so exactly two fit on every page.
        Assert.Equal(100, pdf.Pages.Count);
        Assert.Equal(200, reported);
        for (var n = 0; n < pdf.Pages.Count; n++)
        {
            Assert.Contains($"Page {n + 1} of {pdf.Pages.Count}", pdf.Pages[n], StringComparison.Ordinal);
            Assert.Contains("3 January 2022 – 27 October 2025", pdf.Pages[n], StringComparison.Ordinal);
        }

        Assert.Equal(200, CountOf(pdf.Text, "Session 12 — after the holiday"));
        Assert.Equal(200, CountOf(pdf.FlatText, recaps[0].WhatCameUp));
        Assert.Contains("200 sessions", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recaps_OnlyThoseInTheRange_OldestFirst()
    {
        var list = new List<Recap>
        {
            new() { Id = 1, SessionDate = new DateOnly(2026, 3, 10), WhatCameUp = "march ten" },
            new() { Id = 2, SessionDate = new DateOnly(2026, 2, 1), WhatCameUp = "february one" },
            new() { Id = 3, SessionDate = new DateOnly(2026, 4, 2), WhatCameUp = "april two, outside" },
            new() { Id = 4, SessionDate = new DateOnly(2026, 1, 31), WhatCameUp = "january, outside" },
        };

        var pdf = PdfInspector.Read(JournalPdf.Recaps(list, new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 31)));

        Assert.DoesNotContain("outside", pdf.Text, StringComparison.Ordinal);
        Assert.True(pdf.Text.IndexOf("february one", StringComparison.Ordinal) < pdf.Text.IndexOf("march ten", StringComparison.Ordinal));
    }

    [Fact]
    public void Recaps_TherapistSaid_LeftOutUnlessTickedIn()
    {
        var recaps = Recaps.Many(3, new DateOnly(2026, 10, 1));
        var from = new DateOnly(2026, 10, 1);
        var to = new DateOnly(2026, 10, 31);

        var without = PdfInspector.Read(JournalPdf.Recaps(recaps, from, to));
        var with = PdfInspector.Read(JournalPdf.Recaps(recaps, from, to, new RecapExport { IncludeTherapistSaid = true }));

        Assert.Equal(0, CountOf(without.Text, "take up space"));
        Assert.Equal(3, CountOf(with.Text, "You’re allowed to take up space."));
    }

    [Fact]
    public void Recaps_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => JournalPdf.Recaps(
            Recaps.Many(5, new DateOnly(2026, 1, 1)), new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            cancellationToken: cancel.Token));
    }

    [Fact]
    public void Recaps_EmptyRange_SaysThereAreNone()
    {
        var pdf = PdfInspector.Read(JournalPdf.Recaps([], new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)));

        Assert.Contains("There are no recaps between these dates.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("1 January 2026 – 31 January 2026 · no sessions", pdf.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BringToSession_TypicalSheet_IsOnePageWithEverySection()
    {
        var sheet = Sheets.Typical();

        var pdf = PdfInspector.Read(JournalPdf.BringToSession(sheet));

        Assert.Single(pdf.Pages);
        foreach (var question in sheet.OpenQuestions)
        {
            Assert.Contains("• " + question.Text, pdf.FlatText, StringComparison.Ordinal);
        }

        Assert.Contains("The “quick question” freeze (from 10 Nov 2026)", pdf.FlatText, StringComparison.Ordinal);
        TextAssert.Says(
            pdf.Text,
            "Things I want to come back to",
            "work — in 4 of my last 5 sessions",
            "Next steps from last session (24 Nov 2026)",
            "• Write three lines before bed.");
        Assert.Equal("Bring to session — 24 November 2026", pdf.Title);
        Assert.True(string.IsNullOrEmpty(pdf.Author));
    }

    [Fact]
    public void BringToSession_Empty_SaysNothingIsWaiting()
    {
        var pdf = PdfInspector.Read(JournalPdf.BringToSession(Sheets.Empty()));

        TextAssert.Says(pdf.Text, "Nothing is waiting yet.");
        TextAssert.DoesNotSay(pdf.Text, "Questions I want to ask");
    }

    [Fact]
    public async Task Recap_ManyAtOnce_EachComesOutWhole()
    {
        // The web app serves downloads in parallel; fonts and caches are shared between them.
        var recaps = Enumerable.Range(1, 8)
            .Select(i => Recaps.Full(i))
            .ToList();
        foreach (var (recap, i) in recaps.Select((r, i) => (r, i)))
        {
            recap.WhatCameUp = $"Parallel number {i} — café “ok” 日本";
        }

        var texts = await Task.WhenAll(recaps.Select(r => Task.Run(() => PdfInspector.Read(JournalPdf.Recap(r)).Text)));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Contains($"Parallel number {i} — café “ok” ", texts[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FileNames_HoldOnlyKindAndDates()
    {
        Assert.Equal("undertone-recap-2026-11-24.pdf", PdfFileNames.Recap(new DateOnly(2026, 11, 24)));
        Assert.Equal("undertone-recaps-2026-01-01-to-2026-03-31.pdf", PdfFileNames.Recaps(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
        Assert.Equal("undertone-bring-to-session-2026-11-24.pdf", PdfFileNames.BringToSession(new DateOnly(2026, 11, 24)));
        Assert.Equal("undertone-privacy-plan-2026-11-24.pdf", PdfFileNames.PrivacyPlan(new DateOnly(2026, 11, 24)));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
