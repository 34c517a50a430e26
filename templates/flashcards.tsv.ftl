#separator:tab
#html:false
#tags column:3
<#list page.lines as line>
${line}
</#list>
