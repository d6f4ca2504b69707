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

// svg.js lays out a text's lines (rebuild) by asking the browser for each line's computed font size, which makes it
// recalculate the page's styles, once per label; yet the size is used only for a line that starts a new line. It is
// asked here only for those, and once per text for lines that inherit it: the same spacing, without a style
// recalculation for every single-line label.
(function styleLinesOnlyWhenNeeded() {
  const text = window.SVG && window.SVG().text('');
  const prototype = text && Object.getPrototypeOf(text);
  if (!prototype || typeof prototype.rebuild !== 'function' || prototype.rebuild.dangboLean) {
    return;
  }
  const descriptive = new Set(['desc', 'metadata', 'title']);
  prototype.rebuild = function rebuildLean(rebuild) {
    if (typeof rebuild === 'boolean') {
      this._rebuild = rebuild;
    }
    if (this._rebuild) {
      const self = this;
      const leading = this.dom.leading;
      let blankLineOffset = 0;
      let inherited = null;
      this.each(function line(i) {
        if (descriptive.has(this.node.nodeName) || !this.dom.newLined) {
          return;
        }
        const known = inheritedLineSize(this.node, self.node);
        const own = this.node.hasAttribute('font-size') || this.node.style.fontSize;
        const fontSize = known !== null ? known : own ? parseFloat(getComputedStyle(this.node).getPropertyValue('font-size'))
          : inherited || (inherited = parseFloat(getComputedStyle(this.node).getPropertyValue('font-size')));
        const dy = leading * fontSize;
        this.attr('x', self.attr('x'));
        if (this.text() === '\n') {
          blankLineOffset += dy;
        } else {
          this.attr('dy', i ? dy + blankLineOffset : 0);
          blankLineOffset = 0;
        }
      });
      this.fire('rebuild');
    }
    return this;
  };
  prototype.rebuild.dangboLean = true;
  // A new line of a text (a wrapped label) is placed by the same size, asked of the browser the same way.
  const line = typeof text.tspan === 'function' && text.tspan('');
  const linePrototype = line && Object.getPrototypeOf(line);
  if (!linePrototype || typeof linePrototype.newLine !== 'function' || linePrototype.newLine.dangboLean) {
    return;
  }
  const newLine = linePrototype.newLine;
  linePrototype.newLine = function newLineLean() {
    const parent = this.parent();
    const size = parent && parent.node && parent.node.nodeName === 'text' && typeof parent.index === 'function'
      ? inheritedLineSize(this.node, parent.node) : null;
    if (size === null) {
      return newLine.call(this);
    }
    this.dom.newLined = true;
    const i = parent.index(this);
    // In build mode (a text given its lines at once) the rebuild that ends it sets every line's x to the text's:
    // the text's box, which the browser would lay the page out for, is not needed.
    return this.dy(i ? parent.dom.leading * size : 0).attr('x', parent._build ? parent.attr('x') : parent.x());
  };
  linePrototype.newLine.dangboLean = true;
})();

// ApexCharts measures a text by drawing it into the chart and asking the browser for its box: each answer lays the
// page out again, because the chart has changed since the last (9–11 ms a label on a page with a grid; hundreds of
// labels). Here a text's box is computed without layout: its width as a canvas measures it (the same font, so the
// same glyph advances) and its height from the font's ascent and descent, which is what an SVG text's box is; lines
// below the first are 1.3 times the inherited size apart, as svg.js sets them. The font is the one the chart's text
// is drawn in: the family and size ApexCharts gives it, unless a style rule sets the size (the meeting mode's larger
// text), which a probe text finds out once per drawing. Each distinct text, at a size and font, is measured once per
// drawing. A box asked for on screen (a rotated text's) is left to ApexCharts.
const SVG_NS = 'http://www.w3.org/2000/svg';
const canvas = document.createElement('canvas').getContext('2d');

