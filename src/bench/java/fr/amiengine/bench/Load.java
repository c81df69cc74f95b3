package fr.amiengine.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of {@link WritePathBenchmark}: a fixed pool of client threads (Java 17: no virtual threads), each sending
 * one operation at a time, either a given number of operations in all or as many as fit in a given time.
 */
final class Load {

    private Load() {
    }

    /** One measured run: how many operations, how long the whole took, each operation's latency, the failures. */
    record Run(int operations, double seconds, long[] nanos, int errors) {

        double rate() {
            return operations / seconds;
        }

        double percentileMs(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }

    /** One operation of a client; it throws, or returns false, on a failure. */
    interface Operation {
        boolean run(int index) throws Exception;
    }

    /** {@code clients} threads taking the indexes 0 … count-1 from one counter, one operation at a time each. */
    static Run drive(int clients, int count, Operation operation) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] nanos = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            long began = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        long t = System.nanoTime();
                        boolean ok = attempt(operation, i);
                        nanos[i] = System.nanoTime() - t;
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.MINUTES);
            }
            return new Run(count, (System.nanoTime() - began) / 1e9, nanos, errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code clients} threads sending operations for {@code warmUp} (not counted), then for {@code measured}: the
     * operations begun and ended within the measured time count, with their latencies.
     */
    static Run driveFor(int clients, Duration warmUp, Duration measured, Operation operation) throws Exception {
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long began = System.nanoTime() + warmUp.toNanos();
        long ends = began + measured.toNanos();
        List<long[]> perClient = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                long[][] mine = {new long[1024]};
                int[] n = {0};
                running.add(pool.submit(() -> {
                    long t;
                    while ((t = System.nanoTime()) < ends) {
                        boolean ok = attempt(operation, sequence.getAndIncrement());
                        long done = System.nanoTime();
                        if (t >= began && done <= ends) {
                            if (n[0] == mine[0].length) {
                                mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
                            }
                            mine[0][n[0]++] = done - t;
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                        }
                    }
                    perClient.add(Arrays.copyOf(mine[0], n[0]));
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        long[] nanos;
        synchronized (perClient) {
            nanos = perClient.stream().flatMapToLong(Arrays::stream).toArray();
        }
        return new Run(nanos.length, measured.toNanos() / 1e9, nanos, errors.get());
    }

    private static boolean attempt(Operation operation, int index) {
        try {
            return operation.run(index);
        } catch (Exception e) {
            System.err.println("échec : " + e);
            return false;
        }
    }
}
