/**
 * The timer that keeps a Redis mock store's reservations alive: while the store holds any (a key
 * whose first request is in flight here), it calls `renew` every third of the lease; with none it
 * stops, and it never keeps the process alive. A renewal that fails is `renew`'s to swallow: the
 * next tick tries again (Redis may be back before the lease lapses).
 */
export function createLeaseRenewal(leaseMs: number, renew: () => void) {
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  return {
    /** Says how many reservations the store now holds: the timer runs while there is one. */
    holding(count: number): void {
      if (count > 0 && timer === undefined && !stopped) {
        timer = setInterval(renew, Math.max(1, Math.floor(leaseMs / 3)));
        timer.unref?.();
      } else if (count === 0 && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    },
    /** For good: the store is closed. */
    stop(): void {
      stopped = true;
      this.holding(0);
    },
  };
}