function chartFont(w, element) {
  const globals = w.globals;
  if (!globals.dangboFont) {
    const box = document.createElementNS(SVG_NS, 'svg');
    box.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;visibility:hidden;pointer-events:none';
    const probe = document.createElementNS(SVG_NS, 'text');
    box.appendChild(probe);
    element.appendChild(box);
    const lineSize = parseFloat(getComputedStyle(probe).getPropertyValue('font-size'));
    probe.setAttribute('class', 'apexcharts-text ');
    probe.setAttribute('font-size', '3px');
    const styled = getComputedStyle(probe);
    globals.dangboFont = {
      lineSize,
      size: styled.getPropertyValue('font-size') === '3px' ? null : styled.getPropertyValue('font-size'),
      weight: styled.getPropertyValue('font-weight'),
      style: styled.getPropertyValue('font-style'),
    };
    box.remove();
  }
  return globals.dangboFont;
}

// The size a line of a chart's text inherits: the text's own size attribute, or the size the chart's text takes
// without one, unless a style rule sets it (the meeting mode's larger text). Null when not known here (no chart, a
// size set on the line itself or in a style attribute): then the browser is asked.
function inheritedLineSize(node, text) {
  if (node.hasAttribute('font-size') || (node.style && node.style.fontSize) || (text && text.style && text.style.fontSize)) {
    return null;
  }
  const element = node.closest && node.closest('dangbo-apex-chart');
  const chart = element && element._chart;
  if (!chart || !chart.w) {
    return null;
  }
  const font = chartFont(chart.w, element);
  const attribute = text && text.getAttribute && text.getAttribute('font-size');
  if (!attribute) {
    return font.lineSize;
  }
  if (font.size) {
    return parseFloat(font.size);
  }
  return /^[0-9.]+(px)?$/.test(attribute.trim()) ? parseFloat(attribute) : null;
}

// The width of a line of text in a chart's font, as the canvas measures it.
function lineWidth(font, size, family, line) {
  canvas.font = font.style + ' ' + font.weight + ' ' + (font.size || size) + ' ' + family;
  return canvas.measureText(line).width;
}

function measureByFont(graphics, text, fontSize, fontFamily) {
  const font = chartFont(graphics.w, graphics.ctx.el);
  const size = font.size || (/^[0-9.]+$/.test(String(fontSize || '11px')) ? fontSize + 'px' : String(fontSize || '11px'));
  canvas.font = font.style + ' ' + font.weight + ' ' + size + ' ' + (fontFamily || graphics.w.config.chart.fontFamily);
  const lines = (Array.isArray(text) ? text : [text]).map((line) => (line === undefined || line === null ? ''
    : String(line).replace(/[\t\r\n]/g, ' ').replace(/ +/g, ' ').trim()));
  if (lines.every((line) => line === '')) {
    return { width: 0, height: 0 };
  }
  let width = 0;
  let ascent = 0;
  let descent = 0;
  lines.forEach((line) => {
    const metrics = canvas.measureText(line);
    width = Math.max(width, metrics.width);
    ascent = metrics.fontBoundingBoxAscent;
    descent = metrics.fontBoundingBoxDescent;
  });
  return { width, height: ascent + descent + (lines.length - 1) * 1.3 * font.lineSize };
}

