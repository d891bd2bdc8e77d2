namespace Undertone.Web.Components.Pages.Settings;

public sealed partial class SettingsPage
{
    private PaperSize _paper;
    private bool _loaded;
    private string? _status;

    protected override async Task OnInitializedAsync() =>
        _status = await Call.TryLoadAsync(async () =>
        {
            _paper = await Exports.GetPaperAsync();
            _loaded = true;
        });

    private async Task SavePaperAsync(PaperSize paper)
    {
        var before = _paper;
        _paper = paper;
        var saved = await Call.RunAsync(StoreAction.Save, () => Exports.SetPaperAsync(paper));
        if (!saved.Succeeded)
        {
            _paper = before; // show what is stored
            _status = saved.Problem;
            return;
        }

        _status = paper switch
        {
            PaperSize.A4 => "Saved. PDFs will be laid out for A4.",
            PaperSize.UsLetter => "Saved. PDFs will be laid out for US Letter.",
        };
    }
}
