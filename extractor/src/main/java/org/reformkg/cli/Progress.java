package org.reformkg.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on a terminal for batches of several files; nothing when output is piped. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    Progress(String task, int total) {
        this.bar = System.console() != null && total > 1
                ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()
                : null;
    }

    void step(String item) {
        if (bar != null) {
            bar.setExtraMessage(item);
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
