import { createRequire } from 'node:module';

type PathToRegexp = (path: string, options?: Record<string, unknown>) => unknown;

let installed = false;
let cached: PathToRegexp | undefined;

/** A compiled route as path-to-regexp gives it. */
export interface CompiledRoute {
  readonly regexp: RegExp;
  readonly keys: readonly { readonly name: string }[];
}

/**
 * Compiles an express route as the validator does (its copy of path-to-regexp, the same
 * options), memoized once the cache is installed: what the validator's lookup would match a
 * path with, for code that answers the lookup in its place (core/http/validation.ts).
 */
export function validatorRoute(route: string, options: { readonly sensitive: boolean; readonly strict: boolean }): CompiledRoute {
  installRouteLookupCache();
  return (cached as PathToRegexp)(route, { ...options }) as CompiledRoute;
}

/**
 * express-openapi-validator 5.6 finds a request's route by compiling every path of the
 * contract with path-to-regexp on every request (lookupRoute in openapi.metadata.js):
 * with ~50 paths that is most of the validator's cost. The compiled form of a path never
 * changes, so this memoizes path-to-regexp's `pathToRegexp` for the copy the validator
 * loads. Process-wide and idempotent; the validator's results are unchanged (its tests
 * still run through it).
 */
export function installRouteLookupCache(): void {
  if (installed) return;
  installed = true;
  const requireFromValidator = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'));
  const module = requireFromValidator('path-to-regexp') as { pathToRegexp: PathToRegexp };
  const original = module.pathToRegexp;
  const compiled = new Map<string, unknown>();
  module.pathToRegexp = function cachedPathToRegexp(path, options) {
    if (typeof path !== 'string') return original(path, options);
    // The validator passes only `sensitive` and `strict`.
    const key = `${options?.sensitive ? 's' : '-'}${options?.strict ? 's' : '-'}${path}`;
    let result = compiled.get(key);
    if (result === undefined) {
      result = original(path, options);
      compiled.set(key, result);
    }
    return result;
  };
  cached = module.pathToRegexp;
}
