using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Undertone.Data.Tests.YourData;

/// <summary>
/// Long work on the whole journal says how far it has got, works in batches without losing a theme link, and when it
/// stops part-way (an error, or the person leaving) keeps nothing half-done.
/// </summary>
public sealed class DataProgressTests : JournalTestBase
{
    private const int RecapCount = 1_203; // two full batches of 500 and a short one

    [Fact]
    public async Task Import_InBatches_ReportsEachBatch_AndKeepsEveryThemeLink()
    {
        var progress = new Recorder();

        var result = await new DataImport(Database, Clock).ApplyAsync(await FileAsync(), ImportMode.Merge, progress);

        Assert.True(result.IsValid);
        Assert.Equal(
            ["AddingRecaps 0/1203", "AddingRecaps 500/1203", "AddingRecaps 1000/1203", "AddingRecaps 1203/1203", "AddingTheRest 0/0", "Finished 1203/1203"],
            progress.Seen);
        Assert.Equal(RecapCount, (await Recaps.ListRecapsAsync(RecapFilter.All, 0, 1)).TotalCount);
        var themes = await Themes.ListThemesAsync();
        Assert.Equal(RecapCount, themes.Single(t => t.Name == "Everyone").RecapCount);
        Assert.Equal((RecapCount + 2) / 3, themes.Single(t => t.Name == "Every third").RecapCount);
    }

    [Fact]
    public async Task Replace_StoppedAfterTheFirstBatch_KeepsWhatWasHere_AndNoneOfTheFile()
    {
        var kept = await Recaps.SaveRecapAsync(null, new() { SessionDate = new DateOnly(2026, 11, 20), WhatCameUp = "The Marmosetkept words" }, 0);
        using var stop = new CancellationTokenSource();
        var progress = new Recorder(p =>
        {
            if (p is { Step: DataStep.AddingRecaps, Done: 500 })
            {
                stop.Cancel(); // the person closes the page while the second batch is on its way
            }
        });

        var file = await FileAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new DataImport(Database, Clock).ApplyAsync(file, ImportMode.Replace, progress, stop.Token));

        var list = await Recaps.ListRecapsAsync(RecapFilter.All, 0, 10);
        Assert.Equal(kept.Id, Assert.Single(list.Items).Id);
        Assert.Single(await Search.SearchAsync("marmosetkept"));
        Assert.Empty(await Search.SearchAsync("imported"));
        Assert.Empty(await Themes.ListThemesAsync());

        // The index still forgets deleted words afterwards (the "off" for the bulk delete did not stick).
        Assert.NotNull(await Recaps.DeleteRecapAsync(kept.Id));
        Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, "Marmosetkept"));
    }

    [Fact]
    public async Task Export_ReportsTheJsonThenTheMarkdown_ThenFinished()
    {
        await new DataImport(Database, Clock).ApplyAsync(await FileAsync(), ImportMode.Merge);
        var progress = new Recorder();

        await new DataExport(Database, Clock).WriteZipAsync(Stream.Null, progress: progress);

        Assert.Equal("WritingJson 0/1203", progress.Seen[0]);
        Assert.Contains("WritingJson 1203/1203", progress.Seen);
        Assert.Contains("WritingMarkdown 600/1203", progress.Seen);
        Assert.Equal(["WritingMarkdown 1203/1203", "Finished 1203/1203"], progress.Seen.Skip(progress.Seen.Count - 2));
    }

    [Fact]
    public async Task Export_CancelledPartWay_ReportsStopped()
    {
        await new DataImport(Database, Clock).ApplyAsync(await FileAsync(), ImportMode.Merge);
        using var stop = new CancellationTokenSource();
        var progress = new Recorder(p =>
        {
            if (p is { Step: DataStep.WritingJson, Done: 400 })
            {
                stop.Cancel(); // the download was cancelled in the browser
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new DataExport(Database, Clock).WriteZipAsync(Stream.Null, progress: progress, cancellationToken: stop.Token));

        Assert.Equal("Stopped 0/0", progress.Seen[^1]);
        Assert.DoesNotContain(progress.Seen, s => s.StartsWith("Finished", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteEverything_SaysItIsRemovingThenClearingTheFiles()
    {
        await new DataImport(Database, Clock).ApplyAsync(await FileAsync(), ImportMode.Merge);
        var progress = new Recorder();

        await new DataWipe(Database, []).DeleteEverythingAsync(progress);

        Assert.Equal(["Removing 0/0", "WipingFiles 0/0", "Finished 0/0"], progress.Seen);
        Assert.Equal(0, (await Recaps.ListRecapsAsync(RecapFilter.All, 0, 1)).TotalCount);
        Assert.Empty(DataFolderCanary.FilesHolding(Database.Folder, "imported"));
    }

    /// <summary>An Undertone export of <see cref="RecapCount"/> recaps, every one in "Everyone", every third in "Every third".</summary>
    private static async Task<ImportFile> FileAsync()
    {
        var recaps = new JsonArray();
        for (var i = 1; i <= RecapCount; i++)
        {
            var themes = new JsonArray("Everyone");
            if (i % 3 == 1)
            {
                themes.Add("Every third");
            }

            recaps.Add(new JsonObject
            {
                ["id"] = i,
                ["sessionDate"] = new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["whatCameUp"] = $"The imported recap number {i}.",
                ["themes"] = themes,
            });
        }

        var doc = new JsonObject
        {
            ["format"] = "undertone-export",
            ["version"] = 1,
            ["exportedAt"] = "2026-11-24T12:00:00+00:00",
            ["recaps"] = recaps,
        };
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry(DataExport.JsonEntryName);
            await using var stream = entry.Open();
            await stream.WriteAsync(Encoding.UTF8.GetBytes(doc.ToJsonString()));
        }

        zip.Position = 0;
        var file = await ImportReader.ReadAsync(zip, "undertone-export-2026-11-24.zip");
        Assert.Empty(file.Problems);
        return file;
    }

    /// <summary>Keeps every report, in order, as "Step done/total"; reports arrive on the worker's own thread.</summary>
    private sealed class Recorder(Action<DataProgress>? also = null) : IProgress<DataProgress>
    {
        private readonly List<string> _seen = [];

        public IReadOnlyList<string> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        public void Report(DataProgress value)
        {
            lock (_seen)
            {
                _seen.Add($"{value.Step} {value.Done}/{value.Total}");
            }

            also?.Invoke(value);
        }
    }
}
