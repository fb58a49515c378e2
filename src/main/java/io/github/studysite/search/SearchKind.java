package io.github.studysite.search;

/**
 * The kinds of search results, in the order results are ranked when they match equally well: what a person most
 * likely looks for first (a principle, a prepared story or answer) before the prose it sits in.
 */
public enum SearchKind {
    PRINCIPLE("p"),
    STORY("s"),
    QUESTION("q"),
    INTRO("i"),
    TOPIC("t"),
    SECTION("h"),
    NOTE("n");

    private final String code;

    SearchKind(String code) {
        this.code = code;
    }

    /** The one-letter code the index files use. */
    public String code() {
        return code;
    }

    /** The UI string naming this kind ({@code search_kind_s}). */
    public String messageKey() {
        return "search_kind_" + code;
    }
}
