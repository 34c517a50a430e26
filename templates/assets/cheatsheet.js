/* studysite cheat sheets: the Print button. No inline handlers, so it lives here. */
(function () {
  'use strict';
  var buttons = document.querySelectorAll('.print-button');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function () { window.print(); });
  }
}());
