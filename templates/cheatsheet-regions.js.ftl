<#-- One note's printed regions for every cheat sheet that shows them; assets/cheatsheet.js defines the loader and
     knows the note by this script's address. HTML per region anchor, links relative to the site root, ids as on
     the note's page (a sheet prefixes them). -->
studysiteRegions({
<#list page.regions as region>
"${region.key?json_string}": "${region.html?json_string}"<#sep>,</#sep>
</#list>
});
