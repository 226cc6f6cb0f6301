package io.portalis.cuda.supervision;

import io.portalis.cuda.census.Census;
import io.portalis.cuda.census.CensusKernel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Props;
import org.apache.pekko.actor.typed.javadsl.AskPattern;

/**
 * A device kernel run by a supervised {@link DeviceWorker}, with the CPU twin behind a
 * {@link CircuitBreaker}. Each batch's counts come whole from exactly one kernel: a batch the
 * device faults on (or does not answer in time) is redone on the CPU and the device's partial
 * work is never used, so no file is lost or counted twice.
 */
public final class SupervisedCensusKernel implements CensusKernel {
    /** What happened during the scans so far. */
    public record Stats(long deviceBatches, long cpuBatches, long faults, long timesBreakerOpened) {}

    private final CensusKernel device;
    private final CensusKernel cpu;
    private final ActorSystem<?> system;
    private final ActorRef<DeviceWorker.Command> worker;
    private final Duration timeout;
    private final CircuitBreaker breaker;
    private long batch;
    private long deviceBatches;
    private long cpuBatches;
    private long faults;

    public SupervisedCensusKernel(ActorSystem<?> system, CensusKernel device, CensusKernel cpu, Settings settings) {
        this.device = device;
        this.cpu = cpu;
        this.system = system;
        this.timeout = settings.timeout();
        this.breaker = new CircuitBreaker(settings.maxFailures(), settings.cooldownBatches());
        this.worker = system.systemActorOf(DeviceWorker.supervised(device, settings.minBackoff(), settings.maxBackoff()),
                "census-device-worker-" + System.identityHashCode(this), Props.empty());
    }

    /** Backoff of the worker's restarts, breaker thresholds, and how long a batch may take on the device. */
    public record Settings(Duration minBackoff, Duration maxBackoff, int maxFailures, int cooldownBatches,
            Duration timeout) {
        public static Settings defaults() {
            return new Settings(Duration.ofMillis(50), Duration.ofSeconds(2), 3, 8, Duration.ofSeconds(60));
        }
    }

    @Override
    public String name() {
        return device.name() + " (supervised, cpu fallback)";
    }

    @Override
    public synchronized List<Census> census(List<byte[]> sources) {
        long id = ++batch;
        if (breaker.allowsDevice()) {
            DeviceWorker.Outcome outcome = ask(id, sources);
            if (outcome instanceof DeviceWorker.Counted counted && counted.batch() == id
                    && counted.census().size() == sources.size()) {
                breaker.succeeded();
                deviceBatches++;
                return counted.census();
            }
            faults++;
            breaker.failed();
        }
        cpuBatches++;
        return cpu.census(sources);
    }

    private DeviceWorker.Outcome ask(long id, List<byte[]> sources) {
        try {
            return AskPattern.<DeviceWorker.Command, DeviceWorker.Outcome>ask(worker,
                    replyTo -> new DeviceWorker.Run(id, sources, replyTo), timeout, system.scheduler())
                    .toCompletableFuture().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return new DeviceWorker.Faulted(id, "no answer from the device worker: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeviceWorker.Faulted(id, "interrupted");
        }
    }

    synchronized CircuitBreaker.State breakerState() {
        return breaker.state();
    }

    public synchronized Stats stats() {
        return new Stats(deviceBatches, cpuBatches, faults, breaker.timesOpened());
    }
}
