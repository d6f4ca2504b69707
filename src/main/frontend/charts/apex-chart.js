// <dangbo-apex-chart>: a thin custom element over ApexCharts 4.7.0 (MIT).
// The server sends the options as JSON; functions cannot travel as JSON, so the number formatters
// (locale-aware: "17,8" in vi-VN) and the click bridge to the server are added here.
import ApexCharts from 'apexcharts';

// svg.js (inside ApexCharts) sizes a rect made without a size from its measured box: getBBox, which makes the
// browser lay out the whole page, once per rect — a heatmap's 150 cells took a second. ApexCharts sets every
// rect's width and height right after making it, so a rect made without a size is left unmeasured.
(function measureNoEmptyRect() {
  const rect = window.SVG && window.SVG().rect(1, 1);
  const prototype = rect && Object.getPrototypeOf(rect);
  if (!prototype || typeof prototype.size !== 'function' || prototype.size.dangboUnmeasured) {
    return;
  }
  const size = prototype.size;
  prototype.size = function sizeUnlessEmpty(width, height) {
    return width == null && height == null ? this : size.call(this, width, height);
  };
  prototype.size.dangboUnmeasured = true;
})();

// ApexCharts writes tooltip titles, series names and legend texts with innerHTML. Every string in a chart comes
// from party records (cell names, members' data) and is hostile until shown otherwise: it reaches those places only
// through this, as text. (Axis labels, data labels and titles are SVG text nodes, which are text already.)
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(value) {
  if (value === null || value === undefined) {
    return '';
  }
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

// WCAG's relative luminance of "#rrggbb" (0 black … 1 white); other colour forms count as dark.
export function relativeLuminance(colour) {
  const match = /^#([0-9a-f]{6})$/i.exec(String(colour || ''));
  if (!match) {
    return 0;
  }
  const channel = (i) => {
    const c = parseInt(match[1].substr(i, 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

class DangboApexChart extends HTMLElement {
  constructor() {
    super();
    this._options = null;
    this._format = { locale: 'vi-VN', decimals: 1, suffix: '', unit: '', fileName: '', wrap: 0, labelLinks: false };
    this._chart = null;
    this._width = 0;
    this._height = 0;
    this._measured = false;
    this._drawn = null;
    this._drawnFormat = null;
    this._frame = 0;
    // ApexCharts measures its container once, when it draws: draw only once the page is laid out, and again
    // whenever the width changes (the drawer opening, a projector's resolution). A chart sized in % of its
    // container (a slide) follows the container's height as well. The page settles over a few layouts when it
    // opens (the drawer's width is set by the layout's own observer): drawing waits for the frame after them,
    // so a chart is drawn once, at its final size, instead of once per step.
    this._resizeObserver = new ResizeObserver(() => {
      this._measured = true;
      this._schedule();
    });
    // A window resize is also how the page asks for a redraw when the text size changes (the meeting mode).
    this._stale = false;
    this._windowResized = () => {
      this._stale = true;
      this._schedule();
    };
  }

  set options(value) {
    this._options = value;
    this._schedule();
  }

  get options() {
    return this._options;
  }

  set format(value) {
    this._format = Object.assign({ locale: 'vi-VN', decimals: 1, suffix: '', unit: '', fileName: '', wrap: 0, labelLinks: false }, value || {});
    this._schedule();
  }

  get format() {
    return this._format;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._resizeObserver.observe(this);
    window.addEventListener('resize', this._windowResized);
    this._schedule();
  }

  disconnectedCallback() {
    this._resizeObserver.disconnect();
    window.removeEventListener('resize', this._windowResized);
    this._measured = false;
    cancelAnimationFrame(this._frame);
    this._frame = 0;
    this._destroy();
  }

  _schedule() {
    if (this._frame || !this._measured) {
      return;
    }
    // Two frames: the app layout also waits a frame after its own resize before it sets the drawer's width.
    this._frame = requestAnimationFrame(() => {
      this._frame = requestAnimationFrame(() => this._drawIfChanged());
    });
  }

  _drawIfChanged() {
    this._frame = 0;
    const resized = this.clientWidth !== this._width || (this._relativeHeight() && this.clientHeight !== this._height);
    if (resized || this._stale || this._drawn !== this._options || this._drawnFormat !== this._format) {
      this._render();
    }
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    this._drawn = null;
  }

  _number(value, suffix, fixed) {
    if (value === null || value === undefined || Number.isNaN(value)) {
      return '';
    }
    const digits = fixed === undefined ? { maximumFractionDigits: this._format.decimals }
      : { minimumFractionDigits: fixed, maximumFractionDigits: fixed };
    return new Intl.NumberFormat(this._format.locale, digits).format(value) + (suffix || '');
  }

  // Counts (no decimals wanted) get whole-number ticks on the value axis, whichever way the bars run.
  _wholeNumberAxes(options) {
    if (this._format.decimals !== 0 || options.chart.type === 'donut' || options.chart.type === 'radialBar') {
      return;
    }
    const horizontal = options.plotOptions && options.plotOptions.bar && options.plotOptions.bar.horizontal;
    if (horizontal) {
      const values = (options.series || []).flatMap((s) => (Array.isArray(s.data) ? s.data : []))
        .filter((v) => typeof v === 'number');
      const max = Math.max(1, ...values);
      options.xaxis = Object.assign({}, options.xaxis, { decimalsInFloat: 0, tickAmount: Math.min(max, 10) });
      options.xaxis.labels = Object.assign({}, options.xaxis.labels, {
        formatter: (value) => (typeof value === 'number' ? this._number(value, '', 0) : value),
      });
    }
  }

  // "74 đảng viên – 14,9%": the count, what it counts, and its share of the whole where the chart shows shares.
  _tooltipValue(value, context, options) {
    const unit = this._format.unit;
    const text = unit ? this._number(value, '') + ' ' + unit : this._number(value, this._format.suffix);
    const share = this._share(value, context, options);
    return share === null ? text : text + ' – ' + this._number(share * 100, '%', 1);
  }

  _share(value, context, options) {
    if (!this._format.unit || !Array.isArray(options.series)) {
      return null;
    }
    let total = 0;
    if (options.chart.type === 'donut' || options.chart.type === 'pie') {
      total = options.series.reduce((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
    } else if (options.chart.stackType === '100%' && context && context.dataPointIndex >= 0) {
      total = options.series.reduce((sum, s) => {
        const v = s && Array.isArray(s.data) ? s.data[context.dataPointIndex] : 0;
        return sum + (typeof v === 'number' ? v : 0);
      }, 0);
    } else {
      return null;
    }
    return total > 0 ? value / total : null;
  }

  // A downloaded image or table is named by its view and period ("xep-loai-dang-vien-2019.png"), not at random.
  _named(options) {
    const name = this._format.fileName;
    if (!name) {
      return;
    }
    options.chart.toolbar = Object.assign({}, options.chart.toolbar);
    options.chart.toolbar.export = {
      png: { filename: name }, svg: { filename: name }, csv: { filename: name },
    };
  }

  // On a slide a long category wraps onto more lines instead of being cut with "…"; a horizontal bar's category
  // labels (drawn on the value axis' side) may take up to two fifths of the chart's width.
  _wrapped(options) {
    const horizontal = options.plotOptions && options.plotOptions.bar && options.plotOptions.bar.horizontal;
    let width = this._format.wrap;
    if (horizontal) {
      const maxWidth = Math.max(160, Math.round(this.clientWidth * 0.4));
      const axis = Object.assign({}, Array.isArray(options.yaxis) ? options.yaxis[0] : options.yaxis);
      axis.labels = Object.assign({}, axis.labels, { maxWidth });
      options.yaxis = axis;
      // Lines no wider than that at the largest text (meeting mode's 20 px: about 11 px a character).
      width = width || Math.max(8, Math.floor(maxWidth / 11));
    }
    if (!width || !options.xaxis || !Array.isArray(options.xaxis.categories)) {
      return;
    }
    options.xaxis.categories = options.xaxis.categories.map((label) => {
      const words = String(label).split(' ');
      const lines = [];
      let line = '';
      words.forEach((word) => {
        if (line && (line + ' ' + word).length > width) {
          lines.push(line);
          line = word;
        } else {
          line = line ? line + ' ' + word : word;
        }
      });
      if (line) {
        lines.push(line);
      }
      return lines.length > 1 ? lines : label;
    });
    options.xaxis.labels = Object.assign({}, options.xaxis.labels, { trim: false, hideOverlappingLabels: false });
  }

  _contrastingLabels(options) {
    const colours = Array.isArray(options.colors) ? options.colors : null;
    options.dataLabels.dropShadow = { enabled: false };
    if (!colours) {
      return;
    }
    options.dataLabels.style = Object.assign({}, options.dataLabels.style, {
      colors: colours.map((colour) => (relativeLuminance(colour) > 0.19 ? '#111111' : '#ffffff')),
    });
  }

  _relativeHeight() {
    const height = this._options && this._options.chart && this._options.chart.height;
    return typeof height === 'string' && height.endsWith('%');
  }

  _percentLabels(options) {
    const type = options.chart && options.chart.type;
    return type === 'donut' || type === 'pie' || (options.chart && options.chart.stackType === '100%');
  }

  _withFunctions(source) {
    const options = JSON.parse(JSON.stringify(source));
    const suffix = this._format.suffix;
    const percent = this._percentLabels(options);
    options.chart = options.chart || {};
    options.chart.fontFamily = getComputedStyle(this).fontFamily;
    // This element redraws on a resize itself (see the constructor); ApexCharts' own redraw would be a second.
    options.chart.redrawOnParentResize = false;
    options.chart.redrawOnWindowResize = false;
    options.chart.events = {
      dataPointSelection: (event, context, config) => this._clicked(config.seriesIndex, config.dataPointIndex, config.w),
      markerClick: (event, context, config) => this._clicked(config.seriesIndex, config.dataPointIndex, config.w),
    };
    options.dataLabels = options.dataLabels || {};
    options.dataLabels.formatter = (value, ctx) => {
      if (options.chart.type === 'heatmap') {
        return this._number(value, suffix);
      }
      return percent ? this._number(value, '%', 1) : this._number(value, suffix);
    };
    options.tooltip = options.tooltip || {};
    options.tooltip.y = Object.assign({}, options.tooltip.y, {
      formatter: (value, context) => escapeHtml(typeof value === 'number' ? this._tooltipValue(value, context, options) : value),
      title: { formatter: (seriesName) => (seriesName ? escapeHtml(seriesName) + ': ' : '') },
    });
    options.tooltip.x = Object.assign({}, options.tooltip.x, { formatter: (value) => escapeHtml(value) });
    options.tooltip.z = Object.assign({}, options.tooltip.z, { title: '' });
    options.legend = Object.assign({}, options.legend, { formatter: (name) => escapeHtml(name) });
    options.xaxis = Object.assign({}, options.xaxis);
    options.xaxis.tooltip = Object.assign({}, options.xaxis.tooltip, { formatter: (value) => escapeHtml(value) });
    this._wholeNumberAxes(options);
    this._named(options);
    this._wrapped(options);
    // Data labels in dark text on light fills and white on dark ones (at least 4.5:1 either way), without shadows.
    this._contrastingLabels(options);
    // Every bar keeps its number, even a step of one member too thin to hold it.
    options.plotOptions = options.plotOptions || {};
    options.plotOptions.bar = Object.assign({}, options.plotOptions.bar);
    options.plotOptions.bar.dataLabels = Object.assign({}, options.plotOptions.bar.dataLabels, { hideOverflowingLabels: false });
    if (options.chart.type !== 'donut' && options.chart.type !== 'radialBar') {
      const axes = Array.isArray(options.yaxis) ? options.yaxis : [options.yaxis || {}];
      axes.forEach((axis) => {
        axis.labels = Object.assign({}, axis.labels, {
          formatter: (value) => (typeof value === 'number' ? this._number(value, percent ? '%' : '', this._format.decimals === 0 ? 0 : undefined) : value),
        });
      });
      options.yaxis = Array.isArray(options.yaxis) ? axes : axes[0];
    }
    if (options.chart.type === 'radialBar') {
      options.plotOptions = options.plotOptions || {};
      options.plotOptions.radialBar = options.plotOptions.radialBar || {};
      const labels = options.plotOptions.radialBar.dataLabels || {};
      labels.value = Object.assign({}, labels.value, { formatter: (value) => this._number(value, '%') });
      options.plotOptions.radialBar.dataLabels = labels;
    }
    return options;
  }

  _clicked(seriesIndex, dataPointIndex, w) {
    // Donut and radial bar slices come with only one of the two indexes.
    if (dataPointIndex === undefined || dataPointIndex < 0) {
      dataPointIndex = seriesIndex;
      seriesIndex = 0;
    }
    if (seriesIndex === undefined || seriesIndex < 0) {
      seriesIndex = 0;
    }
    if (dataPointIndex === undefined || dataPointIndex < 0) {
      return;
    }
    const series = w.config.series[seriesIndex];
    let category = null;
    if (series && Array.isArray(series.data) && series.data[dataPointIndex] && typeof series.data[dataPointIndex] === 'object') {
      category = String(series.data[dataPointIndex].x);
    } else if (w.config.xaxis && Array.isArray(w.config.xaxis.categories) && w.config.xaxis.categories.length) {
      category = String(w.config.xaxis.categories[dataPointIndex]);
    } else if (Array.isArray(w.config.labels) && w.config.labels.length) {
      category = String(w.config.labels[dataPointIndex]);
    }
    const seriesName = series && typeof series === 'object' && series.name !== undefined ? String(series.name) : null;
    this.dispatchEvent(new CustomEvent('data-point-click', {
      detail: { seriesIndex, dataPointIndex, category, seriesName },
    }));
  }

  _render() {
    if (!this.isConnected || !this._options || this.clientWidth === 0) {
      return;
    }
    this._destroy();
    this._width = this.clientWidth;
    this._height = this.clientHeight;
    this._drawn = this._options;
    this._drawnFormat = this._format;
    this._stale = false;
    const chart = new ApexCharts(this, this._withFunctions(this._options));
    this._chart = chart;
    chart.render().then(() => {
      if (this._chart === chart) {
        this._scalable();
        this._linkLabels();
      }
    });
  }

  // Paper is narrower than the screen the chart was drawn for: with its drawn size as its viewBox, the print styles
  // can scale the drawing to the printed width (width: 100%) instead of cutting its right side off.
  _scalable() {
    const svg = this.querySelector('svg.apexcharts-svg');
    if (!svg) {
      return;
    }
    const width = parseFloat(svg.getAttribute('width'));
    const height = parseFloat(svg.getAttribute('height'));
    if (width > 0 && height > 0) {
      svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
      svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    }
  }

  // The category names beside the chart (a cell's name) open what they name: the server hears the label, whole
  // (ApexCharts keeps a cut label's full text in its <title>), and how many labels above it read the same.
  _linkLabels() {
    if (!this._format.labelLinks) {
      return;
    }
    const seen = new Map();
    this.querySelectorAll('.apexcharts-yaxis-label').forEach((label) => {
      const title = label.querySelector('title');
      const text = (title ? title.textContent : label.textContent).trim();
      if (!text) {
        return;
      }
      const occurrence = seen.get(text) || 0;
      seen.set(text, occurrence + 1);
      label.classList.add('dangbo-label-link');
      label.addEventListener('click', () => this.dispatchEvent(new CustomEvent('label-click', {
        detail: { label: text, occurrence },
      })));
    });
  }
}

if (!customElements.get('dangbo-apex-chart')) {
  customElements.define('dangbo-apex-chart', DangboApexChart);
}
