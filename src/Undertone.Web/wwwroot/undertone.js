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
  // Loads one of the app's own scripts the first time a page needs it, once per tab (voice-notes.js: only the recap
  // page records), so other pages neither fetch nor run it.
  loadScript: (function () {
    const loading = new Map();
    return function (src) {
      if (!loading.has(src)) {
        loading.set(src, new Promise(function (resolve, reject) {
          const script = document.createElement('script');
          script.src = src;
          script.onload = () => resolve();
          script.onerror = () => {
            loading.delete(src);
            script.remove();
            reject(new Error('The script could not be loaded.'));
          };
          document.body.appendChild(script);
        }));
      }
      return loading.get(src);
    };
  })(),
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
          draw(s);
        }
      });
    }

    // FNV-1a over the UTF-16 code units, as a signed 32-bit number: the same as MessageMarks.HashOf on the server.
    function hashOf(text) {
      let hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) {
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      }
      return hash | 0;
    }

    // Draws the mirror behind the text area: the box's own text, cut where a highlight starts or ends, each piece a
    // span with the classes of the highlights over it (parts, at most one finding, a changed sentence). The marks
    // come from the server (MessageMarks: the text's length and hash, then class, start, end for each) and are drawn
    // only over the text they were made for; over any other text the mirror is the plain text, so it stays aligned.
    function draw(s) {
      const text = s.ta.value;
      const numbers = s.marks;
      const marks = [];
      if (numbers && numbers[0] === text.length && numbers[1] === hashOf(text)) {
        for (let i = 2; i + 2 < numbers.length; i += 3) {
          const name = s.classes[numbers[i]];
          if (name !== undefined && numbers[i + 2] <= text.length && numbers[i + 1] < numbers[i + 2]) {
            marks.push({ name: name, start: numbers[i + 1], end: numbers[i + 2], finding: name.startsWith('finding') });
          }
        }
      }
      const cuts = new Set([0, text.length]);
      for (const mark of marks) {
        cuts.add(mark.start);
        cuts.add(mark.end);
      }
      const pieces = document.createDocumentFragment();
      let previous = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) {
        if (cut <= previous) {
          continue;
        }
        const names = [];
        let finding = false;
        for (const mark of marks) {
          if (previous >= mark.start && previous < mark.end && !(mark.finding && finding) && !names.includes(mark.name)) {
            names.push(mark.name);
            finding = finding || mark.finding;
          }
        }
        const span = document.createElement('span');
        span.className = names.join(' ');
        span.textContent = text.slice(previous, cut);
        pieces.appendChild(span);
        previous = cut;
      }
      pieces.appendChild(document.createTextNode('\u200b')); // a last empty line still has its height
      s.mirror.replaceChildren(pieces);
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
          revision: options.revision, version: options.version, tab: options.tab, endpoint: options.endpoint,
          mirror: textarea.parentElement.querySelector('.editor-mirror'), classes: options.classes, marks: options.marks
        };
        if (textarea.value !== options.text) {
          textarea.value = options.text;
        }
        draw(s);
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
            draw(s);
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
      // New highlights from the server (MessageMarks.ToBrowser): kept, and drawn over the box's text if they are for it.
      mark: function (textarea, marks) {
        const s = editors.get(textarea);
        if (s) {
          s.marks = marks;
          draw(s);
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

// The menu of a page drawn without a circuit (the home page's first load: MainLayout's data-static-layout). It sets the
// classes and states MainLayout sets when it is interactive, so the menu opens and closes with no circuit at all.
document.addEventListener('click', function (event) {
  const target = event.target instanceof Element ? event.target : null;
  const layout = target && target.closest('[data-static-layout]');
  if (!layout) {
    return;
  }
  const menu = layout.querySelector('#app-menu');
  const narrowButton = target.closest('.menu-button-narrow');
  if (narrowButton || target.closest('[data-testid="menu-overlay"]')) {
    const open = !!narrowButton && !menu.classList.contains('narrow-open');
    menu.classList.toggle('narrow-open', open);
    layout.querySelector('[data-testid="menu-overlay"]').hidden = !open;
    layout.querySelector('.menu-button-narrow').setAttribute('aria-expanded', open ? 'true' : 'false');
  } else if (target.closest('.menu-button-wide')) {
    const closed = !menu.classList.contains('wide-closed');
    menu.classList.toggle('wide-closed', closed);
    layout.classList.toggle('mud-drawer-open-responsive-md-left', !closed);
    layout.classList.toggle('mud-drawer-close-responsive-md-left', closed);
    layout.querySelector('.menu-button-wide').setAttribute('aria-expanded', closed ? 'false' : 'true');
  }
});

// Text boxes that grow with their text (class "grows", app.css): where the browser has no CSS
// field-sizing, the box is fitted to its text as it is typed (its CSS max-height still caps it).
if (!CSS.supports('field-sizing', 'content')) {
  document.addEventListener('input', function (event) {
    const box = event.target;
    if (box instanceof HTMLTextAreaElement && box.closest('.grows')) {
      box.style.height = 'auto';
      box.style.height = box.scrollHeight + 'px';
    }
  });
}
