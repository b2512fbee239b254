package org.bawaba.federation.loa;

import org.keycloak.authentication.authenticators.util.LoAUtil;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.protocol.oidc.mappers.AcrProtocolMapper;
import org.keycloak.protocol.oidc.utils.AcrUtils;

/**
 * Keycloak's ACR mapper, restricted to the level names: the token's {@code acr} is Keycloak's choice when it is a
 * name of the relying party's {@code acr.loa.map}, and absent otherwise. Keycloak would send the bare level number
 * ("0" for a sign-in through a provider credited no level) or, with no level recorded, assume level 1; neither is a
 * level the front door vouches for, and {@code acr} is optional in OpenID Connect.
 */
public class NamedAcrProtocolMapper extends AcrProtocolMapper {

    public static final String PROVIDER_ID = "bawaba-acr-mapper";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Bawaba: ACR, named levels only";
    }

    @Override
    public String getHelpText() {
        return "Maps the level reached to the 'acr' claim as Keycloak's ACR mapper does, but only to a name of the "
                + "acr.loa.map (client, else realm); a sign-in without such a level gets no 'acr'.";
    }

    @Override
    protected String getAcr(AuthenticatedClientSessionModel clientSession) {
        return AssuranceLevels.tokenAcr(AcrUtils.getAcrLoaMap(clientSession.getClient()),
                LoAUtil.getCurrentLevelOfAuthentication(clientSession), super.getAcr(clientSession)).orElse(null);
    }
}
