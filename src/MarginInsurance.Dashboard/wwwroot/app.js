// MarginInsurance dashboard page: polls the JSON API once a second and renders the table, charts and panels.
(function () {
  'use strict';
  const $ = s => document.querySelector(s);
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const pct = (v, d = 2) => v === null || v === undefined ? '—' : (v * 100).toFixed(d) + '%';
  /** Axis label of a base-asset amount: thousands separators, k/M for large round values. */
  const money = v => Math.abs(v) >= 1e6 ? (v / 1e6).toLocaleString('en-US', { maximumFractionDigits: 2 }) + 'M'
    : Math.abs(v) >= 1e4 ? (v / 1e3).toLocaleString('en-US', { maximumFractionDigits: 1 }) + 'k' : v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const BUCKETS = [
    { name: '< 1', color: '#ff4d4d' }, { name: '1 – 1.1', color: '#ff8c42' }, { name: '1.1 – 1.25', color: '#ffc145' },
    { name: '1.25 – 1.5', color: '#c4d85a' }, { name: '1.5 – 2', color: '#6fcf7f' }, { name: '≥ 2 / no debt', color: '#3f9fd8' },
  ];
  const COLORS = ['#5aa9ff', '#ffb454', '#b48cff', '#5ad1c2', '#ff7eb6', '#d4d466'];
  const state = { sort: null, dir: 1, accounts: null, keeperCalls: new Map() };
  const isZero = amount => /^0(\.0+)?( |$)/.test(String(amount ?? '0'));

  async function get(path) {
    const r = await fetch(path, { cache: 'no-store' });
    if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
    return r.json();
  }

  function card(k, v, cls) { return `<div class="card"><div class="k">${esc(k)}</div><div class="v ${cls || ''}">${esc(v)}</div></div>`; }

  function healthClass(row) {
    if (row.healthSort === null) return row.healthRaw ? 'h-ok' : 'mut';
    return row.healthSort < 1 ? 'h-bad' : row.healthSort < 1.1 ? 'h-warn' : 'h-ok';
  }

  function renderSummary(a) {
    const m = a.market;
    const liquidatable = a.accounts.filter(r => r.healthSort !== null && r.healthSort < 1).length;
    let html = card('block', a.block) + card('accounts', a.accounts.length) + card('below health 1', liquidatable, liquidatable ? 'h-bad' : '');
    for (const p of a.prices) html += card(p.symbol + ' price', p.price ?? 'no price');
    if (m) {
      html += card('borrows', m.totalBorrows) + card('supply', m.totalSupply) + card('market utilization', m.utilization)
        + card('insurance assets', m.insuranceAssets) + card('coverage ratio', m.coverageRatio)
        + card('liquidations', m.liquidations) + card('repaid by liquidations', m.repaid)
        + card('bad debt', m.badDebt, isZero(m.badDebt) ? '' : 'h-bad') + card('insurance drawn', m.insuranceCovered)
        + card('paused', m.paused ? 'yes' : 'no', m.paused ? 'h-warn' : '');
    }
    $('#summary').innerHTML = html;
  }

  function sortedRows(rows) {
    if (!state.sort) return rows;
    const key = {
      health: r => r.healthSort === null ? (r.healthRaw ? Number.MAX_VALUE : Infinity) : r.healthSort,
      debt: r => Number(r.debtRaw) || 0,
      utilization: r => r.utilizationRaw ? Number(r.utilizationRaw) : -1,
    }[state.sort];
    return rows.map((r, i) => [r, i]).sort((x, y) => {
      const a = key(x[0]), b = key(y[0]);
      return a < b ? -state.dir : a > b ? state.dir : x[1] - y[1];
    }).map(x => x[0]);
  }

  function renderTable(a) {
    const tbody = $('#accounts tbody');
    const rows = sortedRows(a.accounts);
    tbody.innerHTML = rows.map(r => {
      const mix = r.holdings.map(h => `<div><span class="tag ${r.mode === 'isolated' ? 'iso' : ''}">${esc(h.symbol)}</span>${esc(h.balance)} <span class="mut">= ${esc(h.value)} (${h.sharePct}%)</span></div>`).join('');
      const margin = r.holdings.map(h => `<div>${esc(h.symbol)}: LT ${(h.effectiveLtPct).toFixed(2)}% <span class="mut">(base ${(h.baseLtBps / 100).toFixed(2)}%, tier ${h.tier}, add-on ${h.addOnBps} bps)</span></div>`).join('')
        + `<div class="mut">liq. cap. ${esc(r.liquidationCapacity)} · borrow cap. ${esc(r.borrowCapacity)}</div>`;
      const calls = r.addOnCalls.length
        ? r.addOnCalls.map(c => `<div class="mc">${esc(c.symbol)} → ${c.addOnBps} bps at ${new Date(c.effectiveAt * 1000).toISOString().replace('T', ' ').slice(0, 19)}</div>`).join('')
        : '<span class="mut">none</span>';
      const kc = state.keeperCalls.get(r.owner.toLowerCase() + '/' + r.subId);
      const keeperCall = kc ? `<div class="h-warn">${esc(kc.reason)}</div><div class="mut">health ${esc(kc.health)} at block ${kc.raisedBlock}</div>` : '<span class="mut">none</span>';
      return `<tr class="account-row" data-owner="${esc(r.owner)}" data-sub="${esc(r.subId)}" data-health-raw="${esc(r.healthRaw ?? '')}" data-debt-raw="${esc(r.debtRaw)}">`
        + `<td class="c-account" title="${esc(r.owner)}"><a href="account.html?owner=${encodeURIComponent(r.owner)}&sub=${encodeURIComponent(r.subId)}">${esc(r.owner.slice(0, 10))}…/${esc(r.subId)}</a></td>`
        + `<td class="c-mode">${esc(r.mode)}</td>`
        + `<td class="c-health ${healthClass(r)}">${esc(r.health)}</td>`
        + `<td class="c-debt num">${esc(r.debt)}</td>`
        + `<td class="num">${esc(r.collateralValue)}</td>`
        + `<td class="c-mix">${mix || (r.problem ? `<span class="h-warn">${esc(r.problem)}</span>` : '<span class="mut">empty</span>')}</td>`
        + `<td class="c-util num">${esc(r.utilization)}</td>`
        + `<td class="c-margin">${r.holdings.length ? margin : '—'}</td>`
        + `<td class="c-keeper-call">${keeperCall}</td>`
        + `<td class="c-calls">${calls}</td>`
        + `<td class="num">${r.liquidations || ''}</td></tr>`;
    }).join('');
    $('#accounts-meta').textContent = `${a.accounts.length} accounts at block ${a.block} (${a.network}, chain ${a.chainId}); amounts in ${a.baseSymbol}`;
    document.querySelectorAll('#accounts th').forEach(th => {
      th.classList.toggle('sorted-asc', th.dataset.sort === state.sort && state.dir > 0);
      th.classList.toggle('sorted-desc', th.dataset.sort === state.sort && state.dir < 0);
    });
  }

  function renderCharts(points) {
    const x = points.map(p => p.timestamp); // a time axis: the blocks' own times
    const symbols = points.length ? Object.keys(points[points.length - 1].prices) : [];
    const firstOf = s => { for (const p of points) if (p.prices[s]) return p.prices[s]; return null; };
    MiniChart.line($('#chart-prices'), {
      x, leftFormat: v => String(+v.toFixed(2)),
      series: symbols.map((s, i) => { const f = firstOf(s); return { name: s, color: COLORS[i % COLORS.length], values: points.map(p => p.prices[s] && f ? p.prices[s] / f * 100 : null) }; }),
    });
    MiniChart.stacked($('#chart-health'), {
      x, series: BUCKETS.map((b, i) => ({ name: b.name, color: b.color, values: points.map(p => p.healthBuckets[i]) })),
    });
    MiniChart.line($('#chart-liq'), {
      x, rightFormat: v => v.toFixed(0), leftFormat: money,
      series: [
        { name: 'repaid', color: '#5aa9ff', values: points.map(p => p.repaid), step: true },
        { name: 'bad debt', color: '#ff4d4d', values: points.map(p => p.badDebt), step: true },
        { name: 'liquidations', color: '#ffb454', values: points.map(p => p.liquidations), axis: 'right', step: true },
      ],
      leftDomain: [0, Math.max(1, ...points.map(p => Math.max(p.repaid, p.badDebt))) * 1.08],
      rightDomain: [0, Math.max(4, Math.ceil(Math.max(0, ...points.map(p => p.liquidations)) / 4) * 4)],
    });
    MiniChart.line($('#chart-ins'), {
      x, rightFormat: v => +(v * 100).toFixed(2) + '%', leftFormat: money,
      leftDomain: [0, Math.max(1, ...points.map(p => p.insuranceAssets)) * 1.08],
      rightDomain: [0, Math.max(0.01, ...points.map(p => p.coverageRatio ?? 0)) * 1.08],
      series: [
        { name: 'insurance assets', color: '#5ad17a', values: points.map(p => p.insuranceAssets), step: true },
        { name: 'coverage ratio', color: '#b48cff', values: points.map(p => p.coverageRatio), axis: 'right', step: true },
      ],
    });
  }

  function renderRisk(r) {
    const rows = r.assets.map(a => `<tr data-symbol="${esc(a.symbol)}"><td>${esc(a.symbol)}</td><td class="mut">${esc(a.series ?? '—')}${a.asOf ? ' ≤ ' + esc(a.asOf) : ''}</td>`
      + (a.problem ? `<td colspan="5" class="h-warn">${esc(a.problem)}</td>` : `<td class="num">${pct(a.volatility)}</td><td class="num">${pct(a.var99)}</td><td class="num">${pct(a.es99)}</td><td class="num">${pct(a.var975)}</td><td class="num">${pct(a.es975)}</td>`)
      + `<td class="num">${a.baseLtBps ?? '—'}</td><td class="num c-onchain">${a.onChainAddOnBps ?? '—'}</td><td class="num c-rec ${a.recommendedAddOnBps !== null && a.recommendedAddOnBps !== a.onChainAddOnBps ? 'h-warn' : ''}">${a.recommendedAddOnBps ?? '—'}</td><td class="mut">${esc(a.bound && a.bound !== 'None' ? a.bound : '')}</td></tr>`).join('');
    const stress = r.stress.map(s => `<tr><td>−${s.shockPct}%</td><td class="num">${s.liquidatable}</td><td class="num">${esc(s.shortfall)}</td><td class="num">${esc(s.insuranceAssets)}</td><td class="${s.coveredByInsurance ? 'h-ok' : 'h-bad'}">${s.coveredByInsurance ? 'yes' : 'no'}</td></tr>`).join('');
    $('#risk').innerHTML = `<table id="risk-table"><thead><tr><th>Asset</th><th>History</th><th class="num">σ 1d</th><th class="num">VaR 99%</th><th class="num">ES 99%</th><th class="num">VaR 97.5%</th><th class="num">ES 97.5%</th><th class="num">Base LT (bps)</th><th class="num">On-chain add-on (bps)</th><th class="num">Recommended add-on (bps)</th><th>Bound</th></tr></thead><tbody>${rows}</tbody></table>`
      + `<div class="mut">One-day loss, ${esc(r.assets[0]?.model ?? '')} over the shipped daily prices${r.ready ? '' : ' (computing…)'}; add-ons in bps at block ${r.block}.</div>`
      + `<ul id="risk-sigma" class="mut">${r.assets.filter(a => a.sigma).map(a => `<li data-symbol="${esc(a.symbol)}">${esc(a.symbol)}: ${esc(a.sigma)}</li>`).join('')}</ul>`
      + `<h2 style="margin-top:8px">Stress: every collateral price down</h2><table id="stress-table"><thead><tr><th>Shock</th><th class="num">Liquidatable</th><th class="num">Shortfall</th><th class="num">Insurance</th><th>Covered</th></tr></thead><tbody>${stress}</tbody></table>`;
  }

  function renderKeeper(k) {
    const s = k.sampler;
    let html = '';
    if (!k.attached) html += '<div class="h-warn" id="keeper-state">keeper not attached</div>';
    else if (k.error) html += `<div class="h-bad" id="keeper-state">keeper status failed: ${esc(k.error)}</div>`;
    else {
      const t = k.status;
      html += `<div class="h-ok" id="keeper-state">keeper attached: ${esc(t.name)}</div><table><tbody>`
        + `<tr><td>block lag</td><td class="num">${t.blockLag}</td></tr><tr><td>RPC</td><td class="${t.rpcHealthy ? 'h-ok' : 'h-bad'}">${t.rpcHealthy ? 'healthy' : 'failing'} (${t.rpcErrors} errors)</td></tr>`
        + `<tr><td>transactions in flight</td><td class="num">${t.transactionsInFlight}</td></tr><tr><td>races won / lost</td><td class="num">${t.racesWon} / ${t.racesLost}</td></tr>`
        + `<tr><td>margin calls raised / resolved</td><td class="num">${t.marginCallsRaised} / ${t.marginCallsResolved}</td></tr>`
        + Object.entries(t.extra || {}).map(([key, v]) => `<tr><td>${esc(key)}</td><td class="num">${esc(v)}</td></tr>`).join('') + '</tbody></table>';
    }
    html += `<div class="mut" style="margin-top:6px">dashboard sampler: block ${s.lastBlock}, ${s.samples} samples, ${s.rpcErrors} RPC errors, last sample ${s.lastSampleMs.toFixed(0)} ms${s.lastError ? ' — last error: ' + esc(s.lastError) : ''}</div>`;
    $('#keeper').innerHTML = html;
  }

  function renderPools(p) {
    const panel = $('#pools-panel');
    if (!p || (!p.pools.length && !p.error)) { panel.hidden = true; return; }
    panel.hidden = false;
    const rows = p.pools.map(x => `<tr data-symbol="${esc(x.collateral)}"><td>${esc(x.collateral)}</td><td class="num">${x.feePct}%</td><td class="num">${esc(x.price)}</td><td class="num">${esc(x.bidDepth)}</td><td class="num">${esc(x.askDepth)}</td></tr>`).join('');
    $('#pools').innerHTML = (p.error ? `<div class="h-bad">pool depth failed: ${esc(p.error)}</div>` : '')
      + `<table id="pools-table"><thead><tr><th>Pool</th><th class="num">Fee</th><th class="num">Price</th><th class="num">Depth −2%</th><th class="num">Depth +2%</th></tr></thead><tbody>${rows}</tbody></table>`
      + '<div class="mut">Base the pool pays for collateral sold until its price is 2% lower, and worth of collateral it sells until 2% higher (QuoterV2).</div>';
  }

  async function tick() {
    get('api/pools').then(renderPools, () => renderPools(null));
    try {
      const [a, series, risk, keeper] = await Promise.all([get('api/accounts'), get('api/series'), get('api/risk'), get('api/keeper')]);
      state.accounts = a;
      state.keeperCalls = new Map((keeper.status?.openMarginCalls || []).map(c => [c.owner.toLowerCase() + '/' + c.subId, c]));
      renderSummary(a); renderTable(a); renderCharts(series.points); renderRisk(risk); renderKeeper(keeper);
      const st = $('#status');
      st.className = 'status';
      st.textContent = a.block ? `block ${a.block} · updated ${new Date().toLocaleTimeString()}` : 'waiting for the first block…';
      document.body.dataset.block = a.block;
    } catch (e) {
      const st = $('#status');
      st.className = 'status err';
      st.textContent = 'update failed: ' + e.message;
    }
  }

  document.querySelectorAll('#accounts th.sortable').forEach(th => th.addEventListener('click', () => {
    if (state.sort === th.dataset.sort) state.dir = -state.dir; else { state.sort = th.dataset.sort; state.dir = 1; }
    if (state.accounts) renderTable(state.accounts);
  }));
  get('api/config').then(c => { $('#title').textContent = c.title; document.title = c.title + ' dashboard'; }).catch(() => {});
  tick();
  setInterval(tick, 1000);
})();
