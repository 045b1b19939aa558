/* GraphiQL for the renovation hub. Plain browser JavaScript, served as is by the gateway. */
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('hub-config').textContent);
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

  /** GraphiQL keeps its tabs and history per persona: each opens with the examples of its role. */
  function namespacedStorage(prefix) {
    function keys() {
      var result = [];
      for (var i = 0; i < localStorage.length; i++) {
        var key = localStorage.key(i);
        if (key && key.indexOf(prefix) === 0) result.push(key);
      }
      return result;
    }
    return {
      getItem: function (key) { return localStorage.getItem(prefix + key); },
      setItem: function (key, value) { localStorage.setItem(prefix + key, value); },
      removeItem: function (key) { localStorage.removeItem(prefix + key); },
      clear: function () { keys().forEach(function (key) { localStorage.removeItem(key); }); },
      get length() { return keys().length; },
    };
  }

  function tab(example) {
    return { query: example.query, variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined };
  }

  /** The example operations (operations/ in the repository) for these roles; the start tab otherwise. */
  function tabsFor(roles) {
    var wanted = roles.length ? roles : ['anoniem'];
    var examples = config.examples.filter(function (e) {
      return e.roles.some(function (r) { return wanted.indexOf(r) >= 0; });
    });
    return examples.length ? examples.map(tab) : [tab(config.defaultTab)];
  }

  function render(storagePrefix, tabs) {
    var storage = namespacedStorage(storagePrefix);
    if (!storage.getItem('graphiql:tabState')) {
      // A first visit: GraphiQL 3 opens the tabs, but fills the editors from these keys, not from the
      // first tab (its variables would stay empty, and the next visit would add a copy of the tab).
      storage.setItem('graphiql:query', tabs[0].query);
      if (tabs[0].variables) storage.setItem('graphiql:variables', tabs[0].variables);
      else storage.removeItem('graphiql:variables');
    }
    generation++;
    root.render(
      React.createElement(GraphiQL, {
        key: 'graphiql-' + generation,
        fetcher: fetcher,
        defaultQuery: tabs[0].query,
        defaultTabs: tabs,
        storage: storage,
        defaultEditorToolsVisibility: 'variables',
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false,
      }),
    );
  }

  var slot = document.getElementById('hub-persona');
  if (config.demo) {
    HubPersona.mountPicker(slot, config, { storageKey: 'renovatiehub.persona', defaultKey: 'spoc' }, function (persona) {
      token = persona.token;
      render('renovatiehub:' + (persona.key || 'anoniem') + ':', tabsFor(persona.roles));
    });
  } else {
    var hint = document.createElement('span');
    hint.id = 'hub-persona-status';
    hint.textContent = 'Zet je token als header: {"Authorization": "Bearer …"}';
    slot.appendChild(hint);
    // Without a persona picker: the dossier across the subgraphs, then the analysts' examples.
    render('renovatiehub:token:', [tab(config.defaultTab)].concat(tabsFor(['analist'])));
  }
})();
