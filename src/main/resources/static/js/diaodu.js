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
