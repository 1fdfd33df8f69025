// Charts of the activity page, drawn with uPlot from the numbers the page carries in data-*
// attributes; each chart has a table beside it for screen readers and for when scripts are off.
(function () {
  function numbers(text) {
    return text ? text.split(',').map(Number) : [];
  }

  function colour(name) {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#0b57d0';
  }

  function draw(element) {
    if (typeof uPlot === 'undefined') {
      return;
    }
    element.innerHTML = '';
    var x = numbers(element.dataset.x);
    var y = numbers(element.dataset.y);
    var text = colour('--text');
    var grid = colour('--border');
    var accent = colour('--accent');
    var series = [{}, {
      label: element.dataset.label, stroke: accent, fill: accent + "55", width: 1, points: { show: false },
      paths: uPlot.paths.bars({ size: [0.7, 40] })
    }];
    var data = [x, y];
    if (element.dataset.goal) {
      var goal = Number(element.dataset.goal);
      series.push({ label: element.dataset.goalLabel, stroke: colour("--muted"), dash: [6, 4], width: 2, points: { show: false } });
      data.push(x.map(function () { return goal; }));
    }
    var axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    new uPlot({
      width: Math.max(element.clientWidth, 280),
      height: 220,
      series: series,
      axes: [axis, axis],
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(max, 1)]; } } },
      legend: { show: true },
      cursor: { drag: { x: false, y: false } }
    }, data, element);
  }

  function drawAll() {
    document.querySelectorAll('[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawAll();
    var pending = null;
    window.addEventListener('resize', function () {
      clearTimeout(pending);
      pending = setTimeout(drawAll, 200);
    });
    var toggle = document.getElementById('theme-toggle');
    if (toggle) {
      toggle.addEventListener('click', function () { setTimeout(drawAll, 0); });
    }
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', drawAll);
  });
})();
