import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SseParser } from './sse-parser.js';

describe('SseParser (the HTML standard\'s event stream rules)', () => {
  it('dispatches on a blank line, joins data lines, skips comments and drops one leading space', () => {
    const parser = new SseParser();
    parser.push(': ping\n\ndata: {"a":1}\n\ndata:x\ndata:  y\nevent: custom\nid: 7\n\n');
    assert.equal(parser.comments, 1);
    assert.deepEqual(parser.messages, [
      { event: 'message', data: '{"a":1}', id: '' },
      { event: 'custom', data: 'x\n y', id: '7' },
    ]);
  });

  it('handles CRLF and CR line ends split across chunks, and ignores an unterminated event', () => {
    const parser = new SseParser();
    parser.push('data: one\r');
    parser.push('\n\r\ndata: two\r\rdata: three');
    assert.deepEqual(parser.messages.map((m) => m.data), ['one', 'two']);
  });

  it('does not dispatch an event without data', () => {
    const parser = new SseParser();
    parser.push('event: nothing\n\n');
    assert.deepEqual(parser.messages, []);
  });
});
