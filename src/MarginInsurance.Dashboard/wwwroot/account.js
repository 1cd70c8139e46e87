// Account risk page: polls api/account/{owner}/{sub} once a second; the sliders ask api/account/.../whatif for the exact scenario.
(function () {
  'use strict';
  const $ = s => document.querySelector(s);
  const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const params = new URLSearchParams(location.search);
  const owner = params.get('owner') || '';
  const sub = params.get('sub') || '0';
  const base = `api/account/${encodeURIComponent(owner)}/${encodeURIComponent(sub)}`;
  const moves = {};
  let symbols = null;
  let whatIfSeq = 0;

  async function get(url) {
    const r = await fetch(url, { cache: 'no-store' });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  }

  const card = (k, v, cls = '') => `<div class="card"><div class="k">${esc(k)}</div><div class="v ${cls}" id="card-${esc(k).replace(/\W+/g, '-')}">${esc(v)}</div></div>`;
  const healthClass = (h, liq) => liq ? 'h-bad' : (parseFloat(h) < 1.1 ? 'h-warn' : 'h-ok');
  const outcome = s => !s.liquidatable ? 'none (health ≥ 1)'
    : `${s.liquidations} call(s): repaid ${s.repaid}, seized ${s.seized.join(', ') || '—'}, bonus ${s.bonus}, bad debt ${s.badDebt} (insurance ${s.covered}, lenders ${s.socialized})`;

  function render(d) {
    const r = d.report;
    $('#account-title').textContent = `${r.owner.slice(0, 10)}…/${r.subId} (${r.margin})`;
    $('#summary').innerHTML = card('health', r.health, healthClass(r.health, r.liquidatable)) + card('utilization', r.utilization) + card('debt', r.debt)
      + card('liquidation capacity', r.liquidationCapacity) + card('borrow capacity', r.borrowCapacity) + card('block', `${r.block} · ${r.at}`);
    $('#collateral tbody').innerHTML = r.collateral.map(c => {
      const lp = c.liquidationPrice;
      const price = lp.status === 'price' ? lp.price : lp.status === 'noDebt' ? 'none (no debt)' : lp.status === 'none' ? 'none (no price liquidates)' : 'any price';
      return `<tr data-symbol="${esc(c.symbol)}"><td>${esc(c.symbol)}</td><td class="num">${esc(c.balance)}</td><td class="num">${esc(c.price)}</td><td class="num">${esc(c.value)}</td>`
        + `<td class="num c-liq">${esc(price)}</td><td class="num">${esc(lp.changeFromNow ?? '—')}</td><td class="num">${lp.healthAt ? esc(lp.healthAt + ' / ' + lp.healthOneTickAbove) : '—'}</td></tr>`;
    }).join('');
    $('#requirements tbody').innerHTML = r.collateral.map(c => {
      const q = c.requirement;
      const pending = q.pending ? `<span class="mc">${esc(q.pending.addOn)} at ${esc(q.pending.effectiveAt)}: health ${esc(q.pending.healthThen)}, utilization ${esc(q.pending.utilizationThen)}</span>` : '<span class="mut">none</span>';
      return `<tr><td>${esc(c.symbol)}</td><td>${esc(q.liquidationThreshold)}</td><td>${esc(q.borrowFactor)}</td><td>${q.bracket}</td><td>${esc(q.tierBreaks)}</td><td>${esc(q.bracketCut)}</td>`
        + `<td>${esc(q.addOn)}</td><td>${esc(q.marginalThreshold)}</td><td class="num">${esc(q.liquidationCapacity)}</td><td class="num">${esc(q.borrowCapacity)}</td><td>${pending}</td></tr>`;
    }).join('');
    $('#stress tbody').innerHTML = (r.now ? [r.now] : []).concat(r.stressGrid).map(s => `<tr><td>${esc(s.label)}</td><td class="num ${s.liquidatable ? 'h-bad' : ''}">${esc(s.health)}</td><td class="num">${esc(s.utilization)}</td>`
      + `<td class="num">${s.liquidations}</td><td class="num">${esc(s.repaid)}</td><td>${esc(s.seized.join(', ') || '—')}</td><td class="num">${esc(s.bonus)}</td>`
      + `<td class="num">${esc(s.badDebt)}</td><td class="num">${esc(s.covered)}</td><td class="num">${esc(s.socialized)}</td></tr>`).join('');
    $('#history tbody').innerHTML = r.history.length ? r.history.map(e => `<tr><td>${e.block}</td><td>${esc(e.at ?? '—')}</td><td>${esc(e.kind)}</td><td>${esc(e.description)}</td></tr>`).join('')
      : '<tr><td colspan="4" class="mut">nothing yet</td></tr>';
    if (symbols === null) {
      symbols = d.symbols;
      $('#sliders').innerHTML = symbols.map(s => `<label class="slider">${esc(s)} <input type="range" min="-90" max="90" step="1" value="0" data-symbol="${esc(s)}" id="slider-${esc(s)}"> <span id="move-${esc(s)}">0%</span></label>`).join(' ');
      document.querySelectorAll('#sliders input').forEach(input => input.addEventListener('input', () => {
        moves[input.dataset.symbol] = input.value;
        $(`#move-${input.dataset.symbol}`).textContent = `${input.value > 0 ? '+' : ''}${input.value}%`;
        whatIf();
      }));
    }
    document.body.dataset.block = r.block;
  }

  async function whatIf() {
    const seq = ++whatIfSeq;
    const query = Object.entries(moves).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    try {
      const s = await get(`${base}/whatif?${query}`);
      if (seq !== whatIfSeq) return;
      const h = $('#whatif-health');
      h.textContent = s.health;
      h.className = 'num ' + healthClass(s.health, s.liquidatable);
      $('#whatif-utilization').textContent = s.utilization;
      $('#whatif-outcome').textContent = outcome(s);
      document.body.dataset.whatifSeq = seq;
    } catch (e) {
      $('#whatif-outcome').textContent = 'what-if failed: ' + e.message;
    }
  }

  async function tick() {
    try {
      render(await get(base));
      await whatIf();
      const st = $('#status');
      st.className = 'status';
      st.textContent = `updated ${new Date().toLocaleTimeString()}`;
    } catch (e) {
      const st = $('#status');
      st.className = 'status err';
      st.textContent = 'update failed: ' + e.message;
    }
  }

  tick();
  setInterval(tick, 1000);
})();
