// Filter rows of every findings table by the text typed in #filter.
(function () {
  "use strict";
  var box = document.getElementById("filter");
  var rows = document.querySelectorAll("[data-filter]");
  if (box) {
    box.addEventListener("input", function () {
      var q = box.value.toLowerCase();
      for (var i = 0; i < rows.length; i++) {
        var hit = rows[i].getAttribute("data-filter").toLowerCase().indexOf(q) >= 0;
        rows[i].classList.toggle("hidden", q !== "" && !hit);
      }
    });
  }
  // Tests read this marker from the rendered DOM: the script ran to the end.
  document.body.setAttribute("data-ready", String(rows.length));
})();
