// <dangbo-apex-chart>: a thin custom element over ApexCharts 4.7.0 (MIT).
// The server sends the options as JSON; functions cannot travel as JSON, so the number formatters
// (locale-aware: "17,8" in vi-VN) and the click bridge to the server are added here.
import ApexCharts from 'apexcharts';

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

class DangboApexChart extends HTMLElement {
  constructor() {
    super();
    this._options = null;
    this._format = { locale: 'vi-VN', decimals: 1, suffix: '' };
    this._chart = null;
    this._width = 0;
    this._height = 0;
    // ApexCharts measures its container once, when it draws: draw only once the element has a width, and
    // again whenever that width changes (styles arriving late, the drawer opening, a projector's resolution).
    // A chart sized in % of its container (a slide) follows the container's height as well.
    this._resizeObserver = new ResizeObserver(() => {
      const heightChanged = this._relativeHeight() && this.clientHeight !== this._height;
      if (this.clientWidth > 0 && (this.clientWidth !== this._width || heightChanged)) {
        this._render();
      }
    });
  }

  set options(value) {
    this._options = value;
    this._render();
  }

  get options() {
    return this._options;
  }

  set format(value) {
    this._format = Object.assign({ locale: 'vi-VN', decimals: 1, suffix: '' }, value || {});
    this._render();
  }

  get format() {
    return this._format;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._resizeObserver.observe(this);
    this._render();
  }

  disconnectedCallback() {
    this._resizeObserver.disconnect();
    this._destroy();
  }

  _destroy() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
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
      formatter: (value) => escapeHtml(typeof value === 'number' ? this._number(value, suffix) : value),
      title: { formatter: (seriesName) => (seriesName ? escapeHtml(seriesName) + ': ' : '') },
    });
    options.tooltip.x = Object.assign({}, options.tooltip.x, { formatter: (value) => escapeHtml(value) });
    options.tooltip.z = Object.assign({}, options.tooltip.z, { title: '' });
    options.legend = Object.assign({}, options.legend, { formatter: (name) => escapeHtml(name) });
    options.xaxis = Object.assign({}, options.xaxis);
    options.xaxis.tooltip = Object.assign({}, options.xaxis.tooltip, { formatter: (value) => escapeHtml(value) });
    this._wholeNumberAxes(options);
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
    this._chart = new ApexCharts(this, this._withFunctions(this._options));
    this._chart.render();
  }
}

if (!customElements.get('dangbo-apex-chart')) {
  customElements.define('dangbo-apex-chart', DangboApexChart);
}
