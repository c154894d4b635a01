// The dashboard's breakdown charts. Each chart reads its figures from the table beside it
// (rows with data-name, data-value and data-href), so the page carries no inline script and a
// chart is drawn again whenever htmx swaps in fresh cards. A click on a bar drills down.
(function () {
  "use strict";

  function draw(root) {
    if (typeof echarts === "undefined") {
      return;
    }
    root.querySelectorAll(".dashboard-breakdown").forEach(function (card) {
      var target = card.querySelector(".dashboard-chart");
      if (!target || target.getAttribute("data-drawn")) {
        return;
      }
      var rows = Array.prototype.slice.call(card.querySelectorAll("tr[data-value]"));
      var names = rows.map(function (row) { return row.getAttribute("data-name"); });
      var values = rows.map(function (row) { return Number(row.getAttribute("data-value")); });
      var links = rows.map(function (row) { return row.getAttribute("data-href"); });
      var chart = echarts.init(target);
      chart.setOption({
        animation: false,
        tooltip: { trigger: "axis" },
        grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 40 : 0 } },
        yAxis: { type: "value", minInterval: 1 },
        series: [{ type: "bar", name: target.getAttribute("data-label"), data: values,
                   itemStyle: { color: "#b71c1c" }, cursor: "pointer" }]
      });
      chart.on("click", function (params) {
        var href = links[params.dataIndex];
        if (href) {
          window.location.href = href;
        }
      });
      target.setAttribute("data-drawn", "true");
    });
  }

  function dispose(root) {
    if (typeof echarts === "undefined") {
      return;
    }
    root.querySelectorAll(".dashboard-chart").forEach(function (target) {
      var chart = echarts.getInstanceByDom(target);
      if (chart) {
        chart.dispose();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "dashboard-cards") {
      dispose(event.detail.target);
    }
  });
  document.addEventListener("htmx:afterSettle", function () { draw(document); });
  window.addEventListener("resize", function () {
    document.querySelectorAll(".dashboard-chart").forEach(function (target) {
      var chart = typeof echarts === "undefined" ? null : echarts.getInstanceByDom(target);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
