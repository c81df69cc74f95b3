// On a narrow screen the main menu folds behind a « Menu » button instead of wrapping over several lines. Without
// this script the menu stays open: the links are always reachable.
document.addEventListener('DOMContentLoaded', function () {
  var nav = document.querySelector('nav.menu');
  if (!nav) {
    return;
  }
  var list = nav.querySelector('ul');
  list.id = list.id || 'menu-liens';
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'menu-bouton';
  button.textContent = 'Menu';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', list.id);
  button.addEventListener('click', function () {
    button.setAttribute('aria-expanded', button.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
  });
  list.parentNode.insertBefore(button, list);
  nav.classList.add('menu--repliable');
});
