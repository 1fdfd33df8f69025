// Running a mock interview (see mock-run.html). Each question is asked on the server (its time
// starts there), shown and read aloud — by the browser's speech synthesis when it has a voice for
// the learner's language, else by the server (espeak-ng), else shown as text only, and the page says
// which. Then a think countdown, then an answer countdown while MediaRecorder records with a level
// meter (or, without a microphone, a text box). "Next" (or N) ends the answer early. The answer is
// sent first, then the recording in chunks with a progress bar; a dropped chunk resumes from where
// the server says the upload got to.
(function () {
  var root = document.getElementById('mock-run');
  if (!root) { return; }

  var CHUNK = 256 * 1024;
  var data = root.dataset;
  var total = Number(data.total);
  var current = Number(data.current);
  var thinkSeconds = Number(data.think);
  var answerSeconds = Number(data.answer);
  var language = data.language;

  var el = function (id) { return document.getElementById(id); };
  var askButton = el('mock-ask');
  var answerNowButton = el('mock-answer-now');
  var nextButton = el('mock-next');
  var phase = el('mock-phase');
  var countdown = el('mock-countdown');
  var prompt = el('mock-prompt');
  var modeNote = el('mock-mode');
  var speechNote = el('mock-speech-note');
  var recorderBox = el('mock-recorder');
  var level = el('mock-level');
  var typedBox = el('mock-typed');
  var typed = el('mock-text');
  var uploadBox = el('mock-upload');
  var progress = el('mock-progress');

  var stream = null;
  var typedMode = false;
  var timer = null;
  var stage = 'ready';
  var answerStartedAt = 0;
  var recorder = null;
  var pieces = [];
  var meterFrame = null;

  function csrfHeaders() {
    var token = document.querySelector('#mock-finish input[type="hidden"]');
    var headers = { 'Content-Type': 'application/json' };
    if (token) { headers['X-CSRF-TOKEN'] = token.value; }
    return headers;
  }

  function api(method, path, body, extraHeaders) {
    var headers = csrfHeaders();
    if (extraHeaders) { Object.keys(extraHeaders).forEach(function (name) { headers[name] = extraHeaders[name]; }); }
    return fetch(data.api + path, {
      method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : (body instanceof Blob ? body : JSON.stringify(body))
    });
  }

  function show(element, visible) { element.hidden = !visible; }

  function clock(seconds) {
    seconds = Math.max(0, Math.ceil(seconds));
    return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
  }

  function runCountdown(seconds, label, then) {
    clearInterval(timer);
    phase.textContent = label;
    var ends = Date.now() + seconds * 1000;
    countdown.textContent = clock(seconds);
    timer = setInterval(function () {
      var left = (ends - Date.now()) / 1000;
      countdown.textContent = clock(left);
      if (left <= 0) { clearInterval(timer); then(); }
    }, 250);
  }

  // The microphone, asked for once; refused or missing, the learner types instead and is told so.
  function microphone() {
    if (stream || typedMode) { return Promise.resolve(); }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !window.MediaRecorder) {
      return Promise.resolve(typeInstead());
    }
    return navigator.mediaDevices.getUserMedia({ audio: true })
      .then(function (granted) { stream = granted; })
      .catch(typeInstead);
  }

  function typeInstead() {
    typedMode = true;
    modeNote.textContent = data.noMic;
    show(modeNote, true);
  }

  // Read the question aloud: the browser's voice for the language, else the server's, else text only.
  function speak(text, number) {
    show(speechNote, false);
    var synth = window.speechSynthesis;
    var voices = synth ? synth.getVoices() : [];
    var hasVoice = voices.some(function (voice) { return voice.lang.toLowerCase().indexOf(language) === 0; });
    if (synth && (hasVoice || voices.length === 0)) {
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = language === 'en' ? 'en-US' : 'uz-UZ';
      var started = false;
      utterance.onstart = function () { started = true; };
      utterance.onerror = function () { if (!started) { started = true; serverVoice(number); } };
      synth.cancel();
      synth.speak(utterance);
      setTimeout(function () { if (!started && !synth.speaking) { started = true; serverVoice(number); } }, 2500);
      return;
    }
    serverVoice(number);
  }

  function serverVoice(number) {
    if (data.serverSpeech !== 'true') { return textOnly(); }
    var audio = new Audio(data.speech + number + '/speech');
    audio.play().then(function () {
      speechNote.textContent = data.serverVoice;
      show(speechNote, true);
    }).catch(textOnly);
  }

  function textOnly() {
    speechNote.textContent = data.textOnly;
    show(speechNote, true);
  }

  function ask() {
    if (stage !== 'ready') { return; }
    stage = 'asking';
    askButton.disabled = true;
    microphone().then(function () {
      return api('POST', '/questions/' + current + '/asking');
    }).then(function (response) {
      if (response.status === 409) { return finished(); }
      if (!response.ok) { throw new Error(response.status); }
      return response.json().then(function (question) {
        el('mock-number').textContent = current;
        prompt.textContent = language === 'en' ? question.prompt.en : question.prompt.uz;
        prompt.focus();
        show(askButton, false);
        speak(prompt.textContent, current);
        think();
      });
    }).catch(failed);
  }

  function think() {
    stage = 'thinking';
    show(answerNowButton, true);
    answerNowButton.focus();
    runCountdown(thinkSeconds, data.phaseThink, answer);
  }

  function answer() {
    if (stage !== 'thinking') { return; }
    stage = 'answering';
    clearInterval(timer);
    show(answerNowButton, false);
    show(nextButton, true);
    answerStartedAt = Date.now();
    if (typedMode) {
      show(typedBox, true);
      typed.value = '';
      typed.focus();
    }
    else {
      record();
      nextButton.focus();
    }
    runCountdown(answerSeconds, data.phaseAnswer, next);
  }

  function record() {
    pieces = [];
    recorder = new MediaRecorder(stream);
    recorder.ondataavailable = function (event) { if (event.data.size > 0) { pieces.push(event.data); } };
    recorder.start(1000);
    show(recorderBox, true);
    var AudioContext = window.AudioContext || window.webkitAudioContext;
    if (!AudioContext) { return; }
    var context = new AudioContext();
    var analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(stream).connect(analyser);
    var samples = new Uint8Array(analyser.fftSize);
    (function draw() {
      analyser.getByteTimeDomainData(samples);
      var sum = 0;
      for (var i = 0; i < samples.length; i++) { var v = (samples[i] - 128) / 128; sum += v * v; }
      level.value = Math.min(1, Math.sqrt(sum / samples.length) * 3);
      meterFrame = requestAnimationFrame(draw);
    })();
    recorder.onstop = function () { cancelAnimationFrame(meterFrame); context.close(); };
  }

  function stopRecording() {
    return new Promise(function (resolve) {
      if (!recorder || recorder.state === 'inactive') { return resolve(null); }
      recorder.addEventListener('stop', function () {
        resolve(new Blob(pieces, { type: recorder.mimeType || 'audio/webm' }));
      }, { once: true });
      recorder.stop();
    });
  }

  function next() {
    if (stage !== 'answering') { return; }
    stage = 'sending';
    clearInterval(timer);
    show(nextButton, false);
    var seconds = Math.round((Date.now() - answerStartedAt) / 1000);
    var number = current;
    var sent;
    if (typedMode) {
      show(typedBox, false);
      sent = api('PUT', '/questions/' + number + '/answer', { text: typed.value, aloud: false, seconds: seconds })
        .then(function (response) { answered(response); });
    }
    else {
      show(recorderBox, false);
      sent = stopRecording().then(function (recording) {
        return api('PUT', '/questions/' + number + '/answer', { aloud: true, seconds: seconds }).then(function (response) {
          answered(response);
          if (response.ok && recording && recording.size > 0) { return upload(number, recording); }
        });
      });
    }
    sent.then(function () {
      current += 1;
      if (current > total) { return finished(); }
      el('mock-number').textContent = current;
      prompt.textContent = data.waiting;
      stage = 'ready';
      phase.textContent = data.phaseDone;
      countdown.textContent = clock(0);
      show(askButton, true);
      askButton.disabled = false;
      askButton.focus();
    }).catch(failed);
  }

  function answered(response) {
    if (response.status === 409) {
      modeNote.textContent = data.timeUp;
      show(modeNote, true);
    }
    else if (!response.ok && response.status !== 422) {
      throw new Error(response.status);
    }
  }

  // The recording in chunks; a failed chunk asks the server how far it got and goes on from there.
  function upload(number, recording) {
    show(uploadBox, true);
    phase.textContent = data.phaseUpload;
    progress.max = recording.size;
    progress.value = 0;
    var attempts = 0;
    function from(offset) {
      if (offset >= recording.size) {
        show(uploadBox, false);
        return Promise.resolve();
      }
      var chunk = recording.slice(offset, Math.min(offset + CHUNK, recording.size));
      return api('PUT', '/questions/' + number + '/recording?offset=' + offset + '&total=' + recording.size, chunk,
        { 'Content-Type': recording.type || 'application/octet-stream' })
        .then(function (response) {
          if (response.ok) { return response.json().then(function (received) { progress.value = received.received; return from(received.received); }); }
          if (response.status === 409) { return resume(); }
          throw new Error(response.status);
        }, resume);
    }
    function resume() {
      attempts += 1;
      if (attempts > 5) { throw new Error('upload'); }
      return new Promise(function (resolve) { setTimeout(resolve, 500 * attempts); })
        .then(function () { return api('GET', '/questions/' + number + '/recording/upload'); })
        .then(function (response) { return response.ok ? response.json() : { received: 0 }; })
        .then(function (received) { return from(received.received); });
    }
    return from(0);
  }

  function finished() {
    stage = 'done';
    if (stream) { stream.getTracks().forEach(function (track) { track.stop(); }); }
    window.location.assign(data.done);
  }

  function failed() {
    stage = 'ready';
    modeNote.textContent = data.failed;
    show(modeNote, true);
    show(askButton, true);
    askButton.disabled = false;
  }

  askButton.addEventListener('click', ask);
  answerNowButton.addEventListener('click', answer);
  nextButton.addEventListener('click', next);
  document.addEventListener('keydown', function (event) {
    if (event.target === typed || event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key === 'n' || event.key === 'N') {
      if (stage === 'thinking') { answer(); }
      else if (stage === 'answering') { next(); }
    }
  });
  if (window.speechSynthesis) { window.speechSynthesis.getVoices(); }
  if (current === 0) { finished(); }
})();
