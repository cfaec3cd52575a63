// claimdiff review page: filters, keyboard review, in-context sources and
// the decisions export. Input text only ever goes through textContent.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('claimdiff-data').textContent);
  var items = Array.prototype.slice.call(document.querySelectorAll('article.divergence'));
  var form = document.getElementById('filters');
  var reviewer = document.getElementById('reviewer');
  var made = {}; // decisions made on this page, by divergence id
  var current = -1;
  var unsaved = false;

  function has(obj, key) { return Object.prototype.hasOwnProperty.call(obj, key); }

  function checked(name) {
    var boxes = form.querySelectorAll('input[name="' + name + '"]');
    var on = {};
    for (var i = 0; i < boxes.length; i++) { if (boxes[i].checked) { on[boxes[i].value] = true; } }
    return on;
  }

  function matches(el, f) {
    return f.type[el.dataset.type] && f.severity[el.dataset.severity] && f.status[el.dataset.status] &&
      (!f.outlet || el.dataset.outlets.split(' ').indexOf(f.outlet) >= 0);
  }

  function applyFilters() {
    var f = { type: checked('type'), severity: checked('severity'), status: checked('status'),
      outlet: form.elements.outlet.value };
    var shown = 0;
    items.forEach(function (el) { el.hidden = !matches(el, f); if (!el.hidden) { shown++; } });
    document.getElementById('none-shown').hidden = shown > 0;
    var counts = { open: 0, accepted: 0, dismissed: 0 };
    items.forEach(function (el) { counts[el.dataset.status]++; });
    document.getElementById('shown-count').textContent = shown + ' of ' + items.length + ' shown · ' +
      counts.open + ' open, ' + counts.accepted + ' accepted, ' + counts.dismissed + ' dismissed';
  }

  function select(i) {
    if (current >= 0 && items[current]) { items[current].classList.remove('current'); }
    current = i;
    if (i < 0) { return; }
    var el = items[i];
    el.classList.add('current');
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'nearest' });
  }

  // The next visible divergence after (step 1) or before (step -1) the current one.
  function move(step) {
    for (var i = current + step; i >= 0 && i < items.length; i += step) {
      if (!items[i].hidden) { select(i); return true; }
    }
    return false;
  }

  // Same words as the page was generated with: "dismissed by ana, 2025-12-03 10:15".
  function describe(el, d) {
    var when = (d.time || '').slice(0, 16).replace('T', ' ');
    el.querySelector('.decided').textContent = d.status + (d.reviewer ? ' by ' + d.reviewer : '') + (when ? ', ' + when : '');
  }

  // Record a decision on a divergence, with the fingerprint of the versions
  // it was made on, so that a new version reopens it.
  function decide(el, status) {
    var id = el.dataset.id;
    var fp = data.fingerprints[id] || {};
    var note = el.querySelector('.note').value;
    var d = { status: status, time: new Date().toISOString(), type: fp.type, claims: fp.claims, variants: fp.variants };
    if (note) { d.note = note; }
    if (reviewer.value) { d.reviewer = reviewer.value; }
    made[id] = d;
    el.dataset.status = status;
    el.querySelector('.status').textContent = status;
    var reopened = el.querySelector('.reopened');
    if (reopened) { reopened.remove(); }
    describe(el, d);
    unsaved = true;
    applyFilters();
  }

  function exportDecisions() {
    var all = {};
    var ids = Object.keys(data.decisions).concat(Object.keys(made)).sort();
    ids.forEach(function (id) { all[id] = has(made, id) ? made[id] : data.decisions[id]; });
    var text = JSON.stringify({ schema: data.schema, decisions: all }, null, 2) + '\n';
    var url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    var a = document.createElement('a');
    a.href = url;
    a.download = data.reviewFile;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
    unsaved = false;
  }

  function fillSources() {
    data.sources.forEach(function (s) {
      var pre = document.querySelector('#src-' + s.id + ' .source-text');
      if (pre) { pre.textContent = s.text; }
    });
  }

  // Show a source with one claim marked; start and end are UTF-16 offsets.
  function showInContext(link) {
    var source = data.sources.filter(function (s) { return s.id === link.dataset.source; })[0];
    var box = document.getElementById('src-' + link.dataset.source);
    if (!source || !box) { return; }
    var start = Number(link.dataset.start), end = Number(link.dataset.end);
    var pre = box.querySelector('.source-text');
    var mark = document.createElement('mark');
    mark.textContent = source.text.slice(start, end);
    pre.textContent = '';
    pre.append(source.text.slice(0, start), mark, source.text.slice(end));
    box.open = true;
    mark.scrollIntoView({ block: 'center' });
    var back = document.getElementById('back');
    var from = link.closest('article.divergence');
    back.textContent = '\u2190 back to ' + from.id + ' (showing ' + source.label + ')';
    back.dataset.target = from.id;
    back.hidden = false;
  }

  function goBack() {
    var back = document.getElementById('back');
    var el = document.getElementById(back.dataset.target);
    back.hidden = true;
    if (el) { select(items.indexOf(el)); el.scrollIntoView({ block: 'start' }); }
  }

  function onKey(e) {
    var t = e.target;
    var typing = /^(TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable ||
      (t.tagName === 'INPUT' && t.type !== 'checkbox');
    if (e.ctrlKey || e.metaKey || e.altKey || typing) { return; }
    var el = current >= 0 ? items[current] : null;
    var status = { a: 'accepted', d: 'dismissed', o: 'open' }[e.key];
    if (e.key === 'j') { move(1); } else if (e.key === 'k') { move(-1); } else if (status && el) {
      decide(el, status);
      if (!move(1) && el.hidden) { move(-1); }
    } else { return; }
    e.preventDefault();
  }

  function onClick(e) {
    var button = e.target.closest('button[data-decide]');
    var link = e.target.closest('a.context');
    var el = e.target.closest('article.divergence');
    if (el && !e.target.closest('input')) { select(items.indexOf(el)); }
    if (button && el) { decide(el, button.dataset.decide); }
    if (link) { e.preventDefault(); showInContext(link); }
  }

  function onNote(e) {
    var el = e.target.closest('article.divergence');
    if (el && e.target.classList.contains('note')) { decide(el, el.dataset.status); }
  }

  fillSources();
  form.addEventListener('change', applyFilters);
  document.addEventListener('keydown', onKey);
  document.addEventListener('click', onClick);
  document.addEventListener('change', onNote);
  document.getElementById('export').addEventListener('click', exportDecisions);
  document.getElementById('back').addEventListener('click', goBack);
  window.addEventListener('beforeunload', function (e) {
    if (unsaved) { e.preventDefault(); e.returnValue = ''; }
  });
  applyFilters();
})();
