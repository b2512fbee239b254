<#-- What a chip said, read-only: the portrait and one row per field (IdentityRows). Used by the release and account pages. -->
<#macro rows>
    <div class="bawaba-identity" id="bawaba-enrol-identity">
        <#if bawabaEnrolPortrait??>
            <img id="bawaba-enrol-portrait" class="bawaba-identity__portrait" src="${bawabaEnrolPortrait}" alt="${msg("bawabaEnrolPortraitAlt")}" width="120"/>
        <#else>
            <p id="bawaba-enrol-portrait-missing" class="${properties.kcFormHelperTextClass!}">${msg("bawabaEnrolPortraitMissing")}</p>
        </#if>
        <dl class="bawaba-identity__rows">
            <#list bawabaEnrolIdentity as row>
                <div class="bawaba-identity__row" data-field="${row.name}">
                    <dt>${msg("bawabaEnrolField." + row.name)}</dt>
                    <#if row.name == "gender">
                        <dd>${msg("bawabaEnrolGender." + row.value)}</dd>
                    <#elseif row.arabic>
                        <dd lang="ar" dir="rtl">${row.value}</dd>
                    <#else>
                        <dd><bdi dir="ltr">${row.value}</bdi></dd>
                    </#if>
                </div>
            </#list>
        </dl>
    </div>
</#macro>
