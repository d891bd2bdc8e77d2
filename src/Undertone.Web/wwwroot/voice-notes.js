// The own-voice recap recorder. Audio goes only to this app's own /api, a piece every second while recording, so
// closing the tab loses at most the last second or so. Nothing is kept in browser storage.
window.undertoneVoice = (function () {
  const limitMs = 15 * 60 * 1000;
  const warnAtMs = 14 * 60 * 1000;
  const chunkMs = 1000;
  let session = null;

  function pickType() {
    const types = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/ogg'];
    return types.find(t => window.MediaRecorder && MediaRecorder.isTypeSupported(t)) || null;
  }

  function formatTime(ms) {
    const total = Math.floor(ms / 1000);
    const minutes = Math.floor(total / 60);
    const seconds = total % 60;
    return minutes + ':' + String(seconds).padStart(2, '0');
  }

  function elapsed(s) {
    return s.recordedMs + (s.runningSince === null ? 0 : performance.now() - s.runningSince);
  }

  function send(s, blob) {
    const sequence = s.sequence++;
    const durationMs = Math.round(elapsed(s));
    // keepalive lets a piece already on its way finish when the tab closes (the browser allows up to 64 KB).
    s.uploads = s.uploads.then(() => fetch('api/voice-notes/' + s.id + '/chunks?sequence=' + sequence + '&durationMs=' + durationMs, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: blob,
      keepalive: blob.size < 60000,
      credentials: 'same-origin'
    }).then(response => {
      if (!response.ok) {
        s.failed = true;
        s.dotnet.invokeMethodAsync('OnUploadFailed', response.status);
      }
    }).catch(() => {
      s.failed = true;
      s.dotnet.invokeMethodAsync('OnUploadFailed', 0);
    }));
  }

  function tick(s) {
    if (session !== s) {
      return;
    }
    const ms = elapsed(s);
    if (s.elapsedElement) {
      s.elapsedElement.textContent = formatTime(ms);
    }
    if (s.analyser && s.levelElement) {
      s.analyser.getFloatTimeDomainData(s.samples);
      let sum = 0;
      for (const v of s.samples) {
        sum += v * v;
      }
      const level = s.runningSince === null ? 0 : Math.min(1, Math.sqrt(sum / s.samples.length) * 4);
      s.levelElement.style.width = Math.round(level * 100) + '%';
    }
    if (!s.warned && ms >= warnAtMs) {
      s.warned = true;
      s.dotnet.invokeMethodAsync('OnLimitSoon');
    }
    if (ms >= limitMs) {
      s.dotnet.invokeMethodAsync('OnLimitReached');
      return;
    }
    s.frame = requestAnimationFrame(() => tick(s));
  }

  async function start(dotnet, recapId, levelElement, elapsedElement) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) {
      return { ok: false, reason: 'unsupported' };
    }
    const type = pickType();
    if (!type) {
      return { ok: false, reason: 'unsupported' };
    }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (e) {
      const name = e && e.name;
      if (name === 'NotAllowedError' || name === 'SecurityError') {
        return { ok: false, reason: 'denied' };
      }
      if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') {
        return { ok: false, reason: 'missing' };
      }
      return { ok: false, reason: 'failed' };
    }
    let note;
    try {
      const response = await fetch('api/recaps/' + recapId + '/voice-notes', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ contentType: type }),
        credentials: 'same-origin'
      });
      if (!response.ok) {
        stream.getTracks().forEach(t => t.stop());
        return { ok: false, reason: 'server' };
      }
      note = await response.json();
    } catch {
      stream.getTracks().forEach(t => t.stop());
      return { ok: false, reason: 'server' };
    }
    const s = {
      id: note.id, dotnet, stream, levelElement, elapsedElement,
      sequence: 0, uploads: Promise.resolve(), recordedMs: 0, runningSince: null, warned: false, failed: false
    };
    try {
      s.audioContext = new AudioContext();
      const source = s.audioContext.createMediaStreamSource(stream);
      s.analyser = s.audioContext.createAnalyser();
      s.analyser.fftSize = 1024;
      s.samples = new Float32Array(s.analyser.fftSize);
      source.connect(s.analyser);
    } catch {
      s.analyser = null; // no level meter, the recording still works
    }
    s.recorder = new MediaRecorder(stream, { mimeType: type, audioBitsPerSecond: 32000 });
    s.recorder.ondataavailable = e => {
      if (e.data && e.data.size > 0) {
        send(s, e.data);
      }
    };
    s.stopped = new Promise(resolve => { s.recorder.onstop = resolve; });
    s.recorder.start(chunkMs);
    s.runningSince = performance.now();
    session = s;
    tick(s);
    return { ok: true, id: note.id, contentType: type };
  }

  function pause() {
    const s = session;
    if (s && s.recorder.state === 'recording') {
      s.recorder.pause();
      s.recordedMs = elapsed(s);
      s.runningSince = null;
    }
  }

  function resume() {
    const s = session;
    if (s && s.recorder.state === 'paused') {
      s.recorder.resume();
      s.runningSince = performance.now();
    }
  }

  async function stop() {
    const s = session;
    if (!s) {
      return { ok: false, durationMs: 0 };
    }
    const durationMs = Math.round(elapsed(s));
    s.recordedMs = durationMs;
    s.runningSince = null;
    if (s.recorder.state !== 'inactive') {
      s.recorder.stop();
    }
    await s.stopped;
    session = null;
    cancelAnimationFrame(s.frame);
    s.stream.getTracks().forEach(t => t.stop());
    if (s.audioContext) {
      s.audioContext.close();
    }
    await s.uploads;
    try {
      const response = await fetch('api/voice-notes/' + s.id + '/finish?durationMs=' + durationMs, { method: 'POST', credentials: 'same-origin' });
      return { ok: response.ok && !s.failed, durationMs };
    } catch {
      return { ok: false, durationMs };
    }
  }

  // A recording made in pieces has no length written at its start, so browsers show it as endless until played
  // through. Seeking far past the end once makes the browser find the real length. This script is loaded by the recap
  // page after it is drawn, so notes whose metadata came first are seen to as well.
  function findLength(audio) {
    if (!(audio instanceof HTMLAudioElement) || !audio.hasAttribute('data-voice-note') || isFinite(audio.duration)) {
      return;
    }
    const restore = () => {
      if (isFinite(audio.duration)) {
        audio.removeEventListener('durationchange', restore);
        audio.currentTime = 0;
      }
    };
    audio.addEventListener('durationchange', restore);
    audio.currentTime = 1e101;
  }
  document.addEventListener('loadedmetadata', e => findLength(e.target), true);
  document.querySelectorAll('audio[data-voice-note]').forEach(audio => {
    if (audio.readyState >= HTMLMediaElement.HAVE_METADATA) {
      findLength(audio);
    }
  });

  return { start, pause, resume, stop };
})();
