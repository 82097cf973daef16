namespace Briefing.Preview;

/// <summary>
/// The reload script and the error overlay's style, served only by the preview under /__preview/.
/// Files on the same origin, so the site's strict Content-Security-Policy holds in preview too.
/// </summary>
public static class PreviewAssets
{
    public const string Prefix = "/__preview/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylePath = Prefix + "overlay.css";

    public const string Tags = $"<link rel=\"stylesheet\" href=\"{StylePath}\"><script src=\"{ScriptPath}\" defer></script>";

    public const string Script = """
        (function () {
          'use strict';
          var overlay = null;
          function clear() { if (overlay) { overlay.remove(); overlay = null; } }
          function show(problems) {
            clear();
            overlay = document.createElement('section');
            overlay.className = 'preview-overlay';
            overlay.setAttribute('role', 'alert');
            var title = document.createElement('h2');
            title.textContent = 'The last change did not build: this page is the last good build';
            overlay.appendChild(title);
            var list = document.createElement('ul');
            problems.forEach(function (line) {
              var item = document.createElement('li');
              var code = document.createElement('code');
              code.textContent = line;
              item.appendChild(code);
              list.appendChild(item);
            });
            overlay.appendChild(list);
            document.body.appendChild(overlay);
          }
          var events = new EventSource('/__preview/events');
          events.addEventListener('reload', function () { location.reload(); });
          events.addEventListener('problems', function (e) { show(JSON.parse(e.data)); });
        })();
        """;

    public const string Style = """
        .preview-overlay { position: fixed; inset: auto 1rem 1rem 1rem; z-index: 1000; max-height: 50vh; overflow: auto;
          background: #fff4f4; color: #5c0000; border: 2px solid #b00020; border-radius: .5rem; padding: 1rem;
          font: 14px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; box-shadow: 0 4px 24px rgba(0,0,0,.3); }
        .preview-overlay h2 { font-size: 1rem; margin: 0 0 .5rem; }
        .preview-overlay ul { margin: 0; padding-left: 1.25rem; }
        .preview-overlay code { white-space: pre-wrap; overflow-wrap: anywhere; }
        """;

    /// <summary>Adds the reload script to a page, before &lt;/body&gt;.</summary>
    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Tags : html[..end] + Tags + html[end..];
    }
}
