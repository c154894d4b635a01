// The left menu remembers, across pages, whether it is folded to icons and which of its groups
// are folded. Loaded right after the menu and not deferred, so the remembered state is in place
// before the page is first painted rather than jumping into place after it.
(function () {
  var FOLDED = "shuangsheng.menu.folded";
  var CLOSED = "shuangsheng.menu.closedGroups";
  var root = document.documentElement;
  var fold = document.getElementById("menu-fold");

  // Storage may be refused (private windows, a full quota): the menu then simply forgets.
  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function write(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* forgets */ }
  }
  function closedGroups() {
    try { return JSON.parse(read(CLOSED) || "[]"); } catch (e) { return []; }
  }
  function showFolded(folded) {
    root.classList.toggle("menu-folded", folded);
    if (fold) {
      fold.setAttribute("aria-expanded", String(!folded));
    }
  }

  showFolded(read(FOLDED) === "true");
  if (fold) {
    fold.addEventListener("click", function () {
      var folded = !root.classList.contains("menu-folded");
      showFolded(folded);
      write(FOLDED, String(folded));
    });
  }

  // A group stays open while it holds the page being shown, whatever was folded last time.
  closedGroups().forEach(function (id) {
    var group = document.getElementById(id);
    if (group && group.getAttribute("data-menu-open") !== "true") {
      group.classList.remove("show");
      var heading = document.querySelector("[data-bs-target='#" + id + "']");
      if (heading) {
        heading.classList.add("collapsed");
        heading.setAttribute("aria-expanded", "false");
      }
    }
  });
  function remember(event, closed) {
    var id = event.target.id;
    if (!id || id.indexOf("nav-group-") !== 0) {
      return;
    }
    var groups = closedGroups().filter(function (g) { return g !== id; });
    if (closed) {
      groups.push(id);
    }
    write(CLOSED, JSON.stringify(groups));
  }
  document.addEventListener("hidden.bs.collapse", function (event) { remember(event, true); });
  document.addEventListener("shown.bs.collapse", function (event) { remember(event, false); });
})();
