/* global window, document, MutationObserver */
// Runs in the task pane before any of its scripts, after the fake Office.js.
// Records, on performance.now()'s clock (0 is navigation start), when the
// first message data reaches the page through a mailbox callback and when
// the first badge element enters the document. The benchmark sets
// window.__benchBadgeSelector before this script runs.
(function installBenchProbes() {
  const selector = window.__benchBadgeSelector;
  const marks = {};
  window.__benchMarks = marks;
  const calls = ["getAllInternetHeadersAsync", "getAsFileAsync"];

  function wrapItem(item) {
    if (!item) return;
    for (const name of calls) {
      const original = item[name];
      if (typeof original !== "function" || original.__benchWrapped) continue;
      const wrapped = function (...args) {
        const last = args.length - 1;
        const callback = args[last];
        if (typeof callback === "function") {
          args[last] = function (result) {
            if (marks.dataAt === undefined) {
              marks.dataAt = performance.now();
              marks.dataCall = name;
            }
            return callback.call(this, result);
          };
        }
        return original.apply(this, args);
      };
      wrapped.__benchWrapped = true;
      item[name] = wrapped;
    }
  }

  function currentItem() {
    const office = window.Office;
    return office && office.context && office.context.mailbox
      ? office.context.mailbox.item
      : undefined;
  }

  wrapItem(currentItem());
  const office = window.Office;
  if (office && typeof office.onReady === "function") {
    const onReady = office.onReady;
    office.onReady = function (...args) {
      wrapItem(currentItem());
      return onReady.apply(office, args);
    };
  }

  const observer = new MutationObserver(() => {
    wrapItem(currentItem());
    if (marks.badgeAt === undefined && document.querySelector(selector)) {
      marks.badgeAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();
