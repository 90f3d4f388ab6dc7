// The big screen's charts: data and labels from the page's JSON block (no inline script, CONTRACT §16).
(function () {
  var block = document.getElementById('screen-chart-data');
  if (!block || typeof echarts === 'undefined') { return; }
  var payload = JSON.parse(block.textContent);
  var data = payload.chart;
  var L = payload.labels;
  var text = {color: '#d8e6ff'};
  var axis = {axisLabel: text, axisLine: {lineStyle: {color: '#3d6bb3'}}, splitLine: {lineStyle: {color: '#1f3a66'}}};
  var months = Array.from({length: 12}, function (_, i) { return (i + 1) + '月'; });
  var c1 = echarts.init(document.getElementById('s-curve'));
  c1.setOption({textStyle: text, legend: {textStyle: text, data: [L.done, L.plan]}, tooltip: {trigger: 'axis'},
    grid: {containLabel: true, left: 10, right: 10, bottom: 10},
    xAxis: Object.assign({type: 'category', data: months}, axis), yAxis: Object.assign({type: 'value'}, axis),
    series: [{name: L.done, type: 'bar', data: data.cumDone, itemStyle: {color: '#3ba0ff'}},
             {name: L.plan, type: 'line', smooth: true, data: data.cumPlan, itemStyle: {color: '#ffd43b'}}]});
  var c2 = echarts.init(document.getElementById('s-ranking'));
  c2.setOption({textStyle: text, tooltip: {trigger: 'axis'}, grid: {containLabel: true, left: 10, right: 30, bottom: 10},
    xAxis: Object.assign({type: 'value', axisLabel: {color: '#d8e6ff', formatter: '{value}%'}}, {splitLine: axis.splitLine}),
    yAxis: Object.assign({type: 'category', inverse: true, data: data.names}, axis),
    series: [{type: 'bar', data: data.rates, itemStyle: {color: '#5be37d'},
              label: {show: true, position: 'right', color: '#fff', formatter: '{c}%'}}]});
  var c3 = echarts.init(document.getElementById('s-warnings'));
  c3.setOption({textStyle: text, tooltip: {trigger: 'item'}, color: ['#ff6b6b', '#ffd43b', '#5be37d'],
    series: [{type: 'pie', radius: ['40%', '70%'], label: {color: '#d8e6ff'}, data: [
      {name: L.red, value: data.warnings[0]}, {name: L.yellow, value: data.warnings[1]},
      {name: L.green, value: data.warnings[2]}]}]});
  var c4 = echarts.init(document.getElementById('s-categories'));
  c4.setOption({textStyle: text, tooltip: {trigger: 'item', formatter: '{b}: {d}%'},
    series: [{type: 'pie', radius: '65%', label: {color: '#d8e6ff'}, data: data.categories}]});
  window.addEventListener('resize', function () { [c1, c2, c3, c4].forEach(function (c) { c.resize(); }); });
})();
