import { Router, type RequestHandler } from 'express';
import { listOperations, type OpenApiDocument } from '../openapi/contract.js';

/**
 * HEAD is GET without a body (RFC 9110), which load balancers and uptime checks rely on.
 * Node decides that a HEAD response has no body when the request arrives, so the request
 * can go down the GET path (auth, validation, handler) and still send headers only.
 */
export const headAsGet: RequestHandler = function headAsGet(req, _res, next) {
  if (req.method === 'HEAD') req.method = 'GET';
  next();
};

/** OPTIONS on a path of the contract: 204 with the methods it takes (CORS preflights are answered earlier). */
export function optionsRouter(contract: OpenApiDocument): Router {
  const router = Router();
  const methods = new Map<string, Set<string>>();
  for (const operation of listOperations(contract)) {
    const set = methods.get(operation.expressPath) ?? new Set<string>(['OPTIONS']);
    set.add(operation.method.toUpperCase());
    if (operation.method === 'get') set.add('HEAD');
    methods.set(operation.expressPath, set);
  }
  for (const [path, allowed] of methods) {
    const allow = [...allowed].sort().join(', ');
    router.options(path, function answerOptions(_req, res) {
      res.setHeader('Allow', allow);
      res.status(204).end();
    });
  }
  return router;
}
