/*
 * AMI Engine — the charts of the campaign dashboard. Each chart zone names the table that holds its figures
 * (data-source) and the columns to draw (data-colonnes); the figures are read from the cells' data-valeur, the
 * labels from the rows' headers. The tables stay on the page: they are the figures, the charts only show them.
 * Without this script, or without Chart.js, the zones stay hidden and the page is complete.
 */
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var PALETTE = ['#000091', '#18753c', '#ce0500', '#716043', '#6a6af4', '#3a3a3a', '#a558a0', '#417dc4'];
  var TYPES = { 'barres': 'bar', 'barres-horizontales': 'bar', 'anneau': 'doughnut' };

  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#161616';
  Chart.defaults.animation = false;

  function text(cell) {
    return cell.textContent.replace(/\s+/g, ' ').trim();
  }

  function draw(zone) {
    var table = document.getElementById(zone.dataset.source);
    if (!table) {
      return;
    }
    var kind = zone.dataset.graphique;
    var type = TYPES[kind] || 'bar';
    var columns = zone.dataset.colonnes.split(',').map(Number);
    var datasetTypes = (zone.dataset.types || '').split(',');
    var heads = table.tHead.rows[0].cells;
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var labels = rows.map(function (row) { return text(row.cells[0]); });
    var round = type === 'doughnut';

    var datasets = columns.map(function (column, i) {
      var own = datasetTypes[i] || undefined;
      var colour = PALETTE[i % PALETTE.length];
      var dataset = {
        type: own,
        label: text(heads[column]),
        data: rows.map(function (row) { return Number(row.cells[column].dataset.valeur); }),
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: own === 'line' ? 2 : 0,
        // a line is drawn over the bars
        order: own === 'line' ? 0 : 1
      };
      if (round) {
        dataset.backgroundColor = labels.map(function (_, j) { return PALETTE[j % PALETTE.length]; });
        dataset.borderColor = '#ffffff';
        dataset.borderWidth = 2;
      }
      return dataset;
    });

    if (!round) {
      datasets.forEach(function (dataset) { dataset.maxBarThickness = 40; });
    }
    if (kind === 'barres-horizontales') {
      // one line per step: the zone grows with the table
      zone.style.height = (4 + rows.length * 2.75) + 'rem';
    }
    zone.hidden = false;
    new Chart(zone.querySelector('canvas'), {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: {
        locale: 'fr-FR',
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: kind === 'barres-horizontales' ? 'y' : 'x',
        plugins: {
          legend: { display: round || datasets.length > 1, position: 'bottom' }
        },
        scales: round ? {} : {
          x: kind === 'barres-horizontales' ? { beginAtZero: true, ticks: { precision: 0 } } : {},
          y: kind === 'barres-horizontales' ? {} : { beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-graphique]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
