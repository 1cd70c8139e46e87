// A tiny self-contained SVG chart helper (no dependencies): line charts with an optional right axis,
// and stacked area charts, over a time axis (block timestamps, UTC); value axes end on round ticks (1, 2, 2.5, 5 × 10^k). Each series is drawn as <path class="series" data-name=… data-points=N>.
(function (global) {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  const W = 600, H = 190, M = { l: 52, r: 52, t: 8, b: 20 };

  function el(name, attrs, parent) {
    const e = document.createElementNS(NS, name);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(e);
    return e;
  }

  function extent(values) {
    let lo = Infinity, hi = -Infinity;
    for (const v of values) if (v !== null && v !== undefined && isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
    if (lo === Infinity) return [0, 1];
    if (lo === hi) { const pad = Math.abs(lo) * 0.05 || 1; return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad]; }
    const pad = (hi - lo) * 0.06;
    return [lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad]; // non-negative data keeps a non-negative axis
  }

  function fmt(v) {
    const a = Math.abs(v);
    if (a >= 1e9) return (v / 1e9).toFixed(1) + 'G';
    if (a >= 1e6) return (v / 1e6).toFixed(1) + 'M';
    if (a >= 1e4) return (v / 1e3).toFixed(0) + 'k';
    if (a >= 100) return v.toFixed(0);
    if (a >= 1) return v.toFixed(2);
    return v.toPrecision(2);
  }

  /** A round step near span / count: 1, 2, 2.5 or 5 times a power of ten. */
  function niceStep(span, count) {
    const raw = span / count, pow = Math.pow(10, Math.floor(Math.log10(raw))), f = raw / pow;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * pow;
  }

  /** The domain widened to round ticks: [lo, hi, step]. */
  function nice(domain, count) {
    const span = domain[1] - domain[0];
    if (!(span > 0) || !isFinite(span)) return [domain[0], domain[1], span || 1];
    const step = niceStep(span, count || 4);
    return [Math.floor(domain[0] / step + 1e-9) * step, Math.ceil(domain[1] / step - 1e-9) * step, step];
  }

  function axis(svg, scale, domain, side, format) {
    const x = side === 'left' ? M.l : W - M.r;
    el('line', { class: 'axis', x1: x, x2: x, y1: M.t, y2: H - M.b }, svg);
    const step = domain[2];
    for (let v = domain[0]; v <= domain[1] + step * 1e-6; v += step) {
      const r = Math.round(v / step) * step, y = scale(r);
      if (side === 'left') el('line', { class: 'grid', x1: M.l, x2: W - M.r, y1: y, y2: y }, svg);
      const t = el('text', { class: 'tick tick-' + side, 'data-v': +r.toPrecision(12), x: side === 'left' ? x - 4 : x + 4, y: y + 3, 'text-anchor': side === 'left' ? 'end' : 'start' }, svg);
      t.textContent = (format || fmt)(r);
    }
  }

  const TIME_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800, 2592000];
  const pad2 = n => String(n).padStart(2, '0');

  /** A label for a block time (UTC, ISO style): time of day within two days, else the date. */
  function timeLabel(t, span, step) {
    const d = new Date(t * 1000);
    const date = `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
    const hm = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    if (span > 2 * 86400) return step >= 86400 ? date : `${date.slice(5)} ${hm}`;
    return step < 60 ? `${hm}:${pad2(d.getUTCSeconds())}` : hm;
  }

  /** The x axis: block time with round ticks (UTC). */
  function timeAxis(svg, sx, t0, t1) {
    const span = t1 - t0;
    if (!(span > 0)) {
      const t = el('text', { class: 'tick tick-x', 'data-t': t0, x: M.l, y: H - 6 }, svg);
      t.textContent = timeLabel(t0, 0, 1) + ' UTC';
      return;
    }
    const step = TIME_STEPS.find(s => span / s <= 6) || Math.ceil(span / 6 / 86400) * 86400;
    for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
      const X = sx(t);
      el('line', { class: 'grid', x1: X, x2: X, y1: M.t, y2: H - M.b }, svg);
      const label = el('text', { class: 'tick tick-x', 'data-t': t, x: X, y: H - 6, 'text-anchor': 'middle' }, svg);
      label.textContent = timeLabel(t, span, step);
    }
  }

  /** Frame with a time x axis; xs are block timestamps (seconds). */
  function frame(container, xs) {
    container.textContent = '';
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'chart-svg', 'data-samples': xs.length }, container);
    const x0 = xs.length ? xs[0] : 0, x1 = xs.length ? xs[xs.length - 1] : 1;
    const sx = v => M.l + (x1 === x0 ? (W - M.l - M.r) : (v - x0) / (x1 - x0) * (W - M.l - M.r));
    el('line', { class: 'axis', x1: M.l, x2: W - M.r, y1: H - M.b, y2: H - M.b }, svg);
    if (xs.length) timeAxis(svg, sx, x0, x1);
    return { svg, sx };
  }

  function legend(container, series) {
    const lg = document.createElement('div');
    lg.className = 'legend';
    for (const s of series) {
      const span = document.createElement('span');
      const i = document.createElement('i'); i.style.background = s.color;
      span.appendChild(i); span.appendChild(document.createTextNode(s.name + (s.axis === 'right' ? ' (right)' : '')));
      lg.appendChild(span);
    }
    container.appendChild(lg);
  }

  /** Line chart. opts: { x: block timestamps (s), series: [{ name, color, values, axis: 'left'|'right', step }], leftFormat, rightFormat } */
  function line(container, opts) {
    const { svg, sx } = frame(container, opts.x);
    const sides = { left: opts.series.filter(s => s.axis !== 'right'), right: opts.series.filter(s => s.axis === 'right') };
    const scales = {};
    for (const side of ['left', 'right']) {
      if (!sides[side].length) continue;
      const dom = nice(opts[side + 'Domain'] || extent(sides[side].flatMap(s => s.values)));
      const scale = v => H - M.b - (v - dom[0]) / (dom[1] - dom[0]) * (H - M.t - M.b);
      scales[side] = scale;
      axis(svg, scale, dom, side, opts[side + 'Format']);
    }
    for (const s of opts.series) {
      const sy = scales[s.axis === 'right' ? 'right' : 'left'];
      let d = '', n = 0, prevY = null, last = null;
      s.values.forEach((v, i) => {
        if (v === null || v === undefined || !isFinite(v)) { prevY = null; return; }
        const X = sx(opts.x[i]).toFixed(1), Y = sy(v).toFixed(1);
        if (prevY === null) d += `M${X},${Y}`;
        else d += s.step ? `H${X}V${Y}` : `L${X},${Y}`;
        prevY = Y; n++; last = [X, Y];
      });
      el('path', { class: 'series', d: d || 'M0,0', fill: 'none', stroke: s.color, 'stroke-width': 1.8, 'data-name': s.name, 'data-points': n, 'vector-effect': 'non-scaling-stroke' }, svg);
      if (last) el('circle', { class: 'point', cx: last[0], cy: last[1], r: 2.5, fill: s.color, 'data-name': s.name }, svg);
    }
    legend(container, opts.series);
  }

  /** Stacked area chart. opts: { x: block timestamps (s), series: [{ name, color, values }] } */
  function stacked(container, opts) {
    const { svg, sx } = frame(container, opts.x);
    const totals = opts.x.map((_, i) => opts.series.reduce((a, s) => a + (s.values[i] || 0), 0));
    const dom = nice([0, Math.max(4, ...totals)]); // counts: whole-number ticks
    const sy = v => H - M.b - (v - dom[0]) / (dom[1] - dom[0]) * (H - M.t - M.b);
    axis(svg, sy, dom, 'left', v => v.toFixed(0));
    const base = opts.x.map(() => 0);
    for (const s of opts.series) {
      const top = base.map((b, i) => b + (s.values[i] || 0));
      let d = '';
      opts.x.forEach((x, i) => { d += (i ? 'L' : 'M') + sx(x).toFixed(1) + ',' + sy(top[i]).toFixed(1); });
      for (let i = opts.x.length - 1; i >= 0; i--) d += 'L' + sx(opts.x[i]).toFixed(1) + ',' + sy(base[i]).toFixed(1);
      el('path', { class: 'series', d: opts.x.length ? d + 'Z' : 'M0,0', fill: s.color, 'fill-opacity': 0.85, stroke: 'none', 'data-name': s.name, 'data-points': opts.x.length }, svg);
      top.forEach((v, i) => { base[i] = v; });
    }
    legend(container, opts.series);
  }

  global.MiniChart = { line, stacked };
})(window);
