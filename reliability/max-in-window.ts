/**
 * The most of `times` (ms, any order) that fall in any half-open window `[t, t + windowMs)`:
 * what a server counting arrivals per sliding second would see at worst. Windows starting at an
 * arrival are enough, since moving a window's start up to its first arrival loses none.
 */
export function maxInWindow(times: readonly number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let end = 0;
  for (let start = 0; start < sorted.length; start++) {
    while (end < sorted.length && sorted[end]! < sorted[start]! + windowMs) end++;
    most = Math.max(most, end - start);
  }
  return most;
}
