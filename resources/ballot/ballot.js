/* A director's ballot on a phone.
 *
 * The page reads its ballot (the open round, its proposals and criteria, the director's own
 * choices) and sends each choice at once. A choice waits on the phone (localStorage) until
 * the server has stored it, so a dropped Wi-Fi loses nothing: it is sent again when the
 * network is back, with the id the phone made for it, and the server applies it once.
 * The page follows the round live (server-sent events; polling when those fail).
 * All text from the server goes in through textContent: a title is shown as typed.
 *
 * Every word comes from the server, in the phone's language (the page's data-words, rendered
 * from the catalogs; the dots left, one text per count, with each ballot): this script only
 * fills in the {fields} of those texts. It has no words, and no plural rule, of its own.
 */
(function () {
  "use strict";

  var WORDS = JSON.parse(document.body.getAttribute("data-words") || "{}");

  function words(key, fields) {
    // A text of the page's language with its {fields} filled in (the values as given).
    var text = WORDS[key] || "";
    Object.keys(fields || {}).forEach(function (name) {
      text = text.split("{" + name + "}").join(String(fields[name]));
    });
    return text;
  }

  function dotsLeft(round, n) {
    var texts = round.dots_left_words || [];
    return n < texts.length ? texts[n] : String(n);
  }

  var parts = location.pathname.split("/");
  var token = parts[2] || "";
  var DEVICE_KEY = "roadmap-ballot-device";
  var QUEUE_KEY = "roadmap-ballot-queue:" + token;
  var device = localStorage.getItem(DEVICE_KEY);
  if (!device) {
    device = newId();
    localStorage.setItem(DEVICE_KEY, device);
  }

  var ballot = null;          // the last ballot the server sent
  var shape = "";             // what the form was built for: a new round or proposals rebuild it
  var inputs = {};            // cell key → list of radio inputs
  var notes = {};             // proposal id → its state line
  var queue = loadQueue();    // choices not yet stored by the server, oldest first
  var sent = {};              // ids of the choices this phone made: their news is not news
  var reading = null;         // a read about to happen
  queue.forEach(function (item) { sent[item.id] = true; });
  var sending = false;
  var polling = null;
  var clock = null;
  var readAt = 0;
  var hadRound = false;       // a round was open since the page opened: its end is "closed"

  var main = document.getElementById("ballot");
  var statusLine = document.getElementById("status");
  var heading = document.getElementById("heading");
  var roundLine = document.getElementById("round");
  var dotsLine = document.getElementById("dots-left");

  function newId() {
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    var text = "";
    for (var i = 0; i < bytes.length; i++) {
      text += ("0" + bytes[i].toString(16)).slice(-2);
    }
    return text;
  }

  function loadQueue() {
    try {
      var stored = JSON.parse(localStorage.getItem(QUEUE_KEY) || "[]");
      return Array.isArray(stored) ? stored : [];
    } catch (e) {
      return [];
    }
  }

  function saveQueue() {
    localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
  }

  var said = "";               // what the status line says (or is about to)

  function say(text) {
    // The live region speaks what changes; clear first so the same word is spoken again.
    said = text;
    statusLine.textContent = "";
    window.setTimeout(function () { statusLine.textContent = text; }, 30);
  }

  function call(method, path, body) {
    return fetch("/b/" + encodeURIComponent(token) + path, {
      method: method,
      cache: "no-store",
      headers: { "X-Ballot-Device": device, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function cellKey(proposal, criterion) {
    return proposal + ":" + (criterion === null || criterion === undefined ? "dots" : criterion);
  }

  // -- reading ------------------------------------------------------------------------------

  function read() {
    return call("GET", "/ballot").then(function (response) {
      if (response.status === 403) {
        return response.json().then(refuse, function () { refuse({}); });
      }
      if (!response.ok) { throw new Error("status " + response.status); }
      return response.json().then(function (data) {
        readAt = Date.now();
        show(data);
      });
    });
  }

  function refuse(data) {
    stopLive();
    main.textContent = "";
    main.appendChild(el("p", "refused", data.error || WORDS.no_ballot));
    roundLine.textContent = "";
  }

  // -- showing -------------------------------------------------------------------------------

  function show(data) {
    ballot = data;
    heading.textContent = words("heading", { name: data.voter });
    document.title = heading.textContent;
    var r = data.round;
    var newShape = r ? JSON.stringify([r.number, r.method, r.dots, data.proposals.map(function (p) {
      return [p.id, p.title, p.department, p.summary];
    }), data.criteria.map(function (c) { return [c.id, c.name, c.question, c.low, c.high]; })]) : "";
    if (newShape !== shape) {
      shape = newShape;
      build(data);
    }
    mark(data);
    tick();
  }

  function build(data) {
    main.textContent = "";
    inputs = {};
    notes = {};
    var r = data.round;
    if (!r) {
      main.appendChild(el("p", "note", hadRound ? WORDS.closed : WORDS.none));
      dotsLine.hidden = true;
      if (hadRound) { say(WORDS.closed); }
      return;
    }
    hadRound = true;
    var done = el("div", "done", WORDS.done);
    done.id = "done";
    done.hidden = true;
    main.appendChild(done);
    data.proposals.forEach(function (p) {
      var box = el("fieldset", "proposal");
      box.appendChild(el("legend", "", p.title));
      if (p.department) { box.appendChild(el("p", "department", p.department)); }
      if (p.summary) { box.appendChild(el("p", "summary", p.summary)); }
      if (r.method === "dots") {
        box.appendChild(group(p.id, null, WORDS.dots, "", 0, r.dots || 0));
      } else {
        data.criteria.forEach(function (c) {
          box.appendChild(group(p.id, c.id, c.name, c.question, c.low, c.high));
        });
      }
      var note = el("p", "state");
      notes[p.id] = note;
      box.appendChild(note);
      main.appendChild(box);
    });
  }

  function group(proposal, criterion, name, question, low, high) {
    var box = el("fieldset", "criterion");
    box.appendChild(el("legend", "", name));
    if (question) { box.appendChild(el("p", "question", question)); }
    var row = el("div", "choices");
    var key = cellKey(proposal, criterion);
    inputs[key] = [];
    for (var value = low; value <= high; value++) {
      var wrap = el("span", "choice");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = "cell-" + key.replace(":", "-");
      input.id = "cell-" + key.replace(":", "-") + "-" + value;
      input.value = String(value);
      input.addEventListener("change", choose.bind(null, proposal, criterion, value));
      var label = el("label", "", String(value));
      label.htmlFor = input.id;
      wrap.appendChild(input);
      wrap.appendChild(label);
      row.appendChild(wrap);
      inputs[key].push(input);
    }
    box.appendChild(row);
    return box;
  }

  function wanted(data) {
    // The server's choices, with the ones still waiting on this phone on top.
    var cells = {};
    data.scores.forEach(function (s) { cells[cellKey(s[0], s[1])] = s[2]; });
    data.dots.forEach(function (d) { cells[cellKey(d[0], null)] = d[1]; });
    queue.forEach(function (item) { cells[cellKey(item.proposal, item.criterion)] = item.value; });
    return cells;
  }

  function mark(data) {
    var r = data.round;
    if (!r) { return; }
    var cells = wanted(data);
    var given = 0;
    var total = 0;
    var spent = 0;
    Object.keys(inputs).forEach(function (key) {
      var value = cells[key];
      inputs[key].forEach(function (input) { input.checked = value !== undefined && input.value === String(value); });
      total += 1;
      if (value !== undefined && value !== null && !(r.method === "dots" && value === 0)) { given += 1; }
      if (r.method === "dots" && value) { spent += value; }
    });
    if (r.method === "dots") {
      var left = Math.max((r.dots || 0) - spent, 0);
      dotsLine.hidden = false;
      dotsLine.textContent = dotsLeft(r, left);
      Object.keys(inputs).forEach(function (key) {
        var mine = cells[key] || 0;
        inputs[key].forEach(function (input) { input.disabled = Number(input.value) > mine + left; });
      });
    } else {
      dotsLine.hidden = true;
    }
    var pending = {};
    queue.forEach(function (item) { pending[item.proposal] = true; });
    Object.keys(notes).forEach(function (proposal) {
      var note = notes[proposal];
      if (pending[proposal]) {
        note.textContent = navigator.onLine === false ? WORDS.waiting : WORDS.saving;
        note.className = "state waiting";
      } else if (note.className === "state waiting") {
        note.textContent = WORDS.saved;
        note.className = "state saved";
      }
    });
    var finished = r.method === "dots" ? spent >= (r.dots || 0) && (r.dots || 0) > 0 : total > 0 && given === total;
    var done = document.getElementById("done");
    if (done) { done.hidden = !(finished && queue.length === 0); }
  }

  function tick() {
    var r = ballot && ballot.round;
    if (!r) {
      roundLine.textContent = "";
      return;
    }
    var text = words("round", { number: r.number });
    if (r.seconds_left !== null && r.seconds_left !== undefined) {
      var left = Math.max(0, Math.round(r.seconds_left - (Date.now() - readAt) / 1000));
      var time = Math.floor(left / 60) + ":" + ("0" + (left % 60)).slice(-2);
      text = left > 0
        ? words("round_timed", { number: r.number, time: time })
        : words("round_time_up", { number: r.number });
    }
    roundLine.textContent = text;
    if (!clock) { clock = window.setInterval(tick, 1000); }
  }

  // -- choosing -----------------------------------------------------------------------------

  function soon() {
    // Many changes at once (a round retimed, cards edited) are read once.
    if (reading) { return; }
    reading = window.setTimeout(function () {
      reading = null;
      read().catch(function () {});
    }, 300);
  }

  function choose(proposal, criterion, value) {
    var id = newId();
    sent[id] = true;
    queue.push({ id: id, proposal: proposal, criterion: criterion, value: value });
    saveQueue();
    if (ballot) { mark(ballot); }
    flush();
  }

  function flush() {
    if (sending || queue.length === 0) { return; }
    sending = true;
    var item = queue[0];
    call("POST", "/choice", item).then(function (response) {
      return response.json().then(function (data) { return [response, data]; }, function () {
        return [response, {}];
      });
    }).then(function (answer) {
      var response = answer[0];
      var data = answer[1];
      sending = false;
      if (response.ok) {
        drop(item);
        keep(item);
        note(item.proposal, WORDS.saved, "state saved");
        say(WORDS.saved);
        flush();
      } else if (response.status === 429 || response.status === 503) {
        later();  // busy: the same choice goes again in a moment
      } else {
        drop(item);  // refused for good (closed round, spent dots): say why, show the truth
        var why = words("refused", { reason: data.error || WORDS.failed });
        note(item.proposal, why, "state refused");
        say(why);
        read().catch(function () {});
        flush();
      }
    }, function () {
      sending = false;
      if (ballot) { mark(ballot); }
      note(item.proposal, WORDS.waiting, "state waiting");
      // Never a stale "Saved" while a choice waits; said once, not at every retry.
      if (said !== WORDS.waiting) { say(WORDS.waiting); }
      later();
    });
  }

  function keep(item) {
    // The server stored it: this phone's copy of its ballot holds it too (no re-read).
    if (!ballot) { return; }
    var dots = item.criterion === null || item.criterion === undefined;
    var rows = (dots ? ballot.dots : ballot.scores).filter(function (row) {
      return !(row[0] === item.proposal && (dots || row[1] === item.criterion));
    });
    if (item.value !== null && !(dots && item.value === 0)) {
      rows.push(dots ? [item.proposal, item.value] : [item.proposal, item.criterion, item.value]);
    }
    if (dots) { ballot.dots = rows; } else { ballot.scores = rows; }
    mark(ballot);
  }

  function drop(item) {
    queue = queue.filter(function (other) { return other.id !== item.id; });
    saveQueue();
  }

  function note(proposal, text, className) {
    var line = notes[proposal];
    if (line) {
      line.textContent = text;
      line.className = className;
    }
  }

  function later() {
    window.setTimeout(flush, 3000);
  }

  // -- following the round ---------------------------------------------------------------

  var source = null;
  var failures = 0;

  function live() {
    if (!window.EventSource) { poll(); return; }
    source = new EventSource("/b/" + encodeURIComponent(token) + "/events?device=" + encodeURIComponent(device));
    source.onmessage = function (event) {
      failures = 0;
      var told = {};
      try { told = JSON.parse(event.data); } catch (e) { told = {}; }
      if (told.after && sent[told.after]) { return; }  // our own choice: already shown
      soon();
    };
    source.onopen = function () {
      failures = 0;
      read().catch(function () {});
      flush();
    };
    source.onerror = function () {
      failures += 1;
      if (failures > 5 && !polling) { poll(); }
    };
  }

  function poll() {
    if (polling) { return; }
    polling = window.setInterval(function () {
      read().then(flush, function () {});
    }, 5000);
  }

  function stopLive() {
    if (source) { source.close(); source = null; }
    if (polling) { window.clearInterval(polling); polling = null; }
  }

  window.addEventListener("online", function () {
    flush();
    read().catch(function () {});
  });
  window.addEventListener("offline", function () { if (ballot) { mark(ballot); } });

  read().then(function () {
    live();
    flush();
  }, function () {
    main.textContent = "";
    main.appendChild(el("p", "note", WORDS.waiting));
    live();
    later();
  });
})();
