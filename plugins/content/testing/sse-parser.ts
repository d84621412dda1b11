/**
 * A Server-Sent Events parser that follows the HTML standard's "event stream
 * interpretation" (https://html.spec.whatwg.org/multipage/server-sent-events.html), for
 * tests: lines end in CRLF, LF or CR; a blank line dispatches; `:` starts a comment; one
 * space after the colon is dropped; `data` lines join with LF; an event with no data is not
 * dispatched. No SSE client library is installed, and the point is to read the stream the
 * way any standard client would.
 */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
  readonly id: string;
}

export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private eventType = '';
  private lastId = '';
  private pendingCr = false;
  readonly messages: SseMessage[] = [];
  comments = 0;

  /** Feeds decoded text; complete messages are appended to `messages`. */
  push(text: string): SseMessage[] {
    const before = this.messages.length;
    let input = text;
    if (this.pendingCr && input.startsWith('\n')) input = input.slice(1);
    this.pendingCr = false;
    this.buffer += input;
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (match === null) break;
      // A CR at the very end may be the first half of a CRLF split across chunks.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) this.pendingCr = true;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      this.line(line);
    }
    return this.messages.slice(before);
  }

  private line(line: string): void {
    if (line === '') {
      if (this.data.length > 0) this.messages.push({ event: this.eventType || 'message', data: this.data.join('\n'), id: this.lastId });
      this.data = [];
      this.eventType = '';
      return;
    }
    if (line.startsWith(':')) {
      this.comments += 1;
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.eventType = value;
    else if (field === 'id' && !value.includes('\u0000')) this.lastId = value;
  }
}

/** Reads a whole SSE response body (or until `until` says stop) into messages. */
export async function readSse(response: Response, until?: (message: SseMessage, parser: SseParser) => boolean): Promise<SseParser> {
  const parser = new SseParser();
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const fresh = parser.push(value);
    if (until !== undefined && fresh.some((message) => until(message, parser))) {
      await reader.cancel();
      break;
    }
  }
  return parser;
}
