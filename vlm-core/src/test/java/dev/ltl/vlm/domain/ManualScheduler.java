package dev.ltl.vlm.domain;

import java.util.ArrayList;
import java.util.List;

/** A {@link DelayScheduler} whose deadlines fire only when the test says so. */
final class ManualScheduler implements DelayScheduler {
    record Armed(long delayNanos, Runnable task) {
    }

    private final List<Armed> armed = new ArrayList<>();

    @Override
    public synchronized void schedule(long delayNanos, Runnable task) {
        armed.add(new Armed(delayNanos, task));
    }

    synchronized List<Armed> armed() {
        return List.copyOf(armed);
    }

    /** Fires every armed deadline (as if the delay had passed for all of them). */
    void fireAll() {
        List<Armed> due;
        synchronized (this) {
            due = List.copyOf(armed);
            armed.clear();
        }
        due.forEach(a -> a.task().run());
    }
}
