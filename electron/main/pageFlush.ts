import { EVENTS, SHELL_CHANNELS } from '../../shared/ipc/events.ts';

/** The parts of Electron the handshake uses, so it can be tested with stand-ins. */
export type FlushTarget = { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
type Sender = unknown;
export type FlushReplies = {
  on(channel: string, listener: (event: { sender: Sender }, reply: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: { sender: Sender }, reply: unknown) => void): unknown;
};

export type FlushOutcome = 'flushed' | 'no-answer' | 'no-page';

/** How long the page has to store what is pending; a save of a 1 MB draft takes well under a second. */
export const FLUSH_TIMEOUT_MS = 5000;

let nextId = 1;

/**
 * Asks the page to save what the writer typed and waits for its answer, so the project is never closed (by a
 * switch, a reload, closing the window or quitting) under a save still on its way. Only the page asked may answer.
 */
export function flushPage(
  page: FlushTarget | null,
  replies: FlushReplies,
  timeoutMs = FLUSH_TIMEOUT_MS,
): Promise<FlushOutcome> {
  if (!page || page.isDestroyed()) return Promise.resolve('no-page');
  const id = nextId++;
  return new Promise((resolve) => {
    const done = (outcome: FlushOutcome) => {
      clearTimeout(timer);
      replies.removeListener(SHELL_CHANNELS.flushed, onReply);
      resolve(outcome);
    };
    const onReply = (event: { sender: Sender }, reply: unknown) => {
      if (event.sender === page && (reply as { id?: unknown } | null)?.id === id) done('flushed');
    };
    const timer = setTimeout(() => done('no-answer'), timeoutMs);
    replies.on(SHELL_CHANNELS.flushed, onReply);
    page.send(EVENTS.flushRequest, id);
  });
}

/** What the user is told when the page did not answer in time: their last few seconds of typing may be missing. */
export const NO_ANSWER_MESSAGE =
  'The window did not confirm that your last changes were saved. Anything typed in the last few seconds may be missing; check the draft when the project opens again.';
