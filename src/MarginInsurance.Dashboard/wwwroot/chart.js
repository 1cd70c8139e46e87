// A tiny self-contained SVG chart helper (no dependencies): line charts with an optional right axis,
// and stacked area charts. Each series is drawn as <path class="series" data-name=… data-points=N>.
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
    if (lo === hi) { const pad = Math.abs(lo) * 0.05 || 1; return [lo - pad, hi + pad]; }
    const pad = (hi - lo) * 0.06;
    return [lo - pad, hi + pad];
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

  function axis(svg, scale, domain, side, format) {
    const x = side === 'left' ? M.l : W - M.r;
    el('line', { class: 'axis', x1: x, x2: x, y1: M.t, y2: H - M.b }, svg);
    for (let i = 0; i <= 4; i++) {
      const v = domain[0] + (domain[1] - domain[0]) * i / 4, y = scale(v);
      if (side === 'left') el('line', { class: 'grid', x1: M.l, x2: W - M.r, y1: y, y2: y }, svg);
      const t = el('text', { x: side === 'left' ? x - 4 : x + 4, y: y + 3, 'text-anchor': side === 'left' ? 'end' : 'start' }, svg);
      t.textContent = (format || fmt)(v);
    }
  }

  function frame(container, xs) {
    container.textContent = '';
    const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', class: 'chart-svg', 'data-samples': xs.length }, container);
    const x0 = xs.length ? xs[0] : 0, x1 = xs.length ? xs[xs.length - 1] : 1;
    const sx = v => M.l + (x1 === x0 ? (W - M.l - M.r) : (v - x0) / (x1 - x0) * (W - M.l - M.r));
    el('line', { class: 'axis', x1: M.l, x2: W - M.r, y1: H - M.b, y2: H - M.b }, svg);
    if (xs.length) {
      const a = el('text', { x: M.l, y: H - 6 }, svg); a.textContent = 'block ' + x0;
      const b = el('text', { x: W - M.r, y: H - 6, 'text-anchor': 'end' }, svg); b.textContent = 'block ' + x1;
    }
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

  /** Line chart. opts: { x: number[], series: [{ name, color, values, axis: 'left'|'right', step }], leftFormat, rightFormat } */
  function line(container, opts) {
    const { svg, sx } = frame(container, opts.x);
    const sides = { left: opts.series.filter(s => s.axis !== 'right'), right: opts.series.filter(s => s.axis === 'right') };
    const scales = {};
    for (const side of ['left', 'right']) {
      if (!sides[side].length) continue;
      const dom = opts[side + 'Domain'] || extent(sides[side].flatMap(s => s.values));
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

  /** Stacked area chart. opts: { x: number[], series: [{ name, color, values }] } */
  function stacked(container, opts) {
    const { svg, sx } = frame(container, opts.x);
    const totals = opts.x.map((_, i) => opts.series.reduce((a, s) => a + (s.values[i] || 0), 0));
    const dom = [0, Math.max(1, ...totals)];
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
