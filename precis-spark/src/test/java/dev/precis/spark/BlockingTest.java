package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockingTest {
  @Test
  void articlesLessThanAWindowApartShareATimeBucket() {
    LocalDateTime a = LocalDateTime.of(2026, 1, 1, 9, 0);
    for (int days = 0; days < 7; days++) {
      long[] x = Blocking.timeBuckets(a, 7);
      long[] y = Blocking.timeBuckets(a.plusDays(days), 7);
      assertThat(Arrays.stream(x).anyMatch(b -> Arrays.stream(y).anyMatch(c -> c == b))).isTrue();
    }
    long[] far = Blocking.timeBuckets(a.plusDays(15), 7);
    assertThat(Arrays.stream(Blocking.timeBuckets(a, 7)).noneMatch(b -> Arrays.stream(far).anyMatch(c -> c == b)))
        .isTrue();
    assertThat(Blocking.timeBuckets(null, 7)).hasSize(1).isEqualTo(Blocking.timeBuckets(null, 30));
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
