// 数据大屏: draws the 14-day trends from the lists the page carries (no inline script), shows
// long lists a page at a time in turn, and starts again whenever htmx swaps in fresh figures.
(function () {
  "use strict";

  var ROTATE_MS = 10000;
  var timer = null;

  function numbers(text) {
    return (text || "").split(",").filter(function (v) { return v !== ""; })
      .map(function (v) { return v === "-" ? null : Number(v); }); // "-": no figure that day, a gap
  }

  function drawTrends(root) {
    if (typeof echarts === "undefined") {
      return;
    }
    root.querySelectorAll(".wall-trend").forEach(function (target) {
      var lines = Array.prototype.slice.call(target.querySelectorAll("li[data-values]"));
      var axes = [0, 1].map(function (axis) {
        var unit = lines.filter(function (l) { return l.getAttribute("data-axis") === String(axis); })
          .map(function (l) { return l.getAttribute("data-unit"); })[0] || "";
        return { type: "value", name: unit, minInterval: 1, nameTextStyle: { color: "#8aa3cc" },
                 axisLabel: { color: "#8aa3cc" }, splitLine: { show: axis === 0, lineStyle: { color: "#1f3d73" } } };
      });
      var chart = echarts.getInstanceByDom(target) || echarts.init(target, null, { renderer: "canvas" });
      chart.setOption({
        animation: false,
        backgroundColor: "transparent",
        title: { text: target.getAttribute("data-title"), left: 0, top: 0,
                 textStyle: { color: "#a9bde0", fontSize: 13, fontWeight: "normal" } },
        tooltip: { trigger: "axis" },
        legend: { top: 0, right: 0, textStyle: { color: "#dce8ff" } },
        grid: { left: 8, right: 8, top: 44, bottom: 4, containLabel: true },
        xAxis: { type: "category", data: (target.getAttribute("data-days") || "").split(","),
                 axisLabel: { color: "#8aa3cc" }, axisLine: { lineStyle: { color: "#3a5a99" } } },
        yAxis: axes,
        series: lines.map(function (line, i) {
          return { type: "line", name: line.getAttribute("data-label"), data: numbers(line.getAttribute("data-values")),
                   yAxisIndex: Number(line.getAttribute("data-axis")), smooth: false, symbolSize: 5,
                   itemStyle: { color: ["#2f8fff", "#ff6b5b", "#36d399", "#f5c451"][i % 4] } };
        })
      });
    });
  }

  // Splits each list into pages that fit its box; returns the lists that have more than one.
  function paginate(root) {
    var rotating = [];
    root.querySelectorAll(".wall-rotate").forEach(function (list) {
      var items = Array.prototype.slice.call(list.children);
      items.forEach(function (item) { item.hidden = false; });
      var height = list.clientHeight;
      var pages = [];
      var page = [];
      var used = 0;
      items.forEach(function (item) {
        var h = item.offsetHeight;
        if (page.length && used + h > height) {
          pages.push(page);
          page = [];
          used = 0;
        }
        page.push(item);
        used += h;
      });
      if (page.length) {
        pages.push(page);
      }
      list.wallPages = pages;
      list.wallPage = 0;
      show(list);
      if (pages.length > 1) {
        rotating.push(list);
      }
    });
    return rotating;
  }

  function show(list) {
    list.wallPages.forEach(function (page, i) {
      page.forEach(function (item) { item.hidden = i !== list.wallPage; });
    });
    var marker = list.parentElement.querySelector(".wall-page");
    if (marker) {
      marker.textContent = list.wallPages.length > 1 ? (list.wallPage + 1) + " / " + list.wallPages.length : "";
    }
  }

  function start() {
    drawTrends(document);
    var rotating = paginate(document);
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
    if (rotating.length) {
      timer = setInterval(function () {
        rotating.forEach(function (list) {
          list.wallPage = (list.wallPage + 1) % list.wallPages.length;
          show(list);
        });
      }, ROTATE_MS);
    }
  }

  document.addEventListener("DOMContentLoaded", start);
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "wall" && typeof echarts !== "undefined") {
      event.detail.target.querySelectorAll(".wall-trend").forEach(function (target) {
        var chart = echarts.getInstanceByDom(target);
        if (chart) {
          chart.dispose();
        }
      });
    }
  });
  document.addEventListener("htmx:afterSettle", start);
  window.addEventListener("resize", function () {
    document.querySelectorAll(".wall-trend").forEach(function (target) {
      var chart = typeof echarts === "undefined" ? null : echarts.getInstanceByDom(target);
      if (chart) {
        chart.resize();
      }
    });
    paginate(document);
  });
})();
