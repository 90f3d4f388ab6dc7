// The dashboard's charts: data and labels from the page's JSON block (no inline script, CONTRACT §16).
(function () {
  var block = document.getElementById('dashboard-chart-data');
  if (!block || typeof echarts === 'undefined') { return; }
  var payload = JSON.parse(block.textContent);
  var data = payload.chart;
  var L = payload.labels;
  var months = Array.from({length: 12}, function (_, i) { return (i + 1) + '月'; });
  var curve = echarts.init(document.getElementById('chart-curve'));
  curve.setOption({
    tooltip: {trigger: 'axis'}, legend: {data: [L.done, L.plan]}, grid: {containLabel: true, left: 10, right: 10},
    xAxis: {type: 'category', data: months}, yAxis: {type: 'value', name: L.wan},
    series: [{name: L.done, type: 'bar', data: data.cumDone},
             {name: L.plan, type: 'line', smooth: true, data: data.cumPlan}]
  });
  var ranking = echarts.init(document.getElementById('chart-ranking'));
  ranking.setOption({
    tooltip: {trigger: 'axis'}, grid: {containLabel: true, left: 10, right: 30},
    xAxis: {type: 'value', axisLabel: {formatter: '{value}%'}},
    yAxis: {type: 'category', inverse: true, data: data.names},
    series: [{name: L.rate, type: 'bar', data: data.rates,
              markLine: {data: [{xAxis: data.expected.length ? data.expected[0] : 0, name: L.expected}]}}]
  });
  var warnings = echarts.init(document.getElementById('chart-warnings'));
  warnings.setOption({
    tooltip: {trigger: 'item'}, color: ['#dc3545', '#ffc107', '#198754'],
    series: [{type: 'pie', radius: ['40%', '70%'], data: [
      {name: L.red, value: data.warnings[0]}, {name: L.yellow, value: data.warnings[1]},
      {name: L.green, value: data.warnings[2]}]}]
  });
  window.addEventListener('resize', function () { curve.resize(); ranking.resize(); warnings.resize(); });
})();
