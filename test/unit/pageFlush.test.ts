import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { flushPage, type FlushTarget } from '../../electron/main/pageFlush.ts';
import { EVENTS, SHELL_CHANNELS } from '../../shared/ipc/events.ts';

/** A stand-in page that answers a flush request after `delayMs`, as the preload does once the save is stored. */
function page(replies: EventEmitter, delayMs: number | null, stored: string[]): FlushTarget {
  const self: FlushTarget = {
    isDestroyed: () => false,
    send(channel, id) {
      expect(channel).toBe(EVENTS.flushRequest);
      if (delayMs === null) return; // a hung page never answers
      setTimeout(() => {
        stored.push('typed words');
        replies.emit(SHELL_CHANNELS.flushed, { sender: self }, { id });
      }, delayMs);
    },
  };
  return self;
}

describe('the flush handshake before a project is closed', () => {
  it('waits until the page has stored what was typed', async () => {
    const replies = new EventEmitter();
    const stored: string[] = [];
    expect(await flushPage(page(replies, 50, stored), replies)).toBe('flushed');
    expect(stored).toEqual(['typed words']);
    expect(replies.listenerCount(SHELL_CHANNELS.flushed)).toBe(0);
  });

  it('gives up after its timeout when the page does not answer, so closing never hangs', async () => {
    const replies = new EventEmitter();
    expect(await flushPage(page(replies, null, []), replies, 100)).toBe('no-answer');
    expect(replies.listenerCount(SHELL_CHANNELS.flushed)).toBe(0);
  });

  it('does not take an answer from another page or to another request as its own', async () => {
    const replies = new EventEmitter();
    const asked = page(replies, null, []);
    const outcome = flushPage(asked, replies, 200);
    replies.emit(SHELL_CHANNELS.flushed, { sender: {} }, { id: 1 });
    replies.emit(SHELL_CHANNELS.flushed, { sender: asked }, { id: -1 });
    expect(await outcome).toBe('no-answer');
  });

  it('has nothing to wait for without a page', async () => {
    expect(await flushPage(null, new EventEmitter())).toBe('no-page');
  });
});
