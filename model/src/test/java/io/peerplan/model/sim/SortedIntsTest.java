package io.peerplan.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** SortedInts answers as the BitSets it replaced, and shares an array wherever the result equals it. */
class SortedIntsTest {

    @Test
    void unionsAndAdditionsMatchBitSets() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            BitSet a = new BitSet();
            BitSet b = new BitSet();
            int[] sa = SortedInts.EMPTY;
            int[] sb = SortedInts.EMPTY;
            int bound = 1 + random.nextInt(round % 2 == 0 ? 8 : 30_000);
            for (int i = random.nextInt(6); i > 0; i--) {
                int v = random.nextInt(bound);
                a.set(v);
                sa = SortedInts.with(sa, v);
            }
            for (int i = random.nextInt(6); i > 0; i--) {
                int v = random.nextInt(bound);
                b.set(v);
                sb = SortedInts.with(sb, v);
            }
            assertThat(sa).containsExactly(a.stream().toArray());
            int[] u = SortedInts.union(sa, sb);
            a.or(b);
            assertThat(u).containsExactly(a.stream().toArray());
        }
    }

    @Test
    void sharesTheArrayThatAlreadyHoldsTheOther() {
        int[] big = {1, 5, 9, 40_000};
        int[] part = {5, 40_000};
        assertThat(SortedInts.union(big, part)).isSameAs(big);
        assertThat(SortedInts.union(part, big)).isSameAs(big);
        assertThat(SortedInts.union(SortedInts.EMPTY, part)).isSameAs(part);
        assertThat(SortedInts.with(big, 9)).isSameAs(big);
        assertThat(SortedInts.with(part, 7)).containsExactly(5, 7, 40_000);
        assertThat(SortedInts.union(new int[] {2}, new int[] {3})).containsExactly(2, 3);
    }
}
