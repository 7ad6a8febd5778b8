package vn.vigil.inspection.infrastructure;

import java.util.Map;

/**
 * A search term matched against folded text (lower case, no Vietnamese marks) served by a trigram index. A term of
 * three letters or more matches anywhere ("oang" in "hoang"); a shorter one matches the start of a word only ("ng"
 * finds "Nguyễn" and "Ngọc", not "Hoàng"), which is what a person typing one or two letters means and which the
 * index's word-start trigrams ("  n", " ng") serve — a two-letter substring would have no trigram to look up, and
 * every row would be read.
 */
final class TextTerm {

    /** Terms shorter than this match word starts. */
    static final int SUBSTRING_FROM = 3;

    private TextTerm() {}

    /**
     * The condition that {@code expression} (folded text whose words are separated by spaces) matches the folded
     * term; binds its patterns as parameters named after {@code name}.
     */
    static String matches(String expression, String folded, String name, Map<String, Object> parameters) {
        String literal = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        if (folded.length() >= SUBSTRING_FROM) {
            parameters.put(name, "%" + literal + "%");
            return expression + " like :" + name;
        }
        parameters.put(name + "Start", literal + "%");
        parameters.put(name + "Word", "% " + literal + "%");
        return "(" + expression + " like :" + name + "Start or " + expression + " like :" + name + "Word)";
    }

    /**
     * Ids (a province's communes) as an array written into the statement, e.g. cast(array[1,2,3] as bigint[]). Not
     * a parameter: the planner then sees the communes (for its estimates, and to hash the list once per query); an
     * array cast from a text parameter is parsed again for every row it is tested against, and a generic plan
     * would not know the communes at all. The ids are numbers, so nothing can be injected.
     */
    static String idArray(java.util.Collection<Long> ids) {
        return ids.stream()
                .sorted()
                .map(id -> Long.toString(id))
                .collect(java.util.stream.Collectors.joining(",", "cast(array[", "] as bigint[])"));
    }
}
