/**
 * Replaces control characters (C0, DEL, C1) with U+FFFD, so that text a server chose cannot move
 * the cursor or inject escape sequences into a terminal or a CI log.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD');
}
