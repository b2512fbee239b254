<#-- The person's space: its navigation and what every page of it shares (org.bawaba.space.SpaceView). -->
<#macro nav>
    <nav class="bawaba-space-nav" aria-label="${msg("bawabaSpaceNavLabel")}">
        <ul role="list">
            <#list bawabaSpaceNav as link>
                <li><a id="bawaba-space-nav-${link.page}" href="${link.url}"<#if link.current> aria-current="page"</#if>>${msg("bawabaSpacePage." + link.page)}</a></li>
            </#list>
            <li><a id="bawaba-space-sign-out" href="${bawabaSpaceSignOutUrl}">${msg("bawabaSpaceSignOut")}</a></li>
        </ul>
    </nav>
</#macro>

<#-- A form that changes something: posted with the session's form token. -->
<#macro form action id>
    <form id="${id}" action="${bawabaSpaceUrl}/${action}" method="post">
        <input type="hidden" name="bawaba_space_token" value="${bawabaSpaceToken}"/>
        <#nested>
    </form>
</#macro>
