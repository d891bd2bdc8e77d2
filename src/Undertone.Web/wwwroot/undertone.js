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
  selectText: function (element) {
    if (element && element.select) {
      element.focus();
      element.select();
    }
  }
};
