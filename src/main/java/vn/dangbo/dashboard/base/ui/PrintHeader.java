package vn.dangbo.dashboard.base.ui;

import com.vaadin.flow.component.UI;

/**
 * What a printed page carries at its top, whether printed with *In* or from the browser's menu: the committee, the
 * page's title, the period it shows and the day it was printed. The text is written into the page's @page rule as
 * escaped CSS characters (a committee's name is never read as style), when a page opens and again just before
 * printing (the period may have changed in between); the report's pages are A4 portrait, with the margins of a
 * party document. *In* first lays the page out at the paper's width so that the
 * charts are redrawn for it, then prints, then lays it out for the screen again.
 */
final class PrintHeader {
    /** Installs the header's writer for this browser tab, with the committee and the "printed on" words. */
    private static final String INSTALL = """
            window.dangboPrintHeader = { committee: $0, printed: $1 };
            window.dangboWritePrintHeader = () => {
              const words = window.dangboPrintHeader;
              const title = (document.querySelector('vaadin-app-layout h2, .report-view h2') || {}).textContent || '';
              const period = [...document.querySelectorAll('.period-filter vaadin-select, .period-filter vaadin-combo-box')]
                  .map((field) => {
                    const shown = field.querySelector('vaadin-select-value-button');
                    return ((shown && shown.textContent) || field.value || '').trim();
                  }).filter((text) => text).join(', ');
              const header = [words.committee, title, period, words.printed].filter((text) => text).join(' · ');
              const css = (text) => '"' + Array.from(text).map((c) => /[A-Za-z0-9 ]/.test(c) ? c
                  : '\\\\' + c.codePointAt(0).toString(16) + ' ').join('') + '"';
              let style = document.getElementById('print-page-header');
              if (!style) {
                style = document.createElement('style');
                style.id = 'print-page-header';
                document.head.appendChild(style);
              }
              const portrait = document.querySelector('.report-view') ? 'size: A4 portrait; margin: 20mm 15mm 20mm 30mm; ' : '';
              style.textContent = '@page { ' + portrait + '@top-left { content: ' + css(header) + '; } }';
              // A card taller than a page is let break (kept whole, it would leave a blank page before it and break
              // anyway); every other card is kept whole on one page.
              const page = portrait ? 900 : 660;
              document.querySelectorAll('.card').forEach((card) =>
                  card.classList.toggle('print-tall', card.getBoundingClientRect().height > page));
            };
            if (!window.dangboPrintListeners) {
              window.dangboPrintListeners = true;
              window.addEventListener('beforeprint', () => window.dangboWritePrintHeader());
              window.addEventListener('afterprint', () => {
                document.documentElement.classList.remove('printing');
                window.dispatchEvent(new Event('resize'));
              });
            }
            setTimeout(() => window.dangboWritePrintHeader(), 0);
            """;

    /** Lays the page out at the paper's width, waits for the charts to be redrawn, prints. */
    private static final String PRINT = """
            document.documentElement.classList.add('printing');
            window.dispatchEvent(new Event('resize'));
            setTimeout(() => {
              window.dangboWritePrintHeader && window.dangboWritePrintHeader();
              window.print();
            }, 800);
            """;

    private PrintHeader() {
    }

    static void write(UI ui, String committee, String printed) {
        ui.getPage().executeJs(INSTALL, committee, printed);
    }

    static void print(UI ui) {
        ui.getPage().executeJs(PRINT);
    }
}
