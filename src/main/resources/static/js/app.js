// htmx writes carry the CSRF token as a header, as forms carry it as a field.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header && event.detail.verb !== "get") {
    event.detail.headers[header.content] = token.content;
  }
});

// A session that ended answers an htmx request with the login page: go there instead of
// swapping it into the middle of the current page.
document.addEventListener("htmx:beforeSwap", function (event) {
  var xhr = event.detail.xhr;
  if (xhr.responseURL && xhr.responseURL.indexOf("/login") !== -1 && xhr.responseURL !== window.location.href) {
    event.detail.shouldSwap = false;
    window.location.href = xhr.responseURL;
  }
});

// Forms that end something ask first; the question is in the page's language (data-confirm),
// since inline scripts are not allowed.
document.addEventListener("submit", function (event) {
  var question = event.target.getAttribute && event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
