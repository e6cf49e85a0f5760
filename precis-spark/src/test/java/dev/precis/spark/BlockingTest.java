package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockingTest {
  @Test
  void anArticleIsContextInTheNextSlotWithinTheWindowBeforeItsStart() {
    Blocking.Slots slots = Blocking.Slots.of(28, 7);
    LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
    long first = slots.of(start);
    int slotStart = 0;
    while (slots.of(start.plusDays(slotStart + 1)) == first) {
      slotStart++;
    }
    LocalDateTime border = start.plusDays(slotStart + 1); // the first day of the next slot
    assertThat(slots.of(border)).isEqualTo(first + 1);
    assertThat(slots.of(border.minusSeconds(1))).isEqualTo(first);
    assertThat(slots.inNext(border.minusSeconds(1))).isTrue();
    assertThat(slots.inNext(border.minusDays(7))).isTrue();
    assertThat(slots.inNext(border.minusDays(7).minusSeconds(1))).isFalse();
    assertThat(slots.inNext(border)).isFalse();
    assertThat(slots.inNext(null)).isFalse();
    assertThat(slots.of(null)).isNotEqualTo(first).isEqualTo(Blocking.Slots.of(7, 7).of(null));
  }

  @Test
  void anOverlapIsAtMostTheWholePreviousSlot() {
    Blocking.Slots slots = Blocking.Slots.of(2, 7);
    LocalDateTime day = LocalDateTime.of(2026, 3, 1, 12, 0);
    for (int h = 0; h < 96; h++) {
      assertThat(slots.inNext(day.plusHours(h))).isTrue();
    }
  }

  @Test
  void storiesJoinedAcrossBordersTakeTheRootOfTheirChain() {
    // 40 continues 12, which continues 3; 41 continues 12 too; 7 starts its own chain and 50 continues it.
    Blocking.Borders borders = Blocking.Borders.of(new long[] {40, 12, 12, 3, 41, 12, 50, 7});
    assertThat(borders.root(40)).isEqualTo(3);
    assertThat(borders.root(41)).isEqualTo(3);
    assertThat(borders.root(12)).isEqualTo(3);
    assertThat(borders.root(3)).isEqualTo(3);
    assertThat(borders.root(50)).isEqualTo(7);
    assertThat(borders.root(99)).isEqualTo(99);
  }

  @Test
  void theMostVotesWinThenTheEarliestStory() {
    long best = Math.max(Math.max(Blocking.vote(9, 2), Blocking.vote(4, 2)), Blocking.vote(1, 1));
    assertThat(Blocking.votedFor(best)).isEqualTo(4);
    assertThat(Blocking.votedFor(Blocking.vote(1_000_000_000, 3))).isEqualTo(1_000_000_000);
  }

  @Test
  void linkedArticlesFormOneGroupNamedByItsFirst() {
    int[] groups = Blocking.groups(6, new int[] {4, 1, 5, 4, 2, 3}, 100);
    assertThat(groups).containsExactly(0, 1, 2, 2, 1, 1);
  }

  @Test
  void aGiantGroupIsCutInArrivalOrder() {
    int[] groups = Blocking.groups(5, new int[] {0, 1, 1, 2, 2, 3, 3, 4}, 2);
    assertThat(groups).containsExactly(0, 0, 2, 2, 4);
  }

  @Test
  void bucketsReduceToTheLinksOfTheirComponents() {
    int[] links = Blocking.componentLinks(List.of(new int[] {3, 7, 9}, new int[] {9, 12}, new int[] {20, 21})
        .iterator());
    int[] groups = Blocking.groups(22, links, 100);
    assertThat(groups[7]).isEqualTo(3);
    assertThat(groups[12]).isEqualTo(3);
    assertThat(groups[21]).isEqualTo(20);
    assertThat(groups[5]).isEqualTo(5);
    assertThat(links.length / 2).isEqualTo(4); // 7, 9, 12 to 3; 21 to 20
  }
}
