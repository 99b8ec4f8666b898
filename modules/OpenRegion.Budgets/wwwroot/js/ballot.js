// The live budget meter of a ballot: what the projects chosen cost against the budget (or the points given), updated
// as the voter ticks. The page works without it; the server checks the ballot whatever this says.
(function () {
  "use strict";
  var form = document.querySelector("form.ballot");
  if (!form) return;
  var kind = form.getAttribute("data-ballot-kind");
  var budget = parseFloat(form.getAttribute("data-budget")) || 0;
  var points = parseInt(form.getAttribute("data-points"), 10) || 0;
  var meter = form.querySelector(".budget-meter");
  var text = form.querySelector("[data-meter-text]");
  var bar = form.querySelector("[data-meter-bar]");
  function template(name) {
    var t = form.querySelector("template[data-text-" + name + "]");
    return t ? t.content.textContent.trim() : "";
  }
  var amountText = template("amount"), pointsText = template("points"), madText = template("mad");
  function group(n) {
    var whole = Math.round(n * 100) / 100;
    var parts = whole.toFixed(whole % 1 === 0 ? 0 : 2).split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, "\u202F");
    return parts.join(".");
  }
  function update() {
    var spent = 0, over = false, percent = 0;
    if (kind === "Cumulative") {
      form.querySelectorAll("input[type=number][data-cost]").forEach(function (input) {
        var v = parseInt(input.value, 10);
        if (v > 0) spent += v;
      });
      percent = points > 0 ? Math.floor(spent * 100 / points) : 0;
      over = spent > points;
      text.textContent = pointsText.replace("{spent}", spent);
    } else {
      form.querySelectorAll("[data-cost]").forEach(function (input) {
        var chosen = input.tagName === "SELECT" ? input.value !== "" : input.checked;
        if (chosen) spent += parseFloat(input.getAttribute("data-cost")) || 0;
      });
      percent = budget > 0 ? Math.floor(spent * 100 / budget) : 0;
      over = spent > budget && kind === "Knapsack";
      text.textContent = amountText.replace("{spent}", madText.replace("{amount}", group(spent))).replace("{percent}", percent);
    }
    bar.style.inlineSize = Math.min(100, percent) + "%";
    meter.classList.toggle("over", over);
  }
  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();
})();
