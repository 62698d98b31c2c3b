// Tråde: tell people when an in-page (htmx) action could not be carried out, instead of
// failing silently. 400/422 answers carry the form with its errors and are swapped in.
(function () {
  "use strict";

  function announce(text) {
    var box = document.getElementById("page-alert");
    if (!box) {
      return;
    }
    box.textContent = text;
    box.hidden = false;
    box.focus();
  }

  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status === 403) {
      announce("Det kunne ikke gemmes: du er måske blevet logget ud, eller siden er for gammel. Genindlæs siden, og prøv igen.");
    } else if (status === 404) {
      announce("Det, du ville ændre, findes ikke længere. Genindlæs siden.");
    } else {
      announce("Der skete en fejl, og intet blev gemt. Prøv igen om lidt.");
    }
  });

  // Mistakes in the page itself (a swap target that is not on the page, a trigger htmx
  // cannot read): htmx only raises an event, so say it on the console, where developers
  // and the browser tests look.
  [
    "htmx:oobErrorNoTarget",
    "htmx:partialErrorNoTarget",
    "htmx:targetError",
    "htmx:syntax:error",
    "htmx:eventFilter:error",
    "htmx:evalDisallowedError",
    "htmx:swapError",
    "htmx:onLoadError",
    "htmx:invalidPath",
    "htmx:historyCacheError",
  ].forEach(function (name) {
    document.addEventListener(name, function (event) {
      var detail = event.detail || {};
      var about = detail.target || (detail.content && detail.content.id ? "#" + detail.content.id : "") || detail.token || "";
      console.error(name, about);
    });
  });

  // A form's parts that fit only some choices (data-kinds="task offer" on a part, the
  // choice a radio group named "kind"): show them only for those. Without script, all
  // parts are shown and the server ignores what does not fit.
  function showKindFields(form) {
    var chosen = form.querySelector('input[name="kind"]:checked');
    form.querySelectorAll("[data-kinds]").forEach(function (part) {
      var kinds = part.getAttribute("data-kinds").split(" ");
      part.hidden = !chosen || kinds.indexOf(chosen.value) < 0;
    });
  }
  document.addEventListener("change", function (event) {
    if (event.target.name === "kind" && event.target.form) {
      showKindFields(event.target.form);
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form").forEach(function (form) {
      if (form.querySelector("[data-kinds]")) {
        showKindFields(form);
      }
    });
  });

  // The phone menu: a button that folds the main menu away (CSS shows the button only
  // on narrow screens; without script the menu simply stays open).
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".menu-button");
    if (!button) {
      return;
    }
    button.hidden = false;
    button.classList.add("is-active");
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", open ? "false" : "true");
    });
  });

  document.addEventListener("htmx:sendError", function () {
    announce("Tråde kunne ikke nås. Tjek din forbindelse, og prøv igen.");
  });
})();
