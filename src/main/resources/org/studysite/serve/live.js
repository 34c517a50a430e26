// studysite serve: reloads this page when a rebuild changes it, and shows the build's problems.
// Served by the preview server only; a built site never contains it.
(() => {
  'use strict';

  const PANEL_ID = 'studysite-problems';
  const STYLE_ID = 'studysite-problems-style';
  const DISMISSED_KEY = 'studysite-dismissed';
  const pagePath = sitePath(location.pathname);
  const scrollKey = 'studysite-scroll:' + pagePath;
  const isNotFoundPage = document.querySelector('meta[name="studysite-404"]') !== null;
  // The site version this page was served from (the server writes it on this script's tag): a change
  // published while the event stream was still connecting shows as a newer version on connect.
  const servedVersion = Number(document.currentScript && document.currentScript.dataset.version);
  let seenVersion = Number.isFinite(servedVersion) && document.currentScript.dataset.version !== '' ? servedVersion : null;
  let reloading = false;

  /** "/notes/caf%C3%A9.html" -> "notes/café.html"; "/" and "/dir/" -> ".../index.html", as the server maps them. */
  function sitePath(pathname) {
    let path = pathname.replace(/^\/+/, '');
    try {
      path = decodeURIComponent(path);
    } catch (e) {
      // A malformed escape names no site file; the raw form matches nothing either.
    }
    return path === '' || path.endsWith('/') ? path + 'index.html' : path;
  }

  function storage() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null; // storage blocked: reloads just lose the scroll position
    }
  }

  function reloadKeepingScroll() {
    const store = storage();
    if (store) {
      // A reload before this page was put back (it restores on 'load', which a page still loading
      // scripts, such as the search index that marks a result's words, has not reached) keeps the
      // position saved for it, not the top it has not left yet.
      if (!store.getItem(scrollKey)) {
        store.setItem(scrollKey, JSON.stringify({ x: window.scrollX, y: window.scrollY }));
      }
      // One restorer, not two: the browser's own runs after ours and could land elsewhere once the
      // page grew or shrank. pagehide gives it back for back and forward.
      history.scrollRestoration = 'manual';
      reloading = true;
    }
    location.reload();
  }

  function restoreScroll() {
    const store = storage();
    const saved = store && store.getItem(scrollKey);
    if (!saved) {
      return;
    }
    store.removeItem(scrollKey);
    try {
      const { x, y } = JSON.parse(saved);
      window.scrollTo(Number(x) || 0, Number(y) || 0);
    } catch (e) {
      // Not ours after all; the page simply starts at the top.
    }
  }

  /** Site paths of the styles, scripts and images this page uses: a change to one is a change to the page. */
  function usedPaths() {
    const paths = [];
    document.querySelectorAll('link[rel~="stylesheet"][href], script[src], img[src]').forEach((el) => {
      const url = new URL(el.getAttribute('href') || el.getAttribute('src'), location.href);
      if (url.origin === location.origin) {
        paths.push(sitePath(url.pathname));
      }
    });
    return paths;
  }

  function affectsThisPage(changed) {
    if (changed.includes(pagePath)) {
      return true;
    }
    // A missing "/dir" page comes back as "dir/index.html".
    if (isNotFoundPage && changed.includes(pagePath + '/index.html')) {
      return true;
    }
    return !isNotFoundPage && usedPaths().some((path) => changed.includes(path));
  }

  function addStyle() {
    if (document.getElementById(STYLE_ID)) {
      return;
    }
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = `
#${PANEL_ID} { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647; box-sizing: border-box;
  max-height: 40vh; overflow-y: auto; margin: 0; padding: 0.75rem 1rem;
  background: #fff8d6; color: #1a1a1a; border-top: 4px solid #a35200; box-shadow: 0 -2px 8px rgba(0, 0, 0, 0.25);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left; }
#${PANEL_ID} h2 { margin: 0 6rem 0.5rem 0; padding: 0; border: 0; font-size: 1.05rem; font-weight: 700; color: #1a1a1a; }
#${PANEL_ID} ul { margin: 0; padding: 0 0 0 1.25rem; list-style: disc; }
#${PANEL_ID} li { margin: 0.15rem 0; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem;
  overflow-wrap: anywhere; color: #1a1a1a; }
#${PANEL_ID} button { position: absolute; top: 0.6rem; right: 1rem; padding: 0.3rem 0.8rem; cursor: pointer;
  font: inherit; font-size: 0.9rem; color: #fff; background: #1a1a1a; border: 2px solid #1a1a1a; border-radius: 4px; }
#${PANEL_ID} button:focus-visible { outline: 3px solid #005fcc; outline-offset: 2px; }
@media print { #${PANEL_ID} { display: none !important; } }
`;
    document.head.appendChild(style);
  }

  function removePanel() {
    const panel = document.getElementById(PANEL_ID);
    if (panel) {
      panel.remove();
    }
  }

  function renderPanel(problems) {
    addStyle();
    let panel = document.getElementById(PANEL_ID);
    if (!panel) {
      panel = document.createElement('aside');
      panel.id = PANEL_ID;
      panel.setAttribute('role', 'alert');
      panel.setAttribute('aria-label', 'Build problems');
      document.body.appendChild(panel);
    }
    panel.textContent = '';
    const heading = document.createElement('h2');
    heading.textContent = `${problems.length} problem${problems.length === 1 ? '' : 's'} in your notes`;
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.textContent = 'Dismiss';
    dismiss.addEventListener('click', () => {
      const store = storage();
      if (store) {
        store.setItem(DISMISSED_KEY, JSON.stringify(problems));
      }
      removePanel();
    });
    const list = document.createElement('ul');
    problems.forEach((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    panel.append(heading, dismiss, list);
  }

  /** Dismissed stays dismissed (in this tab, across reloads) until the list differs. */
  function showProblems(problems) {
    const store = storage();
    if (!Array.isArray(problems) || problems.length === 0) {
      if (store) {
        store.removeItem(DISMISSED_KEY);
      }
      removePanel();
      return;
    }
    if (store && store.getItem(DISMISSED_KEY) === JSON.stringify(problems)) {
      removePanel();
      return;
    }
    if (store) {
      store.removeItem(DISMISSED_KEY);
    }
    renderPanel(problems);
  }

  function data(event) {
    try {
      return JSON.parse(event.data);
    } catch (e) {
      return null;
    }
  }

  function onState(event) {
    const state = data(event);
    if (!state) {
      return;
    }
    // A reconnect after the site changed: this page may be stale, and the changes were missed.
    if (seenVersion !== null && state.version > seenVersion) {
      reloadKeepingScroll();
      return;
    }
    seenVersion = state.version;
    showProblems(state.problems);
  }

  function onChange(event) {
    const change = data(event);
    if (!change) {
      return;
    }
    seenVersion = change.version;
    if (Array.isArray(change.changed) && affectsThisPage(change.changed)) {
      reloadKeepingScroll();
      return;
    }
    showProblems(change.problems);
  }

  function onProblems(event) {
    const problems = data(event);
    if (problems) {
      showProblems(problems.problems);
    }
  }

  function connect() {
    const source = new EventSource('/_studysite/events');
    source.addEventListener('state', onState);
    source.addEventListener('change', onChange);
    source.addEventListener('problems', onProblems);
    source.addEventListener('error', () => {
      // EventSource retries network errors by itself; it gives up only on a bad response (say a
      // server restarting answered oddly), so start over once, a little later.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, 2000);
      }
    });
  }

  window.addEventListener('pagehide', () => {
    if (!reloading) {
      history.scrollRestoration = 'auto';
    }
  });
  if (document.readyState === 'complete') {
    restoreScroll();
  } else {
    // After images load, so the page is tall enough to scroll back to where it was.
    window.addEventListener('load', restoreScroll);
  }
  connect();
})();
