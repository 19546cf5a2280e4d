package io.github.hipercam.imagej.macros;

import io.github.hipercam.model.Card;
import io.github.hipercam.model.CcdPars;
import io.github.hipercam.model.Header;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text forms the macro functions hand back. ImageJ does not write arrays
 * back into a macro's variables, so lists travel as delimited strings that a
 * macro takes apart with {@code split}.
 */
final class MacroText {

    /** What {@code Ext.nextFrame} answers while a live run has nothing new. */
    static final String NONE_YET = "none yet";
    /** What {@code Ext.nextFrame} answers once the run is finished. */
    static final String END = "end";

    private MacroText() {
    }

    /**
     * One line per CCD, {@code label,nxmax,nymax,nxpad,nypad}, lines joined by
     * {@code \n}: {@code split(pars, "\n")} then {@code split(line, ",")}.
     *
     * @param pars the CCDs of a run
     * @return the text
     */
    static String ccdPars(List<CcdPars> pars) {
        return pars.stream()
                .map(p -> p.label() + "," + p.nxmax() + "," + p.nymax() + "," + p.nxpad() + "," + p.nypad())
                .collect(Collectors.joining("\n"));
    }

    /**
     * Header items as {@code KEY = value} lines, the form ImageJ's
     * {@code getInfo(key)} reads from an image's Info. A key already given by
     * an earlier header is not repeated, so {@code getInfo} finds the first.
     *
     * @param title a first line naming what the items describe
     * @param heads the headers, most specific first
     * @return the text
     */
    static String info(String title, List<Header> heads) {
        StringBuilder sb = new StringBuilder(title);
        Set<String> seen = new HashSet<>();
        for (Header h : heads) {
            for (Card c : h) {
                if (!c.isCommentary() && c.value() != null && seen.add(c.key())) {
                    sb.append('\n').append(c.key()).append(" = ").append(String.valueOf(c.value()).strip());
                }
            }
        }
        return sb.toString();
    }
}
