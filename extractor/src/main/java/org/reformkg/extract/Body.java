package org.reformkg.extract;

import java.util.List;

/**
 * A convening body, by its canonical full name with the aliases texts use for it.
 * The central bodies are fixed; local bodies are built by the resolver from context.
 */
public record Body(String name, List<String> aliases) {

    public static final Body REFORM_GROUP = new Body("中央全面深化改革领导小组",
            List.of("中央深改组", "深改小组", "深改组", "中央深改小组", "中央全面深化改革领导小组"));
    public static final Body REFORM_COMMISSION = new Body("中央全面深化改革委员会",
            List.of("中央深改委", "深改委", "中央全面深化改革委员会"));
    public static final Body CENTRAL_COMMITTEE = new Body("中国共产党中央委员会",
            List.of("中共中央", "党中央", "中央委员会"));
    public static final Body NATIONAL_CONGRESS = new Body("中国共产党全国代表大会",
            List.of("党的全国代表大会", "党代会"));

    public Body {
        aliases = List.copyOf(aliases);
    }
}
