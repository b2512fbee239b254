<#-- Progress bar of a multi-step account creation, shown when the step sets bawabaProgress (0-100); with bawabaStep and
     bawabaSteps it also says "step N of M". -->
<#macro bar>
    <#if bawabaProgress??>
        <div class="bawaba-progress" id="bawaba-progress"<#if bawabaStep??> data-step="${bawabaStep?c}" data-steps="${bawabaSteps?c}"</#if>>
            <#if bawabaStep??>
                <label for="bawaba-progress-bar" class="bawaba-progress__label">${msg("bawabaProgressStep", bawabaStep?c, bawabaSteps?c)}</label>
                <progress id="bawaba-progress-bar" max="${bawabaSteps?c}" value="${bawabaStep?c}">${bawabaStep?c}/${bawabaSteps?c}</progress>
            <#else>
                <label for="bawaba-progress-bar" class="bawaba-progress__label">${msg("bawabaProgressLabel")}</label>
                <progress id="bawaba-progress-bar" max="100" value="${bawabaProgress?c}">${bawabaProgress?c}%</progress>
                <span class="bawaba-progress__value" aria-hidden="true"><bdi dir="ltr">${bawabaProgress?c}%</bdi></span>
            </#if>
        </div>
    </#if>
</#macro>
