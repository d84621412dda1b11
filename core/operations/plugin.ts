import { stringify } from 'yaml';
import { docsPage, errorsPage } from '../openapi/docs.js';
import { definePlugin } from '../plugin/define.js';
import { defineOperation } from '../plugin/operation.js';
import { coreErrors } from '../http/errors.js';
import { CONTRACT, ERROR_CATALOG, METRICS, READINESS } from '../tokens.js';

/**
 * The kernel's own operations (health, readiness, the contract and its docs), served
 * through the same plugin contract the domain plugins use.
 */
export const operationsPlugin = definePlugin({
  name: 'operations',
  version: '1.0.0',
  errors: coreErrors,
  operations: [
    defineOperation('getHealth', () => ({ status: 200, body: { status: 'ok' } })),
    defineOperation('getReadiness', async (call) => {
      const report = await call.resolve(READINESS)();
      if (report.ready) return { status: 200, body: { status: 'ready', checks: report.checks } };
      const failing = report.checks.filter((check) => !check.ok);
      throw coreErrors.NOT_READY(`not ready: ${failing.map((check) => `${check.name} (${check.detail ?? 'failing'})`).join(', ')}`, {
        extensions: { checks: report.checks },
      });
    }),
    defineOperation('getMetrics', async (call) => {
      const { registry } = call.resolve(METRICS);
      call.res.status(200).type(registry.contentType).send(await registry.metrics());
    }),
    defineOperation('getOpenApi', (call) => {
      call.res.status(200).type('application/yaml').send(contractYaml(call.resolve(CONTRACT)));
    }),
    defineOperation('getDocs', (call) => {
      call.res.status(200).type('html').send(docsPage());
    }),
    defineOperation('getErrorDocs', (call) => {
      call.res.status(200).type('html').send(errorsPage(call.resolve(ERROR_CATALOG)));
    }),
  ],
});

const rendered = new WeakMap<object, string>();

function contractYaml(contract: object): string {
  let text = rendered.get(contract);
  if (text === undefined) {
    text = stringify(contract, { aliasDuplicateObjects: false, lineWidth: 0 });
    rendered.set(contract, text);
  }
  return text;
}
