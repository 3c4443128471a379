/** Most keys remembered as possibly still reserved after a failed release. */
const MAX_LEFTOVERS = 10_000;

/**
 * The reservations this process may have left in Redis: claims whose answer was lost, and
 * releases that failed (Redis went away mid-request), each as scoped key -> owner token. The next
 * claim of such a key here passes `staleOwner` so that the claim script takes the reservation
 * over: a retry after an outage is served instead of waiting for a request that is gone. And once
 * Redis answers again, `releaseInBackground` releases them all, for the other mock processes that
 * would otherwise wait for them until the window ends. Bounded: beyond the cap the oldest is
 * forgotten and waits out the window like a crashed process's reservation.
 */
export function createLeftoverReservations(release: (scoped: string, owner: string) => Promise<unknown>) {
  const leftovers = new Map<string, string>();
  let releasing = false;
  return {
    remember(scoped: string, owner: string): void {
      leftovers.delete(scoped);
      leftovers.set(scoped, owner);
      if (leftovers.size > MAX_LEFTOVERS) leftovers.delete(leftovers.keys().next().value!);
    },
    /** The owner token of a reservation left behind on this key, or '' (what the claim script takes). */
    staleOwner: (scoped: string): string => leftovers.get(scoped) ?? '',
    /** A claim passing `stale` has been answered: whatever it was, that reservation is gone. */
    claimed(scoped: string, stale: string): void {
      if (stale !== '' && leftovers.get(scoped) === stale) leftovers.delete(scoped);
    },
    /** Releases the leftovers one at a time, in the background; stops at the first failure (tried again on the next call). */
    releaseInBackground(): void {
      if (releasing || leftovers.size === 0) return;
      releasing = true;
      void (async () => {
        for (const [scoped, owner] of leftovers) {
          // The release is owner-checked: a reservation taken over meanwhile, or a committed key, stays.
          await release(scoped, owner);
          if (leftovers.get(scoped) === owner) leftovers.delete(scoped);
        }
      })()
        .catch(() => undefined)
        .finally(() => (releasing = false));
    },
  };
}
