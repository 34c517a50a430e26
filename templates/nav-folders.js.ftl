<#-- The sidebar's folders in a large vault, shared by every page (cached after the first) instead of
     written into each. Runs where nav.ftlh includes it: it fills the .nav-folders box just before it,
     placing the other folders around the page's own open folder. Pure data + DOM; no network. -->
(function () {
  var folders = [
<#list page.folders as f>    ["${f.label?json_string}", "${f.key?json_string}", ${f.count?c}, "${f.href?json_string}"]<#sep>,</#sep>
</#list>
  ];
  var script = document.currentScript;
  var box = script && script.previousElementSibling;
  if (!box || !box.classList.contains('nav-folders')) return;
  var root = box.getAttribute('data-root') || '.';
  var open = box.querySelector('.nav-group[data-folder]');
  var openKey = open ? open.getAttribute('data-folder') : null;
  var beforeOpen = !!open;
  folders.forEach(function (f) {
    if (f[1] === openKey) { beforeOpen = false; return; }
    var group = document.createElement('div');
    group.className = 'nav-group';
    var label = document.createElement('p');
    label.className = 'nav-folder';
    var link = document.createElement('a');
    link.href = root + '/' + f[3];
    link.textContent = f[0];
    var count = document.createElement('span');
    count.className = 'count';
    count.textContent = String(f[2]);
    label.append(link, ' ', count);
    group.append(label);
    if (beforeOpen) box.insertBefore(group, open); else box.append(group);
  });
})();
