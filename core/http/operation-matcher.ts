import type { OperationInfo } from '../openapi/contract.js';

export interface OperationMatch {
  readonly operation: OperationInfo;
  readonly params: Readonly<Record<string, string>>;
}

interface Template {
  readonly operation: OperationInfo;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/**
 * Finds the operation of a request in one step: a map for paths without parameters, one
 * anchored regex per templated path otherwise. Express routers would test every route of
 * the contract in turn, on every request, once per router.
 */
export class OperationMatcher {
  private readonly exact = new Map<string, OperationInfo>();
  private readonly templates = new Map<string, Template[]>();
  private readonly methodsByPath = new Map<string, Set<string>>();
  private readonly pathPatterns: { readonly pattern: RegExp; readonly path: string }[] = [];

  constructor(operations: readonly OperationInfo[]) {
    for (const operation of operations) {
      const method = operation.method.toUpperCase();
      const names: string[] = [];
      const source = operation.path.replace(/[.*+?^${}()|[\]\\]/g, (char) => (char === '{' || char === '}' ? char : `\\${char}`)).replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      let entry = this.pathPatterns.find((known) => known.path === operation.path);
      if (!entry) {
        entry = { pattern: new RegExp(`^${source}$`), path: operation.path };
        this.pathPatterns.push(entry);
        this.methodsByPath.set(operation.path, new Set());
      }
      if (names.length === 0) this.exact.set(`${method} ${operation.path}`, operation);
      else {
        const list = this.templates.get(method) ?? [];
        list.push({ operation, pattern: entry.pattern, names });
        this.templates.set(method, list);
      }
      this.methodsByPath.get(operation.path)!.add(method);
    }
  }

  /** The operation for a method and path, with its decoded path parameters. */
  match(method: string, path: string): OperationMatch | undefined {
    const exact = this.exact.get(`${method} ${path}`);
    if (exact) return { operation: exact, params: {} };
    for (const template of this.templates.get(method) ?? []) {
      const found = template.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      template.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? '');
      });
      return { operation: template.operation, params };
    }
    return undefined;
  }

  /** The methods the contract gives a path (for OPTIONS and Allow), or undefined for an unknown path. */
  methodsOf(path: string): readonly string[] | undefined {
    for (const entry of this.pathPatterns) {
      if (entry.pattern.test(path)) return [...(this.methodsByPath.get(entry.path) ?? [])];
    }
    return undefined;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
