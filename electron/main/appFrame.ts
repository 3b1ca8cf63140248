/** The parts of an IPC event and of the window's contents the check reads, so it is tested with stand-ins. */
export type FrameLike = { processId: number; routingId: number };
export type SenderEvent = { sender: unknown; senderFrame: FrameLike | null };
export type AppContents = { isDestroyed(): boolean; mainFrame: FrameLike };

/**
 * The only page our IPC answers: the main frame of the app window's own contents. Compared by identity, not by
 * URL, so an install path with `#`, `?`, `%` or a space cannot make the app's own page look foreign (or the reverse).
 */
export function isAppSender(event: SenderEvent, contents: AppContents | null): boolean {
  if (!contents || contents.isDestroyed() || event.sender !== contents) return false;
  const frame = event.senderFrame;
  const main = contents.mainFrame;
  return frame !== null && frame.processId === main.processId && frame.routingId === main.routingId;
}
