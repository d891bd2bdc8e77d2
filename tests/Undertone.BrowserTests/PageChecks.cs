using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Undertone.BrowserTests;

/// <summary>What every page must pass for people who use a keyboard or a screen reader.</summary>
public static class PageChecks
{
    /// <summary>
    /// Runs axe on the page as it is now (dialogs included) and fails on anything serious or critical. Also turns on
    /// axe's check that a control's accessible name contains its visible text, which axe leaves off by default.
    /// </summary>
    public static async Task AssertNoSeriousAxeProblemsAsync(IPage page, string where)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions
        {
            Rules = new Dictionary<string, RuleOptions> { ["label-content-name-mismatch"] = new() { Enabled = true } },
        };
        var results = await page.RunAxe(options);
        var serious = results.Violations
            .Where(v => v.Impact is "serious" or "critical" || v.Id == "label-content-name-mismatch")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")
            .ToList();
        Assert.True(serious.Count == 0, $"{where}:\n" + string.Join("\n", serious));
    }

    /// <summary>
    /// Tabs through the page from the top; every control that takes focus must show a solid outline of at least 2px at
    /// 3:1 or more against the page behind it, and at least <paramref name="minimum"/> controls must take focus.
    /// </summary>
    public static async Task AssertFocusRingsAsync(IPage page, string where, int minimum = 3, int presses = 40)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Locator("body").FocusAsync();
        var seen = 0;
        for (var i = 0; i < presses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var ring = await page.EvaluateAsync<string?>(FocusRingScript);
            if (ring is null)
            {
                continue;
            }

            seen++;
            Assert.True(ring.StartsWith("ok", StringComparison.Ordinal), $"{where}: {ring}");
        }

        Assert.True(seen >= minimum, $"{where}: only {seen} controls took focus");
    }

    private const string FocusRingScript = """
        async () => {
          // Fields fade their border to the focus colour: look once the fade has finished.
          await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)));
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          // A hidden checkbox, radio or switch input shows its ring on the round button around it; a text field or
          // select shows it around the whole field, or (outlined fields) as the field's own border.
          const field = el.closest('.mud-input');
          const target = el.matches('.mud-checkbox input, .mud-radio input, .mud-switch input') ? el.closest('.mud-button-root, .mud-switch-base')
            : field ? (field.querySelector(':scope > .mud-input-outlined-border') || field) : el;
          const css = getComputedStyle(target);
          const border = target.matches('.mud-input-outlined-border');
          const style = border
            ? { outlineStyle: css.borderTopStyle, outlineWidth: css.borderTopWidth, outlineColor: css.borderTopColor }
            : css;
          // Colours as [r, g, b, a] in 0-255 (Chromium writes some as `color(srgb r g b / a)` in 0-1).
          const parse = c => {
            const n = (c.match(/[\d.]+/g) || []).map(Number);
            if (n.length < 3) return [0, 0, 0, 0]; // transparent
            const scale = c.startsWith('color(') ? 255 : 1;
            return [n[0] * scale, n[1] * scale, n[2] * scale, n.length > 3 ? n[3] : 1];
          };
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          // The page behind the control: see-through backgrounds laid over the first solid one (white if none).
          const layers = [];
          for (let e = target.parentElement; e; e = e.parentElement) {
            const c = parse(getComputedStyle(e).backgroundColor);
            if (c[3] > 0) layers.unshift(c);
            if (c[3] >= 1) break;
          }
          const bgRgb = layers.reduce((under, [r, g, b, a]) => [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)], [255, 255, 255]);
          const bg = `rgb(${bgRgb.map(Math.round).join(', ')})`;
          const a = lum(parse(style.outlineColor)), b = lum(bgRgb);
          const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          const name = (el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40);
          const width = parseFloat(style.outlineWidth);
          return (style.outlineStyle !== 'none' && width >= 2 && contrast >= 3 ? 'ok ' : 'weak ')
            + `${name}: ${style.outlineStyle} ${width}px ${style.outlineColor} on ${bg} (${contrast.toFixed(2)}:1)`;
        }
        """;
}
