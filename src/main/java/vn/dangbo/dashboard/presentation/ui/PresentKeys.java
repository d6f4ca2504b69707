package vn.dangbo.dashboard.presentation.ui;

/**
 * The browser side of the presentation: what clickers and keyboards send, mapped to the view's server methods,
 * and full screen, which browsers allow only in direct answer to a key press, so it is handled here.
 */
final class PresentKeys {
    /** Run with the view's element as {@code this} and the auto-advance interval in seconds as {@code $0}. */
    static final String SCRIPT = """
            const view = this;
            if (window.__dangboKeys) { document.removeEventListener('keydown', window.__dangboKeys); }
            if (window.__dangboAuto) { clearInterval(window.__dangboAuto); window.__dangboAuto = null; }
            window.__dangboKeys = (e) => {
              if (e.altKey || e.ctrlKey || e.metaKey) { return; }
              const server = view.$server;
              switch (e.key) {
                case 'ArrowRight': case 'PageDown': case ' ': case 'Enter': server.next(); break;
                case 'ArrowLeft': case 'PageUp': case 'Backspace': server.previous(); break;
                case 'Home': server.first(); break;
                case 'End': server.last(); break;
                case 'f': case 'F':
                  if (document.fullscreenElement) { document.exitFullscreen(); }
                  else if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen(); }
                  break;
                case 'Escape': if (document.fullscreenElement) { document.exitFullscreen(); } break;
                default:
                  if (/^[0-9]$/.test(e.key)) { server.go(e.key === '0' ? 10 : parseInt(e.key, 10)); break; }
                  return;
              }
              e.preventDefault();
            };
            document.addEventListener('keydown', window.__dangboKeys);
            // The small previous/next controls show while the pointer moves, and fade two seconds after it stops.
            if (window.__dangboPointer) { document.removeEventListener('mousemove', window.__dangboPointer); }
            window.__dangboPointer = () => {
              view.classList.add('pointer-moving');
              clearTimeout(window.__dangboPointerTimer);
              window.__dangboPointerTimer = setTimeout(() => view.classList.remove('pointer-moving'), 2000);
            };
            document.addEventListener('mousemove', window.__dangboPointer);
            if ($0 > 0) { window.__dangboAuto = setInterval(() => view.$server.next(), $0 * 1000); }
            """;

    static final String STOP = """
            if (window.__dangboKeys) { document.removeEventListener('keydown', window.__dangboKeys); window.__dangboKeys = null; }
            if (window.__dangboAuto) { clearInterval(window.__dangboAuto); window.__dangboAuto = null; }
            if (window.__dangboPointer) { document.removeEventListener('mousemove', window.__dangboPointer); window.__dangboPointer = null; }
            """;

    private PresentKeys() {
    }
}