function measureTextOnce(chart) {
  const prototype = chart && chart.graphics && Object.getPrototypeOf(chart.graphics);
  if (!prototype || typeof prototype.getTextRects !== 'function' || prototype.getTextRects.dangboOnce) {
    return;
  }
  const measure = prototype.getTextRects;
  prototype.getTextRects = function getTextRectsOnce(text, fontSize, fontFamily, transform, useBBox = true) {
    const globals = this.w && this.w.globals;
    if (!globals || !useBBox || !this.ctx || !this.ctx.el || !this.ctx.el.isConnected) {
      return measure.call(this, text, fontSize, fontFamily, transform, useBBox);
    }
    const kept = globals.dangboTextRects || (globals.dangboTextRects = new Map());
    const key = JSON.stringify([text, fontSize, fontFamily]);
    let rect = kept.get(key);
    if (!rect) {
      rect = measureByFont(this, text, fontSize, fontFamily);
      kept.set(key, rect);
    }
    return { width: rect.width, height: rect.height };
  };
  prototype.getTextRects.dangboOnce = true;
  // A label too long for its room ends in "...": cut three characters at a time until it fits, as ApexCharts does,
  // but measured in the chart's font on a canvas instead of laying the page out for every try.
  const ellipsis = prototype.placeTextWithEllipsis;
  prototype.placeTextWithEllipsis = function placeTextWithEllipsisMeasured(textObj, textString, width) {
    const text = textObj && (textObj.nodeName === 'text' ? textObj : textObj.parentNode);
    const family = text && text.getAttribute && text.getAttribute('font-family');
    const size = text && text.getAttribute && text.getAttribute('font-size');
    if (!family || !size || !this.w || !this.ctx || !this.ctx.el || !this.ctx.el.isConnected) {
      return ellipsis.call(this, textObj, textString, width);
    }
    const font = chartFont(this.w, this.ctx.el);
    const px = /^[0-9.]+$/.test(size) ? size + 'px' : size;
    textObj.textContent = textString;
    if (textString.length > 0 && lineWidth(font, px, family, textString) >= width / 1.1) {
      for (let x = textString.length - 3; x > 0; x -= 3) {
        if (lineWidth(font, px, family, textString.substring(0, x)) <= width / 1.1) {
          textObj.textContent = textString.substring(0, x) + '...';
          return;
        }
      }
      textObj.textContent = '.';
    }
  };
}

// Charts below the window wait: those in view draw first, the rest one at a time when the browser is idle (or at the
// latest after a second and a half), or at once when scrolled to; so a page of many charts answers as soon as what
// it shows is drawn, and no single task draws them all. (A printed page and the PDF wait until every chart is drawn.)
const waiting = new Set();
let idleCall = 0;
const whenIdle = window.requestIdleCallback
  ? (task) => window.requestIdleCallback(task, { timeout: 1500 })
  : (task) => setTimeout(task, 200);

function drawWaitingWhenIdle() {
  if (idleCall || waiting.size === 0) {
    return;
  }
  idleCall = whenIdle(() => {
    idleCall = 0;
    const next = waiting.values().next().value;
    waiting.delete(next);
    next._drawOutOfView();
    drawWaitingWhenIdle();
  });
}

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
    // Whether the chart is in (or within 200 px of) the window; null until the browser has said.
    this._inView = null;
    this._intersectionObserver = new IntersectionObserver((entries) => {
      this._inView = entries[entries.length - 1].isIntersecting;
      if (this._inView) {
        waiting.delete(this);
      }
      this._schedule();
    }, { rootMargin: '200px 0px' });
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
    this._intersectionObserver.observe(this);
    window.addEventListener('resize', this._windowResized);
    this._schedule();
  }

  disconnectedCallback() {
    this._resizeObserver.disconnect();
    this._intersectionObserver.disconnect();
    this._inView = null;
    waiting.delete(this);
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

  _drawIfChanged(outOfView) {
    this._frame = 0;
    if (!this._inView && !outOfView) {
      if (this._inView === false && this._needsDrawing()) {
        waiting.add(this);
        drawWaitingWhenIdle();
      }
      return;
    }
    if (this._needsDrawing()) {
      this._render();
    }
  }

  _drawOutOfView() {
    if (this.isConnected && !this._frame) {
      this._drawIfChanged(true);
    }
  }

  _needsDrawing() {
    const resized = this.clientWidth !== this._width || (this._relativeHeight() && this.clientHeight !== this._height);
    return resized || this._stale || this._drawn !== this._options || this._drawnFormat !== this._format;
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
    const started = performance.now();
    const chart = new ApexCharts(this, this._withFunctions(this._options));
    measureTextOnce(chart);
    this._chart = chart;
    chart.render().then(() => {
      // How long drawing took, for the benchmark (performance.getEntriesByName('dangbo-chart-draw')).
      performance.measure('dangbo-chart-draw', { start: started, end: performance.now() });
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
