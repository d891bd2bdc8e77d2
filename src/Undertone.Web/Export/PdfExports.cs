using Undertone.Domain.Settings;
using Undertone.Pdf.Journal;

namespace Undertone.Web.Export;

/// <summary>
/// What the PDF downloads share, for the endpoints and the in-page export alike: the paper setting, and gathering
/// the recaps for a date range before they are laid out.
/// </summary>
public sealed class PdfExports(RecapStore recapStore, ThemeStore themeStore, SettingsStore settings)
{
    /// <summary>The paper the user chose, or A4 when nothing (or something unknown) is stored.</summary>
    public async Task<PaperSize> GetPaperAsync(CancellationToken cancellationToken = default)
    {
        var stored = await settings.GetAsync(SettingKeys.PdfPaper, cancellationToken).ConfigureAwait(false);
        return Enum.TryParse<PaperSize>(stored, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : PaperSize.A4;
    }

    public Task SetPaperAsync(PaperSize paper, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(paper))
        {
            throw new ArgumentOutOfRangeException(nameof(paper), paper, "Unknown paper size.");
        }

        return settings.SetAsync(SettingKeys.PdfPaper, paper.ToString(), cancellationToken);
    }

    /// <summary>Layout options: the paper asked for (a link's <c>?paper=</c>) if any, else the stored setting.</summary>
    public async Task<PdfOptions> OptionsAsync(PaperSize? paper = null, CancellationToken cancellationToken = default) =>
        new()
        {
            Paper = paper is { } asked && Enum.IsDefined(asked) ? asked : await GetPaperAsync(cancellationToken).ConfigureAwait(false),
        };

    /// <summary>
    /// Reads the recaps from <paramref name="from"/> to <paramref name="to"/> (a missing end means "from the first" or
    /// "up to the latest" recap), only those with the theme <paramref name="themeId"/> when one is given, as the journal
    /// page filters them. Null when that theme doesn't exist (any more). Nothing is laid out yet: call
    /// <see cref="RecapsPdfJob.Render"/> for that.
    /// </summary>
    public async Task<RecapsPdfJob?> PrepareRecapsAsync(DateOnly? from, DateOnly? to, bool includeTherapistSaid,
        int? themeId = null, PaperSize? paper = null, CancellationToken cancellationToken = default)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentException("The end of the range comes before its start.", nameof(to));
        }

        string? themeName = null;
        if (themeId is { } id)
        {
            var themes = await themeStore.ListThemesAsync(cancellationToken).ConfigureAwait(false);
            themeName = themes.FirstOrDefault(theme => theme.Id == id)?.Name;
            if (themeName is null)
            {
                return null;
            }
        }

        IReadOnlyList<Recap> recaps = await recapStore.ListRecapsInRangeAsync(from, to, cancellationToken).ConfigureAwait(false);
        if (themeId is { } chosen)
        {
            recaps = [.. recaps.Where(recap => recap.Themes.Any(theme => theme.Id == chosen))];
        }

        var today = recapStore.Today;
        var start = from ?? (recaps.Count > 0 ? recaps[0].SessionDate : today);
        var end = to ?? (recaps.Count > 0 ? recaps[^1].SessionDate : today);
        if (end < start)
        {
            end = start;
        }

        var options = await OptionsAsync(paper, cancellationToken).ConfigureAwait(false);
        return new RecapsPdfJob(recaps, start, end, new RecapExport { IncludeTherapistSaid = includeTherapistSaid, ThemeName = themeName }, options);
    }
}
