// A live count of the characters left under each text area that has a limit (data-max): progressive enhancement,
// the server checks the length anyway. The count is announced politely, once the person pauses typing.
document.addEventListener('DOMContentLoaded', function () {
  var format = new Intl.NumberFormat('fr-FR');
  document.querySelectorAll('textarea[data-max]').forEach(function (area) {
    var max = parseInt(area.getAttribute('data-max'), 10);
    var counter = document.createElement('p');
    counter.className = 'compteur';
    counter.id = area.id + '-compteur';
    counter.setAttribute('aria-live', 'polite');
    area.insertAdjacentElement('afterend', counter);
    var described = area.getAttribute('aria-describedby');
    area.setAttribute('aria-describedby', (described ? described + ' ' : '') + counter.id);
    var pending;
    function show() {
      var left = max - area.value.length;
      var n = format.format(Math.abs(left));
      counter.textContent = left >= 0
        ? (Math.abs(left) < 2 ? n + '\u00a0caractère restant' : n + '\u00a0caractères restants') + ' sur ' + format.format(max)
        : (Math.abs(left) < 2 ? n + '\u00a0caractère de trop' : n + '\u00a0caractères de trop') + ' (' + format.format(max) + ' au plus)';
      counter.classList.toggle('compteur--depasse', left < 0);
    }
    show();
    area.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(show, 400);
    });
  });
});
