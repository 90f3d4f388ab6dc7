// The bulletin's chart: data and labels from the page's JSON block (no inline script, CONTRACT §16).
(function () {
  var block = document.getElementById('bulletin-chart-data');
  var el = document.getElementById('bulletin-chart');
  if (!block || !el || typeof echarts === 'undefined') { return; }
  var payload = JSON.parse(block.textContent);
  var data = payload.chart || {};
  var L = payload.labels;
  if (!data.months) { return; }
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: {trigger: 'axis'}, legend: {data: [L.done, L.plan], bottom: 0},
    grid: {containLabel: true, left: 10, right: 10, bottom: 30},
    xAxis: {type: 'category', data: data.months}, yAxis: {type: 'value', name: L.unit},
    series: [{name: L.done, type: 'bar', data: data.completed, itemStyle: {color: '#4169e1'}},
             {name: L.plan, type: 'line', data: data.planned, itemStyle: {color: '#dc3545'}}]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
