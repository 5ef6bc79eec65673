/**
 * Work the worker repeats from start to shutdown (relaying the outbox, mailing notifications, checking
 * saved searches): each pass returns how long to wait before the next. Stopping wakes a loop that waits
 * and waits for the pass in flight, so a shutdown never cuts a pass off. A pass handles its own errors,
 * since only it knows what they mean and how long to back off; one that throws ends the loop and, as an
 * unhandled rejection, the process, which its supervisor then starts again.
 */
export class BackgroundLoop {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly pass: () => Promise<number>) {}

  /** Starts the loop; the first pass runs after `firstAfterMs`. */
  start(firstAfterMs = 0): void {
    this.running = true;
    this.loop = this.run(firstAfterMs);
  }

  /** Ends the loop: at once when it waits, else when the pass in flight is done. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  private async run(firstAfterMs: number): Promise<void> {
    let wait = firstAfterMs;
    for (;;) {
      if (wait > 0) await this.sleep(wait);
      if (!this.running) return;
      wait = await this.pass();
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
