/*
 * AMI Engine — the « Retour » link of the error pages goes back one page in the browser's history. Served as a file
 * because the pages' Content-Security-Policy runs no inline script; without it the link leads to the home page.
 */
(function () {
  'use strict';
  document.querySelectorAll('a[data-retour]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  });
})();
