/* casebook site: sortable tables, the root page's choice of language and the helpers the search page
   (search.js) shares. Every page works without this script; it only adds to them. Text from the catalogue is
   put into the page with textContent, never as HTML. */
(function (global) {
  "use strict";

  var site = global.CasebookSite || (global.CasebookSite = {});
  var body = document.body;
  var language = body.getAttribute("data-lang") || "nl";

  function element(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") node.textContent = attributes[key];
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  /** Fills {1}, {2}… of a text; numbers as the page's language writes them. */
  function fill(template, values) {
    return template.replace(/\{(\d+)\}/g, function (whole, number) {
      var value = values[Number(number) - 1];
      return value === undefined ? whole : typeof value === "number" ? formatNumber(value) : String(value);
    });
  }

  function formatNumber(number) {
    if (language === "nl" && Math.abs(number) < 10000) return String(number);
    return String(number).replace(/\B(?=(\d{3})+(?!\d))/g, language === "nl" ? "." : ",");
  }

  // MARK: The root page: on to the search page in the reader's language, keeping the query.

  if (body.getAttribute("data-page") === "root") {
    var preferred = (navigator.languages || [navigator.language || ""]).map(function (code) {
      return String(code).toLowerCase().slice(0, 2);
    }).filter(function (code) { return code === "nl" || code === "en"; })[0] || "nl";
    global.location.replace(preferred + "/index.html" + global.location.search + global.location.hash);
    return;
  }

  // MARK: Sortable tables (the policies page).

  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.querySelectorAll("thead th");
    Array.prototype.forEach.call(headers, function (header, column) {
      var label = header.textContent;
      var button = element("button", { type: "button", class: "sort", text: label });
      header.textContent = "";
      header.appendChild(button);
      header.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        var numeric = header.classList.contains("num");
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        rows.sort(function (a, b) {
          var left = a.cells[column].textContent.trim();
          var right = b.cells[column].textContent.trim();
          var order;
          if (numeric) {
            var x = parseFloat(left.replace(",", "."));
            var y = parseFloat(right.replace(",", "."));
            order = (isNaN(x) ? -1 : x) - (isNaN(y) ? -1 : y);
          } else {
            order = left.localeCompare(right, language);
          }
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
        Array.prototype.forEach.call(headers, function (other) { other.setAttribute("aria-sort", "none"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  });

  site.page = { element: element, fill: fill, formatNumber: formatNumber };
})(window);
