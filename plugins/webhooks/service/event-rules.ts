import { grants, ProblemError, type EventRegistry, type Principal } from 'influgentic';
import { webhookErrors } from '../errors.js';

/** Events that carry personal data: subscribing needs `leads:read`, as listing leads does. */
const PERSONAL = 'lead.captured';

/**
 * Checks a subscription list: every name registered (or `*`), and the scope personal data
 * needs. Unknown names are a 422 naming each one, with `allowed` listing the valid ones.
 */
export function checkEvents(events: readonly string[], registry: EventRegistry, principal: Principal): void {
  const allowed = [...registry.list().map((event) => event.name), '*'];
  const unknown = events.map((name, index) => ({ name, index })).filter(({ name }) => !allowed.includes(name));
  if (unknown.length > 0) {
    const names = unknown.map(({ name }) => name).join(', ');
    throw webhookErrors.UNKNOWN_EVENT(`${names} ${unknown.length === 1 ? 'is not a registered event' : 'are not registered events'}`, {
      errors: unknown.map(({ name, index }) => ({ field: `events[${index}]`, code: 'unknown_event', message: `${name} is not a registered event` })),
      extensions: { allowed },
    });
  }
  if ((events.includes(PERSONAL) || events.includes('*')) && !grants(principal.scopes, 'leads:read')) {
    const field = `events[${Math.max(events.indexOf(PERSONAL), events.indexOf('*'))}]`;
    throw new ProblemError(403, 'insufficient_scope', 'Insufficient scope', `${PERSONAL} carries personal data: subscribing to it (or to *) needs the leads:read scope`, {
      errors: [{ field, code: 'insufficient_scope', message: 'needs the leads:read scope' }],
      extensions: { required_scope: 'leads:read' },
    });
  }
}
