using System.Threading.Channels;
using Microsoft.JSInterop;

namespace Undertone.Web.Tests.Export;

/// <summary>
/// The in-page export, with the PDF work replaced by a gated stand-in so the test decides exactly when each step
/// happens (no timing, no sleeps).
/// </summary>
public sealed class RecapsPdfDialogTests : ComponentTestBase
{
    private const string FileName = "undertone-recaps-2026-10-01-to-2026-10-31.pdf";
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(10);
    private static readonly byte[] FakePdf = "%PDF-1.7 stand-in"u8.ToArray();

    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<byte[]> _downloads = Channel.CreateUnbounded<byte[]>();
    private int _renders;

    public RecapsPdfDialogTests()
    {
        // Read the bytes while the call is made: the page lets go of the stream straight after.
        JSInterop.SetupVoid("undertone.downloadPdf", invocation =>
        {
            using var copy = new MemoryStream();
            ((DotNetStreamReference)invocation.Arguments[1]!).Stream.CopyTo(copy);
            return _downloads.Writer.TryWrite(copy.ToArray());
        }).SetVoidResult();
    }

    /// <summary>
    /// Reports 36 of 200 recaps done (one report, so the throttle shows it), then waits at the gate (or stops when
    /// cancelled), then finishes.
    /// </summary>
    private Stream GatedRender(IProgress<int> progress, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _renders);
        try
        {
            progress.Report(36);
            _reached.SetResult();
            _gate.Task.Wait(cancellationToken);
            for (var i = 37; i <= 200; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Report(i);
            }

            return new MemoryStream(FakePdf);
        }
        finally
        {
            _ended.TrySetResult();
        }
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(Func<IProgress<int>, CancellationToken, Stream> render)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<RecapsPdfDialog>
        {
            { d => d.Total, 200 },
            { d => d.FileName, FileName },
            { d => d.Render, render },
        };
        await provider.InvokeAsync(() => dialogs.ShowAsync<RecapsPdfDialog>("Making your PDF", parameters));
        return provider;
    }

    private int Downloads => JSInterop.Invocations.Count(i => i.Identifier == "undertone.downloadPdf");

    private Task<byte[]> NextDownloadAsync() => _downloads.Reader.ReadAsync().AsTask().WaitAsync(Ceiling);

    [Fact]
    public async Task WhileWorking_ShowsWhichRecapOfHowMany_InALiveRegion_WithCancel()
    {
        var cut = await OpenAsync(GatedRender);
        await _reached.Task.WaitAsync(Ceiling);

        cut.WaitForAssertion(() =>
        {
            var status = cut.Find("[role=status][aria-live=polite]");
            Assert.Equal("Preparing recap 37 of 200", status.TextContent.Trim());
        });
        Assert.Contains("Making your PDF", cut.Markup, StringComparison.Ordinal);
        Assert.NotNull(cut.FindAll("button").SingleOrDefault(b => b.TextContent.Trim() == "Cancel"));
        Assert.NotEmpty(cut.FindAll(".mud-progress-linear"));
        Assert.Equal(0, Downloads);

        _gate.TrySetResult();
        Assert.Equal(FakePdf, await NextDownloadAsync());
    }

    [Fact]
    public async Task Cancel_StopsTheWork_ClosesTheDialog_AndOffersNoFile()
    {
        var cut = await OpenAsync(GatedRender);
        await _reached.Task.WaitAsync(Ceiling);
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("button"), b => b.TextContent.Trim() == "Cancel"));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        // The stand-in only ends early if the token really fired (the gate is never opened).
        await _ended.Task.WaitAsync(Ceiling);
        Assert.False(_gate.Task.IsCompleted);
        cut.WaitForAssertion(() => Assert.DoesNotContain("Making your PDF", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(0, Downloads);
        Assert.False(_downloads.Reader.TryRead(out _));
    }

    [Fact]
    public async Task WhenDone_HandsTheFileToTheBrowserOnce_AndDownloadAgainDoesNotMakeItAgain()
    {
        _gate.TrySetResult();
        var cut = await OpenAsync(GatedRender);

        Assert.Equal(FakePdf, await NextDownloadAsync());
        var call = JSInterop.Invocations.Single(i => i.Identifier == "undertone.downloadPdf");
        Assert.Equal(FileName, call.Arguments[0]);
        cut.WaitForAssertion(() => Assert.Contains("Your PDF is ready", cut.Markup, StringComparison.Ordinal));
        Assert.Contains(FileName, cut.Find("[role=status]").TextContent, StringComparison.Ordinal);

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Download again").Click();

        Assert.Equal(FakePdf, await NextDownloadAsync());
        Assert.Equal(2, Downloads);
        Assert.Equal(1, _renders);
    }

    [Fact]
    public async Task AFailure_SaysSoCalmly_AndOffersNoFile()
    {
        var cut = await OpenAsync((_, _) => throw new InvalidOperationException("broken layout"));

        cut.WaitForAssertion(() => Assert.Contains("no file was saved", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("broken layout", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(0, Downloads);
    }
}
