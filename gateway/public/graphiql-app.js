/* GraphiQL for the renovation hub. Plain browser JavaScript, served as is by the gateway. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('hub-config').textContent);
  var STORAGE_KEY = 'renovatiehub.persona';
  var token = null;
  var generation = 0;
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));

  function fetcher(params, opts) {
    var headers = { 'content-type': 'application/json', accept: 'application/json' };
    var extra = (opts && opts.headers) || {};
    Object.keys(extra).forEach(function (k) { headers[k] = extra[k]; });
    if (token && !headers.authorization && !headers.Authorization) headers.authorization = 'Bearer ' + token;
    return fetch(config.endpoint, { method: 'POST', headers: headers, body: JSON.stringify(params), credentials: 'omit' })
      .then(function (response) { return response.json(); });
  }

  function render() {
    generation++;
    root.render(
      React.createElement(GraphiQL, {
        key: 'graphiql-' + generation,
        fetcher: fetcher,
        defaultQuery: config.defaultQuery,
        defaultEditorToolsVisibility: 'variables',
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false,
      }),
    );
  }

  function setStatus(text) {
    document.getElementById('hub-persona-status').textContent = text;
  }

  function choosePersona(key) {
    if (!key) {
      token = null;
      localStorage.removeItem(STORAGE_KEY);
      setStatus('anoniem');
      render();
      return;
    }
    setStatus('token ophalen…');
    fetch(config.demo.tokenUrl + '?persona=' + encodeURIComponent(key))
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (body) {
        token = body.access_token;
        localStorage.setItem(STORAGE_KEY, key);
        setStatus('aangemeld als ' + key);
        render();
      })
      .catch(function (err) { token = null; setStatus('geen token: ' + err.message); render(); });
  }

  var slot = document.getElementById('hub-persona');
  if (config.demo) {
    var label = document.createElement('label');
    label.textContent = 'Demo-persona: ';
    var select = document.createElement('select');
    select.id = 'hub-persona-select';
    var anonymous = document.createElement('option');
    anonymous.value = '';
    anonymous.textContent = '(anoniem)';
    select.appendChild(anonymous);
    config.demo.personas.forEach(function (p) {
      var option = document.createElement('option');
      option.value = p.key;
      option.textContent = p.naam + ' (' + p.key + ')';
      option.title = p.omschrijving;
      select.appendChild(option);
    });
    select.addEventListener('change', function () { choosePersona(select.value); });
    label.appendChild(select);
    slot.appendChild(label);
    var status = document.createElement('span');
    status.id = 'hub-persona-status';
    slot.appendChild(status);
    var saved = localStorage.getItem(STORAGE_KEY) || 'spoc';
    select.value = saved;
    choosePersona(saved);
  } else {
    var hint = document.createElement('span');
    hint.id = 'hub-persona-status';
    hint.textContent = 'Zet je token als header: {"Authorization": "Bearer …"}';
    slot.appendChild(hint);
    render();
  }
})();
