<#-- Progress bar of a multi-step account creation, shown when the step sets bawabaProgress (0-100). -->
<#macro bar>
    <#if bawabaProgress??>
        <div class="bawaba-progress" id="bawaba-progress">
            <label for="bawaba-progress-bar" class="bawaba-progress__label">${msg("bawabaProgressLabel")}</label>
            <progress id="bawaba-progress-bar" max="100" value="${bawabaProgress?c}">${bawabaProgress?c}%</progress>
            <span class="bawaba-progress__value" aria-hidden="true"><bdi dir="ltr">${bawabaProgress?c}%</bdi></span>
        </div>
    </#if>
</#macro>
