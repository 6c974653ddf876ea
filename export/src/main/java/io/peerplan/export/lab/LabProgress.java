package io.peerplan.export.lab;

/**
 * Where a lab run stands, for a caller that shows it (the designer's lab panel), and the caller's
 * way to stop it: the lab checks {@link #cancelRequested()} before every step and daemon and while
 * it waits, then removes what it created ({@link Lab#up}, {@link Rehearsal}).
 */
public interface LabProgress {
    /** A step of building, checking or taking down a lab, in the order they run. */
    enum Step {
        NAMESPACES("Creating network namespaces, bridges and links"),
        DAEMONS("Starting FRR daemons (zebra, staticd, bfdd, bgpd)"),
        SESSIONS("Loading the configs, waiting for every BGP session"),
        CONVERGENCE("Releasing the routes, waiting for convergence"),
        SCENARIO("Playing the scenario, waiting for FRR to hold the predicted tables"),
        COMPARISON("Comparing FRR's best paths with the simulator"),
        CLEANUP("Cleaning up: stopping daemons, removing namespaces");

        private final String text;

        Step(String text) {
            this.text = text;
        }

        /** What the step does, as a line for a progress display. */
        public String text() {
            return text;
        }
    }

    /** Progress nobody watches, and no way to cancel (the CLI: Ctrl-C runs the shutdown hook). */
    LabProgress NONE = step -> { };

    /** Called when a step starts, on the lab's thread. */
    void step(Step step);

    /** True once the caller wants the run stopped; the lab then cleans up and throws {@link LabCancelledException}. */
    default boolean cancelRequested() {
        return false;
    }
}
