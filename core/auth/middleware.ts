import type { RequestHandler, Response } from 'express';
import { authErrors } from './errors.js';
import type { OperationGuard } from '../http/gate.js';
import { grants, type Principal } from './principal.js';

/** Turns an Authorization header into who is calling, or throws a 401 problem. */
export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Omit<Principal, 'agentId'>>;
}

/** The caller of a request that passed authentication. */
export function principalOf(res: Response): Principal | undefined {
  return res.locals.principal as Principal | undefined;
}

/**
 * Authentication for every operation that is not public: a valid key (401 otherwise).
 * `X-Influgentic-Agent` narrows the request to one agent. What the key may do is checked by
 * authorizationGuard, which runs after the rate limit: a live key's refused request is
 * counted and told where it stands (X-RateLimit-*) like any other.
 */
export function authGuard(authenticator: Authenticator): OperationGuard {
  return (operation) => {
    if (operation.isPublic) return undefined;
    const handler: RequestHandler = async function authenticateRequest(req, res, next) {
      const caller = await authenticator.authenticate(req.get('authorization'));
      const agentId = req.get('x-influgentic-agent') || undefined;
      res.locals.principal = { ...caller, agentId } satisfies Principal;
      next();
    };
    return handler;
  };
}

/**
 * Authorization, after authGuard (and the rate limit): the operation's `x-scope` (403
 * insufficient_scope naming it) and an `X-Influgentic-Org` that names the key's own org
 * (403 org_mismatch).
 */
export function authorizationGuard(): OperationGuard {
  return (operation) => {
    if (operation.isPublic) return undefined;
    const handler: RequestHandler = function authorizeRequest(req, res, next) {
      const caller = principalOf(res);
      if (caller === undefined) throw new Error('authorizationGuard runs after authGuard');
      if (!grants(caller.scopes, operation.scope)) {
        throw authErrors.INSUFFICIENT_SCOPE(`this key lacks the scope ${operation.scope}, which ${operation.operationId} needs`, {
          extensions: { required_scope: operation.scope },
        });
      }
      const org = req.get('x-influgentic-org');
      if (org !== undefined && org !== caller.orgId) {
        throw authErrors.ORG_MISMATCH('X-Influgentic-Org names an organization this key does not belong to; omit it or use the key\'s own');
      }
      next();
    };
    return handler;
  };
}
