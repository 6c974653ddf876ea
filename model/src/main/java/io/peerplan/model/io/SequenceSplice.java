package io.peerplan.model.io;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The list part of {@link YamlSplice}: items of the old and new block sequences are aligned by
 * {@link Nodes#identity} with a longest common subsequence (after trimming the common head and
 * tail, so the usual one-item edit costs O(n)); between two aligned items, the leftover old and new
 * items are paired in order (an item whose id changed is still edited in place), and what remains
 * is removed or inserted as whole blocks of lines, re-indented to the old list's indentation.
 */
final class SequenceSplice {
    private final YamlSplice splice;
    private final List<Node> a;
    private final List<Node> b;
    private final int delta;

    SequenceSplice(YamlSplice splice, SequenceNode old, SequenceNode neu) throws YamlSplice.Unspliceable {
        this.splice = splice;
        this.a = old.getValue();
        this.b = neu.getValue();
        this.delta = column(splice.old, a.getFirst()) - column(splice.neu, b.getFirst());
    }

    void run() throws YamlSplice.Unspliceable {
        int[][] pairs = align();
        int i = 0;
        int j = 0;
        for (int[] p : pairs) {
            gap(i, p[0], j, p[1]);
            item(a.get(p[0]), b.get(p[1]));
            i = p[0] + 1;
            j = p[1] + 1;
        }
        gap(i, a.size(), j, b.size());
    }

    /** Old items [i, iEnd) and new items [j, jEnd) between two aligned ones: paired in order, the rest removed or added. */
    private void gap(int i, int iEnd, int j, int jEnd) throws YamlSplice.Unspliceable {
        while (i < iEnd && j < jEnd) {
            item(a.get(i++), b.get(j++));
        }
        for (; i < iEnd; i++) {
            splice.edit(start(splice.old, a.get(i)), end(splice.old, a.get(i)), "");
        }
        int at = iEnd > 0 ? end(splice.old, a.get(iEnd - 1)) : start(splice.old, a.getFirst());
        for (; j < jEnd; j++) {
            splice.insert(at, block(b.get(j)));
        }
    }

    private void item(Node x, Node y) throws YamlSplice.Unspliceable {
        if (Nodes.same(x, y)) {
            return;
        }
        if (Nodes.oneLineScalar(x) && Nodes.oneLineScalar(y)) {
            splice.replaceScalar(x, y);
        } else if (x instanceof MappingNode mx && y instanceof MappingNode my && !YamlSplice.isFlow(mx) && !YamlSplice.isFlow(my)) {
            splice.mapping(mx, my);
        } else if (x instanceof SequenceNode sx && y instanceof SequenceNode sy && !YamlSplice.isFlow(sx) && !YamlSplice.isFlow(sy)) {
            new SequenceSplice(splice, sx, sy).run();
        } else {
            splice.edit(start(splice.old, x), end(splice.old, x), block(y));
        }
    }

    /** The new item's lines, indented like the old list. */
    private String block(Node y) throws YamlSplice.Unspliceable {
        return SourceText.reindent(splice.neu.text.substring(start(splice.neu, y), end(splice.neu, y)), delta);
    }

    /** Index pairs of the aligned items, in order. */
    private int[][] align() {
        String[] x = a.stream().map(Nodes::identity).toArray(String[]::new);
        String[] y = b.stream().map(Nodes::identity).toArray(String[]::new);
        int head = 0;
        while (head < x.length && head < y.length && x[head].equals(y[head])) {
            head++;
        }
        int tail = 0;
        while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail].equals(y[y.length - 1 - tail])) {
            tail++;
        }
        int n = x.length - head - tail;
        int m = y.length - head - tail;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x[head + i].equals(y[head + j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            pairs.add(new int[] {k, k});
        }
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (x[head + i].equals(y[head + j])) {
                pairs.add(new int[] {head + i++, head + j++});
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        for (int k = 0; k < tail; k++) {
            pairs.add(new int[] {x.length - tail + k, y.length - tail + k});
        }
        return pairs.toArray(int[][]::new);
    }

    /** The start of the line of the item's "- " indicator. */
    private static int start(SourceText src, Node item) throws YamlSplice.Unspliceable {
        int dash = src.dashBefore(src.at(item.getStartMark()));
        if (dash < 0 || !src.onlyIndentBefore(dash)) {
            throw new YamlSplice.Unspliceable("a list item that does not start its own line");
        }
        return src.lineStart(dash);
    }

    private static int end(SourceText src, Node item) {
        return src.lineEndAfter(Nodes.contentEnd(src, item));
    }

    private static int column(SourceText src, Node item) throws YamlSplice.Unspliceable {
        int dash = src.dashBefore(src.at(item.getStartMark()));
        if (dash < 0) {
            throw new YamlSplice.Unspliceable("a list item without its '- '");
        }
        return dash - src.lineStart(dash);
    }
}
