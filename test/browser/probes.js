// Helpers the browser tests call inside the page (installed with addInitScript).
// Plain JavaScript on purpose: the test program is type-checked against Node's
// types without the DOM library, and this code only ever runs in the browser.
// Tests call them by name: page.evaluate('brinkProbe.renders()').
window.brinkProbe = {
  /** The first view has rendered and no request is pending. */
  ready() {
    return document.body.dataset.ready !== undefined && document.getElementById('main')?.getAttribute('aria-busy') === 'false';
  },
  /** How many views have finished rendering since the page loaded. */
  renders() {
    return Number(document.body.dataset.renders ?? '0');
  },
  text(selector) {
    return document.querySelector(selector)?.textContent ?? null;
  },
  /** A data-* value of every element matching the selector. */
  data(selector, key) {
    return Array.from(document.querySelectorAll(selector)).map((el) => el.dataset[key] ?? null);
  },
  /** Traces an injected payload would leave. */
  xssState() {
    return {
      xss: window.__xss === undefined ? null : String(window.__xss),
      injected: document.querySelectorAll('main img, main script, main iframe, main object, main embed').length,
      handlers: Array.from(document.querySelectorAll('main *')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length,
      jsLinks: Array.from(document.querySelectorAll('a')).filter((a) => a.href.trim().toLowerCase().startsWith('javascript:')).length,
    };
  },
  /** Numbers every visible control (data-kb) and returns how many there are. */
  markControls() {
    const controls = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')).filter((el) => {
      if (el.disabled) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
    controls.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    return controls.length;
  },
  activeControl() {
    return document.activeElement?.getAttribute('data-kb') ?? null;
  },
  missedControls(reached) {
    return Array.from(document.querySelectorAll('[data-kb]'))
      .filter((el) => !reached.includes(el.getAttribute('data-kb')))
      .map((el) => `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)}`);
  },
  /** How many pixels the page is wider than the window (0 when it fits). */
  overflow() {
    return document.documentElement.scrollWidth - window.innerWidth;
  },
};
