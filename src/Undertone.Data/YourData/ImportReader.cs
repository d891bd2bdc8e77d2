using System.IO.Compression;
using System.Text.Json;
using Undertone.Domain.Journal;

namespace Undertone.Data.YourData;

/// <summary>
/// Reads a file to import: an Undertone export (the ZIP or its <c>undertone.json</c>), or a jrnl or Day One JSON
/// export. A ZIP is checked before anything is unpacked: at most <see cref="MaxEntries"/> entries, at most
/// <see cref="MaxUnpackedBytes"/> in all, no entry that grows more than <see cref="MaxCompressionRatio"/> times, and
/// no entry name with <c>..</c>, a leading slash or a drive letter. Sizes are counted while reading, so an entry that
/// lies about its size is caught too.
/// </summary>
public static class ImportReader
{
    public const long MaxFileBytes = 512L * 1024 * 1024;

    public const long MaxUnpackedBytes = 1024L * 1024 * 1024;

    public const long MaxJsonBytes = 512L * 1024 * 1024;

    public const int MaxEntries = 250_000;

    public const int MaxCompressionRatio = 100;

    private const string Whole = "file";

    public static async Task<ImportFile> ReadAsync(Stream input, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        fileName = Path.GetFileName(fileName ?? "");
        if (fileName.Length == 0)
        {
            fileName = "upload";
        }

        var buffer = new MemoryStream();
        await using (buffer.ConfigureAwait(false))
        {
            if (!await CopyLimitedAsync(input, buffer, MaxFileBytes, cancellationToken).ConfigureAwait(false))
            {
                return ImportFile.Refused(fileName, Whole, Whole, $"The file is larger than {MaxFileBytes / 1024 / 1024} MB, which is more than an export can be.");
            }

            buffer.Position = 0;
            var head = new byte[4];
            var read = await buffer.ReadAsync(head, cancellationToken).ConfigureAwait(false);
            buffer.Position = 0;
            if (read >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K')
            {
                return await ReadZipAsync(buffer, fileName, cancellationToken).ConfigureAwait(false);
            }

            return ReadJson(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), fileName);
        }
    }

    private static async Task<ImportFile> ReadZipAsync(MemoryStream zipBytes, string fileName, CancellationToken cancellationToken)
    {
        ZipArchive zip;
        try
        {
            zip = await ZipArchive.CreateAsync(zipBytes, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            return ImportFile.Refused(fileName, Whole, Whole, "This ZIP file is damaged or cut short. Export again and try the new file.");
        }

        await using (zip.ConfigureAwait(false))
        {
            if (zip.Entries.Count > MaxEntries)
            {
                return ImportFile.Refused(fileName, Whole, "entries", $"This ZIP file has more than {MaxEntries:N0} files in it, more than an export can have.");
            }

            long total = 0;
            ZipArchiveEntry? json = null;
            var audioEntries = new List<ZipArchiveEntry>();
            foreach (var entry in zip.Entries)
            {
                if (!IsSafeName(entry.FullName))
                {
                    return ImportFile.Refused(fileName, $"entry {zip.Entries.IndexOf(entry)}", "name", "A file in this ZIP has a name that points outside the folder (\"..\", a leading slash or a drive letter). Undertone won't unpack it.");
                }

                total += entry.Length;
                if (total > MaxUnpackedBytes)
                {
                    return ImportFile.Refused(fileName, Whole, "size", $"Unpacked, this ZIP would be larger than {MaxUnpackedBytes / 1024 / 1024} MB. Undertone won't unpack it.");
                }

                if (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * MaxCompressionRatio)
                {
                    return ImportFile.Refused(fileName, entry.FullName.Length <= 100 ? entry.FullName : "entry", "size", "A file in this ZIP grows far more than real text does when unpacked. Undertone won't unpack it.");
                }

                if (entry.FullName == DataExport.JsonEntryName)
                {
                    json = entry;
                }
                else if (entry.FullName.StartsWith(VoiceNoteTransfer.Folder, StringComparison.Ordinal) && entry.Length is > 0 and <= VoiceNote.MaxBytes)
                {
                    audioEntries.Add(entry);
                }
            }

            if (json is null)
            {
                return ImportFile.Refused(fileName, Whole, DataExport.JsonEntryName, "This ZIP has no undertone.json in it. Choose the ZIP that Undertone's export made, or the undertone.json inside it.");
            }

            var limit = Math.Min(MaxJsonBytes, Math.Max(json.CompressedLength * MaxCompressionRatio, 1024 * 1024));
            var text = new MemoryStream();
            await using (text.ConfigureAwait(false))
            {
                try
                {
                    var stream = await json.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await using (stream.ConfigureAwait(false))
                    {
                        if (!await CopyLimitedAsync(stream, text, limit, cancellationToken).ConfigureAwait(false))
                        {
                            return ImportFile.Refused(fileName, DataExport.JsonEntryName, "size", "undertone.json grows far more than real text does when unpacked. Undertone won't unpack it.");
                        }
                    }
                }
                catch (InvalidDataException)
                {
                    return ImportFile.Refused(fileName, DataExport.JsonEntryName, Whole, "undertone.json in this ZIP is damaged or cut short. Export again and try the new file.");
                }

                var read = ReadJson(text.GetBuffer().AsMemory(0, (int)text.Length), DataExport.JsonEntryName);
                return read.Document is { Audio.Count: > 0 } ? read with { AudioFiles = await ReadAudioAsync(audioEntries, cancellationToken).ConfigureAwait(false) } : read;
            }
        }
    }

    /// <summary>The voice notes' audio files (each at most a voice note's size, checked again while reading).</summary>
    private static async Task<Dictionary<string, byte[]>> ReadAudioAsync(List<ZipArchiveEntry> entries, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var bytes = new MemoryStream();
            await using (bytes.ConfigureAwait(false))
            {
                try
                {
                    var stream = await entry.OpenAsync(cancellationToken).ConfigureAwait(false);
                    await using (stream.ConfigureAwait(false))
                    {
                        if (await CopyLimitedAsync(stream, bytes, VoiceNote.MaxBytes, cancellationToken).ConfigureAwait(false))
                        {
                            files[entry.FullName] = bytes.ToArray();
                        }
                    }
                }
                catch (InvalidDataException)
                {
                    // A damaged audio file is left out; the import then says which note's audio is missing.
                }
            }
        }

        return files;
    }

