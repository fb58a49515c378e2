package io.github.studysite.render;

import io.github.studysite.coach.LoopPlan;
import io.github.studysite.link.StudySite;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each one-pager is in the print pack: its volume ({@code print/}, {@code print/page/2.html}, …) and its anchor
 * there. A page's print button links to it, so that without JavaScript the button is still a way to the printable
 * sheet. The pack holds introductions, then principles, then the stories the loop plan has you tell,
 * {@link PrintPages#SHEETS_PER_VOLUME} a volume; any other story prints from its own page.
 */
final class PrintSheets {

    private final Map<Object, Integer> positions = new IdentityHashMap<>();

    PrintSheets(StudySite site, LoopPlan loop) {
        site.intros().forEach(i -> positions.put(i, positions.size()));
        site.principles().forEach(p -> positions.put(p, positions.size()));
        loop.stories().forEach(s -> positions.put(s, positions.size()));
    }

    /**
     * The sheet's anchor in the pack ({@code sheet-12}), the same in every volume and language; {@code sheet} for
     * a story the pack leaves out, whose page is the only one to show it.
     */
    String id(Object sheet) {
        Integer position = positions.get(sheet);
        return position == null ? "sheet" : "sheet-" + (position + 1);
    }

    /** The pack's page holding the sheet, or {@code ""} when the pack leaves it out. */
    String page(Object sheet) {
        Integer position = positions.get(sheet);
        return position == null ? "" : Paging.path(PrintPages.PAGE, position / PrintPages.SHEETS_PER_VOLUME + 1);
    }
}
