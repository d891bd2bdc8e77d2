using Undertone.Pdf;

namespace Undertone.Web.Components.Pages.Settings;

public sealed partial class SettingsPage
{
    private PaperSize _paper;
    private bool _loaded;
    private string? _status;

    protected override async Task OnInitializedAsync()
    {
        _paper = await Exports.GetPaperAsync();
        _loaded = true;
    }

    private async Task SavePaperAsync(PaperSize paper)
    {
        _paper = paper;
        await Exports.SetPaperAsync(paper);
        _status = paper switch
        {
            PaperSize.A4 => "Saved. PDFs will be laid out for A4.",
            PaperSize.UsLetter => "Saved. PDFs will be laid out for US Letter.",
        };
    }
}
