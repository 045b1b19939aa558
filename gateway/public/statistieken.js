/* /statistieken: phases over time and lead times as hand-drawn SVG charts. Plain browser JavaScript. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('hub-config').textContent);
  var SVG = 'http://www.w3.org/2000/svg';
  var FASEN = [
    { fase: 'CONTACTNAME', naam: 'Contactname', kleur: '#4e79a7' },
    { fase: 'OPTIES', naam: 'Opties', kleur: '#f28e2b' },
    { fase: 'FINANCIEREN', naam: 'Financieren', kleur: '#59a14f' },
    { fase: 'LEVERANCIERS', naam: 'Leveranciers', kleur: '#b07aa1' },
    { fase: 'UITVOEREN_EN_BETALEN', naam: 'Uitvoeren en betalen', kleur: '#e15759' },
  ];
  var MAANDEN = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  var token = null;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function text(parent, x, y, content, attrs) {
    var node = el('text', Object.assign({ x: x, y: y }, attrs || {}), parent);
    node.textContent = content;
    return node;
  }
  function title(parent, content) {
    el('title', {}, parent).textContent = content;
  }
  function getal(n) {
    return n.toLocaleString('nl-BE', { maximumFractionDigits: 1 });
  }
  function maandNaam(maand) {
    var parts = maand.split('-');
    return MAANDEN[Number(parts[1]) - 1] + ' ' + parts[0].slice(2);
  }
  /** A round step for at most 5 ticks, and the first tick at or above the maximum. */
  function schaal(max) {
    if (max <= 0) return { max: 4, stap: 1 };
    var ruw = max / 5;
    var macht = Math.pow(10, Math.floor(Math.log10(ruw)));
    var stap = [1, 2, 2.5, 5, 10].map(function (f) { return f * macht; }).filter(function (s) { return s >= ruw; })[0];
    return { max: Math.ceil(max / stap) * stap, stap: stap };
  }
  function setStatus(message, kind) {
    var status = document.getElementById('status');
    status.textContent = message;
    status.className = kind || '';
  }

  /** Stacked bars: per month, how many running dossiers entered each phase. */
  function tekenFasen(stats) {
    var target = document.getElementById('grafiek-fasen');
    target.textContent = '';
    var maanden = [];
    stats.faseInstroomPerMaand.forEach(function (t) { if (maanden.indexOf(t.maand) < 0) maanden.push(t.maand); });
    maanden.sort();
    if (!maanden.length) {
      target.textContent = 'Geen faseovergangen in deze periode.';
      return;
    }
    var cel = {};
    var onderdrukt = 0;
    stats.faseInstroomPerMaand.forEach(function (t) {
      cel[t.maand + '|' + t.fase] = t;
      if (t.onderdrukt) onderdrukt++;
    });
    var totalen = maanden.map(function (m) {
      return FASEN.reduce(function (som, f) { var t = cel[m + '|' + f.fase]; return som + ((t && t.aantal) || 0); }, 0);
    });
    var s = schaal(Math.max.apply(null, totalen));
    var breedte = 760, hoogte = 320, links = 44, onder = 40, boven = 12;
    var plotH = hoogte - onder - boven, plotB = breedte - links - 10;
    var svg = el('svg', { viewBox: '0 0 ' + breedte + ' ' + hoogte, role: 'img', 'aria-label': 'Instroom per fase per maand', class: 'grafiek' });
    for (var v = 0; v <= s.max; v += s.stap) {
      var y = boven + plotH - (v / s.max) * plotH;
      el('line', { x1: links, x2: breedte - 10, y1: y, y2: y, class: 'raster' }, svg);
      text(svg, links - 6, y + 4, getal(v), { 'text-anchor': 'end', class: 'as' });
    }
    var kolom = plotB / maanden.length;
    var balk = Math.max(4, kolom * 0.7);
    var labelElke = Math.ceil(48 / kolom); // a month label every ~48 px
    maanden.forEach(function (maand, i) {
      var x = links + i * kolom + (kolom - balk) / 2;
      var basis = 0;
      FASEN.forEach(function (f) {
        var t = cel[maand + '|' + f.fase];
        if (!t) return;
        if (t.onderdrukt) {
          var punt = el('circle', { cx: x + balk / 2, cy: boven + plotH - (basis / s.max) * plotH - 4, r: 2.5, class: 'onderdrukt' }, svg);
          title(punt, maandNaam(maand) + ' · ' + f.naam + ': onderdrukt (minder dan ' + stats.drempel + ')');
          return;
        }
        if (!t.aantal) return;
        var h = (t.aantal / s.max) * plotH;
        var rect = el('rect', { x: x, y: boven + plotH - (basis / s.max) * plotH - h, width: balk, height: h, fill: f.kleur, class: 'balk', 'data-maand': maand, 'data-fase': f.fase, 'data-aantal': t.aantal }, svg);
        title(rect, maandNaam(maand) + ' · ' + f.naam + ': ' + t.aantal);
        basis += t.aantal;
      });
      if (i % labelElke === 0) text(svg, x + balk / 2, hoogte - onder + 16, maandNaam(maand), { 'text-anchor': 'middle', class: 'as' });
    });
    target.appendChild(svg);
    var legende = document.createElement('ul');
    legende.className = 'legende';
    FASEN.forEach(function (f) {
      var item = document.createElement('li');
      var staal = document.createElement('span');
      staal.className = 'staal';
      staal.style.background = f.kleur;
      item.appendChild(staal);
      item.appendChild(document.createTextNode(f.naam));
      legende.appendChild(item);
    });
    target.appendChild(legende);
    if (onderdrukt) {
      var noot = document.createElement('p');
      noot.className = 'noot';
      noot.textContent = onderdrukt + ' kleine groepen (minder dan ' + stats.drempel + ' dossiers) zijn onderdrukt: een punt in plaats van een balk.';
      target.appendChild(noot);
    }
  }

  /** Horizontal bars per phase: the median and the 90th percentile of the days spent in it. */
  function tekenDoorlooptijden(stats) {
    var target = document.getElementById('grafiek-doorlooptijden');
    target.textContent = '';
    var rijen = FASEN.map(function (f) {
      var d = stats.doorlooptijden.filter(function (x) { return x.fase === f.fase; })[0];
      return { f: f, d: d };
    });
    var max = Math.max.apply(null, rijen.map(function (r) { return (r.d && r.d.p90Dagen) || 0; }));
    var s = schaal(max);
    var links = 170, rechts = 150, rij = 44, boven = 10; // room on the right for the longest bar's label
    var breedte = 760, hoogte = boven + rijen.length * rij + 30;
    var plotB = breedte - links - rechts;
    var svg = el('svg', { viewBox: '0 0 ' + breedte + ' ' + hoogte, role: 'img', 'aria-label': 'Doorlooptijd per fase in dagen', class: 'grafiek' });
    for (var v = 0; v <= s.max; v += s.stap) {
      var x = links + (v / s.max) * plotB;
      el('line', { x1: x, x2: x, y1: boven, y2: hoogte - 26, class: 'raster' }, svg);
      text(svg, x, hoogte - 10, getal(v) + ' d', { 'text-anchor': 'middle', class: 'as' });
    }
    rijen.forEach(function (r, i) {
      var y = boven + i * rij;
      text(svg, links - 8, y + rij / 2 + 4, r.f.naam, { 'text-anchor': 'end', class: 'label' });
      var d = r.d;
      if (!d || d.onderdrukt || d.mediaanDagen === null || d.p90Dagen === null) {
        var reden = d && d.onderdrukt ? 'onderdrukt (minder dan ' + stats.drempel + ' verblijven)' : 'geen afgeronde verblijven';
        text(svg, links + 6, y + rij / 2 + 4, reden, { class: 'leeg' });
        return;
      }
      var p90 = el('rect', { x: links, y: y + 8, width: (d.p90Dagen / s.max) * plotB, height: rij - 16, fill: r.f.kleur, opacity: 0.35, class: 'balk p90', 'data-fase': r.f.fase, 'data-dagen': d.p90Dagen }, svg);
      title(p90, r.f.naam + ': 90e percentiel ' + getal(d.p90Dagen) + ' dagen (' + d.aantal + ' verblijven)');
      var mediaan = el('rect', { x: links, y: y + 14, width: (d.mediaanDagen / s.max) * plotB, height: rij - 28, fill: r.f.kleur, class: 'balk mediaan', 'data-fase': r.f.fase, 'data-dagen': d.mediaanDagen }, svg);
      title(mediaan, r.f.naam + ': mediaan ' + getal(d.mediaanDagen) + ' dagen (' + d.aantal + ' verblijven)');
      text(svg, links + (d.p90Dagen / s.max) * plotB + 6, y + rij / 2 + 4, 'mediaan ' + getal(d.mediaanDagen) + ' · p90 ' + getal(d.p90Dagen), { class: 'waarde' });
    });
    target.appendChild(svg);
  }

  function filter() {
    var form = document.getElementById('filter');
    var result = {};
    if (form.van.value) result.van = form.van.value;
    if (form.tot.value) result.tot = form.tot.value;
    var postcodes = form.postcodes.value.split(/[\s,;]+/).filter(Boolean);
    if (postcodes.length) result.postcodes = postcodes;
    return result;
  }

  function laad() {
    setStatus('cijfers ophalen…', 'bezig');
    var headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch(config.endpoint, {
      method: 'POST',
      headers: headers,
      credentials: 'omit',
      body: JSON.stringify({ query: config.query, operationName: config.operationName, variables: { filter: filter() } }),
    })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (body.errors && body.errors.length) {
          setStatus(body.errors.map(function (e) { return (e.extensions && e.extensions.code ? e.extensions.code + ': ' : '') + e.message; }).join(' · '), 'fout');
        }
        var stats = body.data && body.data.statistieken;
        if (!stats) {
          document.getElementById('grafiek-fasen').textContent = '';
          document.getElementById('grafiek-doorlooptijden').textContent = '';
          return;
        }
        tekenFasen(stats);
        tekenDoorlooptijden(stats);
        if (!body.errors) {
          setStatus(
            (stats.aantalDossiers === null ? 'minder dan ' + stats.drempel : stats.aantalDossiers) +
              ' dossiers geopend in de periode · drempel ' + stats.drempel + ' · berekend op ' + new Date(stats.berekendOp).toLocaleString('nl-BE'),
            'klaar',
          );
        }
      })
      .catch(function (err) { setStatus('De gateway antwoordde niet: ' + err.message, 'fout'); });
  }

  document.getElementById('filter').addEventListener('submit', function (event) {
    event.preventDefault();
    laad();
  });

  var slot = document.getElementById('hub-persona');
  if (config.demo) {
    HubPersona.mountPicker(slot, config, { storageKey: 'renovatiehub.persona.statistieken', defaultKey: 'analist' }, function (persona) {
      token = persona.token;
      laad();
    });
  } else {
    var label = document.createElement('label');
    label.textContent = 'Bearer-token: ';
    var input = document.createElement('input');
    input.type = 'password';
    input.id = 'hub-token';
    input.autocomplete = 'off';
    input.placeholder = 'plak je token';
    label.appendChild(input);
    slot.appendChild(label);
    input.addEventListener('change', function () {
      token = input.value.trim() || null;
      laad();
    });
    setStatus('Plak je token (rol analist) om de cijfers te zien.');
  }
})();
