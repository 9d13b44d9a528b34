package vn.lienthong.kernel.numbering;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lienthong.support.Fixtures;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(transactional = false)
class ReferenceNumbersTest {
    @Inject
    ReferenceNumbers numbers;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    Fixtures fixtures;

    @Test
    void concurrentAllocationsGiveOneToTwentyWithoutDuplicatesOrGaps() throws Exception {
        Fixtures.World world = fixtures.world();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return tx.executeWrite(status -> numbers.next(world.partyOffice(), "DON", 2026).number());
            }));
        }
        start.countDown();
        Set<Integer> allocated = new TreeSet<>();
        for (Future<Integer> future : futures) {
            allocated.add(future.get());
        }
        pool.shutdown();
        assertEquals(IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toCollection(TreeSet::new)), allocated);
    }

    @Test
    void aRolledBackCreationGivesItsNumberBack() {
        Fixtures.World world = fixtures.world();
        assertEquals(1, (int) tx.executeWrite(status -> numbers.next(world.partyOffice(), "TB", 2026).number()));
        assertThrows(IllegalStateException.class, () -> tx.executeWrite(status -> {
            numbers.next(world.partyOffice(), "TB", 2026);
            throw new IllegalStateException("the creation failed after taking a number");
        }));
        assertEquals(2, (int) tx.executeWrite(status -> numbers.next(world.partyOffice(), "TB", 2026).number()), "no gap");
    }

    @Test
    void seriesYearsAndOfficesCountSeparately() {
        Fixtures.World world = fixtures.world();
        tx.executeWrite(status -> numbers.next(world.partyOffice(), "TB", 2026));
        assertEquals(1, (int) tx.executeWrite(status -> numbers.next(world.partyOffice(), "TB", 2027).number()));
        assertEquals(1, (int) tx.executeWrite(status -> numbers.next(world.peoplesCommitteeOffice(), "TB", 2026).number()));
        assertEquals("1/2026", tx.executeWrite(status -> numbers.next(world.partyOffice(), "CV", 2026).display()));
    }
}
