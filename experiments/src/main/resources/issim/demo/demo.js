// The trainers' live demo: draws the two panels from the server's JSON (docs/demo.md) and drives
// the runs. Hand-written, no libraries, no requests beyond issim's own server.
(function () {
  'use strict';

  var TRUST_LOW = '#D55E00', TRUST_MID = '#E69F00', TRUST_HIGH = '#009E73';
  var LEVEL = ['#BBBBBB', '#BBBBBB', '#56B4E9', '#0072B2', '#CC79A7'];
  var SILO = '#000000', INTEGRATED = '#0072B2';
  var SPEEDS = [2000, 1000, 500, 250, 100];
  var SPEED_LABELS = ['1 month / 2 s', '1 month/s', '2 months/s', '4 months/s', '10 months/s'];

  var session = null;
  var state = null;
  var playing = false;
  var speed = 1;
  var timer = null;
  var queue = Promise.resolve();
  var highlight = { left: -1, right: -1 };
  var steps = 0;

  function $(sel, root) { return (root || document).querySelector(sel); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function status(text) { $('#status').textContent = text || ''; }

  // One request at a time, in order, so the panels never race each other.
  function call(method, path, params) {
    var job = queue.then(function () {
      var q = 'session=' + encodeURIComponent(session || '');
      if (params) {
        Object.keys(params).forEach(function (k) { q += '&' + k + '=' + encodeURIComponent(params[k]); });
      }
      return fetch(path + '?' + q, { method: method, cache: 'no-store' }).then(function (r) {
        return r.json().then(function (body) {
          if (r.status === 410) {
            pause();
            status('This tab\'s session has ended: reload the page to start again.');
            throw new Error('session ended');
          }
          if (!r.ok) {
            status(body.error || ('request refused (' + r.status + ')'));
            return null;
          }
          status('');
          state = body;
          render();
          return body;
        });
      });
    });
    queue = job.catch(function () {});
    return job;
  }

  function open() {
    return fetch('/api/sessions', { method: 'POST', cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (b) { session = b.session; return call('GET', '/api/state'); });
  }

  function step() {
    steps++;
    return call('POST', '/api/step');
  }

  function tick() {
    timer = null;
    if (!playing) { return; }
    var started = Date.now();
    step().then(function () {
      if (state && state.left.finished) { pause(); status('The end of the run: press r to start again.'); return; }
      // The step's own time counts toward the month's interval, so the speed shown is the speed run.
      if (playing) { timer = setTimeout(tick, Math.max(0, SPEEDS[speed] - (Date.now() - started))); }
    }, pause);
  }

  function play() {
    if (playing) { return; }
    playing = true;
    renderClock();
    tick();
  }

  function pause() {
    playing = false;
    if (timer) { clearTimeout(timer); timer = null; }
    renderClock();
  }

  function togglePlay() { if (playing) { pause(); } else { play(); } }

  function faster(d) {
    speed = Math.max(0, Math.min(SPEEDS.length - 1, speed + d));
    $('#speed').textContent = SPEED_LABELS[speed];
  }

  function reset() {
    pause();
    highlight = { left: -1, right: -1 };
    return call('POST', '/api/reset');
  }

  function flip(key) { return call('POST', '/api/toggle', { name: key }); }

  function presenter() { document.body.classList.toggle('presenter'); }

  // ---- drawing ----

  // The strongest working relationship between two agencies' staff (Panel.strongest): strangers
  // across agencies start at 0.2; staff who share a school every day reach about 0.8.
  function trustColour(t) { return t < 0.4 ? TRUST_LOW : (t < 0.7 ? TRUST_MID : TRUST_HIGH); }
  function trustWidth(t) { return 3 + 22 * Math.max(0, t - 0.2) / 0.8; }

  // A fixed scatter per child (a 32-bit integer hash), so a dot stays put from month to month.
  function hash(id) {
    var h = Math.imul(id ^ 0x5bd1e995, 0x27d4eb2d);
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
    h ^= h >>> 13;
    return (h >>> 0) / 4294967296;
  }

  function drawNetwork(canvas, panel, agencies, side) {
    var ctx = canvas.getContext('2d');
    var w = canvas.width, h = canvas.height;
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, w, h);
    var cx = w / 2, cy = 262, r = 200, n = agencies.length;
    var pos = [];
    for (var i = 0; i < n; i++) {
      var a = -Math.PI / 2 + i * 2 * Math.PI / n;
      pos.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
    // Edges: the strongest working relationship between two agencies, both ways.
    ctx.lineCap = 'butt';
    for (var x = 0; x < n; x++) {
      for (var y = x + 1; y < n; y++) {
        var t = panel.strongest[x][y];
        ctx.strokeStyle = trustColour(t);
        ctx.lineWidth = trustWidth(t);
        ctx.beginPath();
        ctx.moveTo(pos[x][0], pos[x][1]);
        ctx.lineTo(pos[y][0], pos[y][1]);
        ctx.stroke();
      }
    }
    // Children: among the agencies that hold a piece of their need; below, those no agency knows.
    var unseen = 0, stripY = 522, perRow = 70;
    var found = null;
    panel.children.forEach(function (c) {
      var id = c[0], level = c[1], mask = c[2];
      var px, py, k = 0, sx = 0, sy = 0;
      for (var b = 0; b < n; b++) {
        if (mask & (1 << b)) { k++; sx += pos[b][0]; sy += pos[b][1]; }
      }
      if (k > 0) {
        var ang = hash(id) * 2 * Math.PI, rad = 10 + 26 * hash(id + 7919);
        // One agency: near it, inside the ring; several: pulled towards the middle.
        var pull = k === 1 ? 0.78 : 1;
        px = cx + (sx / k - cx) * pull + rad * Math.cos(ang);
        py = cy + (sy / k - cy) * pull + rad * Math.sin(ang);
      } else {
        px = 14 + (unseen % perRow) * ((w - 28) / perRow);
        py = stripY + 14 + Math.floor(unseen / perRow) * 8;
        unseen++;
        if (py > h - 4) { return; }
      }
      ctx.fillStyle = LEVEL[level] || LEVEL[1];
      ctx.beginPath();
      ctx.arc(px, py, level >= 3 ? 4 : 3, 0, 2 * Math.PI);
      ctx.fill();
      if (id === highlight[side]) { found = [px, py]; }
    });
    ctx.fillStyle = '#000000';
    ctx.font = 'bold 18px "DejaVu Sans", Verdana, sans-serif';
    ctx.textAlign = 'left';
    var every = panel.childrenStride > 1 ? ' (a dot for every ' + panel.childrenStride + ')' : '';
    ctx.fillText('In need, known to no agency: ' + panel.inNeedUnknown + every, 14, stripY);
    // Agencies on top, sized by their staff.
    for (var j = 0; j < n; j++) {
      var size = 10 + 2.2 * Math.sqrt(panel.practitioners[j]);
      ctx.fillStyle = '#000000';
      ctx.beginPath();
      ctx.arc(pos[j][0], pos[j][1], size, 0, 2 * Math.PI);
      ctx.fill();
      ctx.font = 'bold 21px "DejaVu Sans", Verdana, sans-serif';
      ctx.textAlign = 'center';
      var label = agencies[j].label;
      var ly = pos[j][1] + (pos[j][1] < cy ? -size - 8 : size + 20);
      ctx.lineWidth = 5;
      ctx.strokeStyle = '#FFFFFF';
      ctx.strokeText(label, pos[j][0], ly);
      ctx.fillText(label, pos[j][0], ly);
    }
    if (found) {
      ctx.strokeStyle = '#000000';
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.arc(found[0], found[1], 12, 0, 2 * Math.PI);
      ctx.stroke();
    }
    // Which child is ringed, for tests and assistive reading ('' when none).
    canvas.setAttribute('data-ring', found ? String(highlight[side]) : '');
  }

  function fmt(key, v) {
    if (key === 'cost') { return '\u00a3' + v.toFixed(2) + 'm'; }
    if (key === 'daysToHelp') { return v.toFixed(0); }
    return String(Math.round(v));
  }

  function renderCounters(root, panel, other, side) {
    var box = $('.counters', root);
    box.textContent = '';
    panel.counters.forEach(function (c, i) {
      var d = el('div', 'counter');
      d.appendChild(el('span', 'label', c.label));
      var v = el('span', 'value', fmt(c.key, c.value));
      v.setAttribute('data-key', c.key);
      v.setAttribute('data-value', String(c.value));
      d.appendChild(v);
      if (side === 'right') {
        var diff = c.value - other.counters[i].value;
        var txt = (diff > 0 ? '+' : (diff < 0 ? '\u2212' : '\u00b1')) + fmt(c.key, Math.abs(diff));
        var s = el('span', 'diff', txt + ' vs silo');
        s.setAttribute('data-diff', String(diff));
        d.appendChild(s);
      }
      box.appendChild(d);
    });
  }

  function renderCaption(root, panel, side) {
    var p = $('.caption', root);
    p.textContent = '';
    if (panel.month === 0) {
      p.textContent = 'What just happened: nothing yet. Press play.';
      return;
    }
    p.appendChild(el('b', '', 'Month ' + panel.month + ': '));
    if (panel.events.length === 0) {
      p.appendChild(document.createTextNode('a quiet month.'));
      return;
    }
    // One named event of each kind and how many more: reviews, lost referrals, dropouts.
    panel.events.forEach(function (e, i) {
      if (i > 0) { p.appendChild(document.createTextNode('; ')); }
      if (e.child >= 0) {
        var a = el('a', 'child', e.text);
        a.href = '#';
        a.setAttribute('data-child', String(e.child));
        a.setAttribute('data-kind', e.kind);
        if (e.child === highlight[side]) { a.className = 'child marked'; }
        a.title = 'Mark child ' + e.child + ' in the picture';
        a.addEventListener('click', function (ev) {
          ev.preventDefault();
          highlight[side] = e.child;
          render();
        });
        p.appendChild(a);
      } else {
        p.appendChild(document.createTextNode(e.text));
      }
    });
    p.appendChild(document.createTextNode('.'));
  }

  function renderToggles() {
    var box = $('#toggles');
    box.textContent = '';
    state.right.toggles.forEach(function (t, i) {
      // The blame culture is the one switch whose 'on' is the silo's harm, not a help: it shows so.
      var harmful = t.key === 'blameCulture';
      var b = el('button', t.on ? (harmful ? 'on harmful' : 'on') : '');
      b.id = 'toggle-' + t.key;
      // The switch's history: the month shown at each flip, and which way it went.
      var when = (t.flips || []).map(function (f) { return (f.on ? 'on' : 'off') + ' at month ' + f.month; }).join(', ');
      b.textContent = t.label + ': ' + (t.on ? 'on' : 'off') + (when ? ' (' + when + ')' : '') + ' ';
      b.appendChild(el('kbd', '', String(i + 1)));
      b.disabled = !t.canFlip;
      b.setAttribute('aria-pressed', String(t.on));
      b.setAttribute('data-flips', String((t.flips || []).length));
      b.title = t.canFlip ? 'Switch ' + (t.on ? 'off' : 'on') + ' in the integrated panel from this month (' + (i + 1) + ')'
        : 'Set by the integrated scenario in a way this switch does not change (see docs/demo.md)';
      b.addEventListener('click', function () { flip(t.key); });
      box.appendChild(b);
    });
  }

  // In the integrated panel itself, so the room sees it in the presenter view too: each switch
  // flipped in this run, its state now and the months it was flipped.
  function renderSwitched() {
    var p = $('#right .switched');
    var parts = [];
    state.right.toggles.forEach(function (t) {
      if (!t.flips || t.flips.length === 0) { return; }
      var when = t.flips.map(function (f) { return (f.on ? 'on' : 'off') + ' at month ' + f.month; }).join(', ');
      parts.push(t.label + ' ' + (t.on ? 'on' : 'off') + ' (' + when + ')');
    });
    p.textContent = parts.length ? 'Switched here: ' + parts.join('; ') + '.' : '';
  }

  function curveFigures() {
    var box = $('#curves');
    if (box.children.length) { return; }
    state.left.counters.forEach(function (c) {
      var f = el('figure');
      f.setAttribute('data-key', c.key);
      f.appendChild(el('figcaption', '', c.label));
      var cv = el('canvas');
      cv.width = 420;
      cv.height = 150;
      f.appendChild(cv);
      var d = el('div', 'diff');
      f.appendChild(d);
      box.appendChild(f);
    });
  }

  function drawCurve(canvas, left, right, horizon, flips) {
    var ctx = canvas.getContext('2d');
    var w = canvas.width, h = canvas.height, m = 36;
    ctx.fillStyle = '#FFFFFF';
    ctx.fillRect(0, 0, w, h);
    var max = 0;
    left.concat(right).forEach(function (v) { max = Math.max(max, v); });
    if (max === 0) { max = 1; }
    var X = function (i) { return m + (w - m - 8) * (i + 1) / horizon; };
    var Y = function (v) { return h - 24 - (h - 34) * v / max; };
    ctx.strokeStyle = '#000000';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(m, 8);
    ctx.lineTo(m, h - 24);
    ctx.lineTo(w - 8, h - 24);
    ctx.stroke();
    ctx.fillStyle = '#000000';
    ctx.font = '14px "DejaVu Sans", Verdana, sans-serif';
    ctx.textAlign = 'left';
    ctx.fillText(max >= 100 ? max.toFixed(0) : String(Math.round(max * 100) / 100), 2, 16);
    ctx.fillText('month ' + horizon, w - 90, h - 6);
    flips.forEach(function (f) {
      ctx.setLineDash([6, 6]);
      ctx.beginPath();
      ctx.moveTo(X(f - 1), 8);
      ctx.lineTo(X(f - 1), h - 24);
      ctx.stroke();
      ctx.setLineDash([]);
    });
    // Integrated wide underneath, the silo thin on top: where the runs agree both show.
    [[right, INTEGRATED, 6], [left, SILO, 2]].forEach(function (s) {
      ctx.strokeStyle = s[1];
      ctx.lineWidth = s[2];
      ctx.beginPath();
      s[0].forEach(function (v, i) { if (i === 0) { ctx.moveTo(X(i), Y(v)); } else { ctx.lineTo(X(i), Y(v)); } });
      ctx.stroke();
    });
  }

  function renderCurves() {
    curveFigures();
    var flips = [];
    state.right.toggles.forEach(function (t) {
      (t.flips || []).forEach(function (f) { if (flips.indexOf(f.month) < 0) { flips.push(f.month); } });
    });
    Array.prototype.forEach.call(document.querySelectorAll('#curves figure'), function (f, i) {
      var key = f.getAttribute('data-key');
      var l = state.left.series[key], r = state.right.series[key];
      drawCurve($('canvas', f), l, r, state.horizonMonths, flips);
      var diff = state.right.counters[i].value - state.left.counters[i].value;
      $('.diff', f).textContent = 'integrated \u2212 silo: ' + (diff > 0 ? '+' : (diff < 0 ? '\u2212' : '')) + fmt(key, Math.abs(diff));
    });
  }

  function renderClock() {
    if (state) {
      $('#month').textContent = 'Month ' + state.month;
      $('#horizon').textContent = 'of ' + state.horizonMonths + ' \u00b7 seed ' + state.seed;
      document.body.setAttribute('data-month', String(state.month));
    }
    $('#playing').textContent = playing ? 'playing' : 'paused';
    $('#play').firstChild.textContent = playing ? 'Pause ' : 'Play ';
  }

  function render() {
    if (!state) { return; }
    renderClock();
    ['left', 'right'].forEach(function (side) {
      var root = document.getElementById(side);
      var panel = state[side], other = state[side === 'left' ? 'right' : 'left'];
      $('.scenario', root).textContent = panel.scenario;
      drawNetwork($('canvas.network', root), panel, state.agencies, side);
      renderCounters(root, panel, other, side);
      renderCaption(root, panel, side);
    });
    renderToggles();
    renderSwitched();
    renderCurves();
    document.body.setAttribute('data-steps', String(steps));
  }

  // ---- keyboard: every control has a key ----
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var k = e.key;
    // A focused button answers its own space and Enter, as buttons do for keyboard users.
    if ((k === ' ' || k === 'Enter') && e.target && e.target.tagName === 'BUTTON') { return; }
    if (k === ' ' || k === 'Spacebar') { togglePlay(); }
    else if (k === 'ArrowRight') { pause(); step(); }
    else if (k === 'r' || k === 'R') { reset(); }
    else if (k === '+' || k === '=') { faster(1); }
    else if (k === '-' || k === '_') { faster(-1); }
    else if (k === 'p' || k === 'P') { presenter(); }
    else if (/^[1-9]$/.test(k) && state && state.right.toggles[Number(k) - 1]) { flip(state.right.toggles[Number(k) - 1].key); }
    else { return; }
    e.preventDefault();
  });

  // After a click the button lets go of the focus, so space then means play / pause again.
  document.addEventListener('click', function (e) {
    var b = e.target && e.target.closest ? e.target.closest('button') : null;
    if (b && e.detail > 0) { b.blur(); }
  });
  $('#play').addEventListener('click', togglePlay);
  $('#step').addEventListener('click', function () { pause(); step(); });
  $('#slower').addEventListener('click', function () { faster(-1); });
  $('#faster').addEventListener('click', function () { faster(1); });
  $('#reset').addEventListener('click', reset);
  $('#presenter').addEventListener('click', presenter);
  faster(0);

  // For tests and the curious: the last state received and the controls.
  window.issimDemo = {
    state: function () { return state; },
    play: play, pause: pause, step: step, reset: reset, flip: flip,
    highlighted: function () { return { left: highlight.left, right: highlight.right }; },
    idle: function () { return queue.then(function () { return state ? state.month : -1; }); }
  };

  status('Starting\u2026');
  open().then(function () { document.body.setAttribute('data-ready', 'true'); },
    function (e) { status('Cannot reach the demo server: ' + e.message); });
})();
