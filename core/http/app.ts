import express, { type Express, type RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { DependencyContainer } from 'tsyringe';
import type { CoreConfig } from '../config/index.js';
import type { Logger } from '../logger.js';
import { listOperations, type OpenApiDocument } from '../openapi/contract.js';
import { docsAssets } from '../openapi/docs.js';
import { installRouteLookupCache } from '../openapi/route-lookup-cache.js';
import type { Binding } from '../plugin/host.js';
import { operationGate, type OperationGuard } from './gate.js';
import { accessLog } from './access-log.js';
import { cors } from './cors.js';
import { answerOptions, headAsGet } from './head-options.js';
import { OperationMatcher } from './operation-matcher.js';
import type { HttpMetrics } from './metrics.js';
import { coreErrors } from './errors.js';
import { requestContext } from './request-context.js';
import { operationsDispatcher } from './router.js';
import { requestValidation } from './validation.js';
import { runChain } from './run-chain.js';
import { errorTranslator, sendProblem } from './translate.js';

export interface HttpAppOptions {
  readonly config: CoreConfig;
  readonly contract: OpenApiDocument;
  readonly bindings: readonly Binding[];
  readonly container: DependencyContainer;
  readonly logger: Logger;
  readonly isClosing: () => boolean;
  readonly metrics: HttpMetrics;
  /**
   * Per-operation steps before the body is read and validated: authentication, then rate
   * limits, then authorization (scope, org) (DESIGN.md's request path), so a request without a
   * key never costs a validation and a live key's refused request is still counted.
   */
  readonly guards?: readonly OperationGuard[];
  /** Steps between validation and the handler (idempotency). */
  readonly afterValidation?: readonly RequestHandler[];
}

/**
 * The request path: context -> operation gate (auth, limits, body parsing) -> OpenAPI
 * validation (skipped for a request with nothing to validate) -> idempotency -> the bound handler -> the one error translator.
 */
export function buildHttpApp(options: HttpAppOptions): Express {
  const { config, contract, logger } = options;
  const baseUrl = config.public_base_url;
  installRouteLookupCache();
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Flat query parameters (`a=1&a=2` is a list), as the contract declares them.
  app.set('query parser', 'simple');

  // Each step is a plain function run in order by one express layer per group (runChain):
  // express's router matches every layer against the path, which costs more than the
  // steps themselves on a cheap request. Only the path-mounted docs assets need the router.
  const before: RequestHandler[] = [requestContext({ region: config.region }), options.metrics.middleware()];
  if (config.log.requests) before.push(accessLog(logger));
  before.push(function refuseWhileClosing(_req, res, next) {
    if (!options.isClosing()) return next();
    res.setHeader('Connection', 'close');
    sendProblem(res, coreErrors.SHUTTING_DOWN('the server is shutting down; retry shortly', { headers: { 'Retry-After': '1' } }), baseUrl);
  });
  if (config.http.cors_origins.length > 0) before.push(cors(config.http.cors_origins));
  app.use(inOrder(before));
  app.use('/docs/assets', docsAssets());
  const matcher = new OperationMatcher(listOperations(contract));
  const validator = OpenApiValidator.middleware({
    apiSpec: contract as never,
    validateApiSpec: false,
    validateRequests: { allErrors: true, allowUnknownQueryParameters: false },
    validateResponses: config.http.validate_responses ? { allErrors: true } : false,
    validateSecurity: false,
    // 'full' checks calendar dates and times for real (2025-13-01 is refused).
    validateFormats: true,
    ajvFormats: { mode: 'full' },
    ignoreUndocumented: false,
    fileUploader: false,
  });
  app.use(
    inOrder([
      headAsGet,
      answerOptions(matcher),
      operationGate(contract, { matcher, guards: options.guards ?? [], bodyLimit: config.http.body_limit }),
      requestValidation(contract, { validator, validateResponses: config.http.validate_responses }),
      ...(options.afterValidation ?? []),
      operationsDispatcher(options.bindings, options.container),
    ]),
  );
  // Whatever no step answered gets the problem a client can read, never express's HTML page.
  app.use((_req, _res, next) => next(coreErrors.NOT_FOUND('no such route: check the method and path against /openapi.yaml')));
  app.use(errorTranslator({ logger, baseUrl }));
  return app;
}

/** Several steps as one express layer. */
function inOrder(handlers: readonly RequestHandler[]): RequestHandler {
  return function steps(req, res, next) {
    runChain(handlers, req, res, next);
  };
}
