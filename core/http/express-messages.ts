import { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';

/**
 * The request and response classes for the HTTP server in front of `app`: subclasses of
 * Node's own whose prototypes become the app's `request` and `response`, so that each request
 * and response is born with the prototype express would give it.
 *
 * Express hands every request its prototypes with Object.setPrototypeOf, and V8 (Node 20)
 * gives each object whose prototype is changed that way a hidden class of its own: every
 * request and response was a new shape, about 2 KB of maps and descriptors each (kept while a
 * stream is open, so every young-generation collection copied them), and every property
 * access on them, in Node's HTTP code, express and the middleware, met a shape it had not
 * seen. Born with the prototype, express's setPrototypeOf is a no-op, and instances of a class
 * share one shape (Reflect.construct with another new.target does not; core/http/
 * express-messages.test.ts checks both). Call it once per app, before it serves.
 */
export function expressMessageClasses(app: Express): { readonly IncomingMessage: typeof IncomingMessage; readonly ServerResponse: typeof ServerResponse } {
  class AppRequest extends IncomingMessage {}
  class AppResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {}
  // Each chain stays what express built: the app's own prototype, express's, then Node's.
  Object.setPrototypeOf(AppRequest.prototype, app.request);
  Object.setPrototypeOf(AppResponse.prototype, app.response);
  app.request = AppRequest.prototype as unknown as Express['request'];
  app.response = AppResponse.prototype as unknown as Express['response'];
  return { IncomingMessage: AppRequest, ServerResponse: AppResponse };
}
