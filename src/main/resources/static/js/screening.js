// Screening pages: print the unvisited list, and on the visit form hide the absence reason
// of a resident who is at home. The form works without this script.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-action='print']");
  if (button) {
    window.print();
  }
});

function screeningShowPresence(card) {
  var present = card.querySelector("input[data-present-toggle][value='true']");
  card.classList.toggle("screening-member-present", !!(present && present.checked));
}

document.addEventListener("change", function (event) {
  if (event.target.matches("input[data-present-toggle]")) {
    screeningShowPresence(event.target.closest(".screening-member"));
  }
});

document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".screening-member").forEach(screeningShowPresence);
});
