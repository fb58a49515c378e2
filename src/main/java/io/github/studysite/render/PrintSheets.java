package io.github.studysite.render;

import io.github.studysite.link.StudySite;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each one-pager is in the print pack: its volume ({@code print/}, {@code print/page/2/}, …) and its anchor
 * there. A page's print button links to it, so that without JavaScript the button is still a way to the printable
 * sheet. The pack holds introductions, then principles, then stories, {@link PrintPages#SHEETS_PER_VOLUME} a volume.
 */
final class PrintSheets {

    private final Map<Object, Integer> positions = new IdentityHashMap<>();

    PrintSheets(StudySite site) {
        site.intros().forEach(i -> positions.put(i, positions.size()));
        site.principles().forEach(p -> positions.put(p, positions.size()));
        site.stories().forEach(s -> positions.put(s, positions.size()));
    }

    /** The sheet's anchor in the pack ({@code sheet-12}), the same in every volume and language. */
    String id(Object sheet) {
        return "sheet-" + (positions.get(sheet) + 1);
    }

    /** The pack's page holding the sheet. */
    String page(Object sheet) {
        return Paging.path(PrintPages.PAGE, positions.get(sheet) / PrintPages.SHEETS_PER_VOLUME + 1);
    }
}
