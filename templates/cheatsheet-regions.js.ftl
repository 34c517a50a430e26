<#-- One note's printed regions for every cheat sheet that shows them, as JSON that the build compresses into a script
     calling studysiteRegions (assets/cheatsheet.js, which knows the note by the script's address). Once per note
     what a sheet's region header shows (title, page, per printed region [top region, heading path, label]) and the
     HTML per top region anchor; addresses relative to the site root, ids as on the note's page (a sheet prefixes them). -->
{"title": "${page.title?json_string}", "page": "${page.page?json_string}",
"places": {<#list page.places as place>"${place.key?json_string}": ["${place.top?json_string}", "${place.headingPath?json_string}", "${place.label?json_string}"]<#sep>, </#sep></#list>},
"regions": {
<#list page.regions as region>
"${region.key?json_string}": "${region.html?json_string}"<#sep>,</#sep>
</#list>
}}
