// Small browser helpers for Undertone. Nothing here talks to any server but this app.
window.undertone = {
  // Copies text to the clipboard. Returns false where the clipboard is not available (the page then
  // selects the text and tells the user how to copy it by hand).
  copyText: async function (text) {
    try {
      if (!navigator.clipboard || !window.isSecureContext) {
        return false;
      }
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  // Changes the address shown (e.g. /journal/new -> /journal/12 after the first save) without a Blazor
  // navigation, so focus stays where the user is typing. Blazor's own history state is kept.
  replaceAddress: function (url) {
    history.replaceState(history.state, '', url);
  },
  // Saves a PDF the app made in the page through the browser's normal download, without asking the
  // server to make it again. The name comes from the app and never holds anything the user wrote.
  downloadPdf: async function (fileName, streamReference) {
    const buffer = await streamReference.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: 'application/pdf' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  },
  // After the journal is unlocked: trades the one-time ticket the server gave this tab for a fresh session cookie
  // (locking ended the old one), so a reload keeps the person signed in. The ticket goes in the body, never an address.
  renewSession: async function (ticket) {
    try {
      const response = await fetch('/api/unlock/session', {
        method: 'POST',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ticket: ticket })
      });
      return response.ok;
    } catch {
      return false;
    }
  },
  selectText: function (element) {
    if (element && element.select) {
      element.focus();
      element.select();
    }
  },
  // The builder's message editor. The text belongs to the browser while the person types: every key is kept
  // here, and the server hears about it 400 ms after typing pauses, when the box loses focus, and (through
  // navigator.sendBeacon) when the page is closed. The server never writes the box while someone types: a text it
  // changes (a reset, a suggestion, a new choice) is applied only if no edit was made that the server hasn't seen.
  messageEditor: (function () {
    const pauseMs = 400;
    const editors = new WeakMap();

    function settle(s) {
      if (s.acked < s.edit) {
        return;
      }
      requestAnimationFrame(() => {
        if (s.acked >= s.edit) {
          delete s.stack.dataset.typing;
          s.ta.style.minHeight = '';
        }
      });
    }

    function sync(s) {
      clearTimeout(s.timer);
      s.timer = 0;
      if (s.edit <= s.sent) {
        return;
      }
      const edit = s.edit;
      s.sent = edit;
      s.dotnet.invokeMethodAsync('SyncText', s.ta.value, edit, s.revision).then(version => {
        s.acked = Math.max(s.acked, edit);
        if (typeof version === 'number' && version > 0) {
          s.version = version;
        }
        settle(s);
      }).catch(() => {
        // The connection is down for now: the next pause, blur or the page closing sends it again.
        s.sent = s.acked;
      });
    }

    function beacon(s) {
      clearTimeout(s.timer);
      if (s.edit <= s.acked || !navigator.sendBeacon) {
        return;
      }
      const body = JSON.stringify({ text: s.ta.value, version: s.version, tab: s.tab, edit: s.edit });
      navigator.sendBeacon(s.endpoint, new Blob([body], { type: 'application/json' }));
    }

    return {
      attach: function (textarea, dotnet, options) {
        const s = {
          ta: textarea, stack: textarea.parentElement, dotnet: dotnet, timer: 0, abort: new AbortController(),
          edit: options.knownEdit, sent: options.knownEdit, acked: options.knownEdit,
          revision: options.revision, version: options.version, tab: options.tab, endpoint: options.endpoint
        };
        if (textarea.value !== options.text) {
          textarea.value = options.text;
        }
        const signal = s.abort.signal;
        textarea.addEventListener('input', () => {
          s.edit++;
          s.stack.dataset.typing = '';
          if (textarea.scrollHeight > textarea.clientHeight) {
            textarea.style.minHeight = textarea.scrollHeight + 'px';
          }
          clearTimeout(s.timer);
          s.timer = setTimeout(() => sync(s), pauseMs);
        }, { signal });
        textarea.addEventListener('blur', () => sync(s), { signal });
        window.addEventListener('pagehide', () => beacon(s), { signal });
        const lookAgain = () => dotnet.invokeMethodAsync('PageShown').catch(() => { });
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'hidden') {
            sync(s);
          } else {
            lookAgain();
          }
        }, { signal });
        window.addEventListener('focus', lookAgain, { signal });
        editors.set(textarea, s);
      },
      // A text the server changed. Applied only when the box holds no edit the server hasn't seen, unless forced
      // (the person opened another draft); a stale one is dropped and the box's text is sent instead.
      replace: function (textarea, text, revision, knownEdit, force, version) {
        const s = editors.get(textarea);
        if (!s) {
          return;
        }
        s.version = version;
        if (force || s.edit === knownEdit) {
          if (textarea.value !== text) {
            textarea.value = text;
          }
          s.revision = revision;
          if (s.edit !== knownEdit) {
            // Tell the server how many edits this box has seen, so its next change isn't taken as stale.
            s.sent = s.acked = s.edit;
            s.dotnet.invokeMethodAsync('SyncText', text, s.edit, revision).catch(() => { });
          }
          settle(s);
        } else {
          s.sent = Math.min(s.sent, s.acked);
          sync(s);
          s.revision = revision;
        }
      },
      detach: function (textarea) {
        const s = editors.get(textarea);
        if (s) {
          beacon(s); // leaving the page inside the app: the last edit still gets kept
          s.abort.abort();
          clearTimeout(s.timer);
          editors.delete(textarea);
        }
      }
    };
  })()
};
