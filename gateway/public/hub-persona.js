/* The persona picker of the hub's browser pages (GraphiQL, /statistieken). Plain browser JavaScript. */
(function () {
  'use strict';

  function decodePayload(token) {
    try {
      var part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      while (part.length % 4) part += '=';
      return JSON.parse(decodeURIComponent(escape(atob(part))));
    } catch (e) {
      return {};
    }
  }

  /**
   * The roles of a token, only to choose what the page offers (the gateway decides access): the
   * roles claim, or `burger` for a citizen token (it carries the national register number instead).
   */
  function rolesOf(token, claims) {
    if (!token) return [];
    var payload = decodePayload(token);
    var roles = payload[(claims && claims.roles) || 'roles'];
    if (Array.isArray(roles)) return roles.filter(function (r) { return typeof r === 'string'; });
    if (typeof roles === 'string') return roles.split(/[\s,]+/).filter(Boolean);
    return payload[(claims && claims.insz) || 'rrn'] ? ['burger'] : [];
  }

  /**
   * Development: a select of the demo personas that fetches a token from the local issuer. Calls
   * `onChange({ key, token, roles })` with the chosen persona (key null and no token: anonymous).
   */
  function mountPicker(slot, config, options, onChange) {
    var storageKey = options.storageKey;
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
    label.appendChild(select);
    slot.appendChild(label);
    var status = document.createElement('span');
    status.id = 'hub-persona-status';
    slot.appendChild(status);

    function choose(key) {
      if (!key) {
        localStorage.removeItem(storageKey);
        status.textContent = 'anoniem';
        onChange({ key: null, token: null, roles: [] });
        return;
      }
      var persona = config.demo.personas.filter(function (p) { return p.key === key; })[0];
      status.textContent = 'token ophalen…';
      fetch(config.demo.tokenUrl + '?persona=' + encodeURIComponent(key))
        .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
        .then(function (body) {
          localStorage.setItem(storageKey, key);
          status.textContent = 'aangemeld als ' + key;
          var roles = persona && persona.rollen ? persona.rollen : rolesOf(body.access_token, config.claims);
          onChange({ key: key, token: body.access_token, roles: roles });
        })
        .catch(function (err) {
          status.textContent = 'geen token: ' + err.message;
          onChange({ key: key, token: null, roles: [] });
        });
    }

    select.addEventListener('change', function () { choose(select.value); });
    var saved = localStorage.getItem(storageKey);
    var known = config.demo.personas.some(function (p) { return p.key === saved; });
    select.value = known ? saved : options.defaultKey;
    choose(select.value);
  }

  window.HubPersona = { rolesOf: rolesOf, mountPicker: mountPicker };
})();
