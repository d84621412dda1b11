// Writes core/openapi/types.gen.ts from openapi.yaml (npm run gen). A test fails when the
// checked-in file is stale, so run this after every change to the contract.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const contractFile = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
export const typesFile = fileURLToPath(new URL('../core/openapi/types.gen.ts', import.meta.url));

const header = `// Generated from openapi.yaml by \`npm run gen\` (openapi-typescript). Do not edit by hand.\n\n`;

export async function generateTypes(): Promise<string> {
  const ast = await openapiTS(pathToFileURL(contractFile), { alphabetize: false, exportType: true });
  return header + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = await generateTypes();
  const before = (() => {
    try {
      return readFileSync(typesFile, 'utf8');
    } catch {
      return '';
    }
  })();
  writeFileSync(typesFile, text);
  process.stdout.write(`${before === text ? 'unchanged' : 'wrote'} ${typesFile}\n`);
}
