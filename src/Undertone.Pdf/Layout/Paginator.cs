namespace Undertone.Pdf.Layout;

/// <summary>
/// Moves rows onto pages top to bottom. A row starts a new page when it, together with the rows it must keep with
/// (a heading and its first lines, a paragraph's first and last two lines), would cross the bottom margin.
/// A group taller than a whole page is allowed to split.
/// </summary>
internal static class Paginator
{
    public static IReadOnlyList<LaidOutPage> Paginate(IReadOnlyList<Row> rows, PageGeometry page)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(page);
        var pages = new List<LaidOutPage> { new() };
        var y = PageGeometry.ContentTop;
        var available = page.ContentBottom - PageGeometry.ContentTop;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var atTop = y <= PageGeometry.ContentTop;
            if (row.PageBreakBefore && !atTop)
            {
                pages.Add(new LaidOutPage());
                y = PageGeometry.ContentTop;
                atTop = true;
            }

            var group = GroupHeight(rows, i, atTop);
            if (!atTop && y + group > page.ContentBottom && group - row.SpaceBefore <= available)
            {
                pages.Add(new LaidOutPage());
                y = PageGeometry.ContentTop;
                atTop = true;
            }
            else if (!atTop && y + row.SpaceBefore + row.Height > page.ContentBottom)
            {
                pages.Add(new LaidOutPage());
                y = PageGeometry.ContentTop;
                atTop = true;
            }

            if (!atTop)
            {
                y += row.SpaceBefore;
            }

            Place(pages[^1], row, y);
            y += row.Height;
        }

        return pages;
    }

    /// <summary>Height of the row plus every row it is kept with, following keeps transitively.</summary>
    private static float GroupHeight(IReadOnlyList<Row> rows, int start, bool atTop)
    {
        var end = start + rows[start].KeepWithNext;
        var height = (atTop ? 0f : rows[start].SpaceBefore) + rows[start].Height;
        for (var j = start + 1; j <= end && j < rows.Count; j++)
        {
            if (rows[j].PageBreakBefore)
            {
                break;
            }

            height += rows[j].SpaceBefore + rows[j].Height;
            end = Math.Max(end, j + rows[j].KeepWithNext);
        }

        return height;
    }

    private static void Place(LaidOutPage target, Row row, float top)
    {
        if (row.IsRule)
        {
            target.Rules.Add(top + (row.Height / 2f));
            return;
        }

        // One baseline per row, from the row's style, so a label and its value line up.
        var size = StyleSheet.Size(row.Style);
        foreach (var text in row.Texts)
        {
            var baseline = top + ((row.Height - size) / 2f) + (size * 0.86f);
            target.Texts.Add(new PlacedText(text.X, baseline, text.Style, text.Line));
        }
    }
}
