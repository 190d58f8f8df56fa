package org.reformkg.extract;

import org.reformkg.text.Sentence;

/**
 * A named organisation in a sentence. {@code start}/{@code end} index {@link Sentence#text()}.
 *
 * @param name      the name as written (中央深改委, 达茂旗妇联, 旗委)
 * @param canonical the full name (中央全面深化改革委员会, 达茂旗妇女联合会); null when it depends on where the text
 *                  is set (旗委 is the committee of the text's 旗: see {@link OrganizationRules#localCanonical})
 * @param kind      one of the {@code rk:organizationKind} values: {@link #PARTY_COMMITTEE}, {@link #GOVERNMENT},
 *                  {@link #REFORM_BODY}, {@link #MASS_ORGANISATION}, {@link #MEDIA}, {@link #ENTERPRISE}, {@link #OTHER}
 * @param rule       the rule that found it, {@code organization.*}
 * @param confidence how sure the rule is, 0..1
 */
public record OrganizationMention(Sentence sentence, int start, int end, String name, String canonical, String kind,
                                  String rule, double confidence) {
    public static final String PARTY_COMMITTEE = "party committee";
    public static final String GOVERNMENT = "government";
    public static final String REFORM_BODY = "reform body";
    public static final String MASS_ORGANISATION = "mass organisation";
    public static final String MEDIA = "media";
    public static final String ENTERPRISE = "enterprise";
    public static final String OTHER = "other";
}
