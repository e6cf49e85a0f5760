// The news desk's page script (served from /assets/precis.js; the pages work without it). It adds:
// - keyboard navigation: j/k move between stories on the front page and between summary sentences on a story
//   page, Enter opens the story or lights the sentence's first cited passage;
// - on a story page, "new since your last visit": the last version seen is kept in localStorage, and when the page
//   shows a newer one the section is filled from /stories/{id}?since=SEEN (the same page the server makes without
//   script);
// - live refresh: server-sent events from /stories/{id}/events; a newer version reloads the page's parts in place.
(function () {
  'use strict';
  var story = document.getElementById('story');
  var at = -1;

  function items() {
    return document.querySelectorAll(story ? '#report .summary .sent' : '.story-item');
  }

  document.addEventListener('keydown', function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) {
      return;
    }
    var t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) {
      return;
    }
    var list = items();
    if (list.length === 0) {
      return;
    }
    if (ev.key === 'j' || ev.key === 'k') {
      at = ev.key === 'j' ? Math.min(list.length - 1, at + 1) : Math.max(0, at - 1);
      Array.prototype.forEach.call(list, function (e) { e.classList.remove('kb'); });
      var e = list[at];
      e.classList.add('kb');
      e.setAttribute('tabindex', '-1');
      e.focus({preventScroll: true});
      e.scrollIntoView({block: 'nearest'});
      ev.preventDefault();
    } else if (ev.key === 'Enter' && at >= 0 && at < list.length) {
      var cur = list[at];
      var a = story ? (cur.nextElementSibling && cur.nextElementSibling.querySelector('a.jump')) : cur.querySelector('a');
      if (a) {
        a.click();
        ev.preventDefault();
      }
    }
  });

  if (!story) {
    return;
  }
  var id = story.getAttribute('data-story');
  var shown = parseInt(story.getAttribute('data-version'), 10);
  var asked = parseInt(story.getAttribute('data-since'), 10) || 0;
  var storeKey = 'precis.seen.' + id;
  var seen = 0;
  try {
    seen = parseInt(localStorage.getItem(storeKey), 10) || 0;
  } catch (e) {
    seen = 0; // storage refused (private mode): no last visit
  }
  // The version the reader saw before: ?since= wins, then the last visit; "new since" is always relative to it.
  var base = asked > 0 ? asked : (seen > 0 && seen < shown ? seen : shown);

  function remember(v) {
    try {
      if (v > (parseInt(localStorage.getItem(storeKey), 10) || 0)) {
        localStorage.setItem(storeKey, String(v));
      }
    } catch (e) {
      // storage refused: nothing to remember
    }
  }

  function notice(text) {
    var n = document.getElementById('live');
    if (n) {
      n.textContent = text;
      n.hidden = false;
    }
  }

  // Loads /stories/{id}?since=base and puts its parts named in `parts` in place of this page's; resolves to the
  // version loaded.
  function load(parts) {
    return fetch('/stories/' + encodeURIComponent(id) + '?since=' + base, {credentials: 'same-origin'})
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        parts.forEach(function (p) {
          var fresh = doc.getElementById(p);
          var old = document.getElementById(p);
          if (fresh && old) {
            old.replaceWith(document.adoptNode(fresh));
          }
        });
        var s = doc.getElementById('story');
        return s ? parseInt(s.getAttribute('data-version'), 10) : shown;
      });
  }

  if (asked === 0 && base < shown) {
    load(['new-since']).catch(function () { /* the page stays as the server made it */ });
  }
  remember(shown);

  var busy = false;
  var again = false;
  function update() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    notice('This story has been updated; loading the new version…');
    load(['story-head', 'new-since', 'report', 'source-list']).then(function (v) {
      shown = v;
      story.setAttribute('data-version', String(v));
      remember(v);
      at = -1;
      notice('This story was updated to version ' + v + ' while you read it; what is new since version ' + base
          + ' is shown below.');
    }).catch(function () {
      notice('This story has been updated; reload the page to see the new version.');
    }).then(function () {
      busy = false;
      if (again) {
        again = false;
        update();
      }
    });
  }

  if (window.EventSource) {
    var events = new EventSource('/stories/' + encodeURIComponent(id) + '/events');
    events.addEventListener('version', function (ev) {
      var v = parseInt(ev.data, 10);
      story.setAttribute('data-live', 'on');
      if (v > shown) {
        update();
      }
    });
    events.addEventListener('gone', function () { events.close(); });
  }
})();