    /// <summary>Relative names only: no "..", no leading slash or backslash, no drive letter, no control characters.</summary>
    public static bool IsSafeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name[0] is '/' or '\\' || (name.Length >= 2 && name[1] == ':') || name.Any(char.IsControl))
        {
            return false;
        }

        return !name.Split('/', '\\').Any(part => part == "..");
    }

    private static ImportFile ReadJson(ReadOnlyMemory<byte> json, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return ImportFile.Refused(fileName, Whole, Whole, "This is not a JSON file Undertone can read, or it is cut short.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ImportFile.Refused(fileName, Whole, Whole, "This JSON file is not an export Undertone knows (Undertone, jrnl or Day One).");
            }

            if (root.TryGetProperty("format", out _) || root.TryGetProperty("version", out _))
            {
                return ReadUndertone(root, fileName);
            }

            if (root.TryGetProperty("metadata", out _) && root.TryGetProperty("entries", out _))
            {
                return ForeignJournals.FromDayOne(root, fileName);
            }

            if (root.TryGetProperty("entries", out _))
            {
                return ForeignJournals.FromJrnl(root, fileName);
            }

            return ImportFile.Refused(fileName, Whole, Whole, "This JSON file is not an export Undertone knows (Undertone, jrnl or Day One).");
        }
    }

    private static ImportFile ReadUndertone(JsonElement root, string fileName)
    {
        var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
        if (format != ExportDocument.FormatName)
        {
            return ImportFile.Refused(fileName, Whole, "format", "This file does not say it is an Undertone export (format \"undertone-export\").");
        }

        if (!root.TryGetProperty("version", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version))
        {
            return ImportFile.Refused(fileName, Whole, "version", "This export has no version number, so Undertone can't tell how to read it.");
        }

        if (version != ExportDocument.CurrentVersion)
        {
            return ImportFile.Refused(fileName, Whole, "version", version > ExportDocument.CurrentVersion
                ? $"This export was made by a newer Undertone (version {version}). Update Undertone, then import it."
                : $"Undertone can't read export version {version}.");
        }

        try
        {
            var document = root.Deserialize<ExportDocument>(ExportJson.Options);
            return document is null
                ? ImportFile.Refused(fileName, Whole, Whole, "This export is empty.")
                : new ImportFile(ImportSource.Undertone, fileName, document, []);
        }
        catch (JsonException ex)
        {
            var (item, field) = PlaceOf(ex.Path);
            return ImportFile.Refused(fileName, item, field, "This value is missing, misspelt, of the wrong type or not one of the allowed values.");
        }
    }

    /// <summary>"$.recaps[3].feeling" becomes ("recaps[3]", "feeling").</summary>
    internal static (string Item, string Field) PlaceOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return (Whole, Whole);
        }

        var rest = path[2..];
        var close = rest.IndexOf(']', StringComparison.Ordinal);
        if (close > 0 && close + 2 < rest.Length && rest[close + 1] == '.')
        {
            return (rest[..(close + 1)], rest[(close + 2)..]);
        }

        return (Whole, rest);
    }

    private static async Task<bool> CopyLimitedAsync(Stream from, Stream to, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = await from.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += n;
            if (total > limit)
            {
                return false;
            }

            await to.WriteAsync(buffer.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
