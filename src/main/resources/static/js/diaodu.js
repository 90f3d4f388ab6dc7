// htmx requests carry the CSRF token of the page.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});

// A checkbox with data-select-all="<selector>" checks or clears the boxes it names (the review queue).
document.addEventListener('change', function (e) {
  var box = e.target.closest ? e.target.closest('[data-select-all]') : null;
  if (box) {
    document.querySelectorAll(box.dataset.selectAll).forEach(function (c) {
      c.checked = box.checked;
    });
  }
});

// A form with data-confirm asks before it is sent (deleting a calendar year).
document.addEventListener('submit', function (e) {
  var form = e.target;
  if (form && form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    e.preventDefault();
  }
});

// A search box with data-filter-select="<selector>" narrows that select's options to those whose text holds every
// typed word (the project picker of the problem form); the chosen option always stays.
document.addEventListener('input', function (e) {
  var box = e.target.closest ? e.target.closest('[data-filter-select]') : null;
  if (!box) { return; }
  var select = document.querySelector(box.dataset.filterSelect);
  if (!select) { return; }
  var words = box.value.toLowerCase().split(/\s+/).filter(function (w) { return w; });
  var shown = 0, only = null;
  Array.prototype.forEach.call(select.options, function (o) {
    var text = o.text.toLowerCase();
    var match = !o.value || o.selected || words.every(function (w) { return text.indexOf(w) >= 0; });
    o.hidden = !match;
    if (match && o.value) { shown++; only = o; }
  });
  if (shown === 1 && words.length && !select.value) {
    select.value = only.value;
    select.dispatchEvent(new Event('change', {bubbles: true}));
  }
});

// A select with data-fills="<selector>" sets that field from the chosen option's data-fill value (the project's lead
// unit becomes the problem's responsible unit), unless the user has chosen another value by hand.
document.addEventListener('change', function (e) {
  var select = e.target.closest ? e.target.closest('[data-fills]') : null;
  if (select) {
    var target = document.querySelector(select.dataset.fills);
    var option = select.options[select.selectedIndex];
    if (target && option && option.dataset.fill && (!target.value || target.dataset.filled === target.value)) {
      target.value = option.dataset.fill;
      target.dataset.filled = option.dataset.fill;
    }
  } else if (e.target.dataset && e.target.dataset.filled !== undefined) {
    delete e.target.dataset.filled;
  }
});

// The review queue (branch review): a reason form opened in its row gets the focus, and is scrolled into view.
document.addEventListener('shown.bs.collapse', function (e) {
  var field = e.target.querySelector ? e.target.querySelector('textarea') : null;
  if (field) {
    if (e.target.scrollIntoView) {
      e.target.scrollIntoView({ block: 'nearest' });
    }
    field.focus({ preventScroll: true });
  }
});

// Onboarding (/onboarding): a form with data-onboarding-upload is sent in the background so that the page can show
// the upload's progress and then a busy state while the server checks the file; the answer's #onboarding-result
// (the created count or the table of refused cells) replaces the page's. Without a script the form posts as usual.
document.addEventListener('submit', function (e) {
  var form = e.target;
  if (!form || !form.dataset || form.dataset.onboardingUpload === undefined || !window.XMLHttpRequest
      || !window.FormData || !window.DOMParser || e.defaultPrevented) {
    return;
  }
  e.preventDefault();
  var bar = form.querySelector('.onboarding-progress');
  var busy = form.querySelector('.onboarding-busy');
  var buttons = form.querySelectorAll('button[type=submit]');
  buttons.forEach(function (b) { b.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  if (bar) { bar.hidden = false; bar.firstElementChild.style.width = '0%'; }
  var xhr = new XMLHttpRequest();
  xhr.open('POST', form.action);
  xhr.upload.addEventListener('progress', function (p) {
    if (bar && p.lengthComputable) {
      var pct = Math.round(p.loaded * 100 / p.total);
      bar.firstElementChild.style.width = pct + '%';
      bar.setAttribute('aria-valuenow', String(pct));
      bar.firstElementChild.textContent = pct + '%';
    }
  });
  xhr.upload.addEventListener('load', function () {
    if (bar) { bar.firstElementChild.style.width = '100%'; }
    if (busy) { busy.hidden = false; }
  });
  if (!bar && busy) { busy.hidden = false; }
  xhr.addEventListener('loadend', function () {
    buttons.forEach(function (b) { b.disabled = false; });
    form.removeAttribute('aria-busy');
    if (bar) { bar.hidden = true; }
    if (busy) { busy.hidden = true; }
    var doc = xhr.responseText ? new DOMParser().parseFromString(xhr.responseText, 'text/html') : null;
    var fresh = doc ? doc.getElementById('onboarding-result') : null;
    var here = document.getElementById('onboarding-result');
    if (fresh && here) {
      here.replaceWith(fresh);
      fresh.scrollIntoView({ block: 'nearest' });
      var file = form.querySelector('input[type=file]');
      if (file) { file.value = ''; }
    } else {
      form.submit();
    }
  });
  xhr.send(new FormData(form));
});
