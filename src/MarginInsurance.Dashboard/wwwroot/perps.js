// Perpetuals section of the dashboard page: polls api/perps once a second; positions sort by health or size.
(function () {
  'use strict';
  const $ = s => document.querySelector(s);
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const state = { sort: null, dir: 1, perps: null };
  const card = (k, v, cls) => `<div class="card"><div class="k">${esc(k)}</div><div class="v ${cls || ''}">${esc(v)}</div></div>`;
  const signClass = v => String(v).startsWith('-') ? 'h-bad' : '';

  function sorted(rows) {
    if (!state.sort) return rows;
    const key = {
      health: r => r.healthSort === null ? Infinity : r.healthSort,
      size: r => r.notionalSort,
    }[state.sort];
    return rows.map((r, i) => [r, i]).sort((x, y) => {
      const a = key(x[0]), b = key(y[0]);
      return a < b ? -state.dir : a > b ? state.dir : x[1] - y[1];
    }).map(x => x[0]);
  }

  function renderPositions(p) {
    $('#perp-positions tbody').innerHTML = sorted(p.positions).map(r => {
      const health = r.healthSort === null ? 'h-ok' : r.healthSort < 1 ? 'h-bad' : r.healthSort < 1.1 ? 'h-warn' : 'h-ok';
      return `<tr class="position-row" data-owner="${esc(r.owner)}" data-sub="${esc(r.subId)}" data-market="${esc(r.market)}" data-size-raw="${esc(r.sizeRaw)}" data-health-raw="${esc(r.healthRaw)}">`
        + `<td title="${esc(r.owner)}">${esc(r.owner.slice(0, 10))}…/${esc(r.subId)}</td><td>${esc(r.mode)}</td><td class="c-market">${esc(r.market)}</td>`
        + `<td class="c-side">${esc(r.side)}</td><td class="num c-size">${esc(r.size)}</td><td class="num c-notional">${esc(r.notional)}</td>`
        + `<td class="num">${esc(r.entry)}</td><td class="num">${esc(r.mark)}</td><td class="num c-pnl ${signClass(r.unrealizedPnl)}">${esc(r.unrealizedPnl)}</td>`
        + `<td class="num">${esc(r.fundingOwed)}</td><td class="num c-im">${esc(r.initialMargin)}</td><td class="num c-mm">${esc(r.maintenanceMargin)}</td>`
        + `<td class="c-health ${health}">${esc(r.health)}</td><td class="num c-liq">${esc(r.liquidationPrice)}</td></tr>`;
    }).join('');
    document.querySelectorAll('#perp-positions th').forEach(th => {
      th.classList.toggle('sorted-asc', th.dataset.sort === state.sort && state.dir > 0);
      th.classList.toggle('sorted-desc', th.dataset.sort === state.sort && state.dir < 0);
    });
  }

  function render(p) {
    state.perps = p;
    const problem = $('#perps-problem');
    problem.hidden = !p.problem;
    problem.textContent = p.problem ? 'perps: ' + p.problem : '';
    const v = p.vault;
    $('#perps-vault').innerHTML = v
      ? card('liquidity vault assets', v.assets) + card('LP net deposits', v.netDeposits) + card('liquidity vault PnL', v.pnl, signClass(v.pnl))
        + card('traders\u2019 perp cash', v.totalCash) + card('net notional', v.netNotional) + card('insurance drawn for positions', p.insuranceDrawn)
        + card('positions liquidated', p.events.filter(e => e.kind === 'liquidation').length) + card('positions deleveraged', p.events.filter(e => e.kind === 'deleveraging').length)
      : '';
    $('#perp-markets tbody').innerHTML = p.markets.map(m => `<tr data-market="${esc(m.symbol)}" data-long-oi-raw="${esc(m.longOiRaw)}" data-short-oi-raw="${esc(m.shortOiRaw)}" data-funding-raw="${esc(m.fundingRateRaw)}">`
      + `<td>${esc(m.symbol)}</td><td class="num">${esc(m.index)}</td><td class="num c-long">${esc(m.longOi)}</td><td class="num c-short">${esc(m.shortOi)}</td>`
      + `<td class="num">${esc(m.longNotional)}</td><td class="num">${esc(m.shortNotional)}</td><td class="num">${m.longCount} / ${m.shortCount}</td>`
      + `<td class="num c-funding">${esc(m.fundingPerHour)}</td><td class="num">${esc(m.fundingPerYear)}</td><td class="num">${esc(m.adlDeficit)}</td><td>${esc(m.status)}</td></tr>`).join('');
    renderPositions(p);
    $('#perp-events tbody').innerHTML = p.events.map(e => `<tr class="perp-event" data-kind="${esc(e.kind)}"><td class="num">${e.block}</td><td>${esc(e.kind)}</td><td>${esc(e.market)}</td>`
      + `<td title="${esc(e.owner)}">${esc(e.owner.slice(0, 10))}…/${esc(e.subId)}</td><td>${esc(e.text)}</td></tr>`).join('') || '<tr><td colspan="5" class="mut">none yet</td></tr>';
    $('#perps-meta').textContent = `${p.positions.length} positions at block ${p.block}`;
    document.body.dataset.perpsBlock = p.block;
  }

  async function tick() {
    try {
      const r = await fetch('api/perps', { cache: 'no-store' });
      if (r.ok) render(await r.json());
    } catch (e) {
      $('#perps-problem').hidden = false;
      $('#perps-problem').textContent = 'perps update failed: ' + e.message;
    }
  }

  document.querySelectorAll('#perp-positions th.sortable').forEach(th => th.addEventListener('click', () => {
    if (state.sort === th.dataset.sort) state.dir = -state.dir; else { state.sort = th.dataset.sort; state.dir = 1; }
    if (state.perps) renderPositions(state.perps);
  }));
  tick();
  setInterval(tick, 1000);
})();
