using System.Text;
using Microsoft.AspNetCore.Components;
using Undertone.Domain.Journal.Patterns;

namespace Undertone.Web.Components.Pages.Patterns;

/// <summary>
/// The patterns page's line chart: for each session of the timeline, in how many of the recent sessions up to then
/// each of the first <see cref="ThemeCount"/> themes came up. The lines are worked out once per report, so a click
/// elsewhere on the page re-renders nothing here.
/// </summary>
public partial class ThemeChart
{
    /// <summary>How many themes the chart draws (the page's tables list them all).</summary>
    public const int ThemeCount = 5;

    /// <summary>The drawing's own units: each session gets a column <see cref="Step"/> wide, the dot in its middle.</summary>
    public const int Step = 20;

    public const int Height = 100;

    private ThemeReport? _drawn;
    private bool _changed;
    private IReadOnlyList<ChartLine> _lines = [];
    private string[] _dates = [];
    private int _top = 1;

    [Parameter, EditorRequired]
    public required ThemeReport Report { get; set; }

    private int Width => Math.Max(1, _dates.Length) * Step;

    private string Title => string.Create(CultureInfo.CurrentCulture,
        $"Line chart of your last {PatternsText.Sessions(Report.Timeline.Count)}, one line per theme: {string.Join(", ", _lines.Select(l => l.Name))}");

    /// <summary>Where a count sits, in the drawing's units (0 at the bottom, <see cref="Report"/>'s recent sessions at the top).</summary>
    public static double Y(int count, int top) => Height - (double)count * Height / Math.Max(1, top);

    /// <summary>Where session <paramref name="index"/> sits across, in the drawing's units.</summary>
    public static int X(int index) => (index * Step) + (Step / 2);

    protected override void OnParametersSet()
    {
        _changed = !ReferenceEquals(_drawn, Report);
        if (!_changed)
        {
            return;
        }

        _drawn = Report;
        _top = Math.Max(1, Report.RecentSessions);
        _dates = [.. Report.Timeline.Select(s => PatternsText.ShortDate(s.SessionDate))];
        _lines = [.. Report.Themes.Take(ThemeCount).Select(t => ChartLine.For(t.Name, t.RollingCount, _top))];
    }

    protected override bool ShouldRender() => _changed;

    private double Y(int count) => Y(count, _top);

    private static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>One theme's line and dots as SVG path data, made once per report.</summary>
    private sealed record ChartLine(string Name, string Line, string Dots)
    {
        public static ChartLine For(string name, IReadOnlyList<int> counts, int top)
        {
            var line = new StringBuilder();
            var dots = new StringBuilder();
            for (var i = 0; i < counts.Count; i++)
            {
                var point = string.Create(CultureInfo.InvariantCulture, $"{X(i)} {Y(counts[i], top):0.##}");
                line.Append(i == 0 ? "M" : "L").Append(point);
                dots.Append('M').Append(point).Append("h0");
            }

            return new ChartLine(name, line.ToString(), dots.ToString());
        }
    }
}
